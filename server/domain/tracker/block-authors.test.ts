// Who typed what is matched to the blocks the lock reads by position, so a
// repeated block id, a follow-up hidden inside a proposal, or one inside a
// Q&A item cannot lend one block's author to another's value.
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { readMinutes } from "@/lib/editor/read-minutes";
import { authorsIn } from "./block-authors";

const ALI = 11;
const MARYAM = 22;
const byClient = new Map([
  [ALI, "ali"],
  [MARYAM, "maryam"],
]);

function element(name: string, attrs: Record<string, string | boolean>, children: Array<Y.XmlElement | Y.XmlText> = []): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
}

const text = (value: string): Y.XmlElement => element("paragraph", {}, [new Y.XmlText(value)]);

describe("the authors of the minutes' tracked blocks", () => {
  it("line up with readMinutes' follow-ups and proposals, whatever ids they repeat or where they hide", () => {
    const doc = new Y.Doc();
    doc.clientID = ALI;
    const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
    fragment.insert(0, [
      element("section", { id: "s-carry", kind: "carryOver" }, [
        element("heading", {}, [new Y.XmlText("پیگیری‌های پیشین")]),
        element("followUp", { id: "x", status: "open" }, [text("مورد پیشین")]),
      ]),
      element("section", { id: "s-own", kind: "followUps" }, [
        element("heading", {}, [new Y.XmlText("پیگیری‌ها")]),
        // The same id again, as a copied block would carry.
        element("followUp", { id: "x", status: "open" }, [text("مورد")]),
        // Inside a proposal: readMinutes does not read it.
        element("proposal", { id: "p-1", followUp: true }, [text("پیشنهاد"), element("followUp", { id: "hidden" }, [text("پنهان")])]),
        // Beside a Q&A item's question and answer: readMinutes reads it.
        element("qaItem", { id: "q-1" }, [element("qaQuestion", {}, [text("پرسش")]), element("followUp", { id: "in-qa" }, [text("در پرسش")])]),
      ]),
    ]);
    const reading = readMinutes(yXmlFragmentToProsemirrorJSON(fragment) as JSONContent);
    expect(reading.followUps.map((block) => block.id)).toEqual(["x", "x", "in-qa"]);

    // Maryam sets the due date of the second "x" only, and types most of its text.
    const maryam = new Y.Doc();
    maryam.clientID = MARYAM;
    Y.applyUpdate(maryam, Y.encodeStateAsUpdate(doc));
    const own = (maryam.getXmlFragment(MINUTES_FRAGMENT).get(1) as Y.XmlElement).get(1) as Y.XmlElement;
    own.setAttribute("due", "2026-12-30");
    ((own.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(2, " تازه و مهم");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(maryam));

    const authors = authorsIn(doc.getXmlFragment(MINUTES_FRAGMENT), byClient);
    expect(authors.followUps).toHaveLength(reading.followUps.length);
    expect(authors.proposals).toHaveLength(reading.proposals.length);
    const [carried, ownAuthors, inQa] = authors.followUps;
    expect(carried?.attribute("due")).toBeNull();
    expect(carried?.attribute("status")).toEqual({ typedBy: "ali" });
    expect(ownAuthors?.attribute("due")).toEqual({ typedBy: "maryam" });
    expect(ownAuthors?.textBy).toBe("maryam");
    expect(ownAuthors?.madeBy).toBe("ali");
    expect(inQa?.textBy).toBe("ali");
    expect(authors.proposals[0]?.attribute("followUp")).toEqual({ typedBy: "ali" });

    // A removed value is one whose remover is not recorded.
    own.removeAttribute("due");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(maryam));
    expect(authorsIn(doc.getXmlFragment(MINUTES_FRAGMENT), byClient).followUps[1]?.attribute("due")).toEqual({ removed: true });
  });
});

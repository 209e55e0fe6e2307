// A meeting's minutes that were never stored get their first content (the
// template) on the server, once, however many clients and servers open them at
// the same moment.
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { buildInitialMinutes } from "@/server/domain/minutes/build-initial-minutes";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedDoc } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { connectStock } from "../helpers/stock-client";

// Two servers on one database: two processes behind a load balancer.
const t = collabOnPort0();
let urls: [string, string];

beforeAll(async () => {
  urls = [t.url, (await t.start()).url];
});

describe("minutes that were never stored", () => {
  it("are created once, with the template's headings once, when clients open them at the same time", async () => {
    const meeting = await createMeetingWithMembers(t.db, ["note-taker", "organizer", "note-taker", "viewer"], {
      title: "جلسهٔ یکتا Unique meeting",
      storeMinutes: false,
    });
    expect(await t.db.collabDocument.count({ where: { name: meeting.docName } })).toBe(0);

    const clients = meeting.members.map((user, index) =>
      connectStock(urls[index % 2 === 0 ? 0 : 1], meeting.docName, tokenFor(user.id, meeting.docName)),
    );
    let refusals = 0;
    for (const client of clients) client.provider.on("connection-close", () => (refusals += 1));
    await Promise.all(clients.map((client) => client.synced));
    // Each got in at the first attempt: no creation conflict turned anyone away.
    expect(refusals).toBe(0);

    expect(await t.db.collabDocument.count({ where: { name: meeting.docName } })).toBe(1);
    const minutes = (await storedDoc(t.db, meeting.docName)).getXmlFragment(MINUTES_FRAGMENT).toString();
    for (const client of clients) expect(client.doc.getXmlFragment(MINUTES_FRAGMENT).toString()).toBe(minutes);

    // The same as one template, apart from the block ids each build draws afresh.
    const template = new Y.Doc();
    Y.applyUpdate(template, await buildInitialMinutes({ db: t.db, docName: meeting.docName }));
    const withoutIds = (xml: string): string => xml.replace(/ id="[^"]*"/g, "");
    expect(withoutIds(minutes)).toBe(withoutIds(template.getXmlFragment(MINUTES_FRAGMENT).toString()));
    expect(minutes.split("جلسهٔ یکتا Unique meeting")).toHaveLength(2);
    expect(minutes.split("<heading")).toHaveLength(template.getXmlFragment(MINUTES_FRAGMENT).toString().split("<heading").length);
  });
});

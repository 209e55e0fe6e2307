// The promise kept while the server cannot save: nothing is passed on as if it
// were saved. A writer's edits wait on the server and in the client, whose
// indicator says "unsaved"; a newcomer is not answered with what is not on
// disk; and once saving works again, everything arrives everywhere and is stored.
import { expect } from "vitest";
import type { Db } from "@/server/db/client";
import { storedDoc } from "./collab-inspect";
import { tokenFor, tokensFor } from "./collab-server";
import { eventually } from "./eventually";
import { createMeetingWithMembers } from "./factories";
import { connectStock, docReaches } from "./stock-client";
import { connectTracked } from "./tracked-client";

export interface SavingFails {
  db: Db;
  serverUrl: string;
  /** Where the server's logger puts each "saving updates failed". */
  saveFailures: unknown[];
  /** Makes saving fail. */
  fail: () => Promise<void>;
  /** Checked once two attempts to save have failed. */
  whileFailing?: () => void;
  /** Makes saving work again. */
  recover: () => Promise<void>;
}

/** A collaboration server's logger that keeps each "saving updates failed" in `failures`. */
export function saveFailureLogger(failures: unknown[]): { info: () => void; error: (message: string, error: unknown) => void } {
  return {
    info: () => undefined,
    error: (message, error) => {
      if (message.startsWith("saving updates failed")) failures.push(error);
    },
  };
}

const text = (doc: { getText: (name: string) => { toString: () => string } }): string => doc.getText("t").toString();

export async function expectNothingPassedOnUntilSaved(scenario: SavingFails): Promise<void> {
  const { db, serverUrl, saveFailures } = scenario;
  const { docName, members } = await createMeetingWithMembers(db, ["note-taker", "viewer"]);
  // It reconnects below: a new token for each connection.
  const writer = connectTracked(serverUrl, docName, tokensFor(members[0].id, docName));
  const observer = connectStock(serverUrl, docName, tokenFor(members[1].id, docName));
  await Promise.all([writer.synced, observer.synced]);
  writer.doc.getText("t").insert(0, "saved;");
  await docReaches(observer.doc, (doc) => text(doc) === "saved;");
  await eventually(() => expect(writer.unsaved).toBe(false));

  await scenario.fail();
  const failuresBefore = saveFailures.length;
  for (const word of [" one", " two", " three"]) writer.doc.getText("t").insert(text(writer.doc).length, word);
  expect(writer.unsaved).toBe(true);
  // The first attempt and a retry failed: all that time, nothing was passed on.
  await eventually(() => expect(saveFailures.length).toBeGreaterThanOrEqual(failuresBefore + 2));
  scenario.whileFailing?.();
  expect(text(observer.doc)).toBe("saved;");
  expect(writer.unsaved).toBe(true);
  expect(text(await storedDoc(db, docName))).toBe("saved;");

  // The writer's connection drops meanwhile; what it typed stays unsaved, and
  // one more edit is made offline.
  writer.provider.disconnect();
  writer.doc.getText("t").insert(text(writer.doc).length, " four");
  writer.provider.connect();
  // A newcomer is not answered with what is not on disk.
  const newcomer = connectStock(serverUrl, docName, tokenFor(members[1].id, docName));
  await eventually(() => expect(writer.provider.wsconnected).toBe(true));
  expect(writer.unsaved).toBe(true);
  expect(text(observer.doc)).toBe("saved;");
  expect(newcomer.provider.synced).toBe(false);

  await scenario.recover();
  const everything = "saved; one two three four";
  await docReaches(observer.doc, (doc) => text(doc) === everything);
  await newcomer.synced;
  expect(text(newcomer.doc)).toBe(everything);
  await eventually(() => expect(writer.unsaved).toBe(false));
  expect(text(await storedDoc(db, docName))).toBe(everything);
}

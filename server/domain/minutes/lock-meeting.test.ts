// Locking, reopening and verifying versions against a real database; the
// capture is built here as the collaboration server builds it.
import { createHash } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { AppError } from "@/lib/app-error";
import { refusal } from "@/tests/helpers/refusal";
import { canonicalJson } from "@/lib/canonical-json";
import { MINUTES_FRAGMENT, minutesExtensions } from "@/lib/editor/extensions";
import { createMeetingWithMembers } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { captureStoredMinutes } from "./capture-stored-minutes";
import { lockMeeting, type CapturedMinutes } from "./lock-meeting";
import { readMeetingMinutesState } from "./meeting-minutes-state";
import { minutesJson } from "./read-meeting-minutes";
import { reopenMeeting } from "./reopen-meeting";
import { verifyVersion } from "../versions/verify-version";

const t = testDbForFile();

function capture(json: JSONContent): CapturedMinutes {
  const doc = prosemirrorJSONToYDoc(getSchema(minutesExtensions()), json, MINUTES_FRAGMENT);
  try {
    return { yjsState: Y.encodeStateAsUpdate(doc), json: minutesJson(doc) };
  } finally {
    doc.destroy();
  }
}

const minutes = (text: string): JSONContent => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

describe("lockMeeting", () => {
  it("stores version 1 with the canonical JSON, its SHA-256, the Yjs state, who, when and the note", async () => {
    const { id: meetingId, members } = await createMeetingWithMembers(t.db, ["organizer"]);
    const [organizer] = members;
    const captured = await captureStoredMinutes({ db: t.db, meetingId });
    const summary = await lockMeeting({ db: t.db, meetingId, userId: organizer.id, note: "نسخهٔ نخست", captured });
    expect(summary).toMatchObject({ meetingId, number: 1, note: "نسخهٔ نخست", lockedBy: { id: organizer.id } });
    const stored = await t.db.minutesVersion.findUniqueOrThrow({ where: { id: summary.id } });
    const expected = canonicalJson(captured.json);
    expect(stored.content).toBe(expected);
    expect(stored.sha256).toBe(createHash("sha256").update(Buffer.from(expected, "utf8")).digest("hex"));
    expect(Buffer.from(stored.yjsState).equals(Buffer.from(captured.yjsState))).toBe(true);
    expect(JSON.parse(stored.meetingDetails)).toMatchObject({ title: "جلسهٔ آزمایشی Test meeting", place: "قم" });
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesStatus).toBe("locked");
  });

  it("refuses a locked meeting (409) and a non-organizer (403), storing nothing", async () => {
    const { id: meetingId, members } = await createMeetingWithMembers(t.db, ["organizer", "note-taker"]);
    const [organizer, noteTaker] = members;
    const captured = capture(minutes("یک"));
    expect((await refusal(lockMeeting({ db: t.db, meetingId, userId: noteTaker.id, captured }))).code).toBe("forbidden");
    await lockMeeting({ db: t.db, meetingId, userId: organizer.id, captured });
    const twice = await refusal(lockMeeting({ db: t.db, meetingId, userId: organizer.id, captured: capture(minutes("دو")) }));
    expect(twice.code).toBe("conflict");
    expect(twice.message).toBe("error.minutes.alreadyLocked");
    expect(await t.db.minutesVersion.count({ where: { meetingId } })).toBe(1);
  });

  it("of two locks at once, stores one version and refuses the other", async () => {
    const { id: meetingId, members } = await createMeetingWithMembers(t.db, ["organizer"]);
    const [organizer] = members;
    const results = await Promise.allSettled([
      lockMeeting({ db: t.db, meetingId, userId: organizer.id, captured: capture(minutes("الف")) }),
      lockMeeting({ db: t.db, meetingId, userId: organizer.id, captured: capture(minutes("ب")) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason instanceof AppError && rejected.reason.code).toBe("conflict");
    expect(await t.db.minutesVersion.count({ where: { meetingId } })).toBe(1);
  });

  it("refuses a capture whose Yjs state and JSON hold different minutes", async () => {
    const { id: meetingId, members } = await createMeetingWithMembers(t.db, ["organizer"]);
    const captured = { ...capture(minutes("آنچه پذیرفته شد")), json: capture(minutes("چیز دیگری")).json };
    expect((await refusal(lockMeeting({ db: t.db, meetingId, userId: members[0].id, captured }))).code).toBe("internal");
    expect(await t.db.minutesVersion.count({ where: { meetingId } })).toBe(0);
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesStatus).toBe("open");
  });
});

describe("reopenMeeting", () => {
  it("opens locked minutes, refuses open ones, and the next lock makes the next version", async () => {
    const { id: meetingId, members } = await createMeetingWithMembers(t.db, ["organizer", "reviewer"]);
    const [organizer, reviewer] = members;
    expect((await refusal(reopenMeeting({ db: t.db, meetingId, userId: organizer.id }))).message).toBe("error.minutes.notLocked");
    await lockMeeting({ db: t.db, meetingId, userId: organizer.id, captured: capture(minutes("یک")) });
    expect((await refusal(reopenMeeting({ db: t.db, meetingId, userId: reviewer.id }))).code).toBe("forbidden");
    expect(await reopenMeeting({ db: t.db, meetingId, userId: organizer.id })).toEqual({ kind: "revising", after: 1, published: null });
    const v2 = await lockMeeting({ db: t.db, meetingId, userId: organizer.id, captured: capture(minutes("دو")) });
    expect(v2.number).toBe(2);
    expect(await readMeetingMinutesState(t.db, meetingId)).toMatchObject({ kind: "locked", version: 2, published: null });
  });
});

describe("verifyVersion", () => {
  async function lockedVersion(): Promise<string> {
    const { id: meetingId, members } = await createMeetingWithMembers(t.db, ["organizer"]);
    const summary = await lockMeeting({
      db: t.db,
      meetingId,
      userId: members[0].id,
      captured: capture(minutes("متن قفل‌شده Locked text")),
    });
    return summary.id;
  }

  it("passes a version as it was stored", async () => {
    const versionId = await lockedVersion();
    expect(await verifyVersion({ db: t.db, versionId })).toMatchObject({ ok: true, failed: [] });
  });

  it("names the hash and the Yjs state when one byte of the content changed", async () => {
    const versionId = await lockedVersion();
    const { content } = await t.db.minutesVersion.findUniqueOrThrow({ where: { id: versionId } });
    const bytes = Buffer.from(content, "utf8");
    const at = bytes.indexOf("Locked");
    bytes[at] = "l".charCodeAt(0);
    await t.db.minutesVersion.update({ where: { id: versionId }, data: { content: bytes.toString("utf8") } });
    const result = await verifyVersion({ db: t.db, versionId });
    expect(result).toMatchObject({ ok: false, failed: ["hash", "yjsState"] });
    expect(result.computedSha256).not.toBe(result.storedSha256);
  });

  it("names the Yjs state alone when content and hash were both rewritten to agree", async () => {
    const versionId = await lockedVersion();
    const forged = canonicalJson(minutes("متن جعلی"));
    await t.db.minutesVersion.update({
      where: { id: versionId },
      data: { content: forged, sha256: createHash("sha256").update(forged, "utf8").digest("hex") },
    });
    expect(await verifyVersion({ db: t.db, versionId })).toMatchObject({ ok: false, failed: ["yjsState"] });
  });

  it("names the Yjs state when the stored state is damaged", async () => {
    const versionId = await lockedVersion();
    await t.db.minutesVersion.update({ where: { id: versionId }, data: { yjsState: Uint8Array.from([1, 2, 3]) } });
    expect(await verifyVersion({ db: t.db, versionId })).toMatchObject({ ok: false, failed: ["yjsState"] });
  });
});

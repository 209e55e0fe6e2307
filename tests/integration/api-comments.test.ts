// /api/meetings/:id/threads/** and /api/notifications/** through the real
// server: commenters open threads on words of the live minutes or of a
// version, reply, edit and delete their own comments, resolve and reopen;
// the organizer hides comments and chooses whether viewers read them (a new
// meeting's do not until the organizer lets them); every change reaches open
// pages over the meeting's connection; anchors follow their words. Every
// refusal stores nothing.
import * as decoding from "lib0/decoding";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { CloseCode, MessageType, meetingDocName } from "@/lib/collab-protocol";
import type { ThreadView } from "@/server/domain/comments/comment-thread-view";
import type { CommentThreadList } from "@/server/domain/comments/list-comment-threads";
import type { CommentNotifications } from "@/server/domain/comments/list-comment-notifications";
import { minutesJson } from "@/server/domain/minutes/read-meeting-minutes";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf, type Api } from "../helpers/api-client";
import { storedDoc } from "../helpers/collab-inspect";
import { anchorOn, appendParagraph, findPhrase, prependParagraph, type TestAnchor } from "../helpers/comment-anchors";
import { eventually } from "../helpers/eventually";
import { createMeeting } from "../helpers/factories";
import { connectStock, destroyAllStockClients, type StockClient } from "../helpers/stock-client";

const app = appForFile();
let collabUrl: string;
/** The demo users (the viewer asks for English), and an outsider: a member of another meeting only. */
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, reviewer, reviewerEn, viewerEn: viewer, outsider, ids } = users;

const PHRASE = "بودجهٔ پژوهش";
const PARAGRAPH = `بند نخست: ${PHRASE} برای سال آینده تصویب شد.`;

beforeAll(async () => {
  collabUrl = `${app.url.replace("http", "ws")}/collab`;
  await users.signIn(app, await demoAccounts(app));
  await createMeeting(app.db, [{ userId: ids.outsider, role: "organizer" }], { title: "جلسهٔ دیگر" });
});

afterEach(() => destroyAllStockClients());

/** A new meeting with the demo note-taker, reviewer and viewer, and PARAGRAPH
 * written in its minutes by the note-taker (whose connection is returned). */
async function newMeeting(): Promise<{ meetingId: string; writer: StockClient }> {
  const { id: meetingId } = await createMeeting(
    app.db,
    [
      { userId: ids.organizer, role: "organizer" },
      { userId: ids.noteTaker, role: "note-taker" },
      { userId: ids.reviewer, role: "reviewer" },
      { userId: ids.viewer, role: "viewer" },
    ],
    { title: "جلسهٔ نظرها Comments meeting", agenda: ["موضوع نخست"] },
  );
  const writer = await connectAs(noteTaker, meetingId);
  appendParagraph(writer.doc, PARAGRAPH);
  await eventually(async () => expect(await storedText(meetingId)).toContain(PHRASE));
  return { meetingId, writer };
}

/** The organizer lets the meeting's viewers read its comments (a new meeting does not). */
async function showCommentsToViewers(meetingId: string): Promise<void> {
  expect((await organizer("PUT", `/api/meetings/${meetingId}/threads/settings`, { viewersSeeComments: true })).status).toBe(200);
}

async function connectAs(member: Api, meetingId: string): Promise<StockClient> {
  const ticket = await member("POST", "/api/collab-token", { meetingId });
  expect(ticket.status).toBe(200);
  const client = connectStock(collabUrl, meetingDocName(meetingId), (ticket.body as { token: string }).token);
  await client.synced;
  return client;
}

async function storedText(meetingId: string): Promise<string> {
  const doc = await storedDoc(app.db, meetingDocName(meetingId));
  try {
    return JSON.stringify(minutesJson(doc));
  } finally {
    doc.destroy();
  }
}

/** An anchor on `phrase` of the live minutes as stored. */
async function liveAnchor(meetingId: string, phrase = PHRASE): Promise<TestAnchor> {
  const doc = await storedDoc(app.db, meetingDocName(meetingId));
  try {
    return anchorOn(doc, phrase);
  } finally {
    doc.destroy();
  }
}

async function openThread(api: Api, meetingId: string, body = "این رقم را بررسی کنید.", extra: object = {}): Promise<ThreadView> {
  const anchor = await liveAnchor(meetingId);
  const answer = await api("POST", `/api/meetings/${meetingId}/threads`, {
    anchor: { start: anchor.start, end: anchor.end },
    quote: anchor.quote,
    body,
    ...extra,
  });
  expect(answer.status).toBe(201);
  return answer.body as ThreadView;
}

async function listThreads(api: Api, meetingId: string, version?: number): Promise<CommentThreadList> {
  const answer = await api("GET", `/api/meetings/${meetingId}/threads${version ? `?version=${version}` : ""}`);
  expect(answer.status).toBe(200);
  return answer.body as CommentThreadList;
}

/** Everything a refused comment request must leave as it was. */
async function commentRows(): Promise<unknown> {
  const [threads, comments, mentions, reads] = await Promise.all([
    app.db.commentThread.findMany({ orderBy: { id: "asc" } }),
    app.db.comment.findMany({ orderBy: { id: "asc" } }),
    app.db.commentMention.findMany({ orderBy: { id: "asc" } }),
    app.db.commentRead.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { threads, comments, mentions, reads };
}

describe("every comment route", () => {
  it("requires authentication (401), and answers a member of another meeting as for no meeting (404), storing nothing", async () => {
    const { meetingId } = await newMeeting();
    const thread = await openThread(reviewer, meetingId);
    const commentId = thread.comments[0]?.id ?? "";
    const base = `/api/meetings/${meetingId}/threads`;
    const anchor = await liveAnchor(meetingId);
    const open = { anchor: { start: anchor.start, end: anchor.end }, quote: anchor.quote, body: "نظر" };
    const routes: Array<[string, string, unknown]> = [
      ["GET", base, undefined],
      ["POST", base, open],
      ["PUT", `${base}/settings`, { viewersSeeComments: true }],
      ["GET", `${base}/${thread.id}`, undefined],
      ["PATCH", `${base}/${thread.id}`, { status: "resolved" }],
      ["POST", `${base}/${thread.id}/comments`, { body: "پاسخ" }],
      ["PATCH", `${base}/${thread.id}/comments/${commentId}`, { body: "ویرایش" }],
      ["DELETE", `${base}/${thread.id}/comments/${commentId}`, undefined],
      ["PUT", `${base}/${thread.id}/comments/${commentId}/hidden`, { hidden: true }],
    ];
    const before = await commentRows();
    for (const [method, path, body] of routes) {
      const signedOut = await anonymous(method, path, body);
      expect(signedOut.status, `${method} ${path}`).toBe(401);
      expect(errorOf(signedOut).code).toBe("unauthenticated");
      expect((await outsider(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    expect((await anonymous("GET", "/api/notifications")).status).toBe(401);
    expect((await anonymous("POST", "/api/notifications/seen", {})).status).toBe(401);
    expect(await commentRows()).toEqual(before);
    expect((await app.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).viewersSeeComments).toBe(false);
  });
});

describe("POST /api/meetings/:id/threads", () => {
  it("lets the reviewer, a note-taker and the organizer open a thread on words of the live minutes, authored and timed by the server", async () => {
    const { meetingId } = await newMeeting();
    for (const [api, id] of [
      [reviewer, ids.reviewer],
      [noteTaker, ids.noteTaker],
      [organizer, ids.organizer],
    ] as const) {
      const startedAt = Date.now();
      const thread = await openThread(api, meetingId, "نظر", { authorId: ids.viewer, createdAt: "2000-01-01T00:00:00Z" });
      expect(thread).toMatchObject({ meetingId, versionNumber: null, quote: PHRASE, status: "open", outdated: false });
      expect(thread.range?.text).toBe(PHRASE);
      expect(thread.createdBy.id).toBe(id);
      expect(thread.comments).toHaveLength(1);
      expect(thread.comments[0]).toMatchObject({ body: "نظر", mine: true, deleted: false, hidden: false });
      expect(thread.comments[0]?.author.id).toBe(id);
      expect(Date.parse(String(thread.comments[0]?.createdAt))).toBeGreaterThanOrEqual(startedAt - 1000);
    }
  });

  it("refuses a viewer (403) with a sentence saying who comments, and stores nothing", async () => {
    const { meetingId } = await newMeeting();
    const anchor = await liveAnchor(meetingId);
    const before = await commentRows();
    const answer = await viewer("POST", `/api/meetings/${meetingId}/threads`, {
      anchor: { start: anchor.start, end: anchor.end },
      quote: anchor.quote,
      body: "نظر بیننده",
    });
    expect(answer.status).toBe(403);
    expect(errorOf(answer).message).toBe("Viewers cannot comment; only the organizer, note-takers and reviewers do.");
    expect(await commentRows()).toEqual(before);
  });

  it("refuses an anchor outside the document: positions of another document, a quote that is not the words between them, garbage (422), storing nothing", async () => {
    const { meetingId } = await newMeeting();
    const other = await newMeeting();
    const foreign = await liveAnchor(other.meetingId);
    const own = await liveAnchor(meetingId);
    const before = await commentRows();
    const path = `/api/meetings/${meetingId}/threads`;
    for (const body of [
      { anchor: { start: foreign.start, end: foreign.end }, quote: foreign.quote, body: "نظر" },
      { anchor: { start: own.start, end: own.end }, quote: "بودجهٔ آموزش", body: "نظر" },
      { anchor: { start: "AAAA", end: "////" }, quote: PHRASE, body: "نظر" },
      { anchor: { start: own.start }, quote: PHRASE, body: "نظر" },
    ]) {
      const answer = await reviewerEn("POST", path, body);
      expect(answer.status).toBe(422);
      expect(errorOf(answer).message).toMatch(/anchor is outside the document|not valid|Enter/);
      expect(JSON.stringify(errorOf(answer))).toContain("outside the document");
    }
    expect(await commentRows()).toEqual(before);
  });

  it("refuses an empty and an over-long comment (422) with a sentence for each, storing nothing; 4,000 characters are accepted", async () => {
    const { meetingId } = await newMeeting();
    const anchor = await liveAnchor(meetingId);
    const path = `/api/meetings/${meetingId}/threads`;
    const send = (body: string) => reviewerEn("POST", path, { anchor: { start: anchor.start, end: anchor.end }, quote: anchor.quote, body });
    const before = await commentRows();
    const empty = await send("   \n ");
    expect(empty.status).toBe(422);
    expect(errorOf(empty).fields?.body).toBe("Write the comment.");
    const long = await send("ب".repeat(4001));
    expect(long.status).toBe(422);
    expect(errorOf(long).fields?.body).toBe("A comment may be at most 4,000 characters long.");
    expect(await commentRows()).toEqual(before);
    expect((await send("ب".repeat(4000))).status).toBe(201);
  });

  it("refuses a mention of a non-member (422), storing nothing; a member's mention is stored and named", async () => {
    const { meetingId } = await newMeeting();
    const anchor = await liveAnchor(meetingId);
    const path = `/api/meetings/${meetingId}/threads`;
    const body = { anchor: { start: anchor.start, end: anchor.end }, quote: anchor.quote, body: "@عضو دیگر نگاه کنید" };
    const before = await commentRows();
    const refused = await reviewerEn("POST", path, { ...body, mentions: [ids.outsider] });
    expect(refused.status).toBe(422);
    expect(errorOf(refused).message).toBe("Only members of this meeting can be mentioned with @.");
    expect(await commentRows()).toEqual(before);
    const accepted = await reviewer("POST", path, { ...body, mentions: [ids.noteTaker] });
    expect(accepted.status).toBe(201);
    expect((accepted.body as ThreadView).comments[0]?.mentions.map((person) => person.id)).toEqual([ids.noteTaker]);
  });

  it("stores and returns a comment holding markup as the same plain text", async () => {
    const { meetingId } = await newMeeting();
    const markup = `<script>alert("x")</script> <b>پررنگ</b> & <img src=x onerror=alert(1)>`;
    const thread = await openThread(reviewer, meetingId, markup);
    expect(thread.comments[0]?.body).toBe(markup);
    const listed = await listThreads(noteTaker, meetingId);
    expect(listed.threads[0]?.comments[0]?.body).toBe(markup);
    expect((await app.db.comment.findUniqueOrThrow({ where: { id: thread.comments[0]?.id ?? "" } })).body).toBe(markup);
  });

  it("anchors a thread on words of a locked version, checked against that version's state", async () => {
    const { meetingId, writer } = await newMeeting();
    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, {})).status).toBe(201);
    const version = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId, number: 1 } });
    const versionDoc = new Y.Doc();
    Y.applyUpdate(versionDoc, version.yjsState);
    const anchor = anchorOn(versionDoc, PHRASE);
    versionDoc.destroy();
    const path = `/api/meetings/${meetingId}/threads`;
    const answer = await reviewer("POST", path, { versionNumber: 1, anchor: { start: anchor.start, end: anchor.end }, quote: PHRASE, body: "روی نسخهٔ ۱" });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ versionNumber: 1, outdated: false, quote: PHRASE });
    expect((await reviewer("POST", path, { versionNumber: 7, anchor: { start: anchor.start, end: anchor.end }, quote: PHRASE, body: "x" })).status).toBe(404);

    // Words written after the lock are not in version 1.
    expect((await organizer("POST", `/api/meetings/${meetingId}/reopen`, {})).status).toBe(200);
    const writer2 = await connectAs(noteTaker, meetingId);
    writer.destroy();
    appendParagraph(writer2.doc, "بند تازه پس از قفل");
    await eventually(async () => expect(await storedText(meetingId)).toContain("بند تازه"));
    const fresh = await liveAnchor(meetingId, "بند تازه");
    const before = await commentRows();
    const refused = await reviewerEn("POST", path, { versionNumber: 1, anchor: { start: fresh.start, end: fresh.end }, quote: "بند تازه", body: "x" });
    expect(refused.status).toBe(422);
    expect(errorOf(refused).message).toContain("outside the document");
    expect(await commentRows()).toEqual(before);
  });
});

describe("replies: POST /api/meetings/:id/threads/:threadId/comments", () => {
  it("lets a note-taker reply; refuses a viewer (403) and a thread of another meeting (404), storing nothing", async () => {
    const { meetingId } = await newMeeting();
    const other = await newMeeting();
    const thread = await openThread(reviewer, meetingId);
    const foreignThread = await openThread(reviewer, other.meetingId);
    const reply = await noteTaker("POST", `/api/meetings/${meetingId}/threads/${thread.id}/comments`, { body: "بررسی شد." });
    expect(reply.status).toBe(201);
    expect((reply.body as ThreadView).comments.map((comment) => comment.body)).toEqual(["این رقم را بررسی کنید.", "بررسی شد."]);

    const before = await commentRows();
    const byViewer = await viewer("POST", `/api/meetings/${meetingId}/threads/${thread.id}/comments`, { body: "من هم" });
    expect(byViewer.status).toBe(403);
    const crossed = await organizerEn("POST", `/api/meetings/${meetingId}/threads/${foreignThread.id}/comments`, { body: "پاسخ" });
    expect(crossed.status).toBe(404);
    expect(errorOf(crossed).message).toBe("This meeting has no comment thread with this id.");
    const empty = await noteTaker("POST", `/api/meetings/${meetingId}/threads/${thread.id}/comments`, { body: "" });
    expect(empty.status).toBe(422);
    expect(await commentRows()).toEqual(before);
  });
});

describe("edit and delete: /api/meetings/:id/threads/:threadId/comments/:commentId", () => {
  it("lets the author edit their comment; refuses anyone else, the organizer included (403), changing nothing", async () => {
    const { meetingId } = await newMeeting();
    const thread = await openThread(reviewer, meetingId);
    const path = `/api/meetings/${meetingId}/threads/${thread.id}/comments/${thread.comments[0]?.id}`;
    const before = await commentRows();
    for (const api of [noteTaker, organizerEn]) {
      const answer = await api("PATCH", path, { body: "متن دیگری" });
      expect(answer.status).toBe(403);
    }
    expect(errorOf(await organizerEn("PATCH", path, { body: "x" })).message).toBe("Only its author may edit or delete a comment.");
    expect((await organizer("DELETE", path)).status).toBe(403);
    expect(await commentRows()).toEqual(before);
    const edited = await reviewer("PATCH", path, { body: "این رقم را دوباره بررسی کنید." });
    expect(edited.status).toBe(200);
    const comment = (edited.body as { thread: ThreadView }).thread.comments[0];
    expect(comment?.body).toBe("این رقم را دوباره بررسی کنید.");
    expect(comment?.editedAt).not.toBeNull();
  });

  it("leaves \"comment deleted\" for a deleted comment with replies, and drops a thread whose comments are all deleted", async () => {
    const { meetingId } = await newMeeting();
    const thread = await openThread(reviewer, meetingId);
    await noteTaker("POST", `/api/meetings/${meetingId}/threads/${thread.id}/comments`, { body: "پاسخ" });
    const deleted = await reviewer("DELETE", `/api/meetings/${meetingId}/threads/${thread.id}/comments/${thread.comments[0]?.id}`);
    expect(deleted.status).toBe(200);
    const [first, second] = (deleted.body as { thread: ThreadView }).thread.comments;
    expect(first).toMatchObject({ deleted: true, body: null, mentions: [] });
    expect(second).toMatchObject({ deleted: false, body: "پاسخ" });
    expect((await app.db.comment.findUniqueOrThrow({ where: { id: first?.id ?? "" } })).body).toBe("");

    const lonely = await openThread(reviewer, meetingId, "تنها");
    const gone = await reviewer("DELETE", `/api/meetings/${meetingId}/threads/${lonely.id}/comments/${lonely.comments[0]?.id}`);
    expect((gone.body as { thread: ThreadView | null }).thread).toBeNull();
    expect((await listThreads(reviewer, meetingId)).threads.map((listed) => listed.id)).toEqual([thread.id]);
    // A deleted comment is not edited back.
    const again = await reviewer("PATCH", `/api/meetings/${meetingId}/threads/${thread.id}/comments/${first?.id}`, { body: "x" });
    expect(again.status).toBe(409);
  });
});

describe("resolve and reopen: PATCH /api/meetings/:id/threads/:threadId", () => {
  it("lets the reviewer resolve and a note-taker reopen; refuses a viewer (403) and a bad status (422)", async () => {
    const { meetingId } = await newMeeting();
    const thread = await openThread(reviewer, meetingId);
    const path = `/api/meetings/${meetingId}/threads/${thread.id}`;
    const before = await commentRows();
    expect((await viewer("PATCH", path, { status: "resolved" })).status).toBe(403);
    expect((await reviewer("PATCH", path, { status: "done" })).status).toBe(422);
    expect(await commentRows()).toEqual(before);
    const resolved = await reviewer("PATCH", path, { status: "resolved" });
    expect((resolved.body as { thread: ThreadView }).thread).toMatchObject({ status: "resolved", resolvedBy: { id: ids.reviewer } });
    const reopened = await noteTaker("PATCH", path, { status: "open" });
    expect((reopened.body as { thread: ThreadView }).thread).toMatchObject({ status: "open", resolvedBy: null, resolvedAt: null });
  });
});

describe("hiding: PUT /api/meetings/:id/threads/:threadId/comments/:commentId/hidden", () => {
  it("lets the organizer hide a comment, recorded with who and when; refuses the author and a reviewer (403)", async () => {
    const { meetingId } = await newMeeting();
    const thread = await openThread(reviewer, meetingId, "متنی نامناسب");
    const path = `/api/meetings/${meetingId}/threads/${thread.id}/comments/${thread.comments[0]?.id}/hidden`;
    const before = await commentRows();
    expect((await reviewer("PUT", path, { hidden: true })).status).toBe(403);
    expect((await noteTaker("PUT", path, { hidden: true })).status).toBe(403);
    expect(await commentRows()).toEqual(before);
    const hidden = await organizer("PUT", path, { hidden: true });
    expect(hidden.status).toBe(200);
    expect((hidden.body as { thread: ThreadView }).thread.comments[0]).toMatchObject({ hidden: true, hiddenBy: { id: ids.organizer }, body: "متنی نامناسب" });
    const seen = (await listThreads(noteTaker, meetingId)).threads[0]?.comments[0];
    expect(seen).toMatchObject({ hidden: true, body: null, hiddenBy: { id: ids.organizer } });
    const stored = await app.db.comment.findUniqueOrThrow({ where: { id: thread.comments[0]?.id ?? "" } });
    expect(stored.hiddenById).toBe(ids.organizer);
    expect(stored.hiddenAt).not.toBeNull();
  });
});

describe("reading: GET /api/meetings/:id/threads and /threads/:threadId, PUT /threads/settings", () => {
  it("shows viewers the comments while the organizer lets them, until they hide them again; only the organizer chooses", async () => {
    const { meetingId } = await newMeeting();
    await showCommentsToViewers(meetingId);
    const thread = await openThread(reviewer, meetingId);
    const listed = await listThreads(viewer, meetingId);
    expect(listed).toMatchObject({ canComment: false, viewersSeeComments: true, versionNumber: null });
    expect(listed.threads.map((each) => each.id)).toEqual([thread.id]);
    expect((await listThreads(reviewer, meetingId)).canComment).toBe(true);

    const settings = `/api/meetings/${meetingId}/threads/settings`;
    expect((await reviewer("PUT", settings, { viewersSeeComments: false })).status).toBe(403);
    expect((await organizer("PUT", settings, { viewersSeeComments: "no" })).status).toBe(422);
    expect((await organizer("PUT", settings, { viewersSeeComments: false })).status).toBe(200);
    const refused = await viewer("GET", `/api/meetings/${meetingId}/threads`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused).message).toBe("The organizer does not show this meeting's comments to viewers.");
    expect((await viewer("GET", `/api/meetings/${meetingId}/threads/${thread.id}`)).status).toBe(403);
    expect((await reviewer("GET", `/api/meetings/${meetingId}/threads/${thread.id}`)).status).toBe(200);
    expect((await reviewer("GET", `/api/meetings/${meetingId}/threads/no-such-thread`)).status).toBe(404);
    expect((await reviewer("GET", `/api/meetings/${meetingId}/threads?version=3`)).status).toBe(404);
  });
});

describe("a new meeting's comments and its viewers", () => {
  it("keeps the comments from viewers of a meeting made through the API until the organizer shows them", async () => {
    const { series } = (await organizer("GET", "/api/series")).body as { series: Array<{ id: string }> };
    const created = await organizer("POST", "/api/meetings", {
      seriesId: series[0]?.id,
      title: "جلسهٔ تازه New meeting",
      startsAt: { year: 1450, month: 1, day: 20, hour: 9, minute: 30 },
      agenda: ["موضوع نخست"],
    });
    expect(created.status).toBe(201);
    const meetingId = (created.body as { id: string }).id;
    expect((await organizer("POST", `/api/meetings/${meetingId}/members`, { email: "viewer@kateb.local", role: "viewer" })).status).toBe(201);
    const threads = `/api/meetings/${meetingId}/threads`;
    expect(await listThreads(organizer, meetingId)).toMatchObject({ viewersSeeComments: false, threads: [] });
    const refused = await viewer("GET", threads);
    expect(refused.status).toBe(403);
    expect(errorOf(refused).message).toBe("The organizer does not show this meeting's comments to viewers.");

    expect((await organizer("PUT", `${threads}/settings`, { viewersSeeComments: true })).status).toBe(200);
    expect(await listThreads(viewer, meetingId)).toMatchObject({ canComment: false, viewersSeeComments: true, threads: [] });
  });
});

describe("anchoring", () => {
  it("keeps a thread on its words while the minutes are edited around them, and shows it outdated with its quote once they are deleted", async () => {
    const { meetingId, writer } = await newMeeting();
    appendParagraph(writer.doc, "بند دوم: گزارش مالی خوانده شد.");
    await eventually(async () => expect(await storedText(meetingId)).toContain("گزارش مالی"));
    const kept = await openThread(reviewer, meetingId);
    const doomedAnchor = await liveAnchor(meetingId, "گزارش مالی");
    const doomed = await reviewer("POST", `/api/meetings/${meetingId}/threads`, {
      anchor: { start: doomedAnchor.start, end: doomedAnchor.end },
      quote: doomedAnchor.quote,
      body: "کدام گزارش؟",
    });
    expect(doomed.status).toBe(201);
    const before = (await listThreads(reviewer, meetingId)).threads;
    expect(before.map((thread) => thread.id)).toEqual([kept.id, (doomed.body as ThreadView).id]);

    // Text inserted before the words, right after them, and a new first paragraph.
    const { text, at } = findPhrase(writer.doc, PHRASE);
    writer.doc.transact(() => {
      text.insert(at + PHRASE.length, " (ویرایش‌شده)");
      text.insert(0, "پیش‌گفتار. ");
      prependParagraph(writer.doc, "یک بند تازه در آغاز.");
    });
    await eventually(async () => expect(await storedText(meetingId)).toContain("ویرایش‌شده"));
    const moved = (await listThreads(reviewer, meetingId)).threads.find((thread) => thread.id === kept.id);
    expect(moved).toMatchObject({ outdated: false, quote: PHRASE, range: { text: PHRASE } });
    expect(moved?.range?.from).toBeGreaterThan(before[0]?.range?.from ?? Infinity);

    // The second thread's words are deleted.
    const doomedAt = findPhrase(writer.doc, "گزارش مالی");
    doomedAt.text.delete(doomedAt.at, "گزارش مالی".length);
    await eventually(async () => expect(await storedText(meetingId)).not.toContain("گزارش مالی"));
    const after = (await listThreads(reviewer, meetingId)).threads;
    expect(after.find((thread) => thread.id === kept.id)).toMatchObject({ outdated: false });
    expect(after.find((thread) => thread.id === (doomed.body as ThreadView).id)).toMatchObject({ outdated: true, quote: "گزارش مالی" });
  });

  it("shows a thread of version 1 on version 2 where its words still are, and outdated on version 2 when they were deleted", async () => {
    const { meetingId, writer } = await newMeeting();
    appendParagraph(writer.doc, "بند دوم: گزارش مالی خوانده شد.");
    await eventually(async () => expect(await storedText(meetingId)).toContain("گزارش مالی"));
    writer.destroy();
    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, {})).status).toBe(201);
    const v1 = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId, number: 1 } });
    const v1Doc = new Y.Doc();
    Y.applyUpdate(v1Doc, v1.yjsState);
    const anchors = [anchorOn(v1Doc, PHRASE), anchorOn(v1Doc, "گزارش مالی")];
    v1Doc.destroy();
    const threadIds: string[] = [];
    for (const anchor of anchors) {
      const answer = await reviewer("POST", `/api/meetings/${meetingId}/threads`, {
        versionNumber: 1,
        anchor: { start: anchor.start, end: anchor.end },
        quote: anchor.quote,
        body: "نظر بر نسخهٔ ۱",
      });
      expect(answer.status).toBe(201);
      threadIds.push((answer.body as ThreadView).id);
    }
    expect((await organizer("POST", `/api/meetings/${meetingId}/reopen`, {})).status).toBe(200);
    const editor = await connectAs(organizer, meetingId);
    const words = findPhrase(editor.doc, "گزارش مالی");
    words.text.delete(words.at, "گزارش مالی".length);
    const phrase = findPhrase(editor.doc, PHRASE);
    phrase.text.insert(phrase.at, "اصلاح: ");
    await eventually(async () => expect(await storedText(meetingId)).toContain("اصلاح: "));
    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, {})).status).toBe(201);

    const onV1 = (await listThreads(reviewer, meetingId, 1)).threads;
    expect(onV1.map((thread) => thread.outdated)).toEqual([false, false]);
    const onV2 = (await listThreads(reviewer, meetingId, 2)).threads;
    expect(onV2.find((thread) => thread.id === threadIds[0])).toMatchObject({ outdated: false, range: { text: PHRASE } });
    expect(onV2.find((thread) => thread.id === threadIds[1])).toMatchObject({ outdated: true, quote: "گزارش مالی" });
  });
});

describe("the published report", () => {
  it("never shows comments: a thread on the published version is not on its public page", async () => {
    const { meetingId, writer } = await newMeeting();
    writer.destroy();
    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, {})).status).toBe(201);
    const v1 = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId, number: 1 } });
    const v1Doc = new Y.Doc();
    Y.applyUpdate(v1Doc, v1.yjsState);
    const anchor = anchorOn(v1Doc, PHRASE);
    v1Doc.destroy();
    const secret = "نظری-که-نباید-منتشر-شود";
    const opened = await reviewer("POST", `/api/meetings/${meetingId}/threads`, {
      versionNumber: 1,
      anchor: { start: anchor.start, end: anchor.end },
      quote: anchor.quote,
      body: secret,
    });
    expect(opened.status).toBe(201);
    const published = await organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber: 1 });
    expect(published.status).toBe(201);
    const page = await fetch(`${app.url}${(published.body as { path: string }).path}`, { headers: { "user-agent": "Mozilla/5.0 Chrome/130" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Comments meeting");
    expect(html).not.toContain(secret);
    expect(html).not.toContain(encodeURIComponent(secret));
  });
});

describe("live", () => {
  it("tells every open page of the meeting of a new thread, a reply and a resolution within a second", async () => {
    const { meetingId } = await newMeeting();
    await showCommentsToViewers(meetingId);
    const pages = await Promise.all([viewer, noteTaker].map((member) => openPage(member, meetingId)));
    const startedAt = Date.now();
    const thread = await openThread(reviewer, meetingId);
    for (const page of pages) await eventually(() => expect(page.told).toContain(thread.id), 1000);
    expect(Date.now() - startedAt).toBeLessThan(1000 + 1000);
    for (const page of pages) page.told.length = 0;
    const replyAt = Date.now();
    await noteTaker("POST", `/api/meetings/${meetingId}/threads/${thread.id}/comments`, { body: "پاسخ" });
    for (const page of pages) await eventually(() => expect(page.told).toEqual([thread.id]), 1000);
    for (const page of pages) page.told.length = 0;
    await reviewer("PATCH", `/api/meetings/${meetingId}/threads/${thread.id}`, { status: "resolved" });
    for (const page of pages) await eventually(() => expect(page.told).toEqual([thread.id]), 1000);
    expect(Date.now() - replyAt).toBeLessThan(5000);
    for (const page of pages) page.ws.close();
  });

  it("does not tell a viewer's page of threads while the organizer hides comments from viewers, but tells it of the choice", async () => {
    const { meetingId } = await newMeeting();
    const viewerPage = await openPage(viewer, meetingId);
    const reviewerPage = await openPage(reviewer, meetingId);
    expect((await organizer("PUT", `/api/meetings/${meetingId}/threads/settings`, { viewersSeeComments: false })).status).toBe(200);
    for (const page of [viewerPage, reviewerPage]) await eventually(() => expect(page.told).toEqual([""]), 1000);
    const thread = await openThread(noteTaker, meetingId);
    await eventually(() => expect(reviewerPage.told).toEqual(["", thread.id]), 1000);
    await new Promise<void>((resolve) => {
      viewerPage.ws.once("pong", () => resolve());
      viewerPage.ws.ping();
    });
    expect(viewerPage.told).toEqual([""]);
    viewerPage.ws.close();
    reviewerPage.ws.close();
  });

  it("tells only pages that speak Kateb's protocol (?ack=1): a stock y-websocket client is not sent message 103", async () => {
    const { meetingId } = await newMeeting();
    const page = await openPage(reviewer, meetingId);
    const stock = await openPage(noteTaker, meetingId, false);
    const thread = await openThread(noteTaker, meetingId);
    await eventually(() => expect(page.told).toEqual([thread.id]), 1000);
    // Messages of one server reach a socket in order: a ping sent after the thread answers after any 103 would have.
    await new Promise<void>((resolve) => {
      stock.ws.once("pong", () => resolve());
      stock.ws.ping();
    });
    expect(stock.told).toEqual([]);
    page.ws.close();
    stock.ws.close();
  });
});

describe("a reviewer's collaboration connection", () => {
  it("stays read-only for the minutes: a content update over the WebSocket is refused (4403) and the minutes are unchanged", async () => {
    const { meetingId } = await newMeeting();
    await openThread(reviewer, meetingId);
    const before = await storedText(meetingId);
    const client = await connectAs(reviewer, meetingId);
    appendParagraph(client.doc, "متنی که بازبین می‌خواهد بیفزاید");
    const { text, at } = findPhrase(client.doc, PHRASE);
    text.delete(at, PHRASE.length);
    expect((await client.closed).code).toBe(CloseCode.readOnly);
    expect(await storedText(meetingId)).toBe(before);
    const writer = await connectAs(noteTaker, meetingId);
    expect(JSON.stringify(minutesJson(writer.doc))).not.toContain("بازبین می‌خواهد");
    expect(JSON.stringify(minutesJson(writer.doc))).toContain(PHRASE);
  });
});

describe("notifications: GET /api/notifications, POST /api/notifications/seen", () => {
  it("counts threads where someone replied to you or mentioned you since you last looked, and marks them seen", async () => {
    const { meetingId } = await newMeeting();
    const initial = (await organizer("GET", "/api/notifications")).body as CommentNotifications;
    await organizer("POST", "/api/notifications/seen", {});
    const reviewerStart = (await reviewer("POST", "/api/notifications/seen", {})).body as CommentNotifications;
    expect(reviewerStart.count).toBe(0);
    expect(initial.count).toBeGreaterThanOrEqual(0);

    const thread = await openThread(reviewer, meetingId, "نظر بازبین");
    expect(((await reviewer("GET", "/api/notifications")).body as CommentNotifications).count).toBe(0);
    await noteTaker("POST", `/api/meetings/${meetingId}/threads/${thread.id}/comments`, {
      body: "@زهرا احمدی لطفاً ببینید",
      mentions: [ids.organizer],
    });
    const forReviewer = (await reviewer("GET", "/api/notifications")).body as CommentNotifications;
    expect(forReviewer.count).toBe(1);
    expect(forReviewer.threads[0]).toMatchObject({ threadId: thread.id, meetingId, replied: true, mentioned: false, newComments: 1, quote: PHRASE });
    const forOrganizer = (await organizer("GET", "/api/notifications")).body as CommentNotifications;
    expect(forOrganizer.threads.map((news) => [news.threadId, news.mentioned])).toEqual([[thread.id, true]]);
    // The author of a reply is not told of it; an outsider hears nothing.
    expect(((await noteTaker("GET", "/api/notifications")).body as CommentNotifications).threads.map((news) => news.threadId)).not.toContain(thread.id);
    expect(((await outsider("GET", "/api/notifications")).body as CommentNotifications).count).toBe(0);

    const seen = await reviewer("POST", "/api/notifications/seen", { threadIds: [thread.id] });
    expect(seen.status).toBe(200);
    expect((seen.body as CommentNotifications).count).toBe(0);
    expect(((await organizer("GET", "/api/notifications")).body as CommentNotifications).count).toBe(1);
    expect((await reviewer("POST", "/api/notifications/seen", { threadIds: ["bad id!"] })).status).toBe(422);

    await noteTaker("POST", `/api/meetings/${meetingId}/threads/${thread.id}/comments`, { body: "یک نکتهٔ دیگر" });
    expect(((await reviewer("GET", "/api/notifications")).body as CommentNotifications).count).toBe(1);
  });
});

/** A page of the meeting as Kateb's editor opens it (`?ack=1`): the threads it was told of. */
async function openPage(member: Api, meetingId: string, ack = true): Promise<{ ws: WebSocket; told: string[] }> {
  const ticket = await member("POST", "/api/collab-token", { meetingId });
  const token = (ticket.body as { token: string }).token;
  const ws = new WebSocket(`${collabUrl}/${meetingDocName(meetingId)}?token=${encodeURIComponent(token)}${ack ? "&ack=1" : ""}`);
  const told: string[] = [];
  ws.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === MessageType.commentsChanged) told.push(decoding.readVarString(decoder));
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, told };
}

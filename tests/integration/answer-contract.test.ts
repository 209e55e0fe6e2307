// A route's answer as its contract shapes it: Dates as ISO strings, fields the
// contract does not name left out, and a view that does not fit answered as
// the server's fault (500), never as the user's bad input (400).
import { describe, expect, it } from "vitest";
import { commentSettings, threadAnswer } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { errorResponse } from "@/app/api/error-response";

const someone = { id: "u1", name: "مریم" };

describe("answer", () => {
  it("sends Dates as ISO strings and leaves out what the contract does not name", async () => {
    const createdAt = new Date("2026-12-04T10:00:00.000Z");
    const thread = {
      id: "t1",
      meetingId: "m1",
      versionNumber: null,
      anchor: { start: "a", end: "b" },
      quote: "نقل",
      range: null,
      outdated: false,
      status: "open" as const,
      resolvedBy: null,
      resolvedAt: null,
      createdBy: someone,
      createdAt,
      comments: [],
      passwordHash: "not for the browser",
    };
    const response = answer(threadAnswer, { thread }, { status: 201 });
    expect(response.status).toBe(201);
    const json = (await response.json()) as { thread: Record<string, unknown> };
    expect(json.thread.createdAt).toBe("2026-12-04T10:00:00.000Z");
    expect(json.thread).not.toHaveProperty("passwordHash");
    // What the browser reads back is what was sent.
    expect(threadAnswer.parse(json)).toEqual(json);
  });

  it("refuses a view that does not fit as the server's fault", async () => {
    let thrown: unknown = null;
    try {
      answer(commentSettings, { viewersSeeComments: "yes" as unknown as boolean });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const refused = errorResponse(thrown, "fa");
    expect(refused.status).toBe(500);
    expect(JSON.stringify(await refused.json())).not.toContain("viewersSeeComments");
  });
});

// Findings 2, 3 and 4 of the security review (issue #14), through the real
// process: no redirect after sign-in leaves the site; a form posted from
// another origin (another port of the same host included) changes nothing;
// an anonymous huge body is refused with 413 before anything buffers it.
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signIn } from "../helpers/sign-in";

let app: RunningApp;
let organizer: string;
let meetingId: string;

beforeAll(async () => {
  app = await startApp();
  organizer = await signIn(app.url, "organizer@kateb.local");
  meetingId = (await app.db.meeting.findFirstOrThrow({ orderBy: { startsAt: "desc" } })).id;
});
afterAll(async () => app.stop());

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((row) => row.startsWith("VmRSS:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) * 1024;
}

describe("after sign-in", () => {
  it.each([["%2F%09%2Fevil.example"], ["%2F%0A%2Fevil.example"], ["%2F%5C%2Fevil.example"], ["https%3A%2F%2Fevil.example"]])(
    "a return address %s goes home, never to another site nor to an error",
    async (encoded) => {
      const response = await fetch(`${app.url}/signin?callbackUrl=${encoded}`, { headers: { cookie: organizer }, redirect: "manual" });
      expect(response.status).toBeLessThan(400);
      const location = response.headers.get("location") ?? "";
      expect(location).not.toMatch(/evil/);
      expect(new URL(location, app.url).origin).toBe(new URL(app.url).origin);
    },
  );
});

describe("a state-changing request from another origin", () => {
  const viewerRole = async (): Promise<string | undefined> => {
    const viewer = await app.db.user.findUniqueOrThrow({ where: { email: "viewer@kateb.local" } });
    return (await app.db.membership.findUnique({ where: { meetingId_userId: { meetingId, userId: viewer.id } } }))?.role;
  };
  const members = (): string => `/api/meetings/${meetingId}/members`;
  const otherPort = (): string => `http://127.0.0.1:${Number(new URL(app.url).port) + 1}`;

  it("is refused when the browser says it is from another site or port, changing nothing", async () => {
    const before = await viewerRole();
    const viewer = await app.db.user.findUniqueOrThrow({ where: { email: "viewer@kateb.local" } });
    const attempts: Array<Record<string, string>> = [
      { origin: otherPort(), "content-type": "application/json" },
      { "sec-fetch-site": "same-site", origin: otherPort(), "content-type": "application/json" },
      { "sec-fetch-site": "cross-site", "content-type": "application/json" },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${app.url}${members()}/${viewer.id}`, {
        method: "PATCH",
        headers: { cookie: organizer, ...headers },
        body: JSON.stringify({ role: "organizer" }),
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await viewerRole()).toBe(before);
  });

  it("is refused when its body is not JSON (what an HTML form sends), even without Origin", async () => {
    const before = await viewerRole();
    // enctype=text/plain: the body reads as JSON, but its type says form.
    const response = await fetch(`${app.url}${members()}`, {
      method: "POST",
      headers: { cookie: organizer, "content-type": "text/plain" },
      body: '{"email":"viewer@kateb.local","role":"organizer","x":"="}',
    });
    expect(response.status).toBe(403);
    expect(await viewerRole()).toBe(before);
  });

  it("from this origin, as JSON, is accepted", async () => {
    const user = await app.db.user.findUniqueOrThrow({ where: { email: "viewer@kateb.local" } });
    const response = await fetch(`${app.url}${members()}/${user.id}`, {
      method: "PATCH",
      headers: { cookie: organizer, "sec-fetch-site": "same-origin", origin: app.url, "content-type": "application/json" },
      body: JSON.stringify({ role: "reviewer" }),
    });
    expect(response.status).toBe(200);
    expect(await viewerRole()).toBe("reviewer");
  });
});

describe("an anonymous huge body", () => {
  it("is answered 413 before it is read, declared or chunked, and the process hardly grows", { timeout: 60_000 }, async () => {
    const before = rssBytes(app.pid);
    const declared = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${app.url}/api/meetings`, { method: "POST", headers: { "content-type": "application/json", "content-length": String(300 * 1024 * 1024) } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      // Only the headers: the answer must come before any of the body.
      request.flushHeaders();
    });
    expect(declared).toBe(413);
    const chunked = await new Promise<number>((resolve) => {
      // Chunked, to a route that reads its body (a signed-in JSON route).
      const request = httpRequest(`${app.url}/api/series`, { method: "POST", headers: { "content-type": "application/json", cookie: organizer } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      // The server may end the connection while this side still writes.
      request.on("error", () => resolve(-1));
      const chunk = Buffer.alloc(256 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 64 * 1024 * 1024) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", pump);
        }
        request.end();
      };
      pump();
    });
    expect([413, -1]).toContain(chunked);
    expect(rssBytes(app.pid) - before).toBeLessThan(20 * 1024 * 1024);
  });
});

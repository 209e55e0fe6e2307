// Finding 5 of the security review (issue #14): every page and API answer
// carries the security headers, a page's scripts all carry the nonce its
// policy names, and nothing may frame a page. The real process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signIn } from "../helpers/sign-in";

let app: RunningApp;
let cookie: string;

beforeAll(async () => {
  app = await startApp();
  cookie = await signIn(app.url, "organizer@kateb.local");
});
afterAll(async () => app.stop());

function expectCommon(headers: Headers): void {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toMatch(/^(same-origin|no-referrer)$/);
  expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
}

describe("security headers", () => {
  it.each([["/signin"], ["/"], ["/series"], ["/admin/accounts"]])("on the page %s: a nonce policy that every script of the page carries", async (path) => {
    const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expectCommon(response.headers);
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).not.toContain("'unsafe-inline' 'nonce");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    // A fresh nonce each time.
    const again = (await fetch(`${app.url}${path}`, { headers: { cookie } })).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it("on API answers: a policy that loads nothing, and no caching", async () => {
    for (const response of [await fetch(`${app.url}/api/meetings`, { headers: { cookie } }), await fetch(`${app.url}/api/meetings`)]) {
      expectCommon(response.headers);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(response.headers.get("cache-control")).toContain("no-store");
    }
  });
});

// Security review (issue 14, finding 9): X-Forwarded-Host and -Proto say where
// a request came in only when a reverse proxy set them; any client can send
// them. Without TRUST_PROXY the links and redirects Kateb answers with are
// built from the request's own Host and connection, never from those headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";

const FORGED = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

interface Providers {
  credentials: { signinUrl: string; callbackUrl: string };
}

async function providers(app: RunningApp): Promise<Providers> {
  const response = await fetch(`${app.url}/api/auth/providers`, { headers: FORGED });
  expect(response.status).toBe(200);
  return (await response.json()) as Providers;
}

/** Where next-auth's own sign-in page sends the browser, with the callback it remembers. */
async function signInRedirect(app: RunningApp): Promise<{ location: string; cookies: string }> {
  const response = await fetch(`${app.url}/api/auth/signin`, { headers: FORGED, redirect: "manual" });
  expect(response.status).toBe(302);
  return { location: response.headers.get("location") ?? "", cookies: response.headers.getSetCookie().join("\n") };
}

describe("without TRUST_PROXY", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.stop());

  it("builds sign-in links from the request's own host, not a forged X-Forwarded-Host", async () => {
    const { credentials } = await providers(app);
    expect(credentials.signinUrl).toBe(`${app.url}/api/auth/signin/credentials`);
    expect(credentials.callbackUrl).toBe(`${app.url}/api/auth/callback/credentials`);
  });

  it("redirects to sign in with no callback on the forged host", async () => {
    const { location, cookies } = await signInRedirect(app);
    expect(location).not.toContain("evil.example");
    expect(decodeURIComponent(cookies)).not.toContain("evil.example");
    expect(new URL(location, app.url).origin).toBe(app.url);
  });
});

describe("with TRUST_PROXY=1", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ TRUST_PROXY: "1" });
  });
  afterAll(() => app.stop());

  it("believes the proxy's X-Forwarded-Host and -Proto", async () => {
    const { credentials } = await providers(app);
    expect(credentials.signinUrl).toBe("https://evil.example/api/auth/signin/credentials");
    const { location } = await signInRedirect(app);
    expect(decodeURIComponent(location)).toContain("https://evil.example");
  });
});

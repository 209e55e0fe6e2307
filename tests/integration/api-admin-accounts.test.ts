// Administrators manage accounts (issue #13), through the real process: an
// invitation link sets a first password once; reused, replaced, expired and
// made-up links are refused with a sentence and change nothing; only
// administrators manage accounts; deactivation ends the cookie and closes the
// account's live connection within a second; the last administrator cannot
// deactivate themself.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "@/lib/collab-protocol";
import { appForFile } from "../fixtures/app-for-file";
import { apiClient, errorOf, type Api } from "../helpers/api-client";
import { eventually } from "../helpers/eventually";
import { signIn } from "../helpers/sign-in";
import { closeAllRawSockets, rawSocket, refusalStatus } from "../helpers/raw-client";
import { connectStock, destroyAllStockClients } from "../helpers/stock-client";

const PASSWORD = "دبیرخانه‌کمیسیون۱۴۰۳";
const app = appForFile();
let admin: Api;

beforeAll(async () => {
  admin = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
});
afterEach(() => {
  destroyAllStockClients();
  closeAllRawSockets();
});

const anonymous = (): Api => apiClient(app.url);
const tokenOf = (path: string): string => new URL(path, "http://x").searchParams.get("token") ?? "";

async function invite(email: string, name = "نگار یادداشت‌بردار"): Promise<{ id: string; token: string }> {
  const created = await admin("POST", "/api/admin/accounts", { name, email });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const body = created.body as { id: string; link: { path: string } };
  expect(body.link.path).toMatch(/^\/account\/link\?token=/);
  return { id: body.id, token: tokenOf(body.link.path) };
}

describe("invitations", () => {
  it("let the invited person set a password once, then sign in; the link does not work again", async () => {
    const { token } = await invite("negar@org.example");
    const page = await fetch(`${app.url}/account/link?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("گذرواژهٔ حساب خود را برگزینید");
    const weak = await anonymous()("POST", "/api/account/link", { token, password: "1234567890" });
    expect(weak.status).toBe(422);
    expect(errorOf(weak).fields?.password).toBeTruthy();
    const set = await anonymous()("POST", "/api/account/link", { token, password: PASSWORD });
    expect(set.status).toBe(200);
    await signIn(app.url, "negar@org.example", PASSWORD);
    const again = await anonymous()("POST", "/api/account/link", { token, password: "another-long-passphrase-42" });
    expect(again.status).toBe(404);
    expect(errorOf(again).message).toContain("این پیوند دیگر کار نمی‌کند");
    await signIn(app.url, "negar@org.example", PASSWORD);
  });

  it("refuse a replaced, an expired and a made-up link, changing nothing", async () => {
    const { id, token: first } = await invite("kaveh@org.example");
    const resent = await admin("POST", `/api/admin/accounts/${id}/link`, { kind: "invite" });
    expect(resent.status).toBe(201);
    const second = tokenOf((resent.body as { link: { path: string } }).link.path);
    expect((await anonymous()("POST", "/api/account/link", { token: first, password: PASSWORD })).status).toBe(404);
    await app.db.accountLink.updateMany({ where: { userId: id, usedAt: null, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await anonymous()("POST", "/api/account/link", { token: second, password: PASSWORD })).status).toBe(404);
    expect((await anonymous()("POST", "/api/account/link", { token: "made-up-token", password: PASSWORD })).status).toBe(404);
    expect(await (await fetch(`${app.url}/account/link?token=${second}`)).text()).toContain("این پیوند دیگر کار نمی‌کند");
    expect((await app.db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe("");
  });

  it("are for administrators only; an address with an account already is refused", async () => {
    const organizerOnly = apiClient(app.url, await signIn(app.url, "notetaker1@kateb.local"));
    const refused = await organizerOnly("POST", "/api/admin/accounts", { name: "کسی", email: "someone@org.example" });
    expect(refused.status).toBe(403);
    expect((await organizerOnly("GET", "/api/admin/accounts")).status).toBe(403);
    expect((await anonymous()("GET", "/api/admin/accounts")).status).toBe(401);
    expect(await app.db.user.count({ where: { email: "someone@org.example" } })).toBe(0);
    const taken = await admin("POST", "/api/admin/accounts", { name: "تکراری", email: "Reviewer@kateb.local" });
    expect(taken.status).toBe(409);
    const list = await admin("GET", "/api/admin/accounts");
    expect(list.status).toBe(200);
    const accounts = (list.body as { accounts: Array<{ email: string; lastSignInAt: string | null; isAdmin: boolean }> }).accounts;
    expect(accounts.find((account) => account.email === "organizer@kateb.local")).toMatchObject({ isAdmin: true });
    expect(accounts.find((account) => account.email === "organizer@kateb.local")?.lastSignInAt).not.toBeNull();
  });
});

describe("deactivation", () => {
  it("ends the account's cookie and closes its open editor connection within a second; reactivation lets it sign in again", async () => {
    const reviewerCookie = await signIn(app.url, "notetaker2@kateb.local");
    const reviewer = apiClient(app.url, reviewerCookie);
    const meetings = (await reviewer("GET", "/api/meetings")).body as { upcoming: Array<{ id: string }>; past: Array<{ id: string }> };
    const meetingId = [...meetings.upcoming, ...meetings.past][0]?.id ?? "";
    const ticket = await reviewer("POST", "/api/collab-token", { meetingId });
    expect(ticket.status).toBe(200);
    const { token, docName } = ticket.body as { token: string; docName: string };
    // A second ticket, kept for later: a token opens one connection.
    const spare = ((await reviewer("POST", "/api/collab-token", { meetingId })).body as { token: string }).token;
    const client = connectStock(`${app.url.replace("http", "ws")}/collab`, docName, token);
    await client.synced;
    const user = await app.db.user.findUniqueOrThrow({ where: { email: "notetaker2@kateb.local" } });

    const started = Date.now();
    expect((await admin("PUT", `/api/admin/accounts/${user.id}/active`, { active: false })).status).toBe(200);
    const closed = await client.closed;
    expect(closed.code).toBe(CloseCode.accountEnded);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await reviewer("GET", "/api/meetings")).status).toBe(401);
    // The unused collaboration token it still holds opens nothing.
    expect(await refusalStatus(rawSocket(`${app.url.replace("http", "ws")}/collab`, docName, spare))).toBe(404);
    await expect(signIn(app.url, "notetaker2@kateb.local")).rejects.toThrow();

    expect((await admin("PUT", `/api/admin/accounts/${user.id}/active`, { active: true })).status).toBe(200);
    await eventually(async () => expect((await apiClient(app.url, await signIn(app.url, "notetaker2@kateb.local"))("GET", "/api/meetings")).status).toBe(200));
  });

  it("refuses the last administrator deactivating themself, changing nothing", async () => {
    const me = await app.db.user.findUniqueOrThrow({ where: { email: "organizer@kateb.local" } });
    const refused = await admin("PUT", `/api/admin/accounts/${me.id}/active`, { active: false });
    expect(refused.status).toBe(409);
    expect(errorOf(refused).message).toContain("آخرین مدیر");
    expect((await app.db.user.findUniqueOrThrow({ where: { id: me.id } })).deactivatedAt).toBeNull();
    expect((await admin("GET", "/api/admin/accounts")).status).toBe(200);
  });
});

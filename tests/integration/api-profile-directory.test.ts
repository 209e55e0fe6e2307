// Every user's own account (name, language, password) and the directory that
// organizers pick members from (issue #13), through the real process.
import { describe, expect, it } from "vitest";
import { appForFile } from "../fixtures/app-for-file";
import { apiClient, errorOf } from "../helpers/api-client";
import { signIn } from "../helpers/sign-in";

const app = appForFile();

describe("the directory", () => {
  it("finds accounts by a part of the name, Persian-aware (Arabic yeh), or of the email, for an organizer", async () => {
    const organizer = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
    const arabicYeh = await organizer("GET", `/api/directory?q=${encodeURIComponent("علي")}`);
    expect(arabicYeh.status).toBe(200);
    expect((arabicYeh.body as { accounts: Array<{ email: string }> }).accounts.map((account) => account.email)).toEqual(["notetaker1@kateb.local"]);
    const byEmail = await organizer("GET", "/api/directory?q=REVIEWER");
    expect((byEmail.body as { accounts: Array<{ name: string }> }).accounts.map((account) => account.name)).toEqual(["حسن کریمی"]);
  });

  it("is not for those who organize nothing, nor for anyone signed out", async () => {
    const viewer = apiClient(app.url, await signIn(app.url, "viewer@kateb.local"));
    const refused = await viewer("GET", "/api/directory?q=ali");
    expect(refused.status).toBe(403);
    expect(errorOf(refused).code).toBe("forbidden");
    expect((await apiClient(app.url)("GET", "/api/directory?q=ali")).status).toBe(401);
  });
});

describe("the profile", () => {
  it("keeps the name others see and the language, which pages follow without a locale cookie", async () => {
    const cookie = await signIn(app.url, "reviewer@kateb.local");
    const reviewer = apiClient(app.url, cookie);
    expect((await reviewer("PUT", "/api/account/profile", { name: "  حسن   کريمی ", locale: "en" })).status).toBe(200);
    const stored = await app.db.user.findUniqueOrThrow({ where: { email: "reviewer@kateb.local" } });
    expect(stored).toMatchObject({ name: "حسن کریمی", locale: "en" });
    expect(await (await fetch(`${app.url}/`, { headers: { cookie } })).text()).toContain('<html lang="en"');
    expect((await reviewer("PUT", "/api/account/profile", { name: "", locale: "de" })).status).toBe(422);
    expect((await apiClient(app.url)("PUT", "/api/account/profile", { name: "x", locale: null })).status).toBe(401);
  });

  it("changes the password only with the current one; the change ends the older sessions", async () => {
    const cookie = await signIn(app.url, "notetaker2@kateb.local");
    const maryam = apiClient(app.url, cookie);
    const wrong = await maryam("POST", "/api/account/password", { current: "not-it", password: "یادداشت‌های‌نشست‌قم۱۴۰۴" });
    expect(wrong.status).toBe(422);
    expect(errorOf(wrong).fields?.current).toBe("گذرواژهٔ کنونی درست نیست.");
    expect((await maryam("GET", "/api/meetings")).status).toBe(200);
    const weak = await maryam("POST", "/api/account/password", { current: "kateb-demo", password: "1234567890" });
    expect(weak.status).toBe(422);
    const changed = await maryam("POST", "/api/account/password", { current: "kateb-demo", password: "یادداشت‌های‌نشست‌قم۱۴۰۴" });
    expect(changed.status).toBe(200);
    expect((await maryam("GET", "/api/meetings")).status).toBe(401);
    await signIn(app.url, "notetaker2@kateb.local", "یادداشت‌های‌نشست‌قم۱۴۰۴");
    await expect(signIn(app.url, "notetaker2@kateb.local")).rejects.toThrow();
  });
});

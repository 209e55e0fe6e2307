// Playwright fixtures: the base URL of the server started in global-setup, and
// signing in as a demo user through the real sign-in page.
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "kateb-demo";

export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.KATEB_E2E_URL;
    if (!url) throw new Error("KATEB_E2E_URL is not set: global-setup did not run");
    await use(url);
  },
});

export { expect };
export type { Page };

/** Signs in through the real sign-in page, in the page's current UI language. */
export async function signIn(
  page: Page,
  email: string,
  labels = { email: "ایمیل", password: "رمز عبور", submit: "ورود" },
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole("button", { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

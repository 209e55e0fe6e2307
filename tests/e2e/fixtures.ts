// Playwright fixtures: the base URL of the server started in global-setup, and
// signing in as a demo user through the real sign-in page.
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

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

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A person at a browser of their own (1400×1000), signed in as `email`. */
export async function signedInSession(browser: Browser, baseURL: string | undefined, email: string): Promise<Session> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

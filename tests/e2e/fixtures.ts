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

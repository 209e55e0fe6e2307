// A safe first start (issue #13): the demo listens on loopback only, says so
// on every page, and refuses a HOST that reaches further; KATEB_DEMO=0 starts
// empty and prints a one-time setup link that creates the first administrator;
// the shell's create-admin asks for the password instead of taking it.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signIn } from "../helpers/sign-in";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const started: RunningApp[] = [];
afterAll(async () => {
  for (const app of started) await app.stop();
});

async function app(env: Record<string, string> = {}): Promise<RunningApp> {
  const running = await startApp(env);
  started.push(running);
  return running;
}

function setupCode(output: string): string {
  const match = /\/setup\?code=([A-Za-z0-9_-]+)/.exec(output);
  if (!match?.[1]) throw new Error(`no setup link in the log:\n${output}`);
  return match[1];
}

/** Each test starts its own process, which may first wait for a start slot
 * (tests/helpers/start-slots.ts): its time is the start's own bound (60 s in
 * app-server.ts) and the test's work, not the 30 s of a test that starts nothing. */
const STARTS_A_PROCESS = { timeout: 120_000 };

const post = (url: string, body: unknown): Promise<Response> =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the demo", STARTS_A_PROCESS, () => {
  it("refuses to listen beyond this machine while accounts have the published password, and says what to do", async () => {
    const failure = await startApp({ HOST: "0.0.0.0" }).then(
      async (running) => {
        await running.stop();
        return null;
      },
      (error: unknown) => String(error),
    );
    expect(failure).toContain("Refusing to listen on HOST=0.0.0.0");
    expect(failure).toContain("organizer@kateb.local");
    expect(failure).toContain("KATEB_DEMO=0");
  });

  it("listens on loopback by default and shows the demo bar on every page, in the reader's language", async () => {
    const demo = await app({ HOST: "" });
    expect(demo.output()).toContain("listens on 127.0.0.1 only");
    const signInPage = await (await fetch(`${demo.url}/signin`)).text();
    expect(signInPage).toContain("گذرواژهٔ این حساب‌ها منتشر شده است");
    const english = await (await fetch(`${demo.url}/signin`, { headers: { cookie: "kateb-locale=en" } })).text();
    expect(english).toContain("these accounts have a published password");
    const cookie = await signIn(demo.url, "organizer@kateb.local");
    expect(await (await fetch(`${demo.url}/`, { headers: { cookie } })).text()).toContain("گذرواژهٔ این حساب‌ها منتشر شده است");
  });
});

describe("a start without the demo", STARTS_A_PROCESS, () => {
  it("has no accounts, prints a setup link that creates the first administrator once, and shows no demo bar", async () => {
    const empty = await app({ KATEB_DEMO: "0" });
    expect(await empty.db.user.count()).toBe(0);
    const code = setupCode(empty.output());
    expect(await (await fetch(`${empty.url}/signin`)).text()).not.toContain("منتشر شده است");

    const wrong = await post(`${empty.url}/api/setup`, { code: "not-the-code", name: "مدیر", email: "admin@org.example", password: "دبیرخانه‌کمیسیون۱۴۰۳" });
    expect(wrong.status).toBe(403);
    const page = await (await fetch(`${empty.url}/setup?code=not-the-code`)).text();
    expect(page).toContain("این پیوند راه‌اندازی معتبر نیست");

    const weak = await post(`${empty.url}/api/setup`, { code, name: "مدیر", email: "admin@org.example", password: "password123" });
    expect(weak.status).toBe(422);
    expect(((await weak.json()) as { error: { fields: Record<string, string> } }).error.fields.password).toContain("رایج");
    expect(await empty.db.user.count()).toBe(0);

    const created = await post(`${empty.url}/api/setup`, { code, name: "مدیر سامانه", email: "Admin@Org.example", password: "دبیرخانه‌کمیسیون۱۴۰۳" });
    expect(created.status).toBe(201);
    const admin = await empty.db.user.findUniqueOrThrow({ where: { email: "admin@org.example" } });
    expect(admin.isAdmin).toBe(true);
    expect(admin.demoPassword).toBe(false);
    await signIn(empty.url, "admin@org.example", "دبیرخانه‌کمیسیون۱۴۰۳");

    const reused = await post(`${empty.url}/api/setup`, { code, name: "دیگری", email: "other@org.example", password: "دبیرخانه‌کمیسیون۱۴۰۳" });
    expect(reused.status).toBe(403);
    expect(await empty.db.user.count()).toBe(1);
    expect(await (await fetch(`${empty.url}/setup?code=${code}`)).text()).toContain("پیش‌تر راه‌اندازی شده است");
  });

  it("refuses a setup body over 16 KiB with 413", async () => {
    const empty = await app({ KATEB_DEMO: "0" });
    const response = await post(`${empty.url}/api/setup`, { code: setupCode(empty.output()), name: "x".repeat(20_000), email: "a@b.c", password: "x" });
    expect(response.status).toBe(413);
    expect(await empty.db.user.count()).toBe(0);
  });
});

/** Runs `npm run admin -- …` against `dataDir`, answering its questions from `input`. */
function admin(dataDir: string, args: string[], input: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/admin.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", KATEB_SECRET: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(input);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("npm run admin", STARTS_A_PROCESS, () => {
  it("creates an administrator with a password it asks for, refusing a weak one or two that differ", async () => {
    const empty = await app({ KATEB_DEMO: "0" });
    const mismatch = await admin(empty.dataDir, ["create-admin", "--email", "it@org.example", "--name", "فناوری"], "دبیرخانه‌کمیسیون۱۴۰۳\nsomething else\n");
    expect(mismatch.code).toBe(1);
    expect(mismatch.output).toContain("The two passwords differ");
    const weak = await admin(empty.dataDir, ["create-admin", "--email", "it@org.example"], "qwertyuiop\nqwertyuiop\n");
    expect(weak.code).toBe(1);
    expect(weak.output).toContain("common or easy to guess");
    expect(await empty.db.user.count()).toBe(0);
    const made = await admin(empty.dataDir, ["create-admin", "--email", "it@org.example", "--name", "فناوری"], "دبیرخانه‌کمیسیون۱۴۰۳\nدبیرخانه‌کمیسیون۱۴۰۳\n");
    expect(made.code, made.output).toBe(0);
    expect(made.output).not.toContain("دبیرخانه‌کمیسیون۱۴۰۳");
    expect((await empty.db.user.findUniqueOrThrow({ where: { email: "it@org.example" } })).isAdmin).toBe(true);
    await signIn(empty.url, "it@org.example", "دبیرخانه‌کمیسیون۱۴۰۳");
  });

  it("says how to use it when the password is given as an argument", async () => {
    const empty = await app({ KATEB_DEMO: "0" });
    const given = await admin(empty.dataDir, ["create-admin", "--email", "it@org.example", "--password", "x"], "");
    expect(given.code).not.toBe(0);
    expect(await empty.db.user.count()).toBe(0);
  });
});

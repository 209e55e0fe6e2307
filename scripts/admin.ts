// Account administration from the shell, for whoever runs the server:
//   npm run admin -- create-admin --email <email> [--name <name>]
//   npm run admin -- reset-password --email <email>
//   npm run admin -- reindex          (writes the search index again)
// The password is asked for (twice, not shown), never taken as an argument:
// arguments end up in shell histories and process lists. Piped input is read
// a line per question, for automation.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { isAppError } from "../lib/app-error";
import { isLocale } from "../lib/i18n/locales";
import { fa, type MessageKey } from "../lib/i18n/messages-fa";
import { translate } from "../lib/i18n/translate";
import { emailSchema, personNameSchema } from "../lib/validation/accounts";
import { createAdmin } from "../server/accounts/create-first-admin";
import { setPassword } from "../server/accounts/set-password";
import { bootstrap } from "../server/bootstrap";
import { reindexAll } from "../server/domain/search/index-meeting";
import { ConfigError } from "../server/config";

const USAGE = "usage: npm run admin -- create-admin --email <email> [--name <name>] | reset-password --email <email> | reindex";
const LOCALE = isLocale(process.env.KATEB_CLI_LOCALE) ? process.env.KATEB_CLI_LOCALE : "en";

/** Reads answers: hidden typing on a terminal, one line per question from a pipe. */
function asker(): { ask: (question: string) => Promise<string>; close: () => void } {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  rl.on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  rl.on("close", () => {
    for (const next of waiting.splice(0)) next("");
  });
  return {
    ask: (question) => {
      process.stdout.write(question);
      muted = true;
      const queued = lines.shift();
      const answer = queued !== undefined ? Promise.resolve(queued) : new Promise<string>((resolve) => waiting.push(resolve));
      return answer.then((line) => {
        muted = false;
        process.stdout.write("\n");
        return line;
      });
    },
    close: () => rl.close(),
  };
}

function sentence(error: unknown): string {
  if (isAppError(error)) {
    const keys = [error.message, ...Object.values(error.details ?? {})].filter((key): key is MessageKey => Object.hasOwn(fa, key));
    const unique = [...new Set(keys.filter((key) => key !== "error.invalid_input"))];
    return (unique.length ? unique : [`error.${error.code}` as MessageKey]).map((key) => translate(LOCALE, key)).join(" ");
  }
  return error instanceof ConfigError ? error.message : String(error);
}

async function askPassword(ask: (question: string) => Promise<string>): Promise<string | null> {
  const password = await ask("New password: ");
  const again = await ask("Repeat it: ");
  if (password !== again) {
    process.stderr.write(`${translate(LOCALE, "password.mismatch")}\n`);
    return null;
  }
  return password;
}

/** Writes the search index again from everything in the database. */
async function reindex(): Promise<number> {
  const { db } = await bootstrap({ seed: false, searchIndex: false });
  try {
    const started = Date.now();
    const meetings = await reindexAll(db);
    process.stdout.write(`The search index is written again: ${meetings} meetings in ${Date.now() - started} ms.\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" } },
  });
  const command = positionals[0];
  if (command === "reindex") return reindex();
  const email = emailSchema.safeParse(values.email);
  if ((command !== "create-admin" && command !== "reset-password") || !email.success) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const name = personNameSchema.safeParse(values.name ?? email.data.split("@")[0]);
  if (!name.success) {
    process.stderr.write(`--name: ${translate(LOCALE, "invalid.text.empty")}\n`);
    return 2;
  }
  const { db } = await bootstrap({ seed: false });
  const { ask, close } = asker();
  try {
    if (command === "reset-password") {
      const user = await db.user.findUnique({ where: { email: email.data }, select: { id: true } });
      if (!user) {
        process.stderr.write(`${translate(LOCALE, "invalid.email.noUser")}\n`);
        return 1;
      }
      const password = await askPassword(ask);
      if (password === null) return 1;
      await setPassword(db, user.id, password);
      process.stdout.write(`The password of ${email.data} is changed; its sessions have ended.\n`);
      return 0;
    }
    const password = await askPassword(ask);
    if (password === null) return 1;
    await createAdmin(db, { name: name.data, email: email.data, password });
    process.stdout.write(`${email.data} is an administrator now. Sign in with the password just given.\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${sentence(error)}\n`);
    return 1;
  } finally {
    close();
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${sentence(error)}\n`);
    process.exit(1);
  },
);

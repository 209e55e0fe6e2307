// Prints collaboration tokens for scripts and benchmarks, one a line. Each
// opens one connection, within COLLAB_TOKEN_TTL_S seconds (or --ttl):
//   npm run --silent collab-token -- --email <user> --meeting <id> [--count <n>]
//   npm run --silent collab-token -- --list
import { parseArgs } from "node:util";
import { meetingDocName } from "../lib/collab-protocol";
import { bootstrap } from "../server/bootstrap";
import { issueCollabTicket } from "../server/auth/collab-token";
import { ConfigError } from "../server/config";
import { getDocumentAccess } from "../server/domain/access/get-document-access";

const USAGE = "usage: collab-token --email <user> --meeting <id> [--ttl <seconds>] [--count <n>] | --list";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      meeting: { type: "string" },
      ttl: { type: "string" },
      count: { type: "string" },
      list: { type: "boolean" },
    },
  });
  const { config, db } = await bootstrap({ seed: false });
  try {
    if (values.list) {
      const meetings = await db.meeting.findMany({ orderBy: { startsAt: "desc" }, select: { id: true, title: true } });
      for (const meeting of meetings) process.stdout.write(`${meeting.id}\t${meeting.title}\n`);
      return 0;
    }
    if (!values.email || !values.meeting) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const ttl = values.ttl === undefined ? config.collab.tokenTtlSeconds : Number(values.ttl);
    if (!Number.isInteger(ttl) || ttl < 1) {
      process.stderr.write("--ttl must be a whole number of seconds\n");
      return 2;
    }
    const count = values.count === undefined ? 1 : Number(values.count);
    if (!Number.isInteger(count) || count < 1 || count > 10_000) {
      process.stderr.write("--count must be a whole number from 1 to 10000\n");
      return 2;
    }
    const user = await db.user.findUnique({ where: { email: values.email.toLowerCase() } });
    if (!user) {
      process.stderr.write(`no user with email ${values.email}\n`);
      return 1;
    }
    const docName = meetingDocName(values.meeting);
    if (!(await getDocumentAccess({ db, userId: user.id, docName }))) {
      process.stderr.write(`${values.email} is not a member of meeting ${values.meeting}\n`);
      return 1;
    }
    for (let index = 0; index < count; index += 1) {
      const ticket = issueCollabTicket({ secret: config.secret, ttlSeconds: ttl, userId: user.id, docName });
      process.stdout.write(`${ticket.token}\n`);
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

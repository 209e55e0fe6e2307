// Kateb as in production, compiled: the whole process `npm start` runs
// (dist/server/main.js) and the standalone collaboration server
// (dist/server/collab.js); authentication on, documents in SQLite, over a
// data folder seeded with the demo users and one meeting per benchmark document.
import { cpSync } from "node:fs";
import path from "node:path";
import { meetingDocName } from "@/lib/collab-protocol";
import { seedDemo } from "@/server/demo/seed";
import { openDb, type Db } from "@/server/db/client";
import { migrateSqlite } from "@/server/db/migrate";
import { storeInitialMinutes } from "@/server/domain/minutes/store-initial-minutes";
import { ensureSearchIndex } from "@/server/domain/search/index-meeting";
import type { DocAccess } from "../scenario";
import { startChildServer, type RunningServer } from "./child-server";

export interface KatebFixture {
  /** A seeded data folder: copy it, never run a server on it. */
  templateDir: string;
  secret: string;
  docs: DocAccess[];
}

/** Seeds `templateDir` with the demo users and `documents` meetings whose
 * note-takers write and whose viewer reads; returns who writes and reads each
 * (the clients sign their tokens: bench/clients/kateb-token.ts). */
export async function seedKatebTemplate(root: string, templateDir: string, secret: string, documents: number): Promise<KatebFixture> {
  const file = path.join(templateDir, "kateb.db");
  migrateSqlite(file, path.join(root, "prisma", "migrations"));
  const db = openDb(`file:${file}`);
  try {
    await seedDemo(db);
    const docs = await seedBenchMeetings(db, documents);
    // As a start would: `npm start` finds the index built and does not rebuild it in the runs.
    await ensureSearchIndex(db);
    return { templateDir, secret, docs };
  } finally {
    await db.$disconnect();
  }
}

/** `documents` new meetings, each with its minutes' template stored, whose demo
 * note-taker writes and whose demo viewer reads (the demo users must exist). */
export async function seedBenchMeetings(db: Db, documents: number): Promise<DocAccess[]> {
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const userId = (email: string): string => {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`the demo seed has no ${email}`);
    return user.id;
  };
  const writer = userId("notetaker1@kateb.local");
  const reader = userId("viewer@kateb.local");
  const docs: DocAccess[] = [];
  for (let index = 0; index < documents; index += 1) {
    const meeting = await db.meeting.create({
      data: {
        title: `جلسهٔ سنجش ${index + 1}`,
        startsAt: new Date("2019-11-16T14:30:00Z"),
        agenda: { create: [{ position: 0, title: "دستور جلسه" }] },
        memberships: { create: [{ userId: writer, role: "note-taker" }, { userId: reader, role: "viewer" }] },
      },
      select: { id: true },
    });
    const name = meetingDocName(meeting.id);
    // As create-meeting does: the minutes' template is stored with the meeting.
    await storeInitialMinutes({ db, docName: name });
    docs.push({ name, writerId: writer, readerId: reader });
  }
  return docs;
}

/** A fresh copy of the seeded data for one run. */
export function copyKatebData(fixture: KatebFixture, dataDir: string): void {
  cpSync(fixture.templateDir, dataDir, { recursive: true });
}

/** The per-connection rates raised for one writer typing a long session at full
 * speed (the cold-load measurement): the defaults are 100 updates and 1 MiB a second. */
export const LONG_SESSION_LIMITS: Record<string, string> = {
  COLLAB_UPDATES_PER_SECOND: "1000000",
  COLLAB_BYTES_PER_SECOND: "1000000000",
};

/** Kateb's two compiled entry points, as the benchmark starts them. */
const ENTRY_POINTS = {
  /** The standalone collaboration server. */
  kateb: { file: "collab.js", listening: /Kateb collaboration server listening on port (\d+)/ },
  /** What `npm start` runs (through scripts/launch.js): Next.js and the collaboration server in one process. */
  "kateb-app": { file: "main.js", listening: /Kateb is listening on http:\/\/localhost:(\d+)/ },
} as const;

/** One of Kateb's compiled entry points (dist/server/), on the seeded data in `dataDir`. */
export function startKateb(
  root: string,
  dataDir: string,
  secret: string,
  nodeArgs: string[] = [],
  extraEnv: Record<string, string> = {},
  entry: keyof typeof ENTRY_POINTS = "kateb",
): Promise<RunningServer> {
  const { file, listening } = ENTRY_POINTS[entry];
  return startChildServer(
    {
      name: entry,
      protocol: "y-websocket",
      args: [...nodeArgs, path.join("dist", "server", file)],
      env: {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        KATEB_SECRET: secret,
        // Every benchmark client connects from 127.0.0.1: the per-address limit
        // (600 a minute by default) is for a real deployment's clients.
        COLLAB_CONNECTIONS_PER_IP_PER_MINUTE: "1000000",
        ...extraEnv,
      },
      listening,
      url: (port) => `ws://127.0.0.1:${port}/collab`,
    },
    root,
  );
}

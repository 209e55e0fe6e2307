import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Many integration tests start servers: a file per worker and, within a file,
// the cases of a `describe.concurrent` no more than the machine has cores (on
// a two-core CI machine: one file at a time, two cases at once). A case waits
// for its turn before its time starts; starting a server process also waits
// for a free start slot (tests/helpers/start-slots.ts).
const CORES = os.availableParallelism();

/** The test files under `folder` whose database is the run's engine
 * (testDbForFile, seededDemoForFile, createTestDb: tests/helpers/test-db.ts;
 * collabOnPort0: tests/fixtures/collab-on-port-0.ts): the project "postgres"
 * runs them again on PostgreSQL. A test about SQLite itself takes
 * sqliteTestDbForFile, createSqliteTestDb or sqliteCollabOnPort0 and runs once. */
function onEitherEngine(folder: string): string[] {
  const uses = /\b(testDbForFile|seededDemoForFile|createTestDb|collabOnPort0)\(/;
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts") && !file.includes("node_modules"))
    .map((file) => path.join(folder, file))
    .filter((file) => uses.test(readFileSync(file, "utf8")));
  // The project shares modules between its files (isolate: false, below).
  const stubbing = files.find((file) => /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/.test(readFileSync(file, "utf8")));
  if (stubbing) throw new Error(`${stubbing} stubs what the project "postgres" shares between files: isolate it there first`);
  return files;
}

export default defineConfig({
  // `@/…` is the project root, as tsconfig.json's `paths` says (tsx, Next.js and Playwright read it there too).
  resolve: { tsconfigPaths: true },
  test: {
    exclude: ["node_modules", ".next", "tests/e2e"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: Math.max(1, CORES - 1),
    maxConcurrency: CORES,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/lint/**/*.test.ts"],
          globalSetup: ["tests/helpers/build-before-tests.ts"],
        },
      },
      {
        // The same files, each on a fresh schema of the test PostgreSQL server
        // (tests/helpers/postgres-schema.ts; .ci/run makes it answer).
        extends: true,
        test: {
          name: "postgres",
          include: [...onEitherEngine("server"), ...onEitherEngine("tests/integration")],
          env: { KATEB_TEST_DB: "postgres" },
          // One module graph for all its files (each has its own schema):
          // Prisma's query compiler starts once, not once per file, which
          // takes its time from about 30 s to 17 s on a two-core machine.
          isolate: false,
        },
      },
    ],
  },
});

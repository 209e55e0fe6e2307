import os from "node:os";
import { defineConfig } from "vitest/config";

// Many integration tests start servers: a file per worker and, within a file,
// the cases of a `describe.concurrent` no more than the machine has cores (on
// a two-core CI machine: one file at a time, two cases at once). A case waits
// for its turn before its time starts; starting a server process also waits
// for a free start slot (tests/helpers/start-slots.ts).
const CORES = os.availableParallelism();

export default defineConfig({
  // `@/…` is the project root, as tsconfig.json's `paths` says (tsx, Next.js and Playwright read it there too).
  resolve: { tsconfigPaths: true },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/lint/**/*.test.ts"],
    exclude: ["node_modules", ".next", "tests/e2e"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: Math.max(1, CORES - 1),
    maxConcurrency: CORES,
    globalSetup: ["tests/helpers/build-before-tests.ts"],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  // `@/…` is the project root, as tsconfig.json's `paths` says (tsx, Next.js and Playwright read it there too).
  resolve: { tsconfigPaths: true },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/lint/**/*.test.ts"],
    exclude: ["node_modules", ".next", "tests/e2e"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    globalSetup: ["tests/helpers/build-before-tests.ts"],
  },
});

// Lint: typescript-eslint (strict, type-aware where cheap), Next.js and React
// hooks rules, and the dependency directions of ARCHITECTURE.md.
import path from "node:path";
import nextPlugin from "@next/eslint-plugin-next";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const ROOT = import.meta.dirname;

// Every file of ours belongs to one layer: the first pattern that matches it
// names it. The paths are whole paths from the project root.
const LAYERS = [
  // Tests and benchmarks may import everything (ARCHITECTURE.md); nothing imports them.
  ["tests", ["tests/**", "bench/**", "**/*.test.ts", "**/*.test.tsx", "**/*.test-support.ts", "**/*.spec.ts"]],
  // The entry points and what only they use: they compose the layers below.
  ["start-up", ["server/main.ts", "server/bootstrap.ts", "server/forwarded-headers.ts", "server/request-body-limit.ts", "server/collab/main.ts", "server/collab/from-config.ts"]],
  ["scripts", ["scripts/**"]],
  // The validated environment, read once at start-up.
  ["server/config", ["server/config.ts", "server/data-folder.ts"]],
  // The services main.ts started, found by route handlers that Next.js bundles separately.
  ["server/services", ["server/services.ts"]],
  ["server/demo", ["server/demo/**"]],
  ["server/accounts", ["server/accounts/**"]],
  ["server/domain", ["server/domain/**"]],
  ["server/collab", ["server/collab/**"]],
  ["server/cluster", ["server/cluster/**"]],
  ["server/auth", ["server/auth/**"]],
  ["server/db", ["server/db/**"]],
  ["server/report", ["server/report/**"]],
  // proxy.ts is Next.js's request proxy: part of the app.
  ["app", ["app/**", "proxy.ts"]],
  ["components", ["components/**"]],
  ["lib", ["lib/**"]],
  ["prisma", ["prisma/**"]],
  ["tooling", ["*.config.ts", "*.config.js", "next-env.d.ts", "types/**"]],
];

// What each layer may import besides itself: ARCHITECTURE.md's "may import"
// column, and the layers it does not name, each with its reason.
const MAY_IMPORT = {
  lib: [],
  components: ["lib"],
  // server/report: the export routes and the version page render the report;
  // server/accounts: the access use cases (ARCHITECTURE's domain wing access/, not moved there yet);
  // server/services: the database and event buses main.ts started.
  app: ["components", "server/domain", "server/auth", "server/report", "server/accounts", "server/services", "lib"],
  "server/domain": ["server/db", "lib"],
  // server/auth: the collaboration server checks the tickets server/auth signs.
  "server/collab": ["server/domain", "server/db", "server/auth", "lib"],
  // Several nodes: the collaboration server's documents and events carried between them.
  "server/cluster": ["server/collab", "server/domain", "server/accounts", "server/auth", "server/db", "lib"],
  "server/report": ["lib"],
  // server/services: next-auth's options run inside Next.js's bundle and reach the database there.
  "server/auth": ["server/db", "server/services", "lib"],
  "server/db": ["lib"],
  // The domain's access wing-to-be: accounts tell live documents of a deactivation
  // (server/domain's meeting events) and refuse a configured HOST (server/config's error).
  "server/accounts": ["server/domain", "server/auth", "server/db", "server/config", "lib"],
  // The demo creates its data through the real use cases and accounts.
  "server/demo": ["server/domain", "server/accounts", "server/auth", "server/db", "lib"],
  "server/config": ["lib"],
  // Holds (the types of) what it keeps.
  "server/services": ["server/config", "server/db", "server/domain", "server/accounts", "lib"],
  "start-up": ["server/config", "server/services", "server/demo", "server/accounts", "server/domain", "server/collab", "server/cluster", "server/auth", "server/db", "server/report", "lib"],
  scripts: ["start-up", "server/config", "server/services", "server/accounts", "server/domain", "server/collab", "server/cluster", "server/auth", "server/db", "lib"],
  prisma: [],
  tooling: [],
};

/** Forbids imports of the named packages (layers of ours are the boundaries rule's). */
const noPackages = (packages) => ({
  "no-restricted-imports": [
    "error",
    { patterns: packages.map((name) => ({ group: [name, `${name}/*`], message: `ARCHITECTURE.md: no ${name} in this layer.` })) },
  ],
});

export default tseslint.config(
  {
    ignores: ["node_modules/", ".next/", "dist/", "data/", "server/db/generated/", "test-results/", "playwright-report/", "next-env.d.ts"],
  },
  ...tseslint.configs.strict,
  {
    files: ["app/**", "components/**"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // The layers: each import is resolved to its file (relative or `@/…`, as
  // TypeScript resolves it) and that file's layer must be one the importer may import.
  {
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { project: path.join(ROOT, "tsconfig.json") } },
      "boundaries/root-path": ROOT,
      "boundaries/files-single-match": true,
      "boundaries/files": LAYERS.map(([category, pattern]) => ({ category, pattern })),
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          // An import of a file of ours that no layer names is refused too; imports
          // within one folder are checked as well (every layer may import itself).
          checkUnknownLocals: true,
          checkInternals: true,
          policies: Object.entries(MAY_IMPORT).map(([layer, allowed]) => ({
            from: { file: { categories: layer } },
            allow: { to: { file: { categories: [layer, ...allowed] } } },
          })),
          message: "ARCHITECTURE.md: {{from.file.categories}} may not import {{to.file.categories}} ({{to.file.path}}).",
        },
      ],
    },
  },
  {
    // Tests may import everything.
    files: ["tests/**", "bench/**", "**/*.test.ts", "**/*.test.tsx", "**/*.test-support.ts", "**/*.spec.ts"],
    rules: { "boundaries/dependencies": "off" },
  },
  {
    // Every JSON answer is shaped by its contract (lib/contracts) through app/api/answer.ts.
    files: ["app/api/**/route.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Response'][callee.property.name='json']",
          message: "Answer through the answer's contract: answer(contract, value) from app/api/answer.ts.",
        },
      ],
    },
  },
  { files: ["lib/**"], rules: noPackages(["next", "react", "node:fs"]) },
  { files: ["server/domain/**", "server/collab/**", "server/cluster/**", "server/db/**"], rules: noPackages(["next", "react"]) },
);

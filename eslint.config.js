// Lint: typescript-eslint (strict, type-aware where cheap), Next.js and React
// hooks rules, and the dependency directions of ARCHITECTURE.md.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Forbids imports of the named folders (relative imports, any depth). */
const mayNotImport = (folders, packages = []) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        ...folders.map((folder) => ({
          group: [`**/${folder}`, `**/${folder}/**`],
          message: `ARCHITECTURE.md: this layer may not import ${folder}/.`,
        })),
        ...packages.map((name) => ({ group: [name, `${name}/*`], message: `ARCHITECTURE.md: no ${name} in this layer.` })),
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: ["node_modules/", ".next/", "data/", "server/db/generated/", "test-results/", "playwright-report/", "next-env.d.ts"],
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
  { files: ["lib/**"], rules: mayNotImport(["app", "components", "server", "prisma", "tests"], ["next", "react", "node:fs"]) },
  { files: ["components/**"], rules: mayNotImport(["app", "server", "prisma"]) },
  { files: ["app/**"], rules: mayNotImport(["server/collab", "server/db", "prisma"]) },
  { files: ["server/domain/**"], rules: mayNotImport(["app", "components", "server/collab", "server/auth", "server/report"], ["next", "react"]) },
  { files: ["server/collab/**"], rules: mayNotImport(["app", "components"], ["next", "react"]) },
  { files: ["server/auth/**"], rules: mayNotImport(["app", "components", "server/collab", "server/domain"]) },
  { files: ["server/db/**"], rules: mayNotImport(["app", "components", "server/collab", "server/domain", "server/auth"], ["next", "react"]) },
  { files: ["server/report/**"], rules: mayNotImport(["app", "components", "server/collab", "server/db", "server/auth"]) },
);

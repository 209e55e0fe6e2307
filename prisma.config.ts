// Configures the Prisma CLI (`prisma migrate status`, `prisma migrate diff`,
// `prisma studio`) where its schema engine exists. The app itself never runs
// the CLI: server/db/migrate.ts applies the same committed migrations at
// start-up. A postgres:// DATABASE_URL selects the PostgreSQL schema and its
// migrations; otherwise the SQLite file the server uses by default.
import path from "node:path";
import { defineConfig } from "prisma/config";

const root = import.meta.dirname;
const url = process.env.DATABASE_URL || `file:${path.resolve(process.env.DATA_DIR || "./data", "kateb.db")}`;
const folder = /^postgres(ql)?:\/\//.test(url) ? path.join(root, "prisma", "postgres") : path.join(root, "prisma");

export default defineConfig({
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  datasource: { url },
});

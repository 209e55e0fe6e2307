// Opens a PostgreSQL DATABASE_URL through Prisma's pg adapter, as the SQLite
// client is opened in client.ts, with the same promise for transactions: they
// run one at a time. On SQLite each takes the write lock first
// (write-lock-first.ts); here each takes one transaction-scoped advisory lock
// first, per schema, on every node. The domain relies on it: a use case reads,
// decides, then writes (the last organizer keeps the role, the next version
// number, a compare-and-set on a tracker item), and at PostgreSQL's default
// isolation, READ COMMITTED, two such transactions could both read the state
// before the other's write and both commit (write skew). READ COMMITTED stays:
// each statement sees what was committed before it, so everything read after
// the lock is taken sees every earlier transaction whole (REPEATABLE READ would
// fix the snapshot at the lock's own statement, before the wait). Reads outside
// a transaction never wait, as on SQLite's WAL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/postgres/client";
import type { Db } from "./client";
import { pgConnection } from "./postgres-url";
import { withTransactionPrologue } from "./transaction-prologue";

/** The advisory locks' first key, "Kate" in ASCII; the second is the schema's. */
const KATEB_LOCKS = 0x4b617465;

/** A 32-bit FNV-1a hash of the schema name, as a signed int4: each Kateb
 * database on a server (a schema) has its own turn. */
function schemaKey(schema: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(schema)) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash | 0;
}

/** Waits for the schema's turn; released when the transaction ends, however it ends. */
function takeTurn(schema: string): string {
  return `SELECT pg_advisory_xact_lock(${KATEB_LOCKS}, ${schemaKey(schema)})`;
}

export function openPostgres(databaseUrl: string): Db {
  const { connectionString, schema, options } = pgConnection(databaseUrl);
  const adapter = withTransactionPrologue(
    new PrismaPg({ connectionString, options }, { schema }),
    takeTurn(schema),
  );
  const client = new PrismaClient({ adapter });
  // The PostgreSQL client's types differ from the SQLite client's only in
  // provider-specific extras deep in the select and filter types, which Kateb
  // does not use: the two are generated from the same models (prisma/postgres/
  // schema.prisma, kept in step with prisma/schema.prisma by
  // prisma/schemas-in-step.test.ts) and Kateb sends both the same queries. The
  // domain's tests run on both engines (vitest.config.ts, project "postgres")
  // to show it. So the rest of the code knows one type, Db; this is the one
  // place the PostgreSQL client is taken for it.
  return client as Db;
}

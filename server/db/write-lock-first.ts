// Prisma's SQLite adapter begins an interactive transaction with a deferred
// BEGIN: the transaction's first read fixes its snapshot, and a write after
// another connection has committed fails at once with SQLITE_BUSY_SNAPSHOT
// (Prisma says "Operation has timed out"); no busy timeout helps. The
// collaboration server's update log commits on connections of its own, many
// times a second while people type, so any transaction that reads before it
// writes could fail during a live session. Here every transaction takes the
// write lock first, as BEGIN IMMEDIATE would: before anything is read, waiting
// (the connection's busy timeout) while another connection commits.
import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

type Factory = Pick<PrismaBetterSqlite3, "provider" | "adapterName" | "connect" | "connectToShadowDb">;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

/** A write that changes nothing and takes the write lock (the migrations table is always there). */
const TAKE_WRITE_LOCK = { sql: `UPDATE "_prisma_migrations" SET "id" = "id" WHERE 0`, args: [], argTypes: [] };

export function writeLockFirst(factory: Factory): Factory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withWriteLockFirst(await factory.connect()),
    connectToShadowDb: async () => withWriteLockFirst(await factory.connectToShadowDb()),
  };
}

function withWriteLockFirst(adapter: Adapter): Adapter {
  const startTransaction: Adapter["startTransaction"] = async (isolationLevel) => {
    const transaction = await adapter.startTransaction(isolationLevel);
    try {
      await transaction.executeRaw(TAKE_WRITE_LOCK);
    } catch (error) {
      // As Prisma ends a transaction: ROLLBACK, then the adapter's own release.
      await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
      await transaction.rollback();
      throw error;
    }
    return transaction;
  };
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "startTransaction") return startTransaction;
      const value: unknown = Reflect.get(target, property, target);
      // The adapter's methods use its private fields: they run on the adapter itself.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

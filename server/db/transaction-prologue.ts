// A driver adapter whose every transaction runs one statement of ours right
// after its BEGIN, before anything Prisma or the caller sends in it: how each
// engine makes transactions take their turn (SQLite: write-lock-first.ts;
// PostgreSQL: postgres-client.ts). Prisma's own implicit transactions (nested
// writes, batches) start through the same adapter and take it too.
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";

type Adapter = Awaited<ReturnType<SqlDriverAdapterFactory["connect"]>>;

export function withTransactionPrologue(factory: SqlDriverAdapterFactory, sql: string): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withPrologue(await factory.connect(), sql),
  };
}

function withPrologue(adapter: Adapter, sql: string): Adapter {
  const startTransaction: Adapter["startTransaction"] = async (isolationLevel) => {
    const transaction = await adapter.startTransaction(isolationLevel);
    try {
      await transaction.executeRaw({ sql, args: [], argTypes: [] });
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

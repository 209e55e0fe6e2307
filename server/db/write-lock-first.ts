// SQLite only. Prisma's SQLite adapter begins an interactive transaction with
// a deferred BEGIN: the transaction's first read fixes its snapshot, and a
// write after another connection has committed fails at once with
// SQLITE_BUSY_SNAPSHOT (Prisma says "Operation has timed out"); no busy
// timeout helps. The collaboration server's update log commits on connections
// of its own, many times a second while people type, so any transaction that
// reads before it writes could fail during a live session. Here every
// transaction takes the write lock first, as BEGIN IMMEDIATE would: before
// anything is read, waiting (the connection's busy timeout) while another
// connection commits. So transactions also run one at a time, which the domain
// relies on (PostgreSQL keeps that promise with an advisory lock:
// postgres-client.ts).
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { withTransactionPrologue } from "./transaction-prologue";

/** A write that changes nothing and takes the write lock (the migrations table is always there). */
const TAKE_WRITE_LOCK = `UPDATE "_prisma_migrations" SET "id" = "id" WHERE 0`;

export function writeLockFirst(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return withTransactionPrologue(factory, TAKE_WRITE_LOCK);
}

// The database as seen inside a transaction; the whole client fits it too, so
// helpers that take a Tx run inside or outside one.
import { Prisma } from "./generated/sqlite/client";

export type Tx = Prisma.TransactionClient;

/** A write refused by a unique index, e.g. two requests adding the same member at once. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

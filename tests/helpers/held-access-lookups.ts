// The real database, with the collaboration server's access lookups (the
// database part of authenticating an upgrade) held until the test lets them
// go: "authentication in progress" for as long as a test needs it. The lookups
// of connections arriving in one turn are one query (access-batcher.ts).
import type { Db } from "@/server/db/client";

export interface HeldAccessLookups {
  /** The client to give the collaboration server as its `db`. */
  db: Db;
  /** Lookups waiting now. */
  readonly held: number;
  /** Lets every waiting lookup (and any later one) go on. */
  releaseAll(): void;
}

export function holdAccessLookups(db: Db): HeldAccessLookups {
  let released = false;
  const waiting: Array<() => void> = [];
  const held = db.$extends({
    query: {
      membership: {
        async findMany({ args, query }) {
          if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
          return query(args);
        },
      },
    },
  });
  return {
    // The extended client is the same client with one query wrapped; its type is not PrismaClient's.
    db: held as unknown as Db,
    get held() {
      return waiting.length;
    },
    releaseAll() {
      released = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

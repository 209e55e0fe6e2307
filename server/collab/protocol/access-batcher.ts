// The admission lookups of connections arriving together, in one query: when
// fifty editors open a meeting at once, the server reads their memberships
// once per turn of the event loop, not fifty times (issue 21, connect + sync).
// Nothing is cached: each connection's access is read after it arrived.
import type { Db } from "@/server/db/client";
import { getDocumentAccesses, type AccessRequest, type DocumentAccess } from "@/server/domain/access/get-document-access";

/** Requests per query: two bound values each, well within either engine's limit. */
const MOST_PER_QUERY = 200;

interface Waiting extends AccessRequest {
  resolve: (access: DocumentAccess | null) => void;
  reject: (error: unknown) => void;
}

export class AccessBatcher {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  /** The access `userId` has to `docName`, read with the others asked for in this turn. */
  lookup(userId: string, docName: string): Promise<DocumentAccess | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ userId, docName, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    this.scheduled = false;
    for (let from = 0; from < waiting.length; from += MOST_PER_QUERY) void this.read(waiting.slice(from, from + MOST_PER_QUERY));
  }

  private async read(batch: Waiting[]): Promise<void> {
    try {
      const accesses = await getDocumentAccesses(this.db, batch);
      batch.forEach((request, index) => request.resolve(accesses[index] ?? null));
    } catch (error) {
      for (const request of batch) request.reject(error);
    }
  }
}

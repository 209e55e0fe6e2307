// Keeps the index following the live minutes: the collaboration server says
// when a meeting's minutes were saved, and the meeting is indexed again once
// they have been quiet for DEBOUNCE_MS (and at most MAX_WAIT_MS after the
// first save of a burst), so a person typing costs one indexing per pause.
// Comments, which are not in the minutes, follow the same way.
import type { Db } from "@/server/db/client";
import type { CommentEvents } from "../comments/comment-events";
import { indexMeeting } from "./index-meeting";

export const SEARCH_DEBOUNCE_MS = 1_500;
export const SEARCH_MAX_WAIT_MS = 4_000;

export interface SearchIndexerLog {
  error(message: string, error: unknown): void;
}

export class SearchIndexer {
  private readonly waiting = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly log: SearchIndexerLog,
    private readonly debounceMs = SEARCH_DEBOUNCE_MS,
    private readonly maxWaitMs = SEARCH_MAX_WAIT_MS,
  ) {}

  /** Something of the meeting changed: index it again soon. Never throws. */
  meetingChanged(meetingId: string): void {
    const pending = this.waiting.get(meetingId);
    const since = pending?.since ?? Date.now();
    if (pending) clearTimeout(pending.timer);
    const delay = Math.max(0, Math.min(this.debounceMs, since + this.maxWaitMs - Date.now()));
    const timer = setTimeout(() => this.run(meetingId), delay);
    timer.unref();
    this.waiting.set(meetingId, { timer, since });
  }

  /** Indexes now what waits, and resolves when every indexing has ended. */
  async flush(): Promise<void> {
    for (const [meetingId, { timer }] of this.waiting) {
      clearTimeout(timer);
      this.run(meetingId);
    }
    await Promise.all([...this.running]);
  }

  private run(meetingId: string): void {
    this.waiting.delete(meetingId);
    const indexing = indexMeeting(this.db, meetingId).catch((error: unknown) => this.log.error(`indexing meeting ${meetingId} failed`, error));
    this.running.add(indexing);
    void indexing.finally(() => this.running.delete(indexing));
  }
}

/** Comment events that also index the meeting's comments again (debounced). */
export function indexingCommentEvents(events: CommentEvents, search: SearchIndexer): CommentEvents {
  return {
    commentsChanged(meetingId, threadId) {
      events.commentsChanged(meetingId, threadId);
      search.meetingChanged(meetingId);
    },
  };
}

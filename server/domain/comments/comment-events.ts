// What open pages of a meeting must hear of when its comments change: use
// cases call this after their transaction commits. The composition root wires
// it to the live connections; by default nobody listens.

export interface CommentEvents {
  /** A thread was opened, replied to, edited, resolved, reopened, or a comment
   * deleted or hidden; or who may read the comments changed (threadId null).
   * Open pages refetch. Must not throw. */
  commentsChanged(meetingId: string, threadId: string | null): void;
}

export const noCommentEvents: CommentEvents = {
  commentsChanged: () => undefined,
};

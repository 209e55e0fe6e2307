"use client";
// A page's comment threads, kept current: loaded once, then refetched — one
// thread when the server says it changed, all of them after a reconnect or
// when who may read them changed.
import { useCallback, useEffect, useState } from "react";
import type { ThreadList, ThreadView } from "@/lib/contracts/comments";
import type { CommentsApi } from "./comments-api";

/** Registers a listener for "comments changed" (a thread id, or null for all); answers its removal. */
export type CommentChanges = (listener: (threadId: string | null) => void) => () => void;

export interface CommentThreads {
  list: ThreadList | null;
  /** Why the threads can't be shown (e.g. hidden from viewers), as a sentence. */
  error: string | null;
  /** Puts an answer of the server in place (or removes the thread: null). */
  put: (threadId: string, thread: ThreadView | null) => void;
  refetch: (threadId: string | null) => Promise<void>;
}

export function useCommentThreads(api: CommentsApi, changes: CommentChanges | null): CommentThreads {
  const [list, setList] = useState<ThreadList | null>(null);
  const [error, setError] = useState<string | null>(null);

  const put = useCallback((threadId: string, thread: ThreadView | null) => {
    setList((current) => {
      if (!current) return current;
      const others = current.threads.filter((entry) => entry.id !== threadId);
      return { ...current, threads: thread ? [...others, thread] : others };
    });
  }, []);

  const refetch = useCallback(
    async (threadId: string | null) => {
      if (threadId !== null) {
        const answer = await api.thread(threadId);
        if (answer.ok) return put(threadId, answer.data);
        if (answer.status === 404) return put(threadId, null);
      }
      const answer = await api.list();
      if (answer.ok) {
        setList(answer.data);
        setError(null);
      } else {
        setError(answer.message);
        if (answer.status === 403) setList(null);
      }
    },
    [api, put],
  );

  useEffect(() => {
    const load = refetch;
    const stop = changes?.((threadId) => void load(threadId));
    queueMicrotask(() => void load(null));
    return stop;
  }, [refetch, changes]);

  return { list, error, put, refetch };
}

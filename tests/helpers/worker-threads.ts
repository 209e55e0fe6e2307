// The worker threads this process starts, as Node announces each on its
// "worker_threads" diagnostics channel: how a test gets hold of the update
// log's worker (sqlite-update-log.ts), to end it as a crash would.
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { Worker } from "node:worker_threads";

export interface WorkerThreadWatch {
  /** Every worker started since the watch began, in order. */
  readonly started: Worker[];
  stop(): void;
}

/** Watches for new worker threads; `onStarted` is called as each is created. */
export function watchWorkerThreads(onStarted: (worker: Worker) => void = () => undefined): WorkerThreadWatch {
  const started: Worker[] = [];
  const listener = (message: unknown): void => {
    if (!(message instanceof Object) || !("worker" in message) || !(message.worker instanceof Worker)) return;
    started.push(message.worker);
    onStarted(message.worker);
  };
  subscribe("worker_threads", listener);
  return { started, stop: () => unsubscribe("worker_threads", listener) };
}

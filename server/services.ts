// The process's shared services. server/main.ts creates them once; route
// handlers (bundled by Next.js, so a separate module copy) find the same
// instance through a global symbol.
import type { SetupCode } from "./accounts/setup-code";
import type { SignInThrottle } from "./accounts/sign-in-limiter";
import type { Config } from "./config";
import type { Db } from "./db/client";
import type { CommentEvents } from "./domain/comments/comment-events";
import type { MeetingEvents } from "./domain/meetings/meeting-events";
import type { MinutesLocker } from "./domain/minutes/minutes-locker";
import type { MinutesStateEvents } from "./domain/minutes/minutes-state-events";

export interface Services {
  config: Config;
  db: Db;
  /** Tells the collaboration server of membership and agenda changes. */
  events?: MeetingEvents;
  /** Locks and reopens the live minutes (the collaboration server freezes the
   * open document). Without it, routes lock the minutes as stored. */
  minutes?: MinutesLocker;
  /** Tells open pages of a meeting that its comments changed. */
  comments?: CommentEvents;
  /** Tells open pages of a meeting that a version was published or revoked. */
  minutesState?: MinutesStateEvents;
  /** The one-time code that creates the first administrator; null once spent or when accounts exist. */
  setup?: SetupCode | null;
  /** Failed sign-ins per account and address. */
  signInLimiter?: SignInThrottle;
}

const KEY = Symbol.for("kateb.services");
type Holder = { [KEY]?: Services };

export function setServices(services: Services): void {
  (globalThis as Holder)[KEY] = services;
}

export function getServices(): Services {
  const services = (globalThis as Holder)[KEY];
  if (!services) throw new Error("Kateb services are not started: run the app with `npm start`.");
  return services;
}

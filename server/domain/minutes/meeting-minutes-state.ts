// Where a meeting's minutes stand, as the meeting page shows it: draft (no
// version yet, the meeting still ahead), live (being written), locked vN,
// revising after vN, published vN (locked, and that version is published).
import type { z } from "zod";
import type { minutesState } from "@/lib/contracts/minutes-state";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatInteger } from "@/lib/i18n/numbers";
import { translate } from "@/lib/i18n/translate";
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { isApproved } from "../approvals/version-approvals";
import type { Tx } from "@/server/db/transaction";

export const MINUTES_STATUSES = ["open", "locked"] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export function isMinutesStatus(value: string): value is MinutesStatus {
  return (MINUTES_STATUSES as readonly string[]).includes(value);
}

/** The state as the server builds it (Dates); lib/contracts/minutes-state shapes the answer. */
export type MeetingMinutesState = z.input<typeof minutesState>;

export interface MinutesStateFacts {
  status: MinutesStatus;
  startsAt: Date;
  /** The meeting's newest version, if any, and whether everyone asked approved it. */
  latest: { number: number; lockedAt: Date; lockedBy: string; approved?: boolean } | null;
  /** The highest version number with a live publication, if any. */
  published: number | null;
  now: Date;
}

export function meetingMinutesState(facts: MinutesStateFacts): MeetingMinutesState {
  const { latest, published } = facts;
  if (!latest) return { kind: facts.now < facts.startsAt ? "draft" : "live" };
  if (facts.status === "open") return { kind: "revising", after: latest.number, published };
  const { number: version, lockedAt, lockedBy } = latest;
  const approved = latest.approved ?? false;
  if (published === version) return { kind: "published", version, lockedAt, lockedBy, approved };
  return { kind: "locked", version, lockedAt, lockedBy, published, approved };
}

const lockOf = (version: { number: number; lockedAt: Date; lockedBy: { name: string } }) => ({
  number: version.number,
  lockedAt: version.lockedAt,
  lockedBy: version.lockedBy.name,
});

export async function readMeetingMinutesState(db: Tx, meetingId: string, now = new Date()): Promise<MeetingMinutesState> {
  const [meeting, latest, published] = await Promise.all([
    db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutesStatus: true, startsAt: true } }),
    db.minutesVersion.findFirst({
      where: { meetingId },
      orderBy: { number: "desc" },
      select: { number: true, lockedAt: true, lockedBy: { select: { name: true } }, approvals: { select: { status: true } } },
    }),
    db.minutesVersion.findFirst({
      where: { meetingId, publications: { some: { revokedAt: null } } },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
  ]);
  return meetingMinutesState({
    status: isMinutesStatus(meeting.minutesStatus) ? meeting.minutesStatus : "open",
    startsAt: meeting.startsAt,
    latest: latest ? { ...lockOf(latest), approved: isApproved(latest.approvals) } : null,
    published: published?.number ?? null,
    now,
  });
}

/** The state of a meeting's minutes, for its members. */
export async function getMinutesState(options: {
  db: Db;
  userId: string;
  meetingId: string;
  now?: Date;
}): Promise<MeetingMinutesState> {
  await requireMember(options.db, options.meetingId, options.userId);
  return readMeetingMinutesState(options.db, options.meetingId, options.now);
}

const labels: Record<MeetingMinutesState["kind"], MessageKey> = {
  draft: "minutesState.draft",
  live: "minutesState.live",
  locked: "minutesState.locked",
  revising: "minutesState.revising",
  published: "minutesState.published",
};

/** "Locked: version 2", in the reader's language and digits. */
export function minutesStateLabel(state: MeetingMinutesState, locale: Locale): string {
  const version = state.kind === "revising" ? state.after : state.kind === "draft" || state.kind === "live" ? 0 : state.version;
  return translate(locale, approvedLabel(state) ?? labels[state.kind], { version: formatInteger(version, locale) });
}

/** "Approved: version 2" (or published and approved) where everyone asked approved the version. */
export function approvedLabel(state: { kind: string; approved?: boolean }): MessageKey | null {
  if (!state.approved) return null;
  if (state.kind === "locked") return "minutesState.approved";
  return state.kind === "published" ? "minutesState.publishedApproved" : null;
}

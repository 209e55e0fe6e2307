// What the version routes answer: the meeting's versions with the minutes'
// state and the live publications, one version read-only, and the re-check of
// a version's hash and Yjs state.
import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import type { MinutesReading } from "../editor/read-minutes";
import { meetingDetails } from "./meeting-details";
import { minutesState } from "./minutes-state";
import { moment, person } from "./moment";
import { publicationSummary } from "./publications";

export const versionSummary = z.object({
  id: z.string(),
  meetingId: z.string(),
  number: z.number(),
  lockedAt: moment,
  lockedBy: person,
  note: z.string(),
  /** Hex SHA-256 of the UTF-8 bytes of the version's canonical JSON. */
  sha256: z.string(),
});

export const versionListItem = versionSummary.extend({
  /** This version's live (not revoked) publications, newest first. */
  publications: z.array(publicationSummary),
  /** The current publication is of this version. */
  isCurrentPublication: z.boolean(),
});

export const versionList = z.object({
  state: minutesState,
  versions: z.array(versionListItem),
  /** The link readers are sent to now: of the live ones, the one of the highest version. */
  currentPublication: publicationSummary.nullable(),
});

const isObject = (value: unknown): boolean => typeof value === "object" && value !== null;

export const versionDetails = versionSummary.extend({
  /** The minutes as ProseMirror JSON, as locked. */
  content: z.custom<JSONContent>(isObject),
  /** Their structured reading (lib/editor/read-minutes). */
  reading: z.custom<MinutesReading>(isObject),
  meeting: meetingDetails,
  publications: z.array(publicationSummary),
});

export const versionCheck = z.enum(["hash", "yjsState"]);

export const versionVerification = z.object({
  versionId: z.string(),
  number: z.number(),
  ok: z.boolean(),
  /** The checks that failed: "hash" (the content does not hash to the stored
   * SHA-256), "yjsState" (the Yjs state does not decode to the content). */
  failed: z.array(versionCheck),
  storedSha256: z.string(),
  computedSha256: z.string(),
});

export type VersionSummary = z.output<typeof versionSummary>;
export type VersionList = z.output<typeof versionList>;
export type VersionDetails = z.output<typeof versionDetails>;
export type VersionVerification = z.output<typeof versionVerification>;

// A published link to one version, as the publication routes answer it and
// the versions' answers list it.
import { z } from "zod";
import { moment, person } from "./moment";

export const publicationSummary = z.object({
  id: z.string(),
  token: z.string(),
  /** The public page: /r/<token>. */
  path: z.string(),
  versionNumber: z.number(),
  indexable: z.boolean(),
  publishedAt: moment,
  publishedBy: person,
  revokedAt: moment.nullable(),
});

export type PublicationSummary = z.output<typeof publicationSummary>;

/** Every live link of a meeting, newest first (its organizer's). */
export const livePublicationList = z.object({ publications: z.array(publicationSummary) });

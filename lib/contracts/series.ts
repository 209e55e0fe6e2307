// What the series routes answer: a series with its proposal categories, and
// the list of the series a user may read. The server builds `z.input` of
// these, the route shapes its answer with them, the browser reads `z.output`.
import { z } from "zod";

export const proposalCategory = z.object({ id: z.string(), name: z.string() });

export const seriesView = z.object({
  id: z.string(),
  title: z.string(),
  /** The categories a new proposal may take, in the series' order. */
  categories: z.array(proposalCategory),
  /** Removed categories, still named by proposals written before the removal. */
  removedCategories: z.array(proposalCategory),
  canManage: z.boolean(),
});

export const seriesList = z.object({ series: z.array(seriesView) });

export type ProposalCategory = z.output<typeof proposalCategory>;
export type SeriesView = z.output<typeof seriesView>;

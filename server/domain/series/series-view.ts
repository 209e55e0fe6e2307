// A series as its readers see it: title, proposal categories in order, and
// whether the reader manages it.
import type { z } from "zod";
import type { proposalCategory, seriesView } from "@/lib/contracts/series";
import type { Prisma } from "@/server/db/generated/sqlite/client";
import type { SeriesAccess } from "../access/series-access";
import type { Tx } from "@/server/db/transaction";

type ProposalCategoryView = z.input<typeof proposalCategory>;
/** A series as the server builds it; lib/contracts/series shapes the answer. */
export type SeriesView = z.input<typeof seriesView>;

const seriesSelect = {
  id: true,
  title: true,
  categories: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, removedAt: true },
  },
} satisfies Prisma.SeriesSelect;

type SeriesRow = {
  id: string;
  title: string;
  categories: Array<{ id: string; name: string; removedAt: Date | null }>;
};

function toView(row: SeriesRow, access: SeriesAccess): SeriesView {
  const pick = ({ id, name }: ProposalCategoryView): ProposalCategoryView => ({ id, name });
  return {
    id: row.id,
    title: row.title,
    categories: row.categories.filter((category) => !category.removedAt).map(pick),
    removedCategories: row.categories.filter((category) => category.removedAt).map(pick),
    canManage: access === "manage",
  };
}

/** The named series, newest first, as a reader with the given access sees them. */
export async function readSeriesViews(db: Tx, access: Map<string, SeriesAccess>): Promise<SeriesView[]> {
  const rows = await db.series.findMany({
    where: { id: { in: [...access.keys()] } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: seriesSelect,
  });
  return rows.map((row) => toView(row, access.get(row.id) ?? "read"));
}

export async function readSeriesView(db: Tx, seriesId: string, access: SeriesAccess): Promise<SeriesView> {
  const row = await db.series.findUniqueOrThrow({ where: { id: seriesId }, select: seriesSelect });
  return toView(row, access);
}

// A series as its readers see it: title, proposal categories in order, and
// whether the reader manages it.
import type { Prisma } from "@/server/db/generated/sqlite/client";
import type { SeriesAccess } from "../access/series-access";
import type { Tx } from "@/server/db/transaction";

export interface ProposalCategoryView {
  id: string;
  name: string;
}

export interface SeriesView {
  id: string;
  title: string;
  /** The categories a new proposal may take, in the series' order. */
  categories: ProposalCategoryView[];
  /** Removed categories, still named by proposals written before the removal. */
  removedCategories: ProposalCategoryView[];
  canManage: boolean;
}

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

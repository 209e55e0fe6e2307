// Every model's table and columns (its scalar fields), as a generated Prisma
// client knows them: what the committed migrations must create.
interface GeneratedNamespace {
  ModelName: Record<string, string>;
}

export function modelColumns(prisma: GeneratedNamespace): Map<string, string[]> {
  const namespace = prisma as unknown as Record<string, Record<string, string> | undefined>;
  const out = new Map<string, string[]>();
  for (const model of Object.values(prisma.ModelName)) {
    out.set(model, Object.values(namespace[`${model}ScalarFieldEnum`] ?? {}).sort());
  }
  return out;
}

/** The search index's tables: not Prisma models (a tsvector column and an FTS5
 * table are not in Prisma's language); server/domain/search reads and writes them. */
export const SEARCH_TABLES: ReadonlySet<string> = new Set(["SearchEntry", "SearchIndexState"]);

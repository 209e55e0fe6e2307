// The minutes' state as the meeting and versions pages show it: "Draft",
// "Being written", "Locked: version 2", "Being revised after version 2",
// "Published: version 2", in the reader's language and digits.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";

/** The minutes' state as the server reads it (server/domain/meeting-minutes-state),
 * and as GET /api/meetings/:id/versions answers it. */
export const minutesStateSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("draft") }),
  z.object({ kind: z.literal("live") }),
  z.object({ kind: z.literal("locked"), version: z.number(), lockedBy: z.string(), published: z.number().nullable() }),
  z.object({ kind: z.literal("revising"), after: z.number(), published: z.number().nullable() }),
  z.object({ kind: z.literal("published"), version: z.number(), lockedBy: z.string() }),
]);

export type MinutesStateView = z.infer<typeof minutesStateSchema>;

export function minutesStateText(state: MinutesStateView, locale: Locale): string {
  const t = translator(locale);
  const number = (value: number): string => formatInteger(value, locale);
  switch (state.kind) {
    case "draft":
      return t("minutesState.draft");
    case "live":
      return t("minutesState.live");
    case "locked":
      return t("minutesState.locked", { version: number(state.version) });
    case "revising":
      return t("minutesState.revising", { version: number(state.after) });
    case "published":
      return t("minutesState.published", { version: number(state.version) });
  }
}

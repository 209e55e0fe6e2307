// The minutes' state as the meeting and versions pages show it: "Draft",
// "Being written", "Locked: version 2", "Being revised after version 2",
// "Published: version 2" ("Approved: version 2" once every member asked
// approved it), in the reader's language and digits.
import type { MinutesState } from "@/lib/contracts/minutes-state";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";

export function minutesStateText(state: MinutesState, locale: Locale): string {
  const t = translator(locale);
  const number = (value: number): string => formatInteger(value, locale);
  switch (state.kind) {
    case "draft":
      return t("minutesState.draft");
    case "live":
      return t("minutesState.live");
    case "locked":
      return t(state.approved ? "minutesState.approved" : "minutesState.locked", { version: number(state.version) });
    case "revising":
      return t("minutesState.revising", { version: number(state.after) });
    case "published":
      return t(state.approved ? "minutesState.publishedApproved" : "minutesState.published", { version: number(state.version) });
  }
}

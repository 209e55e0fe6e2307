// The tracker's list as a table in the reader's language: the columns of the
// CSV and DOCX exports. No directional control of a stored text reaches them
// (one typed into the minutes, or stored before input was cleaned, would
// reorder the rest of its cell or line).
import { withoutDirectionalControls } from "./directional-controls";
import type { Locale } from "./i18n/locales";
import { translate } from "./i18n/translate";
import type { TrackedKind, TrackerStatus } from "./tracker-status";

export interface TrackerRowInput {
  kind: TrackedKind;
  text: string;
  meeting: { title: string };
  versionNumber: number;
  category: { name: string } | null;
  responsibleBody: { name: string } | null;
  dueJalali: string;
  overdue: boolean;
  status: TrackerStatus;
  withdrawnInVersion: number | null;
}

export interface TrackerTable {
  header: string[];
  rows: string[][];
}

const digits = (value: number, locale: Locale): string => value.toLocaleString(locale === "fa" ? "fa-IR" : "en-GB", { useGrouping: false });

export function statusText(item: Pick<TrackerRowInput, "status" | "withdrawnInVersion" | "overdue">, locale: Locale): string {
  const status =
    item.status === "withdrawn" && item.withdrawnInVersion !== null
      ? translate(locale, "tracker.withdrawnIn", { version: digits(item.withdrawnInVersion, locale) })
      : translate(locale, `tracker.status.${item.status}`);
  return item.overdue ? `${status} (${translate(locale, "tracker.overdue")})` : status;
}

export function trackerTable(items: readonly TrackerRowInput[], locale: Locale): TrackerTable {
  const t = (key: Parameters<typeof translate>[1]): string => translate(locale, key);
  return {
    header: [
      t("tracker.column.number"),
      t("tracker.column.text"),
      t("tracker.column.kind"),
      t("tracker.column.meeting"),
      t("tracker.column.version"),
      t("tracker.column.category"),
      t("tracker.column.body"),
      t("tracker.column.due"),
      t("tracker.column.status"),
    ],
    rows: items.map((item, index) => [
      digits(index + 1, locale),
      withoutDirectionalControls(item.text),
      t(`tracker.kind.${item.kind}`),
      withoutDirectionalControls(item.meeting.title),
      digits(item.versionNumber, locale),
      withoutDirectionalControls(item.category?.name ?? ""),
      withoutDirectionalControls(item.responsibleBody?.name ?? ""),
      item.dueJalali,
      statusText(item, locale),
    ]),
  };
}

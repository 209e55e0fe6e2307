// The tracker page's table: one row per follow-up or proposal, its history
// under its status, and the status form for those who manage the series.
import { ItemHistory } from "@/components/tracker/item-history";
import { StatusChangeForm } from "@/components/tracker/status-change-form";
import { UserText } from "@/components/ui/user-text";
import type { ResponsibleBody } from "@/lib/contracts/responsible-bodies";
import type { TrackedItem } from "@/lib/contracts/tracker";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { statusText } from "@/lib/tracker-table";

interface Props {
  t: Translator;
  locale: Locale;
  items: readonly TrackedItem[];
  bodies: readonly ResponsibleBody[];
  canManage: boolean;
}

export function TrackerTable(props: Props) {
  const { t } = props;
  return (
    <table className="tracker-table">
      <thead>
        <tr>
          <th scope="col">{t("tracker.column.number")}</th>
          <th scope="col">{t("tracker.column.text")}</th>
          <th scope="col">{t("tracker.column.meeting")}</th>
          <th scope="col">{t("tracker.column.category")}</th>
          <th scope="col">{t("tracker.column.body")}</th>
          <th scope="col">{t("tracker.column.due")}</th>
          <th scope="col">{t("tracker.column.status")}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item, index) => (
          <TrackerRow key={item.id} {...props} item={item} index={index} />
        ))}
      </tbody>
    </table>
  );
}

function TrackerRow({ t, locale, item, index, bodies, canManage }: Props & { item: TrackedItem; index: number }) {
  return (
    <tr data-overdue={item.overdue ? "true" : undefined} data-status={item.status}>
      <td>{formatInteger(index + 1, locale)}</td>
      <td dir="auto">
        <span className="chip">{t(`tracker.kind.${item.kind}`)}</span> <UserText text={item.text} />
      </td>
      <td dir="auto">
        {/* A full load, so the browser scrolls to the block and marks it :target. */}
        <a href={item.link}>
          <UserText text={item.meeting.title} />
        </a>
        {" · "}
        {t("tracker.column.version")} {formatInteger(item.versionNumber, locale)}
      </td>
      <td dir="auto">{item.category?.name ?? ""}</td>
      <td dir="auto">{item.responsibleBody?.name ?? ""}</td>
      <td>{item.dueJalali || t("tracker.noDue")}</td>
      <td>
        <strong style={item.overdue ? { color: "#b42318" } : undefined}>{statusText(item, locale)}</strong>
        {item.history && item.history.length > 0 && <ItemHistory history={item.history} locale={locale} />}
        {canManage && (
          <StatusChangeForm
            locale={locale}
            itemId={item.id}
            status={item.status}
            bodies={bodies}
            bodyId={item.responsibleBody?.id ?? ""}
            due={item.dueJalali}
          />
        )}
      </td>
    </tr>
  );
}

// The tracker page's filters: a plain GET form, so a filtered tracker is a
// link and works without JavaScript.
import type { Translator } from "@/lib/i18n/translate";
import { TRACKER_STATUSES } from "@/lib/tracker-status";
import type { TrackerFilter } from "@/lib/validation/tracker";

interface Choice {
  id: string;
  name: string;
}

function ChoiceField(props: { t: Translator; name: "category" | "body" | "meeting"; value: string | undefined; choices: readonly Choice[] }) {
  const { t, name } = props;
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{t(`tracker.column.${name}`)}</label>
      <select id={`filter-${name}`} name={name} defaultValue={props.value ?? ""}>
        <option value="">{t("tracker.filter.any")}</option>
        {props.choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TrackerFilters(props: {
  t: Translator;
  filter: TrackerFilter;
  categories: readonly Choice[];
  bodies: readonly Choice[];
  meetings: readonly Choice[];
}) {
  const { t, filter } = props;
  return (
    <form className="form card" method="get" aria-labelledby="tracker-filters">
      <h2 id="tracker-filters" className="section-title">
        {t("tracker.filter.heading")}
      </h2>
      <div className="field">
        <label htmlFor="filter-status">{t("tracker.column.status")}</label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">{t("tracker.filter.any")}</option>
          <option value="open">{t("tracker.filter.open")}</option>
          {TRACKER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`tracker.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <ChoiceField t={t} name="category" value={filter.category} choices={props.categories} />
      <ChoiceField t={t} name="body" value={filter.body} choices={props.bodies} />
      <ChoiceField t={t} name="meeting" value={filter.meeting} choices={props.meetings} />
      <div className="field">
        <label>
          <input type="checkbox" name="overdue" value="true" defaultChecked={filter.overdue === true} /> {t("tracker.filter.overdue")}
        </label>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="sort" value="due" defaultChecked={filter.sort === "due"} /> {t("tracker.filter.sortDue")}
        </label>
      </div>
      <div className="form__actions">
        <button className="button button--primary" type="submit">
          {t("tracker.filter.apply")}
        </button>
      </div>
    </form>
  );
}

// The named changes between two versions, listed in words above the text.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { IsolatedSentence } from "../ui/named-sentence";
import type { ChangeSentence } from "./describe-changes";

export function ChangeList(props: { locale: Locale; changes: readonly ChangeSentence[]; textChanged: boolean }) {
  const t = translator(props.locale);
  const { changes } = props;
  return (
    <section className="card diff-changes" aria-labelledby="diff-changes-title">
      <h2 id="diff-changes-title" className="section-title">
        {t("compare.changes")}
      </h2>
      {changes.length === 0 ? (
        <p className="muted">{t(props.textChanged ? "compare.textOnly" : "compare.noChanges")}</p>
      ) : (
        <ol className="diff-changes__list">
          {changes.map((change, index) => (
            <li key={index} className="diff-change">
              <span className="diff-change__sentence">
                <IsolatedSentence template={change.template} values={change.values} />
              </span>
              {change.context && (
                <q className="diff-change__context" dir="auto">
                  {change.context}
                </q>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

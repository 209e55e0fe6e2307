// Edits this browser kept and did not send because the minutes moved on while
// they waited (locked as a version, reopened, or the user may no longer write):
// "not in vN", with their text to copy. They leave only when the user removes them.
import { useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import type { SetAsideEdits } from "@/lib/offline/kept-edits";

interface KeptEditsNoticeProps {
  entries: readonly SetAsideEdits[];
  t: Translator;
  locale: Locale;
  onRemove: (id: string) => void;
}

export function KeptEditsNotice({ entries, t, locale, onRemove }: KeptEditsNoticeProps) {
  if (entries.length === 0) return null;
  return (
    <section className="kept-edits" aria-label={t("kept.label")}>
      {entries.map((entry) => (
        <KeptEditsEntry key={entry.id} entry={entry} t={t} locale={locale} onRemove={onRemove} />
      ))}
    </section>
  );
}

function KeptEditsEntry({ entry, t, locale, onRemove }: { entry: SetAsideEdits } & Omit<KeptEditsNoticeProps, "entries">) {
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const textRef = useRef<HTMLPreElement>(null);
  const version = entry.version === null ? "" : formatInteger(entry.version, locale);
  // Without the clipboard (refused, or plain http), the text is selected for copying by hand.
  const copyFailed = (): void => {
    setCopy("failed");
    const text = textRef.current;
    const selection = window.getSelection();
    if (!text || !selection) return;
    selection.selectAllChildren(text);
  };
  const copyText = (): void => {
    if (!("clipboard" in navigator)) return copyFailed();
    navigator.clipboard.writeText(entry.text).then(() => setCopy("copied"), copyFailed);
  };
  return (
    <article className="notice notice--warning kept-edits__entry" role="alert">
      <h3 className="kept-edits__heading">{entry.version === null ? t("kept.notSaved") : t("kept.notIn", { version })}</h3>
      <p>
        {t(`kept.reason.${entry.reason}`, { count: formatInteger(entry.edits, locale), version })} {entry.text && t("kept.copyHint")}
      </p>
      {entry.text ? (
        <pre ref={textRef} className="kept-edits__text" dir="auto">
          {entry.text}
        </pre>
      ) : (
        <p>{t("kept.noText")}</p>
      )}
      <div className="kept-edits__actions">
        {entry.text && (
          <button type="button" className="button button--primary" onClick={copyText}>
            {t("kept.copy")}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => onRemove(entry.id)}>
          {t("kept.remove")}
        </button>
        {copy !== "idle" && (
          <span role="status" className="kept-edits__copied">
            {t(copy === "copied" ? "kept.copied" : "kept.copyFailed")}
          </span>
        )}
      </div>
    </article>
  );
}

"use client";
// In the site header: how many threads have news for the user (a reply after
// theirs, or a mention) since they last looked, and a list linking to each.
// Read when the page opens, every half minute, and when the tab regains focus.
import { useCallback, useEffect, useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator, type Translator } from "@/lib/i18n/translate";
import { formatJalali } from "@/lib/jalali-date";
import { NamedSentence } from "../ui/named-sentence";
import { UserText } from "../ui/user-text";
import type { CommentNotifications } from "@/lib/contracts/comments";
import { fetchNotifications, markNotificationsSeen } from "./comments-api";

const REFRESH_MS = 30_000;

function threadLink(entry: CommentNotifications["threads"][number]): string {
  const meeting = `/meetings/${encodeURIComponent(entry.meetingId)}`;
  const page = entry.versionNumber === null ? meeting : `${meeting}/versions/${entry.versionNumber}/comments`;
  return `${page}#thread-${entry.threadId}`;
}

/** Loads the notifications now, every half minute and whenever the window gets the focus; returns the loader. */
function useNotifications(locale: Locale, setNews: (news: CommentNotifications) => void, setFailed: (failed: boolean) => void) {
  const load = useCallback(async () => {
    const answer = await fetchNotifications(locale);
    setFailed(!answer.ok);
    if (answer.ok) setNews(answer.data);
  }, [locale, setNews, setFailed]);

  useEffect(() => {
    const timer = setInterval(() => void load(), REFRESH_MS);
    const onFocus = () => void load();
    window.addEventListener("focus", onFocus);
    queueMicrotask(() => void load());
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, [load]);
  return load;
}

export function NotificationsMenu({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const [news, setNews] = useState<CommentNotifications | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const panelId = useId();

  const load = useNotifications(locale, setNews, setFailed);

  const count = news?.count ?? 0;
  return (
    <div className="notifications">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
          if (!open) void load();
        }}
      >
        {t("notifications.button", { count: formatInteger(count, locale) })}
      </button>
      {open && (
        <div
          id={panelId}
          className="notifications__panel"
          role="region"
          aria-label={t("notifications.title")}
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
        >
          {failed && <p className="field__error">{t("notifications.loadFailed")}</p>}
          {news && news.threads.length === 0 && <p className="notifications__meta">{t("notifications.empty")}</p>}
          {news && news.threads.length > 0 && (
            <>
              <ul className="notifications__list">
                {news.threads.map((entry) => (
                  <NotificationItem key={entry.threadId} t={t} locale={locale} entry={entry} />
                ))}
              </ul>
              <button
                type="button"
                className="link-button"
                onClick={async () => {
                  const answer = await markNotificationsSeen(undefined, locale);
                  if (answer.ok) setNews(answer.data);
                }}
              >
                {t("notifications.markAllSeen")}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function NotificationItem({ t, locale, entry }: { t: Translator; locale: Locale; entry: CommentNotifications["threads"][number] }) {
  return (
    <li>
      <a href={threadLink(entry)} onClick={() => void markNotificationsSeen([entry.threadId], locale)}>
        <span>
          <NamedSentence template={t(entry.mentioned ? "notifications.mentioned" : "notifications.replied")} name={entry.latestBy.name} />
        </span>
        <q dir="auto">{entry.quote}</q>
        <span className="notifications__meta">
          <UserText text={entry.meetingTitle} /> · {t("notifications.newComments", { count: formatInteger(entry.newComments, locale) })} ·{" "}
          <time dateTime={entry.latestAt}>{formatJalali(new Date(entry.latestAt), locale, { time: true, weekday: false })}</time>
        </span>
      </a>
    </li>
  );
}

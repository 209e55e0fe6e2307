// One search result as both the header's search box and the search page show
// it: the meeting, its Jalali date, where in it (the version or the live
// minutes, and the section), and the snippet with the matched words marked.
import type { SearchResult } from "@/lib/contracts/search";
import type { SearchKind } from "@/lib/search/search-kinds";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { formatJalali } from "@/lib/jalali-date";
import { UserText } from "../ui/user-text";

export const KIND_LABEL: Record<SearchKind, MessageKey> = {
  meeting: "search.kind.meeting",
  minutes: "search.kind.minutes",
  proposal: "search.kind.proposal",
  resolution: "search.kind.resolution",
  followUp: "search.kind.followUp",
  tracker: "search.kind.tracker",
  comment: "search.kind.comment",
};

/** "Minutes text (12)": a group's heading. */
export function groupHeading(t: Translator, locale: Locale, kind: SearchKind, total: number): string {
  return t("search.groupHeading", { kind: t(KIND_LABEL[kind]), count: formatInteger(total, locale) });
}

function place(t: Translator, locale: Locale, result: SearchResult): string {
  if (result.kind === "meeting" || result.kind === "tracker") return "";
  return result.versionNumber === null ? t("search.live") : t("search.inVersion", { version: formatInteger(result.versionNumber, locale) });
}

/** The result's text, without a link: the caller makes it one (an option, or a link on the page). */
export function SearchResultView({ t, locale, result }: { t: Translator; locale: Locale; result: SearchResult }) {
  const where = place(t, locale, result);
  return (
    <>
      <span className="search-result__meeting">
        <UserText text={result.meetingTitle} />
      </span>
      <span className="search-result__meta">
        <time dateTime={result.date}>{formatJalali(new Date(result.date), locale, { weekday: false })}</time>
        {where && <> · {where}</>}
        {result.section && (
          <>
            {" · "}
            <UserText text={result.section} />
          </>
        )}
      </span>
      <span className="search-result__snippet" dir="auto">
        {result.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
      </span>
    </>
  );
}

// Two versions of the minutes compared (?from=1&to=2), for the meeting's
// members: the named changes to structured blocks in words at the top, then
// the text block by block, side by side or inline, added and removed words
// marked.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserText } from "@/components/ui/user-text";
import { ChangeList } from "@/components/versions/change-list";
import { CompareForm } from "@/components/versions/compare-form";
import { describeChanges } from "@/components/versions/describe-changes";
import { VersionComparison } from "@/components/versions/version-comparison";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { compareVersions } from "@/lib/version-diff";
import { getVersion } from "@/server/domain/versions/get-version";
import { listVersions } from "@/server/domain/versions/list-versions";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { findMeetingForMember } from "@/app/meeting-queries";
import { requireSignedIn } from "@/app/signed-in-user";
import { versionsPath } from "../version-views";

type SearchParams = Record<string, string | string[] | undefined>;

interface ComparePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

/** A version number from the query, or null. */
function versionParam(params: SearchParams, name: string): number | null {
  const value = params[name];
  return typeof value === "string" && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("compare.formTitle") };
}

export default async function ComparePage({ params, searchParams }: ComparePageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireSignedIn(`${versionsPath(id)}/compare`);
  const meeting = await findMeetingForMember(id, user.id);
  if (!meeting) notFound();
  const { db } = getServices();
  const options = { db, userId: user.id, meetingId: meeting.id };
  const [locale, list] = await Promise.all([requestLocale(), orNotFound(listVersions(options))]);
  const t = translator(locale);
  const numbers = list.versions.map((version) => version.number);
  const from = versionParam(query, "from");
  const to = versionParam(query, "to");
  const back = (
    <Link href={versionsPath(meeting.id)} className="back-link">
      {t("versions.backToList")}
    </Link>
  );
  const form = (selected: { from: number; to: number }) =>
    numbers.length > 0 && <CompareForm meetingId={meeting.id} locale={locale} numbers={numbers} from={selected.from} to={selected.to} />;

  if (from === null || to === null) {
    const [newest = 1, previous = newest] = numbers;
    return (
      <section aria-labelledby="compare-title" className="compare-page">
        {back}
        <h1 id="compare-title" className="page-title">
          {t("compare.formTitle")}
        </h1>
        <p className="notice notice--info">{t(numbers.length > 0 ? "compare.pickTwo" : "versions.empty")}</p>
        {form({ from: previous, to: newest })}
      </section>
    );
  }

  const [before, after] = await Promise.all([
    orNotFound(getVersion({ ...options, versionNumber: from })),
    orNotFound(getVersion({ ...options, versionNumber: to })),
  ]);
  const comparison = compareVersions(before.content, after.content);
  // The names of the categories at each lock; the newer name wins.
  const categories = new Map([...before.meeting.categories, ...after.meeting.categories].map((category) => [category.id, category.name]));
  const changes = describeChanges({ changes: comparison.changes, blocks: comparison.blocks, categories, locale });
  const textChanged = comparison.blocks.some((block) => block.status !== "unchanged" || block.moved);
  return (
    <article aria-labelledby="compare-title" className="compare-page">
      {back}
      <p className="eyebrow">
        <UserText text={meeting.title} />
      </p>
      <h1 id="compare-title" className="page-title">
        {t("compare.title", { from: formatInteger(from, locale), to: formatInteger(to, locale) })}
      </h1>
      <ChangeList locale={locale} changes={changes} textChanged={textChanged} />
      <VersionComparison locale={locale} from={from} to={to} blocks={comparison.blocks} />
      {form({ from, to })}
    </article>
  );
}

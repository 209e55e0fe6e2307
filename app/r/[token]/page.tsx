// The published report /r/<token>: rendered on the server by the report
// renderer and readable with JavaScript off (proxy.ts sends a
// Content-Security-Policy that runs none). "noindex" unless the organizer chose
// otherwise; an older version names the newer one. An unknown or revoked link
// never gets here: proxy.ts answers it with a 404 page that needs no script.
import type { Metadata } from "next";
import { cache } from "react";
import { isolatedText } from "@/lib/directional-controls";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { getPublicPage, type PublicPage } from "@/server/domain/versions/get-public-page";
import { renderReportFragment } from "@/server/report/render-html";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { reportInput } from "@/app/report-input";
import "./report.css";

interface PublicReportProps {
  params: Promise<{ token: string }>;
}

const loadPage = cache(
  (token: string): Promise<PublicPage> => orNotFound(getPublicPage({ db: getServices().db, token })),
);

export async function generateMetadata({ params }: PublicReportProps): Promise<Metadata> {
  const page = await loadPage((await params).token);
  // The layout's template puts Kateb's name after it.
  return { title: isolatedText(page.meeting.title), referrer: "no-referrer" };
}

export default async function PublicReportPage({ params }: PublicReportProps) {
  const [page, locale] = await Promise.all([params.then(({ token }) => loadPage(token)), requestLocale()]);
  const t = translator(locale);
  const { version, supersededBy } = page;
  // Every piece of content reaches this markup through the report renderer,
  // which escapes all text and allows only http, https and mailto links.
  const report = renderReportFragment(
    reportInput({
      locale,
      meeting: page.meeting,
      reading: version.reading,
      version: { number: version.number, lockedAt: version.lockedAt, lockedBy: version.lockedBy, sha256: version.sha256, note: version.note },
    }),
    {
      notice: supersededBy
        ? {
            text: t("publication.superseded"),
            link: {
              text: t("publication.supersededLink", { version: formatInteger(supersededBy.versionNumber, locale) }),
              href: supersededBy.path,
            },
          }
        : undefined,
    },
  );
  return (
    <>
      {/* In the page itself, not streamed metadata: React puts it in <head>. */}
      {!page.indexable && <meta name="robots" content="noindex, nofollow" />}
      <style dangerouslySetInnerHTML={{ __html: report.css }} />
      <div className="public-report" dangerouslySetInnerHTML={{ __html: report.html }} />
    </>
  );
}

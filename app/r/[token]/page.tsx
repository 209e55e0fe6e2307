// The published report /r/<token>: rendered on the server and readable with
// JavaScript off (proxy.ts sends a Content-Security-Policy that runs none).
// "noindex" unless the organizer chose otherwise; an older version names the
// newer one; an unknown or revoked link is the plain 404 page.
import type { Metadata } from "next";
import { cache } from "react";
import { getPublicPage, type PublicPage } from "../../../server/domain/get-public-page";
import { getServices } from "../../../server/services";
import { orNotFound } from "../../found";
import { requestLocale } from "../../locale";
import { ReportView } from "./report-view";
import "./report.css";

interface PublicReportProps {
  params: Promise<{ token: string }>;
}

const loadPage = cache(
  (token: string): Promise<PublicPage> => orNotFound(getPublicPage({ db: getServices().db, token })),
);

export async function generateMetadata({ params }: PublicReportProps): Promise<Metadata> {
  const page = await loadPage((await params).token);
  return { title: page.meeting.title, referrer: "no-referrer" };
}

export default async function PublicReportPage({ params }: PublicReportProps) {
  const [page, locale] = await Promise.all([params.then(({ token }) => loadPage(token)), requestLocale()]);
  return (
    <>
      {/* In the page itself, not streamed metadata: React puts it in <head>. */}
      {!page.indexable && <meta name="robots" content="noindex, nofollow" />}
      <ReportView page={page} locale={locale} />
    </>
  );
}

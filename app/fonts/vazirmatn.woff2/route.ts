// The report's font (server/report/report-font.ts), for the published page and
// for anyone reading it: the same file for every reader, kept a day.
import { reportFontBytes } from "@/server/report/report-font";

export async function GET(): Promise<Response> {
  return new Response(new Uint8Array(await reportFontBytes()), {
    headers: { "content-type": "font/woff2", "cache-control": "public, max-age=86400", "x-content-type-options": "nosniff" },
  });
}

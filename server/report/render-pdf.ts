// The report as PDF, printed on the server by headless Chromium from the very
// HTML the published page serves, so that a visitor and the organizer get the
// same file. Why Chromium and not a PDF library: the report's typesetting is
// CSS (Persian shaping and bidi, a running header repeated by the frame's
// thead, Persian page numbers in @page margin boxes, rows that do not split),
// which no kept JavaScript PDF library lays out; Chromium prints it exactly as
// a browser shows it, and Kateb's tests already need it.
//
// One browser per process, launched on first use; one print at a time (a
// print holds a renderer process); the last few files are kept by the hash of
// their HTML, so a link opened by many people prints once. The page is loaded
// from an address of its own whose every request is answered here: the HTML,
// the report's font, and nothing else (no network).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chromium, type Browser, type Route } from "playwright-core";
import { AppError } from "@/lib/app-error";
import { REPORT_FONT_PATH, reportFontBytes } from "./report-font";

const ORIGIN = "https://report.kateb.invalid";
const KEPT_FILES = 16;
const PRINT_TIMEOUT_MS = 30_000;
/** Where Chromium usually is; KATEB_CHROMIUM names another. */
const CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface PdfPrinter {
  browser: Promise<Browser> | null;
  queue: Promise<unknown>;
  kept: Map<string, Uint8Array>;
}

// One per process, whichever copy of this module (tsx's or the Next.js bundle's) asks.
const printerKey = Symbol.for("kateb.pdfPrinter");
const holder = globalThis as typeof globalThis & { [printerKey]?: PdfPrinter };
const printer: PdfPrinter = (holder[printerKey] ??= { browser: null, queue: Promise.resolve(), kept: new Map() });

/** The Chromium this server prints with, or null when there is none. */
export function chromiumPath(): string | null {
  const named = process.env.KATEB_CHROMIUM;
  if (named) return existsSync(named) ? named : null;
  return CHROMIUM_PATHS.find((path) => existsSync(path)) ?? null;
}

function browser(): Promise<Browser> {
  if (printer.browser) return printer.browser;
  const executablePath = chromiumPath();
  if (!executablePath) throw new AppError("unavailable", "report.pdfUnavailable");
  const launched = chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  printer.browser = launched;
  launched.then(
    (opened) => opened.on("disconnected", () => {
      if (printer.browser === launched) printer.browser = null;
    }),
    () => {
      if (printer.browser === launched) printer.browser = null;
    },
  );
  return launched;
}

async function answer(route: Route, html: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin === ORIGIN && url.pathname === "/") {
    await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
  } else if (url.origin === ORIGIN && url.pathname === REPORT_FONT_PATH) {
    await route.fulfill({ status: 200, contentType: "font/woff2", body: await reportFontBytes() });
  } else {
    await route.abort();
  }
}

async function print(html: string): Promise<Uint8Array> {
  const context = await (await browser()).newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => answer(route, html));
    await page.goto(`${ORIGIN}/`, { waitUntil: "load", timeout: PRINT_TIMEOUT_MS });
    await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
    // The stylesheet's @page rules give the size, margins and page numbers.
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await context.close();
  }
}

/** The PDF of a complete report HTML document (renderReportHtml's). */
export function renderReportPdf(html: string): Promise<Uint8Array> {
  const key = createHash("sha256").update(html).digest("hex");
  const kept = printer.kept.get(key);
  if (kept) return Promise.resolve(kept);
  const printed = printer.queue.then(() => print(html));
  printer.queue = printed.catch(() => undefined);
  return printed.then((bytes) => {
    printer.kept.set(key, bytes);
    if (printer.kept.size > KEPT_FILES) printer.kept.delete(printer.kept.keys().next().value ?? key);
    return bytes;
  });
}

/** Closes the browser, if one was launched (a test's teardown; a process's exit closes it anyway). */
export async function closePdfPrinter(): Promise<void> {
  const opened = printer.browser;
  printer.browser = null;
  if (opened) await (await opened).close().catch(() => undefined);
}

// The Content-Security-Policy of a report shown in a browser (the published
// page, an exported HTML file): no script runs, nothing loads from elsewhere,
// nothing may frame it. The report is complete without any of that.
export const REPORT_CSP = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

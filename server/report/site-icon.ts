// The site's icon (app/icon.svg, which Next.js serves at /icon.svg), named by
// the pages Kateb serves without Next.js's layout (the published report, the
// link-not-found page): without it the browser asks for /favicon.ico, which
// Kateb does not have, and logs the 404 as a console error.
export const SITE_ICON_LINK = `<link rel="icon" href="/icon.svg" type="image/svg+xml">`;

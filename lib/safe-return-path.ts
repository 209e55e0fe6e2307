// Where to go after signing in: a path on this site, never another site. The
// value is parsed as a URL against a placeholder origin, as a browser would
// (which drops tabs and newlines, so "/\t/evil.example" is "//evil.example",
// another host); only a result on the placeholder origin is kept, re-encoded.
const PLACEHOLDER = "http://kateb.invalid";

export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A second look: what the browser would make of the result must stay here too.
  return path.startsWith("//") || path.startsWith("/\\") ? "/" : path;
}

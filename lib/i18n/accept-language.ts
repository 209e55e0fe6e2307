// The UI language a browser asks for in its Accept-Language header: the
// first of Kateb's languages by the header's weights, or null when it names
// none of them.
import { isLocale, type Locale } from "./locales";

export function acceptedLocale(header: string | null): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { language: tag.trim().split("-")[0]?.toLowerCase() ?? "", weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranges.map((range) => range.language).find(isLocale) ?? null;
}

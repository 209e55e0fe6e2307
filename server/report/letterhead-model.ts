// The letterhead's place in the report's outline: what a version kept of its
// series' letterhead, with the logo's text alternative in the report's
// language. Nothing when the letterhead is empty.
import type { Translator } from "@/lib/i18n/translate";
import { withoutDirectionalControls } from "@/lib/directional-controls";
import { oneLine } from "./report-text";
import type { ReportInput, ReportLetterhead } from "./report-types";

const clean = (text: string): string => withoutDirectionalControls(text).replace(/\s+/g, " ").trim();

export function reportLetterhead(input: ReportInput, t: Translator): ReportLetterhead | null {
  const kept = input.letterhead;
  if (!kept) return null;
  const organisation = clean(kept.organisation);
  const unit = clean(kept.unit);
  if (!organisation && !unit && !kept.logo) return null;
  const alt = organisation ? t("letterhead.logoAlt", { organisation }) : t("letterhead.logoAltPlain");
  return {
    logo: kept.logo ? { mime: kept.logo.mime, bytes: kept.logo.bytes, width: kept.logo.width, height: kept.logo.height, alt } : null,
    organisation: organisation ? oneLine(organisation) : null,
    unit: unit ? oneLine(unit) : null,
  };
}

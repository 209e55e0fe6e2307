// English UI strings of a series' letterhead and how reports print it. Part of the English catalogue (messages-en.ts).
import type { letterheadFa } from "./messages-letterhead-fa";

export const letterheadEn: Record<keyof typeof letterheadFa, string> = {
  "letterhead.title": "Letterhead of the reports",
  "letterhead.intro": "The organisation's name, the unit and the logo printed at the top of each version's report, its PDF and its Word file. Each version keeps the letterhead it was locked with.",
  "letterhead.organisation": "Organisation",
  "letterhead.unit": "Unit",
  "letterhead.save": "Save letterhead",
  "letterhead.saved": "The letterhead was saved.",
  "letterhead.logo": "Logo (PNG or JPEG, at most 1 MB)",
  "letterhead.logoAlt": "Logo of {organisation}",
  "letterhead.logoAltPlain": "The organisation's logo",
  "letterhead.uploadLogo": "Upload logo",
  "letterhead.logoSaved": "The logo was saved.",
  "letterhead.removeLogo": "Remove logo",
  "letterhead.logoRemoved": "The logo was removed.",
  "letterhead.noLogo": "No logo has been uploaded.",
  "letterhead.none": "This series has no letterhead.",
  "invalid.logo.empty": "No file was sent for the logo.",
  "invalid.logo.tooLarge": "The logo is over 1 MB; choose a smaller file.",
  "invalid.logo.notImage": "The logo must be a PNG or JPEG image (SVG and other formats are not accepted).",
  "invalid.logo.dimensions": "The logo must be between 1 and 4096 pixels on each side.",
};

// The DOCX report's look, shared by its parts: the font named for every
// script, the inks, and the A4 page (the tracker's DOCX uses the same font).
export const DOCX_FONT = "Vazirmatn";
export const FONT = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT };
export const INK = "1B1B1B";
export const BRAND = "123C5A";
export const MUTED = "555555";
/** A4 in twentieths of a point, and margins of about 18 mm. */
export const PAGE = { width: 11906, height: 16838, margin: 1020 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

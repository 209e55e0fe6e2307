// What the letterhead routes answer: a series' letterhead (organisation, unit,
// and its logo's facts; the image itself is its own route), and the same as a
// version keeps it in its meeting details.
import { z } from "zod";

export const letterheadLogo = z.object({
  sha256: z.string(),
  mime: z.enum(["image/png", "image/jpeg"]),
  width: z.number().int(),
  height: z.number().int(),
});

export const letterhead = z.object({
  organisation: z.string(),
  unit: z.string(),
  logo: letterheadLogo.nullable(),
});

export type Letterhead = z.output<typeof letterhead>;
export type LetterheadLogo = z.output<typeof letterheadLogo>;

/** A letterhead as a report prints it: the texts, and the logo's bytes. */
export interface PrintedLetterhead {
  organisation: string;
  unit: string;
  logo: (LetterheadLogo & { bytes: Uint8Array }) | null;
}

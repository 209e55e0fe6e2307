// What is entered for a series' letterhead: the organisation's name and the
// unit, each optional (empty prints nothing). The logo is its own upload
// (lib/letterhead-logo.ts says what it may be).
import { z } from "zod";
import { message, textSchema } from "./fields";

export const letterheadTextSchema = z.object(
  {
    organisation: textSchema({ max: 200 }),
    unit: textSchema({ max: 200 }),
  },
  message("invalid.value"),
);

export type LetterheadTextFields = z.output<typeof letterheadTextSchema>;

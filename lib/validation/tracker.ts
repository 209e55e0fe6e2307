// What the tracker's routes accept: a status change (with a note, evidence,
// and optionally a responsible body and a Jalali due date), the list's
// filters, and responsible bodies to create or merge.
import { z } from "zod";
import { parseJalaliDue } from "../editor/due-date";
import { TRACKER_STATUSES } from "../tracker-status";
import { idSchema, message, textSchema, userTextSchema } from "./fields";

const evidenceLinkSchema = userTextSchema("invalid.evidenceLink")
  .trim()
  .max(2000, message("invalid.evidenceLink"))
  .refine((value) => value === "" || /^https?:\/\/[^\s]+$/i.test(value), message("invalid.evidenceLink"));

/** A Jalali day as typed ("1404/09/25", Persian digits too) to a Gregorian ISO
 * day; "" or null for no due date. */
const jalaliDueSchema = z
  .string(message("invalid.dueDate"))
  .transform((value, ctx) => {
    const entry = parseJalaliDue(value);
    if (entry.ok) return entry.due;
    ctx.addIssue({ code: "custom", message: "invalid.dueDate" });
    return z.NEVER;
  });

export const trackerStatusSchema = z.enum(TRACKER_STATUSES, message("invalid.trackerStatus"));

export const changeTrackedItemSchema = z
  .object(
    {
      status: trackerStatusSchema.optional(),
      note: textSchema({ max: 2000 }).default(""),
      evidence: textSchema({ max: 4000 }).default(""),
      evidenceLink: evidenceLinkSchema.default(""),
      responsibleBodyId: idSchema.nullable().optional(),
      due: jalaliDueSchema.nullable().optional(),
    },
    message("invalid.value"),
  )
  .refine(
    (fields) => fields.status !== undefined || fields.responsibleBodyId !== undefined || fields.due !== undefined,
    { ...message("invalid.trackerStatus"), path: ["status"] },
  );

const flag = z.enum(["true", "false"], message("invalid.trackerFilter")).transform((value) => value === "true");

export const trackerFilterSchema = z.object(
  {
    status: z.enum([...TRACKER_STATUSES, "open"], message("invalid.trackerFilter")).optional(),
    category: idSchema.optional(),
    body: idSchema.optional(),
    meeting: idSchema.optional(),
    overdue: flag.optional(),
    sort: z.enum(["due", "created"], message("invalid.trackerFilter")).default("created"),
  },
  message("invalid.trackerFilter"),
);

export const createResponsibleBodySchema = z.object(
  { name: textSchema({ max: 300, required: true }), contact: textSchema({ max: 500 }).default("") },
  message("invalid.value"),
);

/** Merge `from` into `into`: the items of `from` move, and its spelling then finds `into`. */
export const mergeResponsibleBodiesSchema = z.object({ from: idSchema, into: idSchema }, message("invalid.value"));

export type ChangeTrackedItemInput = z.input<typeof changeTrackedItemSchema>;
export type ChangeTrackedItemFields = z.output<typeof changeTrackedItemSchema>;
export type TrackerFilter = z.output<typeof trackerFilterSchema>;
export type TrackerFilterInput = z.input<typeof trackerFilterSchema>;

// What the organizer sends to ask members to approve a version, and what an
// asked member sends to answer: approve, or decline with a note.
import { z } from "zod";
import { idSchema, message, textSchema } from "./fields";

export const askForApprovalSchema = z.object(
  {
    /** The members asked, each once. */
    userIds: z
      .array(idSchema, message("invalid.approval.people"))
      .min(1, message("invalid.approval.people"))
      .max(50, message("invalid.approval.people"))
      .refine((ids) => new Set(ids).size === ids.length, message("invalid.approval.people")),
  },
  message("invalid.value"),
);

export const answerApprovalSchema = z
  .object(
    {
      decision: z.enum(["approve", "decline"], message("invalid.approval.decision")),
      note: textSchema({ max: 1000, tooLongKey: "invalid.note.tooLong" }).default(""),
    },
    message("invalid.value"),
  )
  // A decline says why: the organizer and the others read it beside the request.
  .refine((answer) => answer.decision === "approve" || answer.note.trim().length > 0, {
    ...message("invalid.approval.declineNote"),
    path: ["note"],
  });

export type AskForApprovalInput = z.input<typeof askForApprovalSchema>;
export type AnswerApprovalInput = z.input<typeof answerApprovalSchema>;

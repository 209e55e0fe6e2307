// What the organizer enters to add a member to a meeting or change a role.
import { z } from "zod";
import { ROLES } from "../roles";
import { message } from "./fields";

export const memberRoleSchema = z.enum(ROLES, message("invalid.role"));

export const addMemberSchema = z.object(
  {
    email: z
      .string(message("invalid.email"))
      .trim()
      .toLowerCase()
      .pipe(z.email(message("invalid.email")).max(200, message("invalid.email"))),
    role: memberRoleSchema,
  },
  message("invalid.value"),
);

export const changeRoleSchema = z.object({ role: memberRoleSchema }, message("invalid.value"));

export type AddMemberInput = z.input<typeof addMemberSchema>;
export type AddMemberFields = z.output<typeof addMemberSchema>;
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

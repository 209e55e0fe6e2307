// A failed parse as a form shows it: each field's path ("guests.0.name") with
// the catalogue key of its first message.
import type { z } from "zod";
import { fa, type MessageKey } from "../i18n/messages-fa";

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(fa, value);
}

export function fieldMessages(error: z.ZodError): Record<string, MessageKey> {
  const fields: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    fields[issue.path.join(".") || "_"] ??= isMessageKey(issue.message) ? issue.message : "invalid.value";
  }
  return fields;
}

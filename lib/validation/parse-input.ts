// Parses input with a Kateb schema. Issues the schema does not name itself
// (a wrong type where a form never sends one) get the catalogue's generic message.
import type { z } from "zod";
import type { MessageKey } from "../i18n/messages-fa";

const FALLBACK: MessageKey = "invalid.value";

export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  return schema.parse(data, { error: () => FALLBACK });
}

export function safeParseInput<T extends z.ZodType>(schema: T, data: unknown): z.ZodSafeParseResult<z.output<T>> {
  return schema.safeParse(data, { error: () => FALLBACK });
}

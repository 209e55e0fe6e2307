// Building blocks of Kateb's input schemas. Every message is a key of the i18n
// catalogue, so the same schema gives the same sentence in the browser's form
// and in the API's answer, in the user's language.
import { z } from "zod";
import type { MessageKey } from "../i18n/messages-fa";
import { withoutControlCharacters } from "../control-characters";
import { withoutDirectionalControls } from "../directional-controls";
import { cleanText, comparisonKey } from "../persian-text";

/** A zod error option carrying a catalogue key. */
export const message = (key: MessageKey): { error: MessageKey } => ({ error: key });

/** Ids of stored rows (cuid) as they appear in paths and bodies. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const idSchema = z.string(message("invalid.value")).regex(ID_PATTERN, message("invalid.value"));

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The start of every schema for text people type: a string with no
 * directional embedding, override or isolate left in it (see directional-controls),
 * nor a control character nobody types (see control-characters). */
export function userTextSchema(key: MessageKey = "invalid.value"): z.ZodString {
  return z.string(message(key)).overwrite((text) => withoutControlCharacters(withoutDirectionalControls(text)));
}

/** Free text as stored: cleaned (see persian-text), at most `max` characters,
 * and not empty when `required`. */
export function textSchema(options: {
  max: number;
  required?: boolean;
  emptyKey?: MessageKey;
  tooLongKey?: MessageKey;
}): z.ZodString {
  return userTextSchema()
    .overwrite(cleanText)
    .min(options.required ? 1 : 0, message(options.emptyKey ?? "invalid.text.empty"))
    .max(options.max, message(options.tooLongKey ?? "invalid.text.tooLong"));
}

export const titleSchema = textSchema({
  max: 300,
  required: true,
  emptyKey: "invalid.title.empty",
  tooLongKey: "invalid.title.tooLong",
});

/** An ordered list of at most `max` items. */
export function listSchema<T extends z.ZodType>(item: T, max: number): z.ZodArray<T> {
  return z.array(item, message("invalid.value")).max(max, message("invalid.list.tooLong"));
}

/** Reports every item whose text repeats an earlier item's (after Persian
 * normalisation), and every repeated id, at the item's own path. */
export function refuseDuplicates<T>(options: {
  text?: (item: T) => string;
  textPath?: string;
  duplicateKey?: MessageKey;
  id?: (item: T) => string | undefined;
}): (items: T[], ctx: z.RefinementCtx) => void {
  return (items, ctx) => {
    const texts = new Set<string>();
    const ids = new Set<string>();
    items.forEach((item, index) => {
      if (options.text) {
        const key = comparisonKey(options.text(item));
        if (texts.has(key)) {
          ctx.addIssue({
            code: "custom",
            path: options.textPath ? [index, options.textPath] : [index],
            message: options.duplicateKey ?? "invalid.value",
          });
        }
        texts.add(key);
      }
      const id = options.id?.(item);
      if (id === undefined) return;
      if (ids.has(id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: "invalid.value" });
      ids.add(id);
    });
  };
}

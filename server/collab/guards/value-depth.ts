// How deeply the values in an update or a presence state nest. Every client
// decodes them recursively, so a value nested deeper than its stack allows
// would break it; the minutes never nest values beyond a few levels, so the
// server refuses anything nested deeper than MAX_VALUE_DEPTH.
import * as Y from "yjs";

export const MAX_VALUE_DEPTH = 64;

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The nesting depth of a JSON-like value, counted without recursion, up to `max + 1`. */
export function nestingDepth(value: unknown, max = MAX_VALUE_DEPTH): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [current, depth] = next;
    if (typeof current !== "object" || current === null || current instanceof Uint8Array) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > max) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** True when some value an update carries nests deeper than `max`. */
export function nestsTooDeep({ structs }: DecodedUpdate, max = MAX_VALUE_DEPTH): boolean {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const { content } = struct;
    let values: unknown[];
    if (content instanceof Y.ContentFormat) values = [content.value];
    else if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON || content instanceof Y.ContentEmbed) values = content.getContent();
    else if (content instanceof Y.ContentDoc) values = [content.opts];
    else continue;
    if (values.some((value) => nestingDepth(value, max) > max)) return true;
  }
  return false;
}

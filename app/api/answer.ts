// An API answer shaped by its contract (lib/contracts): the route hands the
// server's view, the contract turns Dates into ISO strings and drops any field
// it does not name, so what leaves is exactly what the browser's reading of
// the same contract expects. A view that does not fit is a bug, not bad input:
// it becomes a plain Error, which the route frame logs and answers with 500.
import { z } from "zod";

export function answer<C extends z.ZodType>(contract: C, value: z.input<C>, init?: ResponseInit): Response {
  const shaped = contract.safeParse(value);
  if (!shaped.success) throw new Error(`An answer does not fit its contract: ${z.prettifyError(shaped.error)}`);
  return Response.json(shaped.data, init);
}

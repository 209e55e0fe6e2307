// The tracker's filters from a request's query string (?status=&category=&body=&meeting=&overdue=&sort=).
import { parseInput } from "@/lib/validation/parse-input";
import { trackerFilterSchema, type TrackerFilter } from "@/lib/validation/tracker";

const FILTER_NAMES = ["status", "category", "body", "meeting", "overdue", "sort"] as const;

export function trackerFilterOf(request: Request): TrackerFilter {
  const params = new URL(request.url).searchParams;
  const given = Object.fromEntries(FILTER_NAMES.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])));
  return parseInput(trackerFilterSchema, given);
}

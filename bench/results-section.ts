// bench/RESULTS.md holds one section per benchmark (the single-node one, the
// cluster's, search on each engine), each between its own markers: a run
// rewrites its section and leaves the others as they are.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Puts `section` in `file` between the markers named `name`; the first time, at the
 * start of the file or at its end. */
export function writeResultsSection(file: string, name: string, section: string, firstTimeAt: "start" | "end" = "end"): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const block = `${start}\n${section.trimEnd()}\n${end}`;
  const at = current.indexOf(start);
  const until = current.indexOf(end);
  let next: string;
  if (at >= 0 && until > at) next = `${current.slice(0, at)}${block}${current.slice(until + end.length)}`;
  else if (current.trim() === "") next = `${block}\n`;
  else next = firstTimeAt === "start" ? `${block}\n\n${current.trimStart()}` : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

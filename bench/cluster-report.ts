// The cluster benchmark's section of bench/RESULTS.md: the comparison table
// (Kateb's cluster ÷ Hocuspocus's), the durability rows and the raw figures,
// kept between its own markers so the rest of the file stays as it is.
import { median } from "./metrics";
import { writeResultsSection } from "./results-section";
import type { LoadResult } from "./scenario";
import type { ClusterName } from "./servers/cluster-nodes";

export interface ClusterLoadRun {
  round: number;
  cluster: ClusterName;
  load: string;
  result: LoadResult;
  /** The machine's 1-minute load average when the run began. */
  loadAverage: number;
}

export interface ClusterDurabilityRun {
  round: number;
  cluster: ClusterName;
  killDelayMs: number;
  edits: number;
  observedAll: boolean;
  /** Edits a fresh client found through the surviving node right after the kill (its observer still connected). */
  throughSurvivor: number;
  /** Edits a fresh client found through a fresh node once the survivor was SIGKILLed too: what was stored. */
  stored: number;
}

export interface ClusterResults {
  loads: ClusterLoadRun[];
  durability: ClusterDurabilityRun[];
}

export interface ClusterReportContext {
  date: string;
  machine: string;
  code: string;
  options: string;
  minutes: number;
  loadAverages: { start: number[]; end: number[] };
}

/** One sentence: every target met, or which were missed and by how much. */
function summary(rows: ClusterRow[], durability: ClusterDurabilityRun[]): string {
  const missed = rows
    .filter((row) => rowVerdict(row) === "missed")
    .map((row) =>
      row.target === "one"
        ? `${row.load} — ${row.label} (${fixed(row.kateb, 4)})`
        : `${row.load} — ${row.label} (${fixed(row.kateb / row.hocuspocus, 2)}× the reference)`,
    );
  const lost = durability.filter((run) => run.cluster === "kateb" && (run.stored < run.edits || run.throughSurvivor < run.edits));
  if (lost.length > 0) missed.push(`durability — ${lost.length} of the kills lost edits`);
  return missed.length === 0 ? "Kateb meets every target." : `Targets missed: ${missed.join("; ")}.`;
}

const TITLES: Record<ClusterName, string> = { kateb: "Kateb ×2", hocuspocus: "Hocuspocus ×2" };
const ratioOf = (r: LoadResult): number => r.delivered / Math.max(1, r.expectedDeliveries);
export const cpuPerThousand = (r: LoadResult): number => (r.cpuSeconds * 1000) / Math.max(1, r.delivered);
const redisPerThousand = (r: LoadResult): number => (r.extraCpuSeconds * 1000) / Math.max(1, r.delivered);
const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : "—");

export interface ClusterRow {
  load: string;
  label: string;
  kateb: number;
  hocuspocus: number;
  digits: number;
  /** "lower": Kateb at or below the reference; "one": exactly 1.0 for both; null: no target. */
  target: "lower" | "one" | null;
}

function figure(runs: ClusterLoadRun[], cluster: ClusterName, load: string, pick: (r: LoadResult) => number, worst = false): number {
  const values = runs.filter((run) => run.cluster === cluster && run.load === load).map((run) => pick(run.result));
  if (values.length === 0) return Number.NaN;
  return worst ? Math.min(...values) : median(values);
}

export function buildClusterRows(results: ClusterResults, loads: readonly string[]): ClusterRow[] {
  const rows: ClusterRow[] = [];
  for (const load of loads) {
    const row = (label: string, pick: (r: LoadResult) => number, digits: number, target: ClusterRow["target"], worst = false): ClusterRow => ({
      load,
      label,
      kateb: figure(results.loads, "kateb", load, pick, worst),
      hocuspocus: figure(results.loads, "hocuspocus", load, pick, worst),
      digits,
      target,
    });
    rows.push(
      row("Delivery ratio (worst run)", ratioOf, 4, "one", true),
      row("Cross-node fan-out p50 (ms)", (r) => r.crossNodeLatencyMs?.p50 ?? Number.NaN, 2, "lower"),
      row("Cross-node fan-out p99 (ms)", (r) => r.crossNodeLatencyMs?.p99 ?? Number.NaN, 2, "lower"),
      row("Both nodes' CPU per 1,000 deliveries (s)", cpuPerThousand, 4, "lower"),
      row("Same-node and cross-node p50, all deliveries (ms)", (r) => r.latencyMs.p50, 2, null),
      row("Redis's CPU per 1,000 deliveries (s)", redisPerThousand, 4, null),
      row("Connect + sync of every client (ms)", (r) => r.connectSyncMs, 0, null),
    );
  }
  return rows;
}

export function rowVerdict(row: ClusterRow): "met" | "missed" | "" {
  if (row.target === null) return "";
  if (row.target === "one") return row.kateb >= 1 ? "met" : "missed";
  return row.kateb <= row.hocuspocus ? "met" : "missed";
}

function renderTable(rows: ClusterRow[]): string {
  const lines = ["| Load | Figure | Kateb ×2 | Hocuspocus ×2 | Kateb ÷ Hocuspocus | Target | |", "| --- | --- | --- | --- | --- | --- | --- |"];
  for (const row of rows) {
    const target = row.target === "one" ? "1.0" : row.target === "lower" ? "≤ 1" : "";
    const verdict = rowVerdict(row);
    lines.push(
      `| ${row.load} | ${row.label} | ${fixed(row.kateb, row.digits)} | ${fixed(row.hocuspocus, row.digits)} | ${fixed(row.kateb / row.hocuspocus, 2)} | ${target} | ${verdict === "missed" ? "**missed**" : verdict} |`,
    );
  }
  return lines.join("\n");
}

function renderDurability(runs: ClusterDurabilityRun[]): string {
  if (runs.length === 0) return "";
  const lines = [
    "| Cluster | Kills | Observer had all | Through the surviving node (worst) | Stored: found through a fresh node (worst) | Target | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const cluster of ["kateb", "hocuspocus"] as const) {
    const mine = runs.filter((run) => run.cluster === cluster);
    if (mine.length === 0) continue;
    const edits = mine[0]?.edits ?? 0;
    const survivor = Math.min(...mine.map((run) => run.throughSurvivor));
    const stored = Math.min(...mine.map((run) => run.stored));
    const met = mine.every((run) => run.stored === run.edits && run.throughSurvivor === run.edits);
    lines.push(
      `| ${TITLES[cluster]} | ${mine.length} | ${mine.filter((run) => run.observedAll).length}/${mine.length} | ${survivor}/${edits} | ${stored}/${edits} | ${edits}/${edits} after every kill | ${cluster !== "kateb" ? "" : met ? "met" : "**missed**"} |`,
    );
  }
  return lines.join("\n");
}

function renderRaw(results: ClusterResults): string {
  const lines = [
    "| Round | Load | Cluster | Load avg | Synced | Edits | Expected | Delivered | Ratio | Cross-node | p50 | p99 | Cross p50 | Cross p99 | CPU node A / B (s) | CPU / 1k | Redis CPU (s) | Window (s) | Generator CPU (s) | Others' CPU (s) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of results.loads) {
    const r = run.result;
    lines.push(
      `| ${run.round} | ${run.load} | ${run.cluster} | ${run.loadAverage.toFixed(2)} | ${r.syncedClients}/${r.clients} | ${r.editsSent} | ${r.expectedDeliveries} | ${r.delivered} | ${fixed(ratioOf(r), 4)} | ${r.crossNodeDelivered} | ${fixed(r.latencyMs.p50, 2)} | ${fixed(r.latencyMs.p99, 2)} | ${fixed(r.crossNodeLatencyMs?.p50 ?? Number.NaN, 2)} | ${fixed(r.crossNodeLatencyMs?.p99 ?? Number.NaN, 2)} | ${r.nodeCpuSeconds.map((s) => s.toFixed(2)).join(" / ")} | ${fixed(cpuPerThousand(r), 4)} | ${r.extraCpuSeconds.toFixed(2)} | ${(r.windowMs / 1000).toFixed(1)} | ${r.generatorCpuSeconds.toFixed(1)} | ${r.otherCpuSeconds.toFixed(1)} |`,
    );
  }
  if (results.durability.length > 0) {
    lines.push("", "| Round | Cluster | Kill delay (ms) | Observer had all | Through the survivor | Stored |", "| --- | --- | --- | --- | --- | --- |");
    for (const run of results.durability) {
      lines.push(`| ${run.round} | ${run.cluster} | ${run.killDelayMs} | ${run.observedAll ? "yes" : "no"} | ${run.throughSurvivor}/${run.edits} | ${run.stored}/${run.edits} |`);
    }
  }
  return lines.join("\n");
}

export function renderClusterSection(results: ClusterResults, rows: ClusterRow[], context: ClusterReportContext): string {
  const averages = (values: number[]): string => values.map((value) => value.toFixed(2)).join(", ");
  return `## Two nodes: Kateb's cluster against Hocuspocus with @hocuspocus/extension-redis

Written by \`npm run bench -- --cluster\` (bench/cluster-bench.ts) on ${context.date}.

- Machine: ${context.machine}. Code: ${context.code}. Options: ${context.options}. The run took ${context.minutes.toFixed(1)} minutes.
- The machine was shared: load average (1, 5, 15 min) ${averages(context.loadAverages.start)} at the start, ${averages(context.loadAverages.end)} at the end; each run's 1-minute figure and the CPU other processes used in its window are in the raw figures.
- Each cluster: two node processes on 127.0.0.1, started afresh for every run, on one fresh PostgreSQL schema (the run's) and a Redis of the run's own (\`redis-server\` on a free port).
  Kateb: the compiled standalone server (\`dist/server/collab.js\`) with DATABASE_URL and REDIS_URL, its update log on prepared \`pg\` statements (authentication on, a new token per connection; the meetings seeded in the schema, their minutes' template stored).
  Reference: Hocuspocus 4.7.0 with @hocuspocus/extension-redis 4.7.0 and @hocuspocus/extension-database 4.7.0 storing each document's state in a table of the same schema through \`pg\`, default configuration (stores debounced 2 s, at most 10 s) (\`bench/servers/hocuspocus-cluster-main.ts\`).
- Clients, all in one load-generator process: each document's clients take the two nodes in turn (starting one node further for each document, so writers are on both nodes). An edit's *cross-node* latency is taken at the clients on the other node than its writer's.
- *CPU per delivered update*: utime + stime of both nodes (/proc) from the first edit until the last delivery, over the deliveries; Redis's CPU apart (PostgreSQL's is not counted: its server is shared with others).
- *Durability*: a writer on node A makes 200 edits in a tight loop, an observer on node B; node A is SIGKILLed in the same turn in which the observer has them all. A fresh client then counts the edits it finds through node B (the observer still connected: what B holds); then, everyone gone, node B is SIGKILLed too and a fresh node on the same PostgreSQL and Redis is started, and a fresh client counts what was stored.
- Figures are medians over the runs, except the delivery ratio and durability (worst run).

${renderTable(rows)}

${renderDurability(results.durability)}

${summary(rows, results.durability)}

### Raw per-run figures

${renderRaw(results)}`;
}

/** Puts the section in `file` between its markers, leaving the rest. */
export function writeClusterSection(file: string, section: string): void {
  writeResultsSection(file, "cluster-bench", section);
}

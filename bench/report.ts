// Turns the per-run figures into the comparison table (Kateb ÷ the better
// reference, per row) and bench/RESULTS.md.
import { median } from "./metrics";
import type { StoredLog } from "./kateb-stored-log";
import type { ColdLoadReadResult, ColdLoadWriteResult, DurabilityWriteResult, IdleDocumentsResult, LoadResult } from "./scenario";
import type { ServerName } from "./servers/child-server";

export interface LoadRecord {
  round: number;
  server: ServerName;
  load: string;
  result: LoadResult;
  peakRssKb: number;
}

export interface IdleRecord {
  round: number;
  server: ServerName;
  result: IdleDocumentsResult;
}

export interface DurabilityRecord {
  round: number;
  server: ServerName;
  killDelayMs: number;
  edits: number;
  write: DurabilityWriteResult;
  found: number;
}

export interface ColdLoadRecord {
  round: number;
  server: ServerName;
  edits: number;
  write: ColdLoadWriteResult;
  read: ColdLoadReadResult;
  /** Kateb's stored rows before the restart (null for the references). */
  stored: StoredLog | null;
}

export interface BenchResults {
  loads: LoadRecord[];
  idle: IdleRecord[];
  durability: DurabilityRecord[];
  coldLoad: ColdLoadRecord[];
}

type Direction = "lower" | "higher";
/** The targets for Kateb: a figure to reach, or "at or below the better reference". */
type Target = { kind: "equals"; value: number } | { kind: "not-above-reference" } | null;

export interface Row {
  section: string;
  label: string;
  direction: Direction;
  /** Per server, the figure over all runs (median, or the worst run where a target is about every run). */
  values: Record<ServerName, number>;
  target: Target;
  decimals: number;
}

const REFERENCES: ServerName[] = ["y-websocket-server", "hocuspocus"];
export const SERVER_TITLES: Record<ServerName, string> = {
  kateb: "Kateb",
  "y-websocket-server": "y-websocket-server 0.1.1 + LevelDB",
  hocuspocus: "Hocuspocus 4.7.0 + SQLite",
};

const deliveryRatio = (result: LoadResult): number =>
  result.expectedDeliveries === 0 ? Number.NaN : result.delivered / result.expectedDeliveries;
const cpuPerThousand = (result: LoadResult): number =>
  result.delivered === 0 ? Number.NaN : (result.cpuSeconds / result.delivered) * 1000;

function perServer(pick: (server: ServerName) => number): Record<ServerName, number> {
  return { kateb: pick("kateb"), "y-websocket-server": pick("y-websocket-server"), hocuspocus: pick("hocuspocus") };
}

const worst = (values: number[], direction: Direction): number =>
  values.length === 0 ? Number.NaN : direction === "higher" ? Math.min(...values) : Math.max(...values);

export function buildRows(results: BenchResults, loadNames: string[]): Row[] {
  const rows: Row[] = [];
  for (const load of loadNames) {
    const of = (server: ServerName): LoadRecord[] => results.loads.filter((r) => r.load === load && r.server === server);
    const row = (label: string, direction: Direction, figure: (r: LoadRecord) => number, target: Target, decimals: number, every = false): void => {
      rows.push({
        section: load,
        label,
        direction,
        values: perServer((server) => (every ? worst(of(server).map(figure), direction) : median(of(server).map(figure)))),
        target,
        decimals,
      });
    };
    row("connect + sync, all clients (ms)", "lower", (r) => r.result.connectSyncMs, null, 0);
    row("delivery ratio (worst run)", "higher", (r) => deliveryRatio(r.result), { kind: "equals", value: 1 }, 4, true);
    row("fan-out latency p50 (ms)", "lower", (r) => r.result.latencyMs.p50, { kind: "not-above-reference" }, 2);
    row("fan-out latency p95 (ms)", "lower", (r) => r.result.latencyMs.p95, null, 2);
    row("fan-out latency p99 (ms)", "lower", (r) => r.result.latencyMs.p99, { kind: "not-above-reference" }, 2);
    row("fan-out latency max (ms)", "lower", (r) => r.result.latencyMs.max, null, 1);
    row("server CPU s per 1,000 delivered updates", "lower", (r) => cpuPerThousand(r.result), { kind: "not-above-reference" }, 4);
    row("peak RSS (MB)", "lower", (r) => r.peakRssKb / 1024, null, 1);
  }
  if (results.idle.length > 0) {
    rows.push({
      section: "memory",
      label: `RSS per idle document at ${results.idle[0]?.result.documents ?? 0} documents (KB)`,
      direction: "lower",
      values: perServer((server) => median(results.idle.filter((r) => r.server === server).map((r) => r.result.perDocumentKb))),
      target: null,
      decimals: 1,
    });
    rows.push({
      section: "memory",
      label: `JS heap per idle document at ${results.idle[0]?.result.documents ?? 0} documents (KB)`,
      direction: "lower",
      values: perServer((server) => median(results.idle.filter((r) => r.server === server).map((r) => r.result.heapPerDocumentKb))),
      target: null,
      decimals: 1,
    });
  }
  const delays = [...new Set(results.durability.map((r) => r.killDelayMs))];
  for (const delay of delays) {
    const of = (server: ServerName): DurabilityRecord[] =>
      results.durability.filter((r) => r.server === server && r.killDelayMs === delay);
    const edits = results.durability[0]?.edits ?? 0;
    rows.push({
      section: "durability",
      label: `edits found after SIGKILL ${delay} ms after the observer had all ${edits} (worst run)`,
      direction: "higher",
      values: perServer((server) => worst(of(server).map((r) => r.found), "higher")),
      target: { kind: "equals", value: edits },
      decimals: 0,
    });
  }
  return rows;
}

/** Kateb's figure divided by the better reference's. */
export function ratio(row: Row): number {
  const refs = REFERENCES.map((server) => row.values[server]).filter((value) => !Number.isNaN(value));
  if (refs.length === 0) return Number.NaN;
  const best = row.direction === "lower" ? Math.min(...refs) : Math.max(...refs);
  return best === 0 ? (row.values.kateb === 0 ? 1 : Number.POSITIVE_INFINITY) : row.values.kateb / best;
}

export function verdict(row: Row): "met" | "missed" | "" {
  if (!row.target) return "";
  const kateb = row.values.kateb;
  if (Number.isNaN(kateb)) return "missed";
  if (row.target.kind === "equals") return kateb === row.target.value ? "met" : "missed";
  const r = ratio(row);
  return Number.isNaN(r) || r <= 1 ? "met" : "missed";
}

export const format = (value: number, decimals: number): string =>
  Number.isNaN(value) ? "—" : value === Number.POSITIVE_INFINITY ? "∞" : value.toFixed(decimals);

const SERVERS: ServerName[] = ["kateb", "y-websocket-server", "hocuspocus"];

export function renderMarkdownTable(rows: Row[]): string {
  const lines = [
    `| load | figure | ${SERVERS.map((server) => SERVER_TITLES[server]).join(" | ")} | Kateb ÷ better reference | target |`,
    "|---|---|---:|---:|---:|---:|---|",
  ];
  for (const row of rows) {
    const values = SERVERS.map((server) => format(row.values[server], row.decimals));
    lines.push(`| ${row.section} | ${row.label} | ${values.join(" | ")} | ${format(ratio(row), 2)} | ${verdict(row)} |`);
  }
  return lines.join("\n");
}

/** The table for a terminal: fixed-width columns. */
export function renderTextTable(rows: Row[]): string {
  const header = ["load", "figure", "Kateb", "y-ws-server", "Hocuspocus", "Kateb÷best ref", "target"];
  const body = rows.map((row) => [
    row.section,
    row.label,
    ...SERVERS.map((server) => format(row.values[server], row.decimals)),
    format(ratio(row), 2),
    verdict(row),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

/** How much of the machine other processes took while the loads ran (0–1), over all runs. */
export function otherLoadShare(results: BenchResults, cores: number): number {
  const window = results.loads.reduce((sum, r) => sum + r.result.windowMs / 1000, 0);
  const other = results.loads.reduce((sum, r) => sum + r.result.otherCpuSeconds, 0);
  return window === 0 ? 0 : other / (window * cores);
}

export function renderRawFigures(results: BenchResults): string {
  const lines = [
    "### Loads",
    "",
    "| round | load | server | clients synced | connect + sync ms | edits sent | expected deliveries | delivered | ratio | p50 ms | p95 ms | p99 ms | max ms | server CPU s | CPU s / 1,000 | window s | load generator CPU s | other processes' CPU s | peak RSS MB |",
    "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of results.loads) {
    const x = r.result;
    lines.push(
      `| ${r.round} | ${r.load} | ${r.server} | ${x.syncedClients}/${x.clients} | ${x.connectSyncMs.toFixed(0)} | ${x.editsSent} | ${x.expectedDeliveries} | ${x.delivered} | ${format(deliveryRatio(x), 4)} | ${format(x.latencyMs.p50, 2)} | ${format(x.latencyMs.p95, 2)} | ${format(x.latencyMs.p99, 2)} | ${format(x.latencyMs.max, 1)} | ${x.cpuSeconds.toFixed(2)} | ${format(cpuPerThousand(x), 4)} | ${(x.windowMs / 1000).toFixed(1)} | ${x.generatorCpuSeconds.toFixed(1)} | ${x.otherCpuSeconds.toFixed(1)} | ${(r.peakRssKb / 1024).toFixed(1)} |`,
    );
  }
  if (results.idle.length > 0) {
    lines.push("", "### Idle documents", "", "| round | server | documents | RSS after warm-up MB | RSS with all MB | RSS KB per document | heap after warm-up MB | heap with all MB | heap KB per document |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of results.idle) {
      const x = r.result;
      lines.push(`| ${r.round} | ${r.server} | ${x.documents} (warm-up ${x.warmup}) | ${(x.baselineRssKb / 1024).toFixed(1)} | ${(x.rssKb / 1024).toFixed(1)} | ${x.perDocumentKb.toFixed(1)} | ${(x.baselineHeapKb / 1024).toFixed(1)} | ${(x.heapKb / 1024).toFixed(1)} | ${x.heapPerDocumentKb.toFixed(1)} |`);
    }
  }
  if (results.durability.length > 0) {
    lines.push("", "### Durability", "", "| round | server | kill delay ms | observer had all | ms until it had all | found after restart |", "|---:|---|---:|---|---:|---:|");
    for (const r of results.durability) {
      lines.push(`| ${r.round} | ${r.server} | ${r.killDelayMs} | ${r.write.observedAll ? "yes" : "no"} | ${format(r.write.observedMs, 0)} | ${r.found}/${r.edits} |`);
    }
  }
  return lines.join("\n");
}

// Turns the per-run figures into the comparison table (Kateb ÷ the better
// reference, per row) and bench/RESULTS.md.
import { median } from "./metrics";
import type { StoredLog } from "./kateb-stored-log";
import type { ColdLoadReadResult, ColdLoadWriteResult, DurabilityWriteResult, IdleDocumentsResult, LoadResult } from "./scenario";
import { KATEB_SERVERS, SERVER_NAMES, type ServerName } from "./servers/child-server";

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
/** The issues' targets for Kateb: a figure to reach, one not to pass, or "at or below the better reference". */
type Target = { kind: "equals"; value: number } | { kind: "at-most"; value: number } | { kind: "not-above-reference" } | null;

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
  "kateb-app": "Kateb `npm start`",
  kateb: "Kateb standalone",
  "y-websocket-server": "y-websocket-server 0.1.1 + LevelDB",
  hocuspocus: "Hocuspocus 4.7.0 + SQLite",
};

const deliveryRatio = (result: LoadResult): number =>
  result.expectedDeliveries === 0 ? Number.NaN : result.delivered / result.expectedDeliveries;
const cpuPerThousand = (result: LoadResult): number =>
  result.delivered === 0 ? Number.NaN : (result.cpuSeconds / result.delivered) * 1000;

function perServer(pick: (server: ServerName) => number): Record<ServerName, number> {
  return { "kateb-app": pick("kateb-app"), kateb: pick("kateb"), "y-websocket-server": pick("y-websocket-server"), hocuspocus: pick("hocuspocus") };
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
    row("connect + sync, all clients (ms)", "lower", (r) => r.result.connectSyncMs, { kind: "not-above-reference" }, 0);
    row("delivery ratio (worst run)", "higher", (r) => deliveryRatio(r.result), { kind: "equals", value: 1 }, 4, true);
    row("fan-out latency p50 (ms)", "lower", (r) => r.result.latencyMs.p50, { kind: "not-above-reference" }, 2);
    row("fan-out latency p95 (ms)", "lower", (r) => r.result.latencyMs.p95, null, 2);
    row("fan-out latency p99 (ms)", "lower", (r) => r.result.latencyMs.p99, { kind: "not-above-reference" }, 2);
    row("fan-out latency max (ms)", "lower", (r) => r.result.latencyMs.max, null, 1);
    row("server CPU s per 1,000 delivered updates", "lower", (r) => cpuPerThousand(r.result), { kind: "not-above-reference" }, 4);
    // Issue 21: the whole `npm start` process within 180 MB under 1 × 200.
    const rssTarget: Target = load.startsWith("1 doc × 200") ? { kind: "at-most", value: 180 } : null;
    row("peak RSS (MB)", "lower", (r) => r.peakRssKb / 1024, rssTarget, 1);
  }
  if (results.idle.length > 0) {
    rows.push({
      section: "memory",
      label: `RSS per idle document at ${results.idle[0]?.result.documents ?? 0} documents (KB)`,
      direction: "lower",
      values: perServer((server) => median(results.idle.filter((r) => r.server === server).map((r) => r.result.perDocumentKb))),
      target: { kind: "at-most", value: 20 },
      decimals: 1,
    });
    rows.push({
      section: "memory",
      label: `JS heap per idle document at ${results.idle[0]?.result.documents ?? 0} documents (KB)`,
      direction: "lower",
      values: perServer((server) => median(results.idle.filter((r) => r.server === server).map((r) => r.result.heapPerDocumentKb))),
      // The steadier reading of the same target.
      target: { kind: "at-most", value: 20 },
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

/** One of Kateb's figures divided by the better reference's. */
export function ratio(row: Row, kateb: ServerName): number {
  const refs = REFERENCES.map((server) => row.values[server]).filter((value) => !Number.isNaN(value));
  if (refs.length === 0) return Number.NaN;
  const best = row.direction === "lower" ? Math.min(...refs) : Math.max(...refs);
  const figure = row.values[kateb];
  return best === 0 ? (figure === 0 ? 1 : Number.POSITIVE_INFINITY) : figure / best;
}

export function verdict(row: Row, kateb: ServerName): "met" | "missed" | "" {
  if (!row.target) return "";
  const figure = row.values[kateb];
  if (Number.isNaN(figure)) return "missed";
  if (row.target.kind === "equals") return figure === row.target.value ? "met" : "missed";
  // A reading below zero (the allocator gave memory back meanwhile) proves nothing.
  if (row.target.kind === "at-most") return figure >= 0 && figure <= row.target.value ? "met" : "missed";
  const r = ratio(row, kateb);
  return Number.isNaN(r) || r <= 1 ? "met" : "missed";
}

/** The rows where either of Kateb's entry points misses its target, with which. */
export function missedTargets(rows: Row[]): string[] {
  return rows.flatMap((row) =>
    KATEB_SERVERS.filter((server) => verdict(row, server) === "missed").map((server) => `${SERVER_TITLES[server]}: ${row.section} — ${row.label}`),
  );
}

const targetText = (target: Target): string =>
  !target ? "" : target.kind === "equals" ? `= ${target.value}` : target.kind === "at-most" ? `≤ ${target.value}` : "≤ better ref";
const verdicts = (row: Row): string => (row.target ? KATEB_SERVERS.map((server) => verdict(row, server)).join(" / ") : "");

export const format = (value: number, decimals: number): string =>
  Number.isNaN(value) ? "—" : value === Number.POSITIVE_INFINITY ? "∞" : value.toFixed(decimals);

export function renderMarkdownTable(rows: Row[]): string {
  const lines = [
    `| load | figure | ${SERVER_NAMES.map((server) => SERVER_TITLES[server]).join(" | ")} | \`npm start\` ÷ better reference | standalone ÷ better reference | target | met (\`npm start\` / standalone) |`,
    "|---|---|---:|---:|---:|---:|---:|---:|---|---|",
  ];
  for (const row of rows) {
    const values = SERVER_NAMES.map((server) => format(row.values[server], row.decimals));
    const ratios = KATEB_SERVERS.map((server) => format(ratio(row, server), 2));
    lines.push(`| ${row.section} | ${row.label} | ${values.join(" | ")} | ${ratios.join(" | ")} | ${targetText(row.target)} | ${verdicts(row)} |`);
  }
  return lines.join("\n");
}

/** The table for a terminal: fixed-width columns. */
export function renderTextTable(rows: Row[]): string {
  const header = ["load", "figure", "npm start", "standalone", "y-ws-server", "Hocuspocus", "start÷ref", "alone÷ref", "target", "met"];
  const body = rows.map((row) => [
    row.section,
    row.label,
    ...SERVER_NAMES.map((server) => format(row.values[server], row.decimals)),
    ...KATEB_SERVERS.map((server) => format(ratio(row, server), 2)),
    targetText(row.target),
    verdicts(row),
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

// The "Cold load of a long session" section of RESULTS.md and its raw figures.
import { median } from "./metrics";
import { format, SERVER_TITLES, type ColdLoadRecord } from "./report";
import { SERVER_NAMES, type ServerName } from "./servers/child-server";

/** One row: a figure per server, from that server's runs. */
interface ColdLoadRow {
  label: string;
  cell: (records: ColdLoadRecord[]) => string;
}

const medianRow = (label: string, decimals: number, pick: (record: ColdLoadRecord) => number | null | undefined): ColdLoadRow => ({
  label,
  cell: (records) => format(median(records.map((record) => pick(record) ?? Number.NaN)), decimals),
});

const ROWS: ColdLoadRow[] = [
  medianRow("cold load: connection attempt → first sync done and the whole text there (ms)", 0, (r) => r.read.loadedMs),
  {
    label: "runs whose cold load showed the whole text (within 30 s)",
    cell: (records) => `${records.filter((r) => r.read.loadedMs !== null).length}/${records.length}`,
  },
  medianRow("connection attempt → first sync done (ms)", 0, (r) => r.read.firstSyncMs),
  medianRow("the same load with the document in memory: a second client, the first still connected (ms)", 0, (r) => r.read.warmLoadedMs),
  medianRow("typing the session until the server had all of it (s)", 1, (r) => r.write.writeMs / 1000),
  medianRow("stored snapshot (KB)", 1, (r) => (r.stored ? r.stored.snapshotBytes / 1024 : null)),
  medianRow(`log rows left ("CollabUpdate")`, 0, (r) => r.stored?.updateRows),
  medianRow(`journal rows ("CollabUpdateJournal", where the table exists)`, 0, (r) => r.stored?.journalRows),
];

export function renderColdLoadSection(records: ColdLoadRecord[], limitsNote: string): string {
  if (records.length === 0) return "";
  const of = (server: ServerName): ColdLoadRecord[] => records.filter((record) => record.server === server);
  const first = records[0];
  const edits = first?.edits ?? 0;
  const rounds = new Set(records.map((record) => record.round)).size;
  const lines = [
    "## Cold load of a long session",
    "",
    `One writer typed a session of ${edits.toLocaleString("en-US")} keystrokes, one update each (${Math.round(median(records.map((r) => r.write.updateBytes / r.edits)))} bytes on average),`,
    `leaving a text of ${(first?.write.text.length ?? 0).toLocaleString("en-US")} characters; the server was stopped (SIGTERM) and started afresh on the same data, and a fresh`,
    `client loaded the document cold. Medians over ${rounds} run(s); the stored rows are Kateb's, read from its SQLite file before the restart.`,
    limitsNote,
    "",
    `| figure | ${SERVER_NAMES.map((server) => SERVER_TITLES[server]).join(" | ")} |`,
    `|---|${SERVER_NAMES.map(() => "---:").join("|")}|`,
    ...ROWS.map((row) => `| ${row.label} | ${SERVER_NAMES.map((server) => row.cell(of(server))).join(" | ")} |`),
  ];
  return lines.join("\n");
}

export function renderColdLoadRaw(records: ColdLoadRecord[]): string {
  if (records.length === 0) return "";
  const lines = [
    "### Cold load of a long session",
    "",
    "| round | server | edits | update bytes | typing s | text length | first sync ms | cold load ms | in-memory load ms | snapshot bytes | log rows | journal rows |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of records) {
    const journal = r.stored === null ? "—" : r.stored.journalRows === null ? "no table" : String(r.stored.journalRows);
    lines.push(
      `| ${r.round} | ${r.server} | ${r.edits} | ${r.write.updateBytes} | ${(r.write.writeMs / 1000).toFixed(1)} | ${r.write.text.length} | ${format(r.read.firstSyncMs ?? Number.NaN, 0)} | ${r.read.loadedMs === null ? `never (${r.read.loadedLength} characters)` : r.read.loadedMs.toFixed(0)} | ${r.read.warmLoadedMs?.toFixed(0) ?? "never"} | ${r.stored?.snapshotBytes ?? "—"} | ${r.stored?.updateRows ?? "—"} | ${journal} |`,
    );
  }
  return lines.join("\n");
}

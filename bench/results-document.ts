// What `npm run bench` writes: its section of bench/RESULTS.md (the comparison
// table, how the figures are taken, the raw figures) and, with --profile,
// bench/PROFILE.md (where each server spends its CPU).
import { renderColdLoadRaw, renderColdLoadSection } from "./cold-load-report";
import { DEFAULTS } from "./loads";
import { missedTargets, otherLoadShare, renderMarkdownTable, renderRawFigures, type BenchResults, type Row } from "./report";
import { LONG_SESSION_LIMITS } from "./servers/kateb";

export interface RunDescription {
  runs: number;
  durationS: number;
  killDelays: number[];
  elapsedS: number;
  /** The machine and the code measured (bench/run.ts's describeMachine, describeCode). */
  machine: string;
  code: string;
  cores: number;
}

const LIMITS_NOTE = `For this measurement only, Kateb runs with ${Object.entries(LONG_SESSION_LIMITS)
  .map(([name, value]) => `${name}=${value}`)
  .join(" and ")}: its per-connection defaults (100 updates and 1 MiB a second, bursts of 5 s) would hold one writer typing at full speed to 100 updates a second.`;

export function renderResults(rows: Row[], results: BenchResults, run: RunDescription): string {
  const options = `runs ${run.runs}, ${run.durationS} s of edits per load after a ${DEFAULTS.settleMs / 1000} s settle, kill delays ${run.killDelays.join("/")} ms`;
  const missed = missedTargets(rows);
  return `# Benchmark: Kateb's collaboration server against the reference servers

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}.

- Machine: ${run.machine}. Code: ${run.code}.
- Options: ${options}. The whole run took ${(run.elapsedS / 60).toFixed(1)} minutes.
- The machine was shared: while the loads ran, other processes used ${(otherLoadShare(results, run.cores) * 100).toFixed(0)}% of its CPU on average
  (per run in the raw figures). Busy neighbours inflate latencies, the servers' most of all when they need more CPU.
- Servers, each a child process on 127.0.0.1, started afresh for every run, the two Kateb ones compiled (\`npm run build\`, plain
  JavaScript, no tsx), NODE_ENV=production, authentication on (every connection opens with a new signed token for a
  meeting its user is a member of), SQLite in a seeded data folder:
  - Kateb \`npm start\`: what users run, Next.js and the collaboration server in one process (\`dist/server/main.js\`,
    which \`npm start\` runs through scripts/launch.js), with the search indexer that follows each save;
  - Kateb standalone: the collaboration server alone (\`dist/server/collab.js\`);
  - @y/websocket-server 0.1.1 (its own bin, \`YPERSISTENCE\` = LevelDB); Hocuspocus 4.7.0 with
    @hocuspocus/extension-sqlite and its default configuration (\`bench/servers/hocuspocus-main.ts\` under tsx).
- Clients, all in one separate load-generator process: the stock y-websocket \`WebsocketProvider\` for Kateb
  and y-websocket-server; a minimal client speaking Hocuspocus's framing for Hocuspocus
  (\`bench/clients/hocuspocus-client.ts\`). Every client keeps the awareness state its provider sets.
- Where each server spends its CPU: \`PROFILE.md\`, written by \`npm run bench -- --profile --runs 1 --no-idle --no-durability\`;
  what one update-log commit costs: \`npx tsx bench/append-cost.ts\`.

## How the figures are taken

- *Connect + sync*: from the first connection attempt until every client has finished its first sync.
- Each edit inserts \`[writer:seq:sent-at]\` at the end of a Y.Text; every other client of the document
  records when it arrives. *Delivery ratio* = deliveries seen ÷ (edits × (clients − 1)), after a drain of up
  to 10 s. *Latency* is over every delivery, on the load generator's clock.
- *Server CPU* = utime + stime of the server process (/proc/<pid>/stat) from the first edit until the last
  delivery, per 1,000 deliveries. *Peak RSS* = VmHWM of the server process at the end of the run.
- *RSS per idle document*: ${DEFAULTS.idleDocuments} documents, each with one connected, idle client; (VmRSS with all − VmRSS after
  ${DEFAULTS.idleWarmup} warm-up documents) ÷ ${DEFAULTS.idleDocuments - DEFAULTS.idleWarmup}, each VmRSS read once it holds still (within 512 KiB) over full garbage
  collections a second apart (asked for through the server's inspector: this test starts the servers with
  \`--inspect=127.0.0.1:0\`); the JS heap in use is read after the same collections. RSS moves with the allocator
  as much as with the documents: the heap figure is the steadier one. Kateb's documents hold the minutes' template (stored with each meeting, as
  in production); the references' documents start empty.
- *Durability*: a writer makes ${DEFAULTS.durabilityEdits} edits in a tight loop; the server is SIGKILLed by the load generator
  in the same turn in which an observer (connected throughout) has received the last of them (or after the
  kill delay); a new server on the same data; a fresh client counts the edits it finds (after its sync, it
  waits up to 2 s for more, for servers that load stored state after the first sync).
- *Cold load of a long session*: one writer types ${DEFAULTS.coldLoadEdits.toLocaleString("en-US")} keystrokes (inserts and backspaces at a cursor that
  jumps about), one update each, with a round trip (sync step 1 → step 2) after every ${DEFAULTS.coldLoadChunk.toLocaleString("en-US")}; it waits until the server
  has saved them all (Kateb answers the last round trip once all is committed; y-websocket-server: a second
  document, written first, loads from its LevelDB queue after them; Hocuspocus stores on the last disconnect and on
  SIGTERM), the server is stopped with SIGTERM and started afresh on the same data, and the time is taken from a
  fresh client's connection attempt until its first sync is done and its text equals the writer's.
- Figures are medians over the runs, except the delivery ratio and durability, which show the worst run.
- Targets (issue 21): each Kateb ÷ the better reference ≤ 1 for latency p50 and p99, CPU per delivered update and
  connect + sync; RSS per idle connected document ≤ 20 KB; peak RSS under 1 × 200 ≤ 180 MB; every edit found after every SIGKILL.

## Results

Kateb ÷ better reference: below 1 is better for every row except the delivery ratio and durability, where
above 1 is better. ${missed.length === 0 ? "Kateb meets every target." : `Targets missed: ${missed.join("; ")}. What they cost: PROFILE.md.`}

${renderMarkdownTable(rows)}
${results.coldLoad.length > 0 ? `\n${renderColdLoadSection(results.coldLoad, LIMITS_NOTE)}\n` : ""}
## Raw per-run figures

${renderRawFigures(results)}
${results.coldLoad.length > 0 ? `\n${renderColdLoadRaw(results.coldLoad)}\n` : ""}`;
}

/** The generated part of PROFILE.md (its reading, written by hand, stays outside the markers). */
export function renderProfileReport(rows: Row[], profiles: string[], run: RunDescription): string {
  return `## The profiles

Written by \`npm run bench -- --profile\` on ${new Date().toISOString().slice(0, 10)} (${run.machine}; ${run.code}): every server ran under
\`node --cpu-prof\`; the tables count the main thread's samples in each load's windows (the same monotonic
clock as the load generator's). V8 samples every millisecond, so a sample is about 1 ms of the main thread's
CPU; shares count samples, not the time between them (on a busy machine a thread waits for a core between
samples). Self is where a sample landed; \`writev\` is the socket write call (ws sends every frame with one;
samples pile up on system-call returns, so its share overstates it: strace puts the writev system calls at
2–4 µs each on every server); \`wasm://\` is Prisma's query compiler (Kateb still reads memberships through
Prisma when a client connects). Kateb commits its update log on the main thread (server/collab/storage/sqlite-update-log.ts)
and syncs the WAL on libuv's thread pool (\`fdatasync\` below is the hand-over): the sync's own time, and its
worker thread's (loads, compactions, filing the journal), are in the /proc figures, not in these tables.
Profiling slows the servers: these runs' figures are not the benchmark's (see RESULTS.md).

${renderMarkdownTable(rows)}

${profiles.join("\n\n")}
`;
}

// Sums up a V8 CPU profile (node --cpu-prof) over a time window: where the
// process spent its CPU, by function (self and inclusive) and by module.
// Shares count samples, not the time between them: on a busy machine a thread
// waits for a core between samples, and that wait is not CPU.
//   tsx bench/profile-summary.ts <file.cpuprofile> [fromUs toUs]
import { readFileSync } from "node:fs";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  samples: number;
  /** Share of the busy samples. */
  share: number;
}

export interface ProfileSummary {
  /** Samples in the window that were not idle. */
  busySamples: number;
  self: ProfileShare[];
  inclusive: ProfileShare[];
  /** Inclusive shares of the project's own functions (server/, lib/). */
  own: ProfileShare[];
  modules: ProfileShare[];
}

const IDLE = "(idle)";

function shortUrl(url: string): string {
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) return url.slice(modules + "node_modules/".length);
  return url.replace(/^file:\/\/.*?\/(server|lib|bench|prisma)\//, "$1/");
}

function frameName(frame: CallFrame): string {
  const name = frame.functionName || "(anonymous)";
  return frame.url ? `${name} ${shortUrl(frame.url)}:${frame.lineNumber + 1}` : name;
}

function moduleName(frame: CallFrame): string {
  if (!frame.url) return frame.functionName || "(native)";
  const url = shortUrl(frame.url);
  if (url.startsWith("node:")) return "node internals";
  const scoped = /^(@[^/]+\/[^/]+|[^/]+)\//.exec(url);
  if (url !== frame.url && !/^(server|lib|bench|prisma)\//.test(url)) return scoped?.[1] ?? url;
  return url;
}

function top(totals: Map<string, number>, busy: number, count: number, keep: (name: string) => boolean = () => true): ProfileShare[] {
  return [...totals.entries()]
    .filter(([name]) => keep(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, samples]) => ({ name, samples, share: busy > 0 ? samples / busy : 0 }));
}

const isOwn = (name: string): boolean => / (server|lib)\//.test(name);

export function summarizeProfile(profile: CpuProfile, window?: [number, number], count = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const modules = new Map<string, number>();
  let busy = 0;
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    time += profile.timeDeltas[index] ?? 0;
    if (window && (time < window[0] || time > window[1])) continue;
    const node = byId.get(profile.samples[index] ?? -1);
    if (!node || node.callFrame.functionName === IDLE) continue;
    busy += 1;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + 1);
    const module = moduleName(node.callFrame);
    modules.set(module, (modules.get(module) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: ProfileNode | undefined = node; at; at = byId.get(parent.get(at.id) ?? -1)) {
      const key = frameName(at.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  return {
    busySamples: busy,
    self: top(self, busy, count),
    inclusive: top(inclusive, busy, count),
    own: top(inclusive, busy, count, isOwn),
    modules: top(modules, busy, count),
  };
}

/** Markdown tables. A sample is about 1 ms of the main thread's CPU (V8 samples every millisecond). */
export function renderProfileSummary(summary: ProfileSummary): string {
  const table = (title: string, rows: ProfileShare[]): string =>
    [
      `| ${title} | samples | share |`,
      "|---|---:|---:|",
      ...rows.map((row) => `| \`${row.name.replaceAll("|", "\\|")}\` | ${row.samples} | ${(row.share * 100).toFixed(1)}% |`),
    ].join("\n");
  return [
    `${summary.busySamples} busy samples of the main thread.`,
    table("Self, by function", summary.self),
    table("Inclusive, the project's own functions", summary.own),
    table("Inclusive, by function", summary.inclusive),
    table("Self, by module", summary.modules),
  ].join("\n\n");
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const [file, from, to] = process.argv.slice(2);
  if (!file) {
    process.stderr.write("usage: profile-summary.ts <file.cpuprofile> [fromUs toUs]\n");
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const window: [number, number] | undefined = from && to ? [Number(from), Number(to)] : undefined;
  process.stdout.write(`${renderProfileSummary(summarizeProfile(profile, window, 25))}\n`);
}

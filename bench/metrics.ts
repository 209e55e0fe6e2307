// What the benchmark reads of a process (/proc) and how it sums up samples.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let clockTicks: number | null = null;

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
function ticksPerSecond(): number {
  clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  return clockTicks;
}

/** CPU seconds (user + system) the process has used so far. */
export function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name, field 2, is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15; `fields` starts at field 3.
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
}

/** CPU seconds all processes of the machine have used so far (every core; /proc/stat). */
export function readMachineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / ticksPerSecond();
}

function readStatusKb(pid: number, key: "VmHWM" | "VmRSS"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status);
  if (!match) throw new Error(`no ${key} in /proc/${pid}/status`);
  return Number(match[1]);
}

/** Peak resident set size (VmHWM), KiB. */
export const readPeakRssKb = (pid: number): number => readStatusKb(pid, "VmHWM");

/** Resident set size now (VmRSS), KiB. */
export const readRssKb = (pid: number): number => readStatusKb(pid, "VmRSS");

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of `samples` (sorted in place). */
export function summarizeLatencies(samples: Float64Array): LatencySummary {
  samples.sort();
  const at = (q: number): number =>
    samples.length === 0 ? Number.NaN : (samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? Number.NaN);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: samples.length === 0 ? Number.NaN : (samples[samples.length - 1] ?? Number.NaN) };
}

export function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A growable array of float samples. */
export class SampleBuffer {
  private data = new Float64Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  get length(): number {
    return this.size;
  }

  values(): Float64Array {
    return this.data.slice(0, this.size);
  }
}

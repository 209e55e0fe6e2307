// Runs one scenario in a fresh load-generator process (bench/load-generator.ts):
// the scenario goes in as a JSON file, the result comes back on a line of stdout.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { RESULT_PREFIX, type Scenario, type ScenarioResult } from "./scenario";

export class ScenarioProcesses {
  private readonly running = new Set<ChildProcess>();
  private count = 0;

  /** `root`: the project, where the load generator runs; `work`: where the scenario files go. */
  constructor(
    private readonly root: string,
    private readonly work: string,
  ) {}

  run<R extends ScenarioResult>(scenario: Scenario, timeoutMs: number): Promise<R> {
    const file = path.join(this.work, `scenario-${++this.count}.json`);
    writeFileSync(file, JSON.stringify(scenario));
    const child = spawn(process.execPath, ["--import", "tsx", path.join("bench", "load-generator.ts"), file], {
      cwd: this.root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.running.add(child);
    let stdout = "";
    let stderr = "";
    // Decoded as a stream: a character split between two chunks stays whole.
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    return new Promise((resolve, reject) => {
      child.once("exit", (code) => {
        clearTimeout(timer);
        this.running.delete(child);
        const line = stdout.split("\n").find((candidate) => candidate.startsWith(RESULT_PREFIX));
        if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as R);
        else reject(new Error(`the load generator failed (${scenario.kind}, exit ${code}):\n${stderr}`));
      });
    });
  }

  /** Kills every load generator still running (the runner is exiting). */
  killAll(): void {
    for (const child of this.running) child.kill("SIGKILL");
  }
}

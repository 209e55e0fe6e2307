// What an idle document costs Kateb's standalone server, by kind of object:
// `npx tsx bench/idle-memory.ts [--documents N] [--warmup N]`. Seeds a data
// folder as the benchmark does, starts the compiled server with its inspector,
// opens documents with one idle viewer each, and diffs two heap snapshots (after
// the warm-up documents, and with all of them): the self size per constructor,
// per document. Prints the table (bench/PROFILE.md quotes it).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { collectGarbage } from "./inspector-gc";
import { connectClient, type BenchClient } from "./clients/bench-client";
import { copyKatebData, seedKatebTemplate, startKateb } from "./servers/kateb";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SECRET = "kateb-bench-secret-0123456789-abcdefghij";
const { values } = parseArgs({ options: { documents: { type: "string" }, warmup: { type: "string" } } });
const documents = Number(values.documents ?? 300);
const warmup = Number(values.warmup ?? 100);

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** A heap snapshot through the inspector, summed as self bytes per "type:name". */
function heapByKind(inspectorUrl: string): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(inspectorUrl, { maxPayload: 2 ** 31 - 1 });
    const chunks: string[] = [];
    ws.on("open", () => ws.send(JSON.stringify({ id: 1, method: "HeapProfiler.takeHeapSnapshot", params: { reportProgress: false } })));
    ws.on("message", (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: number; method?: string; params?: { chunk?: string } };
      if (message.method === "HeapProfiler.addHeapSnapshotChunk") chunks.push(message.params?.chunk ?? "");
      if (message.id !== 1) return;
      ws.close();
      const heap = JSON.parse(chunks.join("")) as HeapSnapshot;
      const fields = heap.snapshot.meta.node_fields;
      const types = heap.snapshot.meta.node_types[0];
      const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((field) => fields.indexOf(field));
      const byKind = new Map<string, number>();
      for (let at = 0; at < heap.nodes.length; at += fields.length) {
        const type = types[heap.nodes[at + (typeAt ?? 0)] ?? 0] ?? "?";
        const raw = heap.strings[heap.nodes[at + (nameAt ?? 1)] ?? 0] ?? "?";
        const name = type === "object" || type === "closure" || type === "native" ? raw : "";
        const key = `${type}:${name.slice(0, 60)}`;
        byKind.set(key, (byKind.get(key) ?? 0) + (heap.nodes[at + (sizeAt ?? 3)] ?? 0));
      }
      resolve(byKind);
    });
    ws.on("error", reject);
  });
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "kateb-idle-memory-"));
  try {
    const templateDir = path.join(work, "template");
    mkdirSync(templateDir);
    const fixture = await seedKatebTemplate(ROOT, templateDir, SECRET, documents);
    const dataDir = path.join(work, "data");
    copyKatebData(fixture, dataDir);
    const server = await startKateb(ROOT, dataDir, SECRET, ["--inspect=127.0.0.1:0"]);
    const clients: BenchClient[] = [];
    try {
      const inspectorUrl = server.inspectorUrl();
      if (!inspectorUrl) throw new Error("no inspector URL");
      const target = { server: server.name, protocol: server.protocol, url: server.url, pid: server.pid, tokenSecret: SECRET };
      const open = async (from: number, to: number): Promise<void> => {
        const opened = fixture.docs.slice(from, to).map((doc) => connectClient(target, doc.name, doc.readerId));
        clients.push(...opened);
        await Promise.all(opened.map((client) => client.synced));
      };
      await open(0, warmup);
      await collectGarbage(inspectorUrl);
      const before = await heapByKind(inspectorUrl);
      await open(warmup, documents);
      await collectGarbage(inspectorUrl);
      const after = await heapByKind(inspectorUrl);
      const per = documents - warmup;
      const rows = [...after].map(([kind, bytes]) => ({ kind, bytes: (bytes - (before.get(kind) ?? 0)) / per })).sort((a, b) => b.bytes - a.bytes);
      const total = rows.reduce((sum, row) => sum + row.bytes, 0);
      process.stdout.write(`Heap per idle document (one idle viewer each), ${per} documents after ${warmup}: ${(total / 1024).toFixed(1)} KB\n\n`);
      process.stdout.write("| kind (V8 type:constructor) | bytes per document |\n|---|---:|\n");
      for (const row of rows.slice(0, 30)) process.stdout.write(`| ${row.kind.replaceAll("|", "\\|")} | ${row.bytes.toFixed(0)} |\n`);
    } finally {
      for (const client of clients) client.destroy();
      await server.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

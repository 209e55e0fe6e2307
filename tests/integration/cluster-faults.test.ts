// Faults of a two-node cluster (issue #18): two standalone collaboration
// servers on one PostgreSQL schema, joined through a Redis of the test's own.
// Redis restarted mid-session: each node keeps serving and saving its own
// clients (Kateb's editor is told that colleagues elsewhere may be delayed),
// and once Redis is back both clients hold everything, nothing missing. A
// node killed with SIGKILL while its client types: everything the other
// node's client saw is stored, and the typist, reconnected to the other
// node, saves the rest. An address's new connections are counted across the
// nodes. PostgreSQL unreachable (cut off behind a proxy): a writer's edits
// stay unsaved, with it, and are passed on and stored once it is back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import { MessageType } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { storedDoc } from "../helpers/collab-inspect";
import { killAllCollabProcesses, startCollabProcess, type CollabProcess } from "../helpers/collab-process";
import { tokenFor, tokensFor } from "../helpers/collab-server";
import { appendParagraph } from "../helpers/comment-anchors";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { startPrivateRedis, type PrivateRedis } from "../helpers/private-redis";
import { rawSocket, upgradeAnswer } from "../helpers/raw-client";
import { startTcpProxy } from "../helpers/tcp-proxy";
import { connectTracked } from "../helpers/tracked-client";
import { connectStock, destroyAllStockClients, type StockClient } from "../helpers/stock-client";
import { createPostgresTestDb, type TestDb } from "../helpers/test-db";

const SECRET = "cluster-faults-secret-long-enough-0123456789";

let testDb: TestDb;
let redis: PrivateRedis;
const dataDirs: string[] = [];

beforeAll(async () => {
  testDb = await createPostgresTestDb();
  redis = await startPrivateRedis();
});
afterEach(async () => {
  destroyAllStockClients();
  await killAllCollabProcesses();
});
afterAll(async () => {
  await redis.stop();
  await testDb.cleanup();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function startNode(env: Record<string, string> = {}): Promise<CollabProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kateb-node-"));
  dataDirs.push(dataDir);
  return startCollabProcess(dataDir, SECRET, { DATABASE_URL: testDb.url, REDIS_URL: redis.url, ...env });
}

const text = (client: StockClient): string => client.doc.getXmlFragment(MINUTES_FRAGMENT).toString();
const stored = async (docName: string): Promise<string> => (await storedDoc(testDb.db, docName)).getXmlFragment(MINUTES_FRAGMENT).toString();

describe("a two-node cluster", { timeout: 90_000 }, () => {
  it("keeps serving each node's clients while Redis is down, and misses nothing once it is back", async () => {
    const [first, second] = await Promise.all([startNode(), startNode()]);
    const { docName, members } = await createMeetingWithMembers(testDb.db, ["note-taker", "note-taker"]);
    // Kateb's editor asks for acknowledgements, and hears whether the other servers are reachable.
    const one = connectStock(first.url, docName, tokensFor(members[0].id, docName, 300, SECRET), undefined, { ack: "1" });
    const heard: number[] = [];
    one.provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => void decoding.readVarUint(decoder);
    one.provider.messageHandlers[MessageType.clusterState] = (_encoder, decoder) => void heard.push(decoding.readVarUint(decoder));
    const two = connectStock(second.url, docName, tokensFor(members[1].id, docName, 300, SECRET));
    await Promise.all([one.synced, two.synced]);

    await redis.stop();
    await eventually(() => expect(heard).toEqual([1]), 10_000);
    appendParagraph(one.doc, "نوشتهٔ گره نخست در نبود ردیس");
    appendParagraph(two.doc, "نوشتهٔ گره دوم در نبود ردیس");
    // Each node saves its own client's line meanwhile.
    await eventually(async () => {
      const now = await stored(docName);
      expect(now).toContain("نوشتهٔ گره نخست در نبود ردیس");
      expect(now).toContain("نوشتهٔ گره دوم در نبود ردیس");
    }, 10_000);

    await redis.start();
    await eventually(() => {
      expect(text(one)).toContain("نوشتهٔ گره دوم در نبود ردیس");
      expect(text(two)).toContain("نوشتهٔ گره نخست در نبود ردیس");
    }, 20_000);
    expect(text(one)).toBe(text(two));
    expect(await stored(docName)).toBe(text(one));
    await eventually(() => expect(heard).toEqual([1, 0]), 10_000);
  });

  it("loses nothing another node's client saw when a node is killed with SIGKILL, and saves the rest from the typist", async () => {
    const [doomed, survivor] = await Promise.all([startNode(), startNode()]);
    const { docName, members } = await createMeetingWithMembers(testDb.db, ["note-taker", "note-taker"]);
    const typist = connectStock(doomed.url, docName, tokensFor(members[0].id, docName, 300, SECRET));
    const watcher = connectStock(survivor.url, docName, tokensFor(members[1].id, docName, 300, SECRET));
    await Promise.all([typist.synced, watcher.synced]);

    let typed = 0;
    const typing = setInterval(() => appendParagraph(typist.doc, `سطر ${++typed}`), 5);
    try {
      await eventually(() => expect(text(watcher)).toContain("سطر 50<"), 20_000);
      await doomed.kill();
    } finally {
      clearInterval(typing);
    }
    const seen = text(watcher).match(/سطر \d+</g) ?? [];
    expect(seen.length).toBeGreaterThanOrEqual(50);
    const kept = await stored(docName);
    for (const line of seen) expect(kept).toContain(line);

    // The typist's client still holds every line: it saves them through the other node.
    typist.provider.destroy();
    const again = connectStock(survivor.url, docName, tokensFor(members[0].id, docName, 300, SECRET), typist.doc);
    await again.synced;
    await eventually(async () => {
      const now = await stored(docName);
      for (let line = 1; line <= typed; line += 1) expect(now).toContain(`سطر ${line}<`);
    }, 10_000);
  });

  it("counts an address's new connections across the nodes: spread over two, no more get in than to one", async () => {
    const limit = { COLLAB_CONNECTIONS_PER_IP_PER_MINUTE: "4" };
    const nodes = await Promise.all([startNode(limit), startNode(limit)]);
    const { docName, members } = await createMeetingWithMembers(testDb.db, ["note-taker"]);
    const answers: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const node = nodes[attempt % 2];
      if (!node) throw new Error("a node did not start");
      const ws = rawSocket(node.url, docName, tokenFor(members[0].id, docName, 300, SECRET));
      answers.push(await upgradeAnswer(ws));
      ws.close();
    }
    // Each node alone would let 4 in: 3 each here. The cluster lets 4 in.
    expect(answers).toEqual([101, 101, 101, 101, 429, 429]);
  });

  it("keeps a writer's edits unsaved while PostgreSQL is unreachable, passes nothing on, and saves them once it is back", async () => {
    const target = new URL(testDb.url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || "5432"));
    try {
      const throughProxy = new URL(testDb.url);
      throughProxy.host = `127.0.0.1:${proxy.port}`;
      const database = { DATABASE_URL: throughProxy.toString() };
      const [first, second] = await Promise.all([startNode(database), startNode(database)]);
      const { docName, members } = await createMeetingWithMembers(testDb.db, ["note-taker", "note-taker"]);
      const writer = connectTracked(first.url, docName, tokensFor(members[0].id, docName, 300, SECRET));
      const observer = connectStock(second.url, docName, tokensFor(members[1].id, docName, 300, SECRET));
      await Promise.all([writer.synced, observer.synced]);
      appendParagraph(writer.doc, "پیش از قطع پایگاه داده");
      await eventually(() => expect(text(observer)).toContain("پیش از قطع پایگاه داده"), 10_000);
      await eventually(() => expect(writer.unsaved).toBe(false));

      await proxy.cut();
      const failures = (): number => first.output().split("saving updates failed").length - 1;
      const failuresBefore = failures();
      appendParagraph(writer.doc, "در نبود پایگاه داده");
      // The first attempt and a retry failed: all that time, nothing was passed on.
      await eventually(() => expect(failures()).toBeGreaterThanOrEqual(failuresBefore + 2), 20_000);
      expect(writer.unsaved).toBe(true);
      expect(text(observer)).not.toContain("در نبود پایگاه داده");

      await proxy.restore();
      await eventually(() => expect(text(observer)).toContain("در نبود پایگاه داده"), 20_000);
      await eventually(() => expect(writer.unsaved).toBe(false), 20_000);
      expect(await stored(docName)).toBe(text(writer));
    } finally {
      await proxy.close();
    }
  });
});

// Talks to a Node process through its inspector (started with
// --inspect=127.0.0.1:0): collects garbage and reads the JS heap, so that a
// memory reading is not at the mercy of when V8 last collected. Works on any
// of the servers, unchanged.
import WebSocket from "ws";

interface InspectorReply {
  id?: number;
  result?: { usedSize?: number };
  error?: { message: string };
}

/** Sends each method in turn on one inspector session; resolves with the replies' results. */
function callInspector(inspectorUrl: string, methods: string[], timeoutMs = 20_000): Promise<InspectorReply["result"][]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(inspectorUrl);
    const results: InspectorReply["result"][] = [];
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error("the inspector did not answer in time"));
    }, timeoutMs);
    const next = (): void => {
      const method = methods[results.length];
      if (method === undefined) {
        clearTimeout(timer);
        ws.close();
        resolve(results);
        return;
      }
      ws.send(JSON.stringify({ id: results.length + 1, method }));
    };
    ws.on("open", next);
    ws.on("message", (data: Buffer) => {
      const reply = JSON.parse(data.toString()) as InspectorReply;
      if (reply.id !== results.length + 1) return;
      if (reply.error) {
        clearTimeout(timer);
        ws.close();
        reject(new Error(reply.error.message));
        return;
      }
      results.push(reply.result);
      next();
    });
    ws.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Collects garbage (three full collections: V8 frees some memory only on a later one) and
 * returns the JS heap in use afterwards, KiB. */
export async function collectGarbage(inspectorUrl: string): Promise<number> {
  const gc = "HeapProfiler.collectGarbage";
  const results = await callInspector(inspectorUrl, [gc, gc, gc, "Runtime.getHeapUsage"]);
  return (results[3]?.usedSize ?? Number.NaN) / 1024;
}

// Hocuspocus 4.7.0 with its SQLite extension, in its own process (hocuspocus-main.ts).
import path from "node:path";
import { startChildServer, type RunningServer } from "./child-server";

export function startHocuspocus(root: string, dataDir: string, nodeArgs: string[] = []): Promise<RunningServer> {
  return startChildServer(
    {
      name: "hocuspocus",
      protocol: "hocuspocus",
      args: [...nodeArgs, "--import", "tsx", path.join("bench", "servers", "hocuspocus-main.ts")],
      env: { NODE_ENV: "production", PORT: "0", HOCUSPOCUS_SQLITE: path.join(dataDir, "hocuspocus.sqlite") },
      listening: /Hocuspocus listening on port (\d+)/,
      url: (port) => `ws://127.0.0.1:${port}`,
    },
    root,
  );
}

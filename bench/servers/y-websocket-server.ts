// @y/websocket-server 0.1.1 as shipped: its own bin, with LevelDB persistence
// switched on by YPERSISTENCE. It prints the port it was given, not the one it
// got, so it is given a free one.
import path from "node:path";
import { freePort, startChildServer, type RunningServer } from "./child-server";

/** The bin does not handle SIGTERM; a CPU profile is only written on a clean exit. */
const EXIT_ON_SIGTERM = "data:text/javascript,process.once('SIGTERM',()=>process.exit(0))";

export async function startYWebsocketServer(root: string, dataDir: string, nodeArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  return startChildServer(
    {
      name: "y-websocket-server",
      protocol: "y-websocket",
      args: [...(nodeArgs.length > 0 ? [...nodeArgs, "--import", EXIT_ON_SIGTERM] : []), path.join("node_modules", "@y", "websocket-server", "src", "server.js")],
      env: { HOST: "127.0.0.1", PORT: String(port), YPERSISTENCE: dataDir },
      listening: /running at '127\.0\.0\.1' on port/,
      port,
      url: (given) => `ws://127.0.0.1:${given}`,
    },
    root,
  );
}

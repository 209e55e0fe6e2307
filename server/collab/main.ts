// The collaboration server on its own (no Next.js), for deployments that
// scale it separately, and for tests that kill it.
import { createServer } from "node:http";
import { bootstrap } from "../bootstrap";
import { ConfigError } from "../config";
import { SearchIndexer } from "../domain/search/search-indexer";
import { collabNodeFor } from "./from-config";
import { consoleLogger } from "./server";
import { stopOnSignals } from "./shutdown";

async function main(): Promise<void> {
  const { config, db } = await bootstrap({ seed: false });
  const search = new SearchIndexer(db, consoleLogger);
  // Alone it hears no app events; in a cluster, the app's nodes' events reach it.
  const { collab, cluster } = await collabNodeFor(config, db, search);
  const server = createServer((_request, response) => {
    response.writeHead(404).end();
  });
  server.on("upgrade", (request, socket, head) => {
    if (collab.handles(request)) collab.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    process.stdout.write(`Kateb collaboration server listening on port ${port}\n`);
  });
  stopOnSignals(server, collab, db, search, cluster);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});

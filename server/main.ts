// Kateb in one process: Next.js and the collaboration WebSocket on one port.
import { createServer } from "node:http";
import next from "next";
import { bootstrap, PROJECT_ROOT } from "./bootstrap";
import { collabCommentEvents } from "./collab/comment-notifier";
import { liveMinutesLocker } from "./collab/live-minutes-locker";
import { collabMeetingEvents } from "./collab/meeting-events-listener";
import { collabServerFor } from "./collab/from-config";
import { consoleLogger } from "./collab/server";
import { stopOnSignals } from "./collab/shutdown";
import { ConfigError } from "./config";
import { dropForwardedHeaders } from "./forwarded-headers";
import { setServices } from "./services";

async function main(): Promise<void> {
  const { config, db } = await bootstrap({ seed: true });
  const collab = collabServerFor(config, db);
  setServices({
    config,
    db,
    events: collabMeetingEvents(collab, db, consoleLogger),
    minutes: liveMinutesLocker(collab, db),
    comments: collabCommentEvents(collab, db, consoleLogger),
  });
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  // next-auth reads these; the secret comes from the validated configuration.
  // It builds its links from X-Forwarded-Host when it trusts the host, and
  // that header is the client's own only behind a trusted proxy (see below).
  process.env.NEXTAUTH_SECRET = config.secret;
  process.env.AUTH_TRUST_HOST ??= "true";

  const app = next({ dev: config.dev, dir: PROJECT_ROOT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const nextUpgrade = app.getUpgradeHandler();

  const server = createServer((request, response) => {
    if (!config.trustProxy) dropForwardedHeaders(request);
    void handle(request, response);
  });
  server.on("upgrade", (request, socket, head) => {
    if (collab.handles(request)) collab.handleUpgrade(request, socket, head);
    else if (config.dev) void nextUpgrade(request, socket, head);
    else socket.destroy();
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    process.stdout.write(`Kateb is listening on http://localhost:${port}\n`);
  });

  stopOnSignals(server, collab, db);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

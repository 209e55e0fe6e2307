// Kateb in one process: Next.js and the collaboration WebSocket on one port.
import { createServer } from "node:http";
import next from "next";
import { accessAtStart, bootstrap, PROJECT_ROOT } from "./bootstrap";
import { liveMinutesLocker } from "./collab/meeting-bridge/live-minutes-locker";
import { collabNodeFor } from "./collab/from-config";
import { consoleLogger } from "./collab/server";
import { stopOnSignals } from "./collab/shutdown";
import { ConfigError } from "./config";
import { dropForwardedHeaders } from "./forwarded-headers";
import { limitRequestBody } from "./request-body-limit";
import { setServices } from "./services";
import { indexingCommentEvents, SearchIndexer } from "./domain/search/search-indexer";
import { SignInLimiter } from "./accounts/sign-in-limiter";
import { RedisSignInLimiter } from "./cluster/redis-sign-in-limiter";
import { CLIENT_ADDRESS_HEADER } from "./auth/auth-options";

async function main(): Promise<void> {
  const { config, db } = await bootstrap({ seed: true });
  const access = await accessAtStart(config, db);
  const search = new SearchIndexer(db, consoleLogger);
  const { collab, events, cluster } = await collabNodeFor(config, db, search);
  setServices({
    setup: access.setup,
    // A cluster's nodes count failed sign-ins together.
    signInLimiter: cluster ? new RedisSignInLimiter(cluster.commands) : new SignInLimiter(),
    config,
    db,
    events: events.meeting,
    minutes: liveMinutesLocker(collab, db),
    comments: indexingCommentEvents(events.comments, search),
    minutesState: events.minutesState,
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
    if (!limitRequestBody(request, response, config.maxBodyBytes)) return;
    if (!config.trustProxy) dropForwardedHeaders(request);
    // Who is asking, from the socket: a client's own header of that name is replaced.
    request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    void handle(request, response);
  });
  server.on("upgrade", (request, socket, head) => {
    if (collab.handles(request)) collab.handleUpgrade(request, socket, head);
    else if (config.dev) void nextUpgrade(request, socket, head);
    else socket.destroy();
  });
  server.listen(config.port, access.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    // One write: whoever waits for the "listening" line has the rest with it.
    const lines = [`Kateb is listening on http://localhost:${port}`];
    if (access.demo) lines.push(`Demo: the demo accounts' password is published, so Kateb listens on ${access.host ?? "loopback"} only.`);
    const code = access.setup?.value;
    if (code) lines.push("No accounts yet. Open this link (it works once) to create the first administrator:", `  http://localhost:${port}/setup?code=${code}`);
    process.stdout.write(`${lines.join("\n")}\n`);
  });

  stopOnSignals(server, collab, db, search, cluster);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

// Hocuspocus 4.7.0 as its documentation sets it up: the Server with the SQLite
// extension and the default configuration (stores debounced by 2 s, at most 10 s).
// Env: PORT (0 for any), HOCUSPOCUS_SQLITE (the database file).
import { SQLite } from "@hocuspocus/extension-sqlite";
import { Server } from "@hocuspocus/server";

const database = process.env.HOCUSPOCUS_SQLITE;
if (!database) {
  process.stderr.write("HOCUSPOCUS_SQLITE must name the database file\n");
  process.exit(2);
}
const server = new Server({
  port: Number(process.env.PORT ?? "0"),
  address: "127.0.0.1",
  quiet: true,
  extensions: [new SQLite({ database })],
});
await server.listen();
process.stdout.write(`Hocuspocus listening on port ${server.address.port}\n`);

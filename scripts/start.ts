// `npm start`: build when needed, then run the one Kateb process.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale } from "./build-if-stale";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
buildIfStale(root);
await import("../server/main");

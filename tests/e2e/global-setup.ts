// Starts the real Kateb process (Next.js + collaboration) on port 0 with a fresh
// data folder, seeded with the demo users and the sample meeting.
import { startKateb } from "./kateb-process";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const kateb = await startKateb();
  process.env.KATEB_E2E_URL = kateb.url;
  process.env.KATEB_E2E_DATA_DIR = kateb.dataDir;
  return kateb.stop;
}

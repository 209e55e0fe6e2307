// Where the process listens. Accounts that still have the published demo
// password may only be reached from this machine: with them, the default is
// loopback, and a HOST that reaches further is refused with what to do.
import { ConfigError } from "../config";

export const LOOPBACK_HOST = "127.0.0.1";

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** The address to listen on; undefined: every interface (Node's default). */
export function listenHost(configured: string | undefined, demoPasswordEmails: readonly string[]): string | undefined {
  if (demoPasswordEmails.length === 0) return configured;
  if (configured === undefined) return LOOPBACK_HOST;
  if (isLoopback(configured)) return configured;
  throw new ConfigError(
    [
      `Refusing to listen on HOST=${configured}: these accounts still have the published demo password:`,
      ...demoPasswordEmails.map((email) => `  ${email}`),
      "The demo is for this machine only. Either:",
      "  - leave HOST unset (or 127.0.0.1) to try the demo here, or",
      "  - start your organisation's Kateb on a new data folder without the demo:",
      "      KATEB_DEMO=0 DATA_DIR=/path/to/new/folder HOST=" + configured + " npm start",
      "    then open the setup link it prints to create the first administrator, or",
      "  - deactivate those accounts or give them new passwords, then start again:",
      "      npm run admin -- reset-password --email <email>",
    ].join("\n"),
  );
}

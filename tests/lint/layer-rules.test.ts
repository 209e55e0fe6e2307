// The layer rules bind: in every layer the lint configuration names, an import
// of a layer it may not import fails lint, written relatively and with `@/`,
// and an import it may make passes. Linted through ESLint's own API with the
// project's eslint.config.js, on a file placed in the layer.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

interface Case {
  /** A file of the layer (need not exist). */
  file: string;
  /** A real file of a layer this one may not import; null for a layer that may import everything. */
  forbidden: string | null;
  /** A real file (or a package) it may import. */
  allowed: string;
}

const CASES: Record<string, Case> = {
  lib: { file: "lib/probe.ts", forbidden: "server/db/client.ts", allowed: "lib/roles.ts" },
  components: { file: "components/probe.tsx", forbidden: "server/domain/meetings/get-meeting.ts", allowed: "lib/roles.ts" },
  app: { file: "app/probe/page.tsx", forbidden: "server/db/client.ts", allowed: "server/domain/meetings/get-meeting.ts" },
  "server/domain": { file: "server/domain/probe.ts", forbidden: "server/collab/server.ts", allowed: "server/db/client.ts" },
  "server/collab": { file: "server/collab/probe.ts", forbidden: "server/bootstrap.ts", allowed: "server/domain/meetings/get-meeting.ts" },
  "server/cluster": { file: "server/cluster/probe.ts", forbidden: "server/bootstrap.ts", allowed: "server/collab/server.ts" },
  "server/auth": { file: "server/auth/probe.ts", forbidden: "server/domain/meetings/get-meeting.ts", allowed: "server/db/client.ts" },
  "server/db": { file: "server/db/probe.ts", forbidden: "server/domain/meetings/get-meeting.ts", allowed: "lib/roles.ts" },
  "server/report": { file: "server/report/probe.ts", forbidden: "server/db/client.ts", allowed: "lib/roles.ts" },
  "server/accounts": { file: "server/accounts/probe.ts", forbidden: "server/collab/server.ts", allowed: "server/auth/password.ts" },
  "server/demo": { file: "server/demo/probe.ts", forbidden: "server/collab/server.ts", allowed: "server/domain/minutes/store-initial-minutes.ts" },
  "server/config": { file: "server/config.ts", forbidden: "server/collab/server.ts", allowed: "lib/roles.ts" },
  "server/services": { file: "server/services.ts", forbidden: "server/collab/server.ts", allowed: "server/db/client.ts" },
  "start-up": { file: "server/main.ts", forbidden: "app/found.ts", allowed: "server/collab/server.ts" },
  scripts: { file: "scripts/probe.ts", forbidden: "components/ui/user-text.tsx", allowed: "server/bootstrap.ts" },
  prisma: { file: "prisma/probe.ts", forbidden: "server/domain/meetings/get-meeting.ts", allowed: "zod" },
  tooling: { file: "probe.config.ts", forbidden: "lib/roles.ts", allowed: "node:path" },
  tests: { file: "tests/probe.test.ts", forbidden: null, allowed: "server/bootstrap.ts" },
};

const eslint = new ESLint({ cwd: ROOT });

/** `target` as the file at `from` would import it: relatively, or from the project root. */
function specifier(from: string, target: string, style: "relative" | "alias"): string {
  if (!target.includes("/") || target.startsWith("node:")) return target;
  const bare = target.replace(/\.tsx?$/, "");
  if (style === "alias") return `@/${bare}`;
  const relative = path.relative(path.dirname(from), bare);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** Every lint error of a file that only imports `source`. */
async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from "${source}";\nexport { probe };\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => `${message.ruleId ?? "?"}: ${message.message}`);
}

describe("layer rules", () => {
  let layers: string[] = [];

  beforeAll(async () => {
    const config: unknown = await eslint.calculateConfigForFile(path.join(ROOT, "lib", "roles.ts"));
    const named = z.object({ settings: z.object({ "boundaries/files": z.array(z.object({ category: z.string() })) }) }).safeParse(config);
    layers = named.success ? named.data.settings["boundaries/files"].map((descriptor) => descriptor.category) : [];
  });

  it("covers every layer the configuration names", () => {
    expect(layers.length).toBeGreaterThan(10);
    expect(Object.keys(CASES).sort()).toEqual([...layers].sort());
  });

  for (const [layer, { file, forbidden, allowed }] of Object.entries(CASES)) {
    describe(layer, () => {
      if (forbidden) {
        for (const style of ["relative", "alias"] as const) {
          it(`refuses ${forbidden} imported ${style === "alias" ? "with @/" : "relatively"}`, async () => {
            const errors = await importErrors(file, specifier(file, forbidden, style));
            expect(errors).toEqual([expect.stringContaining("ARCHITECTURE.md")]);
          });
        }
      }
      it(`allows ${allowed}`, async () => {
        expect(await importErrors(file, specifier(file, allowed, "alias"))).toEqual([]);
        expect(await importErrors(file, specifier(file, allowed, "relative"))).toEqual([]);
      });
    });
  }
});

// Every JSON answer of a route is shaped by its contract (lib/contracts): lint
// refuses `Response.json` in a route file and passes `answer(contract, value)`.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: ROOT });

async function errors(source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, "app/api/probe/route.ts") });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.message);
}

// ESLint with the type-aware config takes its time on a loaded machine.
describe("a route's answer", { timeout: 120_000 }, () => {
  it("may not be Response.json", async () => {
    const found = await errors(`export function GET(): Response {\n  return Response.json({ secret: "everything" });\n}\n`);
    expect(found).toEqual([expect.stringContaining("answer(contract, value)")]);
  });

  it("passes through answer(contract, value)", async () => {
    const found = await errors(
      `import { answer } from "@/app/api/answer";\nimport { commentSettings } from "@/lib/contracts/comments";\n\nexport function GET(): Response {\n  return answer(commentSettings, { viewersSeeComments: true });\n}\n`,
    );
    expect(found).toEqual([]);
  });
});

// Size report for production code: files over the line limit (.ts, .tsx,
// .css) and functions over the function limit (declarations, expressions,
// arrows, methods, accessors), measured with the TypeScript parser so that
// a function's lines are its own source span, nested functions included.
// Usage: tsx scripts/size-report.ts [--check] [--file-limit N] [--function-limit N] [folder...]
// With --check it exits 1 when anything is over a limit.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const DEFAULT_FOLDERS = ["app", "components", "lib", "server", "prisma", "scripts"];
const SKIP_DIRS = new Set(["node_modules", ".next", "generated", "migrations", "test-results", "playwright-report"]);
const SOURCE = /\.(ts|tsx|css)$/;
// Tests and declarations are not production code.
const NOT_PRODUCTION = /(\.test\.tsx?|\.spec\.tsx?|\.d\.ts)$/;

export interface FileSize {
  file: string;
  lines: number;
}

export interface FunctionSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

export function lineCount(text: string): number {
  if (text.length === 0) return 0;
  const newlines = text.split("\n").length - 1;
  return text.endsWith("\n") ? newlines : newlines + 1;
}

function productionFiles(root: string, folder: string): string[] {
  const full = path.join(root, folder);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return SOURCE.test(folder) && !NOT_PRODUCTION.test(folder) ? [folder] : [];
  return readdirSync(full)
    .filter((entry) => !SKIP_DIRS.has(entry))
    .sort()
    .flatMap((entry) => productionFiles(root, path.join(folder, entry)));
}

function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) {
    // e.g. forwardRef(function …) or useCallback(() => …): name it after the call.
    const holder = parent.parent;
    const callee = parent.expression.getText(source);
    if (ts.isVariableDeclaration(holder)) return `${holder.name.getText(source)} (${callee})`;
    return `(${callee} callback)`;
  }
  if (ts.isExportAssignment(parent)) return "default export";
  return "(anonymous)";
}

export function functionSizes(file: string, text: string): FunctionSize[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const start = source.getLineAndCharacterOfPosition(fn.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(fn.getEnd()).line;
      found.push({ file, name: nameOf(fn, source), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export interface SizeReport {
  files: FileSize[];
  functions: FunctionSize[];
}

export function measure(root: string, folders: readonly string[]): SizeReport {
  const files: FileSize[] = [];
  const functions: FunctionSize[] = [];
  for (const folder of folders) {
    for (const file of productionFiles(root, folder)) {
      const text = readFileSync(path.join(root, file), "utf8");
      files.push({ file, lines: lineCount(text) });
      if (!file.endsWith(".css")) functions.push(...functionSizes(file, text));
    }
  }
  return { files, functions };
}

function topFolder(file: string): string {
  const parts = file.split(path.sep);
  return parts[0] === "server" && parts.length > 2 ? `server/${parts[1]}` : (parts[0] ?? file);
}

function summary(report: SizeReport, fileLimit: number, functionLimit: number): string[] {
  const byFolder = new Map<string, { files: number; lines: number; longFiles: number; longFunctions: number }>();
  const row = (folder: string) => {
    const existing = byFolder.get(folder);
    if (existing) return existing;
    const created = { files: 0, lines: 0, longFiles: 0, longFunctions: 0 };
    byFolder.set(folder, created);
    return created;
  };
  for (const f of report.files) {
    const r = row(topFolder(f.file));
    r.files += 1;
    r.lines += f.lines;
    if (f.lines > fileLimit) r.longFiles += 1;
  }
  for (const f of report.functions) if (f.lines > functionLimit) row(topFolder(f.file)).longFunctions += 1;
  const lines = [`folder | files | lines | files > ${fileLimit} | functions > ${functionLimit}`];
  for (const [folder, r] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${folder} | ${r.files} | ${r.lines} | ${r.longFiles} | ${r.longFunctions}`);
  }
  return lines;
}

interface Options {
  check: boolean;
  fileLimit: number;
  functionLimit: number;
  folders: string[];
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { check: false, fileLimit: 300, functionLimit: 80, folders: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--check") options.check = true;
    else if (arg === "--file-limit") options.fileLimit = Number(args[++i]);
    else if (arg === "--function-limit") options.functionLimit = Number(args[++i]);
    else if (arg !== undefined) options.folders.push(arg);
  }
  if (!Number.isInteger(options.fileLimit) || !Number.isInteger(options.functionLimit)) {
    throw new Error("--file-limit and --function-limit take a whole number of lines");
  }
  if (options.folders.length === 0) options.folders = DEFAULT_FOLDERS;
  return options;
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const options = parseArgs(process.argv.slice(2));
  const report = measure(root, options.folders);
  const longFiles = report.files.filter((f) => f.lines > options.fileLimit).sort((a, b) => b.lines - a.lines);
  const longFunctions = report.functions
    .filter((f) => f.lines > options.functionLimit)
    .sort((a, b) => b.lines - a.lines);
  const out = [
    ...summary(report, options.fileLimit, options.functionLimit),
    "",
    `Files over ${options.fileLimit} lines: ${longFiles.length}`,
    ...longFiles.map((f) => `  ${f.lines}  ${f.file}`),
    "",
    `Functions over ${options.functionLimit} lines: ${longFunctions.length}`,
    ...longFunctions.map((f) => `  ${f.lines}  ${f.file}:${f.line}  ${f.name}`),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
  if (options.check && (longFiles.length > 0 || longFunctions.length > 0)) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

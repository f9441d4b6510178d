import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Files a signed-out visitor may reach: the sign-in page and its action, Auth.js, the
// health probe, the language switch (its own cookie only), and error/not-found views.
const OPEN = [
  "app/login/page.tsx",
  "app/login/actions.ts",
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/health/route.ts",
  "app/api/locale/route.ts",
];
const GUARDS = new Set(["requireSession", "requireSignedIn", "requireRole", "withApiUser", "withSessionUser", "guardedAction"]);
// Exports Next reads for configuration or the tab title: they serve no data.
const NOT_ENTRY = new Set(["generateMetadata", "metadata", "dynamic", "runtime", "revalidate", "maxDuration"]);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [path.relative(process.cwd(), full)];
  });
}

/** True when the syntax tree under `node` calls a guard: parsed code, so a guard named in a comment or a string does not count. */
function callsGuard(node: ts.Node): boolean {
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && GUARDS.has(node.expression.text)) return true;
  return ts.forEachChild(node, callsGuard) ?? false;
}

const hasModifier = (s: ts.Statement, kind: ts.SyntaxKind) => ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === kind);
const isExported = (s: ts.Statement) => hasModifier(s, ts.SyntaxKind.ExportKeyword);

/** Each exported declaration of a file by name (`default` for the default export), with its syntax. */
function exportsOf(file: string): { name: string; node: ts.Node }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  return source.statements.filter(isExported).flatMap((s) => {
    if (ts.isVariableStatement(s)) return s.declarationList.declarations.map((d) => ({ name: d.name.getText(source), node: d as ts.Node }));
    const name = hasModifier(s, ts.SyntaxKind.DefaultKeyword) ? "default" : ((s as ts.DeclarationStatement).name?.getText(source) ?? "?");
    return ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) ? [] : [{ name, node: s as ts.Node }];
  });
}

const entryPoints = files("app").filter((f) => /(^|\/)(page\.tsx|route\.ts|actions\.ts)$/.test(f));

describe("every entry point under app/ checks the session itself", () => {
  it("finds the entry points", () => {
    expect(entryPoints.length).toBeGreaterThan(3);
  });
  for (const file of entryPoints.filter((f) => !OPEN.includes(f))) {
    it(file, () => {
      const entries = exportsOf(file).filter((e) => !NOT_ENTRY.has(e.name));
      expect(entries.length, `${file} exports no entry point`).toBeGreaterThan(0);
      for (const e of entries) expect(callsGuard(e.node), `${file}: export ${e.name} calls no guard`).toBe(true);
    });
  }

  it("reads calls, not words: a guard only named in a comment or string does not pass", () => {
    const tmp = path.join(fs.mkdtempSync(path.join(process.cwd(), ".route-guard-")), "page.tsx");
    try {
      fs.writeFileSync(tmp, '// await requireSession();\nexport default async function Page() {\n  return "requireRole(admin)";\n}\n');
      expect(exportsOf(tmp).map((e) => callsGuard(e.node))).toEqual([false]);
      fs.writeFileSync(tmp, "export default async function Page() {\n  await requireRole(\"admin\");\n}\n");
      expect(exportsOf(tmp).map((e) => callsGuard(e.node))).toEqual([true]);
    } finally {
      fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
    }
  });

  it("server actions live only in actions.ts files, exported in a form this check reads", () => {
    const sources = [...files("app"), ...files("components"), ...files("lib")].filter((f) => /\.tsx?$/.test(f));
    // Inline actions (`async () => { "use server"; … }`) escape the guard check above: only sign-out may be one.
    const inline = sources.filter((f) => /\{\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));
    expect(inline).toEqual(["components/layout/app-shell.tsx"]);
    const serverFiles = sources.filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));
    for (const file of serverFiles) {
      expect(file.endsWith("actions.ts"), `${file} is a "use server" module outside actions.ts`).toBe(true);
      const src = fs.readFileSync(file, "utf8");
      // `export { x }` and `export * from` re-export without a declaration this check can read.
      expect(src, file).not.toMatch(/\nexport (?:\{|\*)/);
    }
  });
});

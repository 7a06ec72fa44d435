import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { authorizationTable, casesOf, matrixRoles } from "./authorization-table";

/**
 * The completeness gate of the authorization matrix: a static scan of the code finds every
 * exported HTTP method of every route handler and every exported server action, and each
 * must have a row in authorization-table.ts (and each row must still name one).
 */
const root = path.resolve(__dirname, "..", "..");
const httpMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function filesUnder(directory: string): string[] {
  return fs.readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    fs.readFileSync(path.join(root, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** Names a module exports: functions, `const` declarations (also destructured), and `export { a, b }`. */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const bindingNames = (name: ts.BindingName): string[] =>
    ts.isIdentifier(name) ? [name.text] : name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && isExported(statement))
      statement.declarationList.declarations.forEach((declaration) => names.push(...bindingNames(declaration.name)));
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      statement.exportClause.elements.forEach((element) => names.push(element.name.text));
  }
  return names;
}

/** Whether the module starts with the "use server" directive (every export is then an action). */
function isServerModule(source: ts.SourceFile): boolean {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

/** "use server" anywhere but a module's directive prologue: an inline action, which the table would miss. */
function inlineServerDirectives(source: ts.SourceFile): number {
  let count = 0;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body)) {
      const first = node.body.statements[0];
      if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server") count++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

const appFiles = filesUnder("app");
const routeMethods = appFiles
  .filter((file) => /(^|\/)route\.ts$/.test(file))
  .flatMap((file) =>
    exportedNames(parse(file))
      .filter((name) => httpMethods.has(name))
      .map((name) => `${file} ${name}`),
  );
const serverModules = appFiles.filter((file) => isServerModule(parse(file)));
const serverActions = serverModules.flatMap((file) => exportedNames(parse(file)).map((name) => `${file} ${name}`));

describe("the authorization table", () => {
  it("found the code's actions (a sanity check of the scan itself)", () => {
    expect(routeMethods.length).toBeGreaterThanOrEqual(30);
    expect(serverActions.length).toBeGreaterThanOrEqual(30);
    expect(serverActions).toContain("app/(workspace)/settings/people/actions.ts setRoleAction");
    expect(routeMethods).toContain("app/api/v1/claims/[id]/route.ts PATCH");
    expect(routeMethods).toContain("app/api/auth/[...nextauth]/route.ts POST");
  });

  it("has a row for every exported method of every route handler", () => {
    const listed = new Set(authorizationTable.filter((row) => row.kind === "route").map((row) => `${row.file} ${row.export}`));
    expect(
      routeMethods.filter((method) => !listed.has(method)),
      "route methods missing from e2e/security/authorization-table.ts",
    ).toEqual([]);
  });

  it("has a row for every exported server action", () => {
    const listed = new Set(authorizationTable.filter((row) => row.kind === "action").map((row) => `${row.file} ${row.export}`));
    expect(
      serverActions.filter((name) => !listed.has(name)),
      "server actions missing from e2e/security/authorization-table.ts",
    ).toEqual([]);
  });

  it("names only actions that exist", () => {
    const existing = new Set([...routeMethods, ...serverActions]);
    expect(authorizationTable.map((row) => `${row.file} ${row.export}`).filter((key) => !existing.has(key))).toEqual([]);
  });

  it('keeps every server action in a `*actions.ts` module, with no inline "use server" functions', () => {
    expect(serverModules.filter((file) => !/actions\.ts$/.test(file))).toEqual([]);
    expect(appFiles.filter((file) => inlineServerDirectives(parse(file)) > 0)).toEqual([]);
  });

  it("gives each row a unique id, an answer for every role, and at least one case allowed to someone unless an approval (or four eyes) refuses all", () => {
    const ids = authorizationTable.map((row) => row.id);
    expect(ids.length).toBe(new Set(ids).size);
    for (const row of authorizationTable) {
      const cases = casesOf(row);
      expect(new Set(cases.map((c) => c.role)), row.id).toEqual(new Set(matrixRoles));
      expect(
        cases.some((c) => c.expected === "allowed"),
        `${row.id} is allowed to ${row.lockedByApproval || row.refusedToAll ? "someone, though it is refused to all" : "nobody"}`,
      ).toBe(!row.lockedByApproval && !row.refusedToAll);
    }
  });

  it("refuses anonymous callers everything but sign-in, sign-out and the public routes", () => {
    const open = authorizationTable.filter((row) => row.anonymous === "allowed").map((row) => row.id);
    expect(open.sort()).toEqual([
      "GET /api/auth/[...nextauth]",
      "GET /api/docs",
      "GET /api/docs/assets/[file]",
      "GET /api/v1/openapi.json",
      "GET /p/[token]",
      "chooseLanguageAction",
      "signInAction",
      "signOutAction",
    ]);
  });
});

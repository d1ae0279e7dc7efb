// Loads the parsers the database rules load lazily, from wherever the bundle put them: libpg-query
// (JavaScript plus a .wasm file it reads from its own directory) and mvdan-sh. The runner has no
// node_modules, so this is how tests prove dist/ is complete.

export interface SelfCheck {
  libpgQuery: { statements: number };
  mvdanSh: { commands: number };
}

interface ShellSyntax {
  NewParser(): { Parse(src: string, name: string): unknown };
  Walk(node: unknown, visit: (node: unknown) => boolean): void;
  NodeType(node: unknown): string;
}

export async function selfCheck(): Promise<SelfCheck> {
  const pg = await import('libpg-query');
  await pg.loadModule();
  const parsed = pg.parseSync('CREATE ROLE n8n_user LOGIN; REVOKE ALL ON DATABASE n8n FROM PUBLIC;');

  // mvdan-sh has no type declarations of its own (the database code declares the parts it uses).
  const shell = (await import('mvdan-sh')) as { default: { syntax: ShellSyntax } };
  const { syntax } = shell.default;
  let commands = 0;
  syntax.Walk(syntax.NewParser().Parse('psql -v ON_ERROR_STOP=1 <<EOSQL\nSELECT 1;\nEOSQL\necho done\n', 'check.sh'), (node) => {
    if (node && syntax.NodeType(node) === 'CallExpr') commands += 1;
    return true;
  });
  return { libpgQuery: { statements: parsed.stmts?.length ?? 0 }, mvdanSh: { commands } };
}

// Inline directives and config exceptions through the whole engine (real trees, all rules), and
// the directive parser on its own.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { text } from './helpers/rule-tester';
import { stringify } from 'yaml';
import { lint, lintTarget, resolveTarget } from '../src/engine/lint';
import { parseDirectives } from '../src/directives/parse';
import { applySuppressions } from '../src/engine/suppress';
import { buildHostModel } from '../src/model/host';
import type { Finding } from '../src/engine/types';
import { makeTree, type TreeSpec } from './helpers/tree';

const COMPOSE_RULES = new Set(['unpinned-image', 'obsolete-version', 'unused-directive', 'duplicate-container-name']);

async function run(tree: TreeSpec, config?: Record<string, unknown>, ruleLevels?: Map<string, 'off' | 'warn' | 'error'>): Promise<Finding[]> {
  const cwd = makeTree(config ? { ...tree, 'svclint.config.yaml': stringify(config) } : tree);
  const [result] = await lint({ cwd, paths: ['.'], ruleLevels });
  return result!.findings.filter((f) => COMPOSE_RULES.has(f.rule));
}

const brief = (f: Finding) => `${f.rule} ${f.path}:${f.line}:${f.column}`;
const automation = (compose: string, extra: TreeSpec = {}) => ({ services: { automation: { 'docker-compose.yml': compose, ...extra } } });
const FILE = 'services/automation/docker-compose.yml';

describe('inline directives', () => {
  it('svclint-disable-next-line suppresses the finding on the next line only', async () => {
    const findings = await run(
      automation(
        [
          'services:',
          '  n8n:',
          '    # svclint-disable-next-line unpinned-image -- pinned by digest in CI',
          '    image: n8nio/n8n:latest',
          '  worker:',
          '    image: n8nio/n8n:latest',
          '',
        ].join('\n'),
      ),
    );
    expect(findings.map(brief)).toEqual([`unpinned-image ${FILE}:6:12`]);
  });

  it('a directive-like line inside a block scalar is text: it suppresses nothing and is not reported', async () => {
    const findings = await run(
      automation(
        [
          'services:',
          '  n8n:',
          '    command: |',
          '      echo start',
          '      # svclint-disable-next-line unpinned-image -- x',
          '    image: n8nio/n8n:latest',
          '    environment:',
          '      NOTE: "# svclint-disable-next-line unpinned-image -- in a quoted string"',
          '',
        ].join('\n'),
      ),
    );
    expect(findings.map(brief)).toEqual([`unpinned-image ${FILE}:6:12`]);
  });

  it('a first-line svclint-disable covers the whole file, for every rule it names', async () => {
    const findings = await run(
      automation(
        [
          '# svclint-disable obsolete-version, unpinned-image -- vendor file, kept as shipped',
          'version: "3.8"',
          'services:',
          '  n8n:',
          '    image: n8nio/n8n:latest',
          '',
        ].join('\n'),
      ),
    );
    expect(findings).toEqual([]);
  });

  it('a directive without a reason is ignored and reported', async () => {
    const findings = await run(automation('services:\n  n8n:\n    # svclint-disable-next-line unpinned-image\n    image: n8nio/n8n:latest\n'));
    expect(findings.map(brief)).toEqual([`unused-directive ${FILE}:3:5`, `unpinned-image ${FILE}:4:12`]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toMatch(/has no reason/);
    expect(findings[0]!.fix).toMatch(/-- <reason>/);
  });

  it('a directive that suppresses nothing, or names an unknown rule, is reported at the comment', async () => {
    const findings = await run(
      automation(
        ['services:', '  n8n:', '    # svclint-disable-next-line unpinned-image, no-such-rule -- was latest', '    image: n8nio/n8n:1.70.3', ''].join('\n'),
      ),
    );
    expect(findings.map((f) => `${brief(f)} ${f.message}`)).toEqual([
      `unused-directive ${FILE}:3:5 Directive svclint-disable-next-line names unknown rule 'no-such-rule'.`,
      `unused-directive ${FILE}:3:5 Directive svclint-disable-next-line unpinned-image suppressed nothing: no unpinned-image finding on line 4.`,
    ]);
  });

  it('svclint-disable below the first line does not apply to the file and says so', async () => {
    const findings = await run(automation('services:\n  # svclint-disable unpinned-image -- x\n  n8n:\n    image: n8nio/n8n:latest\n'));
    expect(findings.map(brief)).toEqual([`unused-directive ${FILE}:2:3`, `unpinned-image ${FILE}:4:12`]);
    expect(findings[0]!.message).toMatch(/first line/);
  });

  it('works in an override file, at the override position of the finding', async () => {
    const findings = await run({
      services: {
        automation: {
          'compose.yaml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n',
          'compose.override.yaml': 'services:\n  n8n:\n    # svclint-disable-next-line unpinned-image -- local testing only\n    image: n8nio/n8n:latest\n',
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('a directive for a rule that is switched off is not reported as unused', async () => {
    const findings = await run(
      automation('services:\n  n8n:\n    # svclint-disable-next-line unpinned-image -- x\n    image: n8nio/n8n:1.70.3\n'),
      undefined,
      new Map([['unpinned-image', 'off']]),
    );
    expect(findings).toEqual([]);
  });

  it('unused-directive off: no reports, suppression still works', async () => {
    const findings = await run(
      automation(
        'services:\n  n8n:\n    # svclint-disable-next-line unpinned-image\n    image: n8nio/n8n:latest\n  w:\n    # svclint-disable-next-line unpinned-image -- x\n    image: n8nio/n8n:latest\n',
      ),
      undefined,
      new Map([['unused-directive', 'off']]),
    );
    expect(findings.map(brief)).toEqual([`unpinned-image ${FILE}:4:12`]);
  });
});

describe('config exceptions', () => {
  const config = (exceptions: unknown[]) => ({ extends: 'recommended', exceptions });

  it('an exception suppresses the rule at and inside its path (relative to the config)', async () => {
    const findings = await run(
      {
        services: {
          automation: { 'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:latest\n' },
          monitoring: { 'docker-compose.yml': 'services:\n  dozzle:\n    image: amir20/dozzle:latest\n' },
        },
      },
      config([{ rule: 'unpinned-image', path: 'services/automation', reason: 'upstream tracks latest' }]),
    );
    expect(findings.map(brief)).toEqual(['unpinned-image services/monitoring/docker-compose.yml:3:12']);
  });

  it('an exception that matches nothing is reported at its position in the config', async () => {
    const findings = await run(
      automation('services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n'),
      config([
        { rule: 'unpinned-image', path: 'services/automation', reason: 'upstream tracks latest' },
        { rule: 'no-such-rule', path: 'services', reason: 'x' },
      ]),
    );
    expect(findings.map((f) => `${brief(f)} ${f.message}`)).toEqual([
      "unused-directive svclint.config.yaml:3:5 Config exception for unpinned-image at 'services/automation' suppressed nothing: no unpinned-image finding is at or inside that path.",
      "unused-directive svclint.config.yaml:6:5 Config exception names unknown rule 'no-such-rule'.",
    ]);
  });
});

describe('init scripts and other files', () => {
  it('parseDirectives reads `--` comments in SQL and `#` after a shebang in shell', () => {
    const sql = parseDirectives(
      '/x/01.sql',
      'CREATE DATABASE a;\n-- svclint-disable-next-line initdb-public-connect -- revoked in 02.sql\nCREATE DATABASE b;\n# svclint-disable-next-line x -- not a SQL comment\n',
    );
    expect(sql.map((d) => [d.kind, d.line, d.column, d.rules, d.reason, d.appliesTo])).toEqual([
      ['disable-next-line', 2, 1, ['initdb-public-connect'], 'revoked in 02.sql', 3],
    ]);
    const sh = parseDirectives('/x/01.sh', '#!/bin/bash\n\n# svclint-disable plaintext-secret -- test fixture\npsql <<EOF\n');
    expect(sh.map((d) => [d.kind, d.line, d.problem])).toEqual([['disable', 3, null]]);
  });

  it('parseDirectives: trailing comments count, markers inside quotes do not, CRLF lines', () => {
    const directives = parseDirectives(
      '/x/compose.yaml',
      'a: "# svclint-disable-next-line x -- y"\r\nb: 1 # svclint-disable-next-line obsolete-version -- ok\r\n',
    );
    expect(directives.map((d) => [d.line, d.column, d.rules])).toEqual([[2, 6, ['obsolete-version']]]);
  });

  it('a directive in a file a finding points at, and an unused one in a mounted init script', async () => {
    const cwd = makeTree({
      services: {
        'core-infra': {
          'docker-compose.yml': 'services:\n  postgres:\n    image: postgres:16\n    volumes:\n      - ./postgres/init:/docker-entrypoint-initdb.d:ro\n',
          postgres: {
            init: { 'init.sql': '-- svclint-disable-next-line unpinned-image -- nothing here\nSELECT 1;\n' },
            'notes.sql': '-- svclint-disable-next-line obsolete-version -- x\nSELECT 2;\n',
          },
        },
      },
    });
    const target = resolveTarget('.', cwd, null);
    const model = await buildHostModel(target.root, target.policy, cwd);
    const notesSql = path.join(target.root, 'core-infra/postgres/notes.sql');
    expect(model.database.initScripts.map((s) => path.relative(target.root, s.file))).toEqual(['core-infra/postgres/init/init.sql']);
    const finding = { rule: 'obsolete-version', severity: 'warning' as const, path: notesSql, line: 2, column: 1, message: text('x'), fix: null };
    const kept = applySuppressions([finding], model);
    expect(kept.map((f) => `${f.rule} ${path.relative(target.root, f.path)}:${f.line}:${f.column}`)).toEqual([
      'unused-directive core-infra/postgres/init/init.sql:1:1',
    ]);
  });

  it('init scripts: directives come from the SQL and shell lexers (a directive-like text in a string or a here-document line of shell is text)', async () => {
    const compose = 'services:\n  postgres:\n    image: postgres:16.4\n    volumes:\n      - ./postgres/init:/docker-entrypoint-initdb.d:ro\n';
    const sql = [
      "SELECT '-- svclint-disable-next-line initdb-public-connect -- in a string';",
      'CREATE DATABASE a;',
      '-- svclint-disable-next-line initdb-public-connect -- a real SQL comment',
      'CREATE DATABASE b;',
      'DO $$ BEGIN',
      '-- svclint-disable-next-line initdb-public-connect -- inside a dollar-quoted body',
      'END $$;',
      'CREATE DATABASE c;',
      '',
    ].join('\n');
    const sh = [
      '#!/bin/bash',
      'set -e',
      'psql -v ON_ERROR_STOP=1 <<EOSQL',
      '\\echo # svclint-disable-next-line initdb-public-connect -- psql text in the here-document, no shell comment',
      'CREATE DATABASE d;',
      '-- svclint-disable-next-line initdb-public-connect -- a SQL comment in the here-document',
      'CREATE DATABASE e;',
      'EOSQL',
      '# svclint-disable-next-line initdb-public-connect -- a shell comment',
      'psql -c "CREATE DATABASE f;"',
      '',
    ].join('\n');
    const cwd = makeTree({ services: { 'core-infra': { 'docker-compose.yml': compose, postgres: { init: { '01.sql': sql, '02.sh': sh } } } } });
    const [result] = await lint({ cwd, paths: ['.'] });
    const found = result!.findings
      .filter((f) => f.rule === 'initdb-public-connect' || f.rule === 'unused-directive')
      .map((f) => `${f.rule} ${path.basename(f.path)}:${f.line}`);
    // b, e and f are suppressed; the text in the string, in the dollar-quoted body and after psql's
    // \\echo in the here-document is no directive (nothing reports it as unused).
    expect(found).toEqual(['initdb-public-connect 01.sql:2', 'initdb-public-connect 01.sql:8', 'initdb-public-connect 02.sh:5']);
  });

  it('unused-directive findings are made after suppression: a directive cannot hide them', async () => {
    const findings = await run(automation('services:\n  n8n:\n    # svclint-disable-next-line unused-directive -- try\n    image: n8nio/n8n:1.70.3\n'));
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/cannot suppress unused-directive/)]);
  });
});

it('lintTarget passes the selection: unused-directive takes the configured severity', async () => {
  const cwd = makeTree({
    ...automation('services:\n  n8n:\n    # svclint-disable-next-line unpinned-image -- x\n    image: n8nio/n8n:1.70.3\n'),
    'svclint.config.yaml': stringify({ extends: 'recommended', rules: { 'unused-directive': 'error' } }),
  });
  const result = await lintTarget(resolveTarget('.', cwd, null), { cwd, paths: ['.'] });
  expect(result.findings.filter((f) => f.rule === 'unused-directive').map((f) => f.severity)).toEqual(['error']);
});

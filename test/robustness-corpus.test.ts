// Every real-world tree of the shared corpus, linted by the built CLI: exit 0 or 1 (2 with one line when there is no tree), valid JSON,
// no stack trace, every finding well formed. Per-repo time and counts are printed (docs/robustness.md).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, runCli } from './helpers/cli';
import { lintJson } from './robustness-support';

const corpus = corpusDir();
const repos = readdirSync(corpus)
  .filter((name) => name.includes('__') && statSync(path.join(corpus, name)).isDirectory())
  .sort();
/** Sub-folders that are service roots of their own (the CLI picks `services/` by itself; the others are catch-alls). */
const SUB_ROOTS = ['services', 'apps', 'Apps', 'blueprints'];
const targets = repos.flatMap((repo) => [
  repo,
  ...SUB_ROOTS.filter((sub) => statSync(path.join(corpus, repo, sub), { throwIfNoEntry: false })?.isDirectory()).map((sub) => `${repo}/${sub}`),
]);

/**
 * Repositories with no services tree: compose files under other names (Admin.yml...) or only deep
 * inside test fixtures. The CLI says so (exit 2) instead of passing an empty lint.
 */
const NO_TREE = new Set(['JulioCassianoAlves__Docker-Homelab', 'compose-spec__compose-go', 'docker__compose']);

const rows: string[] = [];
afterAll(() => {
  console.log(['| target | exit | ms | stacks | services | errors | warnings | findings by rule |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
});

describe('the shared corpus through the CLI', () => {
  it('has the repositories', () => {
    expect(repos.length).toBeGreaterThanOrEqual(10);
  });

  it.each(targets)('%s', (target) => {
    if (NO_TREE.has(target)) {
      // No config, no services/ and no compose file near the top: a path typo must not pass as clean.
      const run = runCli([target], corpus);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`svclint: no services tree found in ${target} (looked for svclint.config.yaml, services/)\n`);
      rows.push(`| ${target} | 2 | | | | | | no services tree |`);
      return;
    }
    const { run, report, ms } = lintJson(corpus, [target]);
    const byRule = new Map<string, number>();
    for (const finding of report.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    const rules = [...byRule]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ');
    const { stacks, services, errors, warnings } = report.summary;
    rows.push(`| ${target} | ${run.status} | ${ms.toFixed(0)} | ${stacks} | ${services} | ${errors} | ${warnings} | ${rules} |`);
    // Paths are shown relative to the working directory, inside the linted folder.
    for (const finding of report.findings) expect(finding.path.startsWith(target.split('/')[0]!), finding.path).toBe(true);
  });
});

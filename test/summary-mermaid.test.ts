// The job summary's mermaid diagram of the planned moves: escaped labels, caps that keep the
// summary under GitHub's 1 MiB, and the real mermaid (the renderer GitHub uses) drawing it in
// chromium: the droplet's summary from the built CLI, and hostile folder names.
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../src/format/markdown';
import { placementPlan } from '../src/plan';
import { mermaidLabel, movesDiagramLines, type PlannedMove } from '../src/format/mermaid';
import { context, finding, result } from './format-fixtures';
import { launchBrowser, skipWithoutBrowser } from './helpers/browser';
import { REPO_ROOT, runCli } from './helpers/cli';

const HOSTILE = ['<img src=x onerror=alert(1)>', '</script>', `it's "quoted"`, 'a|b`c#d[e]'];

function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!match) throw new Error('no mermaid block');
  return match[1]!;
}

describe('moves diagram', () => {
  it('escapes every character mermaid or the fence would read', () => {
    for (const text of HOSTILE) expect(mermaidLabel(text)).not.toMatch(/["<>|`[\]]/);
    expect(mermaidLabel('a#b"c')).toBe('a#35;b#quot;c');
  });

  it('one edge per pair of folders, names listed on it, the root shortened', () => {
    const moves: PlannedMove[] = [
      { from: 'services/apps/openweb', to: 'services/interfaces/open-webui' },
      { from: 'services/apps/uptime-kuma', to: 'services/interfaces/uptime-kuma' },
      { from: 'services/n8n', to: 'services/automation/n8n' },
    ];
    const lines = movesDiagramLines(moves, 'services');
    expect(lines.slice(0, 4)).toEqual(['### Planned moves', '', '```mermaid', 'flowchart LR']);
    expect(lines).toContain('  f0 -->|"openweb → open-webui, uptime-kuma"| t1');
    expect(lines).toContain('  f2["services/"]');
    expect(lines).toContain('  f2 -->|"n8n"| t3');
    expect(movesDiagramLines([], 'services')).toEqual([]);
  });

  it('caps edges and bytes, and says what it left out', () => {
    const moves = Array.from({ length: 5000 }, (_, i) => ({ from: `services/group-${i}/svc-${i}`, to: `services/cap-${i % 700}/svc-${i}` }));
    const capped = movesDiagramLines(moves, 'services', { maxEdges: 60 });
    expect(capped.filter((l) => l.includes('-->'))).toHaveLength(60);
    expect(capped.join('\n')).toContain('_The diagram shows 60 of 5000 moves (60 of 5000 folder pairs)');
    const small = movesDiagramLines(moves, 'services', { maxBytes: 2000 });
    expect(Buffer.byteLength(small.join('\n'), 'utf8')).toBeLessThanOrEqual(2000);
    expect(small.filter((l) => l.includes('-->')).length).toBeGreaterThan(3);
  });

  it("draws the plan's moves that the reported findings carry (only-changed: just the change's)", async () => {
    const results = await lint({ cwd: REPO_ROOT, paths: ['examples/droplet-current'] });
    const ctx = context({ cwd: REPO_ROOT });
    const all = mermaidBlock(renderSummary(results, ctx));
    const plan = placementPlan(results[0]!.model!);
    expect(
      all
        .split('\n')
        .filter((l) => l.includes('-->'))
        .map((l) => /\|"([^"]*)"\|/.exec(l)![1]!.split(', ').length)
        .reduce((a, b) => a + b, 0),
    ).toBe(plan.moves.length);
    // A change to n8n's compose file: only its finding is reported, so only its move is drawn.
    const changed = [path.join(REPO_ROOT, 'examples/droplet-current/services/n8n/docker-compose.yml')];
    const onlyN8n = await lint({ cwd: REPO_ROOT, paths: ['examples/droplet-current'], changed, onlyChanged: true });
    const diagram = mermaidBlock(renderSummary(onlyN8n, ctx));
    expect(diagram.split('\n').filter((l) => l.includes('-->'))).toEqual([expect.stringMatching(/-->\|"n8n"\|/)]);
  });

  it('keeps the whole job summary under 1 MiB with 20,000 moves', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding({
        rule: 'misplaced-service',
        path: `services/apps-${i}/service-${i}`,
        target: `services/cap-${i % 1000}/service-${i}`,
        message: 'x'.repeat(200),
      }),
    );
    const summary = renderSummary([result(findings)], context());
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(SUMMARY_LIMIT_BYTES);
    const block = mermaidBlock(summary);
    expect(Buffer.byteLength(block, 'utf8')).toBeLessThanOrEqual(40_000);
    expect(block.split('\n').filter((l) => l.includes('-->')).length).toBeGreaterThan(10);
  });
});

const skipBrowser = skipWithoutBrowser("the summary's mermaid diagram was not rendered");

describe.skipIf(skipBrowser)('the diagram in mermaid itself (chromium)', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Renders with mermaid's own bundle; the SVG's text, or the parse error. */
  async function render(diagram: string): Promise<{ text: string; svg: string; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
    const svg = await page.evaluate(async (source) => {
      const mermaid = (
        globalThis as unknown as {
          mermaid: { initialize(o: object): void; parse(t: string): Promise<unknown>; render(id: string, t: string): Promise<{ svg: string }> };
        }
      ).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      await mermaid.parse(source);
      return (await mermaid.render('moves', source)).svg;
    }, diagram);
    await page.evaluate((markup) => {
      const out = (globalThis as unknown as { document: { getElementById(id: string): { innerHTML: string; textContent: string } } }).document.getElementById(
        'out',
      );
      out.innerHTML = markup;
    }, svg);
    const text = (await page.locator('#out').textContent()) ?? '';
    await page.close();
    return { text, svg, dialogs, errors };
  }

  it("draws the droplet's summary diagram (from the built CLI)", async () => {
    const run = runCli(['examples/droplet-current', '--format', 'markdown']);
    const diagram = mermaidBlock(run.stdout);
    const { text, dialogs, errors } = await render(diagram);
    for (const label of ['apps/', 'interfaces/', 'core-infra/', 'memory-orchestration/', 'openweb → open-webui, uptime-kuma']) expect(text).toContain(label);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws hostile folder names as text', async () => {
    const moves = HOSTILE.map((name, i) => ({ from: `services/${name}/svc-${i}`, to: `services/interfaces/${name}` }));
    const diagram = movesDiagramLines(moves, 'services').slice(3, -2).join('\n');
    const { text, svg, dialogs, errors } = await render(diagram);
    for (const name of HOSTILE) expect(text).toContain(`${name}/`);
    expect(svg).not.toMatch(/<img/i);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

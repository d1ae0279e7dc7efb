#!/usr/bin/env node
// The HTML report's size and render time on generated trees (issue: under 2 MB and under 2 s at
// 10,000 services). A measurement that prints numbers, never a timed test.
//
//   npm run bench:html                     # sizes 1000,10000, 3 page loads each
//   npm run bench:html -- --sizes 10000 --runs 5
//
// For each size: the tree (from `.bench-trees/`, generated once), `node dist/cli.cjs <tree>
// --format html` wall time and file size, then the page opened from disk in Debian's chromium
// (playwright-core): time from navigation to the drawn page (the page's own performance.now()
// when it sets data-ready), and the wall time to that point. Without chromium the browser
// columns read "n/a" with the reason.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateTree, GENERATOR_VERSION } from './generate.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repoRoot, 'dist', 'cli.cjs');
const chromiumPath = process.env.SVCLINT_CHROMIUM || '/usr/bin/chromium';
const SIZE_LIMIT = 2 * 1024 * 1024;
const RENDER_LIMIT_MS = 2000;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const sizes = option('sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('runs', '3'));

function ensureTree(size) {
  const dir = path.join(repoRoot, '.bench-trees', `services-${size}-seed-1-v${GENERATOR_VERSION}`);
  if (!fs.existsSync(path.join(dir, '.bench-complete.json'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    const result = generateTree(dir, { services: size, seed: 1 });
    fs.writeFileSync(path.join(dir, '.bench-complete.json'), JSON.stringify({ root: dir, services: result.services }));
  }
  return dir;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

if (!fs.existsSync(cli)) {
  console.error('bench/html: dist/cli.cjs is missing: run npm run build first');
  process.exit(2);
}
let chromium = null;
let browserNote = '';
if (fs.existsSync(chromiumPath)) ({ chromium } = await import('playwright-core'));
else browserNote = `${chromiumPath} is not installed`;

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-bench-html-'));
const rows = [];
for (const size of sizes) {
  const tree = ensureTree(size);
  const file = path.join(out, `report-${size}.html`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, tree, '--format', 'html', '--output-file', file], { encoding: 'utf8' });
  const cliMs = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) {
    console.error(`bench/html: svclint failed on ${size} services: ${run.stderr.trim()}`);
    process.exit(2);
  }
  const bytes = fs.statSync(file).size;
  const row = { size, bytes, cliMs, renderMs: null, wallMs: null, rows: null, expandMs: null, expandedRows: null };
  if (chromium) {
    const renders = [];
    const walls = [];
    const expands = [];
    for (let i = 0; i < runs; i++) {
      const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-chromium-')), {
        executablePath: chromiumPath,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
      walls.push(performance.now() - t0);
      renders.push(Number(await page.getAttribute('html', 'data-render-ms')));
      row.rows = await page.locator('.row').count();
      // Every folder of the current tree drawn at once (the button a reader presses on a big host).
      const t1 = performance.now();
      await page.locator('.treebox h3 button').first().click();
      // eslint-disable-next-line no-undef -- runs in the page
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      expands.push(performance.now() - t1);
      row.expandedRows = await page.locator('#tree-current .row').count();
      await context.close();
    }
    row.renderMs = median(renders);
    row.wallMs = median(walls);
    row.expandMs = median(expands);
  }
  rows.push(row);
}

console.log(`svclint --format html (median of ${runs} page loads in ${chromium ? 'chromium' : 'no browser'}; reports in ${out})`);
console.log(
  'services | file size | target < 2 MiB | svclint run | page drawn (performance.now) | wall to drawn | target < 2 s | tree rows drawn | "Expand all" (current tree)',
);
for (const r of rows) {
  const render = r.renderMs === null ? `n/a (${browserNote})` : `${Math.round(r.renderMs)} ms`;
  const wall = r.wallMs === null ? 'n/a' : `${Math.round(r.wallMs)} ms`;
  const met = r.renderMs === null ? 'n/a' : r.renderMs < RENDER_LIMIT_MS ? 'met' : 'NOT met';
  console.log(
    `${r.size.toLocaleString('en-US')} | ${mib(r.bytes)} | ${r.bytes < SIZE_LIMIT ? 'met' : 'NOT met'} | ${Math.round(r.cliMs)} ms | ${render} | ${wall} | ${met} | ${r.rows ?? 'n/a'} | ${r.expandMs === null ? 'n/a' : `${Math.round(r.expandMs)} ms, ${r.expandedRows} rows`}`,
  );
}

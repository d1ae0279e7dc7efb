// Regenerates the README's picture of the HTML report (docs/html-report.png):
//   npm run build && node scripts/screenshot-report.mjs [tree] [out.png]
// Needs Debian's chromium (/usr/bin/chromium, or SVCLINT_CHROMIUM).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [tree = 'examples/droplet-current', out = 'docs/html-report.png'] = process.argv.slice(2);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'svclint-screenshot-'));
const html = path.join(tmp, 'report.html');
const run = spawnSync(process.execPath, ['dist/cli.js', tree, '--format', 'html', '--output-file', html], { encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
  executablePath: process.env.SVCLINT_CHROMIUM || '/usr/bin/chromium',
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
  viewport: { width: 1400, height: 1500 },
});
const page = await context.newPage();
await page.goto(pathToFileURL(html).href);
await page.waitForSelector('html[data-ready="true"]');
// A folder selected, so the picture shows its findings beside the trees.
await page.locator('#tree-current .row[data-path="apps"]').click();
// The trees and the selected folder's findings (the summary is above, the other views below).
const box = await page.locator('#tree').boundingBox();
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Math.max(0, box.y - 8), width: 1400, height: 1400 } });
await context.close();
console.log(out);

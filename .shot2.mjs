import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [file, prefix, ...sels] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pwud-'), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 }, args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(pathToFileURL(file).href);
for (const [i, sel] of sels.entries()) { await page.locator(sel).first().screenshot({ path: `${prefix}-${i}.png` }); console.log(`${prefix}-${i}.png`); }
await ctx.close();

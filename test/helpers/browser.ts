// A real browser for the HTML report tests: Debian's chromium, driven by playwright-core (which
// downloads nothing). `.ci/run` installs chromium; without it the tests fail in CI (SVCLINT_CI=1)
// and are skipped, with the reason printed, elsewhere.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { skipWithoutTool } from './tools';

export const CHROMIUM = process.env.SVCLINT_CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export const browserMissing: string | null = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (apt-get install chromium; .ci/run does)`;

/** Call at a test file's top level: true when its browser tests must be skipped (in CI a missing browser is a failing test instead). */
export function skipWithoutBrowser(consequence: string): boolean {
  return skipWithoutTool('chromium', browserMissing === null, `${consequence} (${browserMissing})`);
}

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh profile (its own --user-data-dir) per launch. */
export async function launchBrowser(): Promise<BrowserContext> {
  if (browserMissing) throw new Error(browserMissing);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'svclint-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
    viewport: { width: 1400, height: 900 },
  });
}

export interface OpenedReport {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request other than the report file itself (each one is also aborted). */
  requests: string[];
  /** Dialogs (alert, confirm, prompt) the page tried to open. */
  dialogs: string[];
}

/** Opens a report from disk and waits until its script has drawn it. */
export async function openReport(context: BrowserContext, file: string): Promise<OpenedReport> {
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const opened: OpenedReport = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    opened.requests.push(requested);
    return route.abort();
  });
  page.on('request', (request) => {
    if (request.url() !== url && !opened.requests.includes(request.url())) opened.requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
  return opened;
}

// The HTML report in a real browser (Debian's chromium through playwright-core): the built CLI
// writes the report and the JSON of the same tree; the page must draw without console errors or
// network requests, show every service, filter findings, keep hostile names as text, and show
// the same memory and database numbers as the JSON output.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTree } from '../bench/generate.mjs';
import { launchBrowser, openReport, skipWithoutBrowser, type OpenedReport } from './helpers/browser';
import { REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';

const skipBrowser = skipWithoutBrowser('the HTML report was not tested in a browser');

interface JsonOutput {
  root: string;
  summary: { errors: number; warnings: number; services: number; stacks: number };
  findings: JsonFinding[];
  memory: {
    budget: number | null;
    total: number;
    declared: number;
    estimated: number;
    services: { service: string; path: string; bytes: number | null; limit: boolean; replicas: number }[];
  };
  databases?: {
    databases: { name: string; owner: string; public: boolean | null; crossGrants: { role: string }[] }[];
    clients: { service: string; roles: string[]; superuser: boolean }[];
  };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'svclint-html-browser-'));

/** Writes the report and the JSON of one tree with the built CLI. */
function report(target: string, name: string): { html: string; json: JsonOutput } {
  const html = path.join(tmp, `${name}.html`);
  const run = runCli([target, '--format', 'html', '--output-file', html]);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  const json = runCli([target, '--format', 'json']);
  expect(json.stderr).toBe('');
  return { html, json: JSON.parse(json.stdout) as JsonOutput };
}

/** A CSS attribute-selector value: quotes and backslashes escaped. */
const attr = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(tmp, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
}

/** The report's static promises, whatever the tree. */
async function expectCleanLoad(opened: OpenedReport): Promise<void> {
  expect(await opened.page.getAttribute('html', 'data-ready')).toBe('true');
  expect(opened.errors).toEqual([]);
  expect(opened.requests).toEqual([]);
  expect(opened.dialogs).toEqual([]);
}

async function expectEveryService(page: Page, json: JsonOutput): Promise<void> {
  const services = await page.locator('#tree-current .row[data-kind="service"]').count();
  expect(services).toBe(json.summary.services);
}

/** Selecting a rule shows only its findings; clearing the filter brings the others back. */
async function expectRuleFilter(page: Page, json: JsonOutput, rule: string): Promise<void> {
  const rows = page.locator('#findings .finding-list .finding');
  const select = page.locator('#findings select[data-filter="rule"]');
  const all = Math.min(json.findings.length, 100);
  expect(await rows.count()).toBe(all);
  // A rule's findings include those it was merged into (`also`): one cause, one finding.
  const wanted = json.findings.filter((f) => f.rule === rule || (f as JsonFinding & { also?: string[] }).also?.includes(rule)).length;
  expect(wanted).toBeGreaterThan(0);
  expect(wanted).toBeLessThan(json.findings.length);
  await select.selectOption(rule);
  expect(await rows.count()).toBe(Math.min(wanted, 100));
  expect(await page.locator(`#findings .finding-list .finding:not([data-rule=${attr(rule)}]):not([data-also~=${attr(rule)}])`).count()).toBe(0);
  await select.selectOption('');
  expect(await rows.count()).toBe(all);
}

async function expectMemoryMatchesJson(page: Page, json: JsonOutput): Promise<void> {
  const section = page.locator('#memory');
  const attr = async (name: string) => section.getAttribute(name);
  expect(Number(await attr('data-total'))).toBe(json.memory.total);
  expect(Number(await attr('data-declared'))).toBe(json.memory.declared);
  expect(Number(await attr('data-estimated'))).toBe(json.memory.estimated);
  expect(await attr('data-budget')).toBe(json.memory.budget === null ? '' : String(json.memory.budget));
  expect(Number(await attr('data-services'))).toBe(json.memory.services.length);
  expect(Number(await attr('data-no-limit'))).toBe(json.memory.services.filter((s) => !s.limit).length);
  // The first page of the table: the largest services, each with the JSON's bytes and limit.
  const rows = await page
    .locator('#memory tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ service: tr.getAttribute('data-service'), bytes: tr.getAttribute('data-bytes'), limit: tr.getAttribute('data-limit') })),
    );
  const expected = [...json.memory.services]
    .sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0) || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0))
    .slice(0, 100)
    .map((s) => ({ service: s.service, bytes: s.bytes === null ? '' : String(s.bytes), limit: String(s.limit) }));
  expect(rows.map((r) => r.bytes)).toEqual(expected.map((r) => r.bytes));
  expect(new Set(rows.map((r) => `${r.service}|${r.bytes}|${r.limit}`))).toEqual(new Set(expected.map((r) => `${r.service}|${r.bytes}|${r.limit}`)));
}

async function expectDatabasesMatchJson(page: Page, json: JsonOutput): Promise<void> {
  const access = json.databases!;
  const section = page.locator('#databases');
  expect(Number(await section.getAttribute('data-databases'))).toBe(access.databases.length);
  expect(Number(await section.getAttribute('data-clients'))).toBe(access.clients.length);
  expect(Number(await section.getAttribute('data-public'))).toBe(access.databases.filter((d) => d.public === true).length);
  expect(Number(await section.getAttribute('data-cross-grants'))).toBe(access.databases.reduce((n, d) => n + d.crossGrants.length, 0));
  const rows = await page.locator('#databases table.db-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.getAttribute('data-db'),
      owner: tr.getAttribute('data-owner'),
      public: tr.getAttribute('data-public'),
      cross: tr.getAttribute('data-cross'),
    })),
  );
  expect(rows).toEqual(
    access.databases
      .slice(0, 100)
      .map((d) => ({ name: d.name, owner: d.owner, public: d.public === null ? '' : String(d.public), cross: String(d.crossGrants.length) })),
  );
}

describe.skipIf(skipBrowser)('HTML report in chromium', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('examples/droplet-current: draws cleanly, every service, filters, and the JSON numbers', async () => {
    const { html, json } = report('examples/droplet-current', 'droplet-current');
    expect(readFileSync(html, 'utf8')).toContain('<script type="application/json" id="svclint-data">');
    const opened = await openReport(browser, html);
    const { page } = opened;
    await expectCleanLoad(opened);
    await expectEveryService(page, json);
    await expectRuleFilter(page, json, 'misplaced-service');
    await expectMemoryMatchesJson(page, json);
    await expectDatabasesMatchJson(page, json);

    // The numbers the memory-budget rule prints are the ones the view draws.
    const budgetFinding = json.findings.find((f) => f.rule === 'memory-budget')!;
    const total = /Memory adds up to ([\d.]+ [KMG]iB)/.exec(budgetFinding.message)![1]!;
    expect(await page.locator('#memory [data-memory="total"] .num').textContent()).toBe(total);
    // Every database the public-connect rule reports is open to PUBLIC in the view, and highlighted.
    for (const finding of json.findings.filter((f) => f.rule === 'initdb-public-connect')) {
      const name = /Database '([^']+)'/.exec(finding.message)![1]!;
      const row = page.locator(`#databases table.db-table tr[data-db=${attr(name)}]`);
      expect(await row.getAttribute('data-public')).toBe('true');
      expect(await row.getAttribute('class')).toContain('has-finding');
    }
    // The service the superuser rule reports logs in as the superuser in the view.
    const superuser = json.findings.find((f) => f.rule === 'postgres-superuser')!;
    const service = /^'([^']+)'/.exec(superuser.message)![1]!;
    expect(await page.locator(`#databases table.client-table tr[data-service=${attr(service)}]`).getAttribute('data-superuser')).toBe('true');

    // Clicking a folder shows the findings in it.
    await page.locator('#tree-current .row[data-path="apps"]').click();
    const underApps = json.findings.filter((f) => f.path === `${json.root}/apps` || f.path.startsWith(`${json.root}/apps/`));
    expect(underApps.length).toBeGreaterThan(1);
    expect(await page.locator('#tree-details .finding').count()).toBe(underApps.length);
    // A folder whose cause is reported at its catch-all parent lists that finding too (its move is one of its actions).
    await page.locator('#tree-current .row[data-path="apps/dozzle"]').click();
    expect(await page.locator('#tree-details .finding[data-rule="no-catch-all-dir"]').count()).toBe(1);
    // The planned tree marks the catch-all folder and its moved services.
    expect(await page.locator('#tree-current .row[data-path="apps"]').getAttribute('class')).toContain('removed');
    expect(await page.locator('#tree-planned .row.moved').count()).toBeGreaterThan(0);
    // The migration checklist is `svclint migrate`'s plan: the same steps in each phase, the URLs to try in Phase 3.
    const migrate = runCli(['migrate', 'examples/droplet-current', '--format', 'json']);
    const plan = JSON.parse(migrate.stdout) as { phases: { phase: number; actions: unknown[] }[]; checks: { urls: { url: string }[] } };
    for (const phase of plan.phases) {
      expect(await page.locator(`#migration .phase[data-phase="${phase.phase}"] > ul > li[data-op]:not([data-op="check"])`).count()).toBe(phase.actions.length);
    }
    const checks = (await page.locator('#migration .phase[data-phase="3"] li[data-op="check"]').allTextContents()).join('\n');
    expect(plan.checks.urls.length).toBeGreaterThan(0);
    for (const { url } of plan.checks.urls) expect(checks).toContain(url);
    const first = page.locator('#migration .phase[data-phase="1"]');
    await first.locator('input[type="checkbox"]').first().check();
    expect(await first.locator('h3').textContent()).toContain(`(1 of ${plan.phases[0]!.actions.length} done)`);
    await screenshot(page, 'droplet-current');
    await page.close();
  });

  it('a generated 1,000-service tree with XSS probes: hostile names stay text, every service, the JSON numbers', async () => {
    const dir = path.join(tmp, 'tree-1000');
    generateTree(dir, { services: 1000, seed: 7 });
    const capability = path.join(dir, 'services', 'automation');
    const imgName = '<img src=x onerror=alert(1)>';
    const scriptLabel = '</script><script>alert(2)</script>';
    const quoted = `it's "quoted"`;
    mkdirSync(path.join(capability, imgName), { recursive: true });
    writeFileSync(
      path.join(capability, imgName, 'docker-compose.yml'),
      // The label is kept as a probe of the page's data (a capability label with '/' is ignored, never
      // followed); the image name carries the same text into a finding's message (unpinned-image).
      `services:\n  "${imgName}":\n    image: "ghcr.io/acme/probe${scriptLabel}"\n    labels:\n      svclint.capability: "${scriptLabel}"\n`,
    );
    mkdirSync(path.join(capability, quoted), { recursive: true });
    writeFileSync(
      path.join(capability, quoted, 'docker-compose.yml'),
      `services:\n  quoted:\n    image: redis\n    labels:\n      note: "</script><b>bold</b>"\n`,
    );

    const { html, json } = report(path.relative(REPO_ROOT, dir), 'tree-1000');
    const text = readFileSync(html, 'utf8');
    // Large data travels compressed: the other decoding path of the page.
    expect(text).toContain('data-encoding="gzip-base64"');
    expect(json.summary.services).toBeGreaterThanOrEqual(1002);
    // The probes really reach the report's text (so the checks below mean something).
    expect(json.findings.some((f) => f.message.includes(scriptLabel))).toBe(true);
    expect(json.findings.some((f) => f.path.endsWith(imgName))).toBe(true);

    const opened = await openReport(browser, html);
    const { page } = opened;
    await expectCleanLoad(opened);
    await expectEveryService(page, json);
    await expectRuleFilter(page, json, 'unpinned-image');
    await expectMemoryMatchesJson(page, json);
    await expectDatabasesMatchJson(page, json);

    // Hostile names: shown as text, nothing injected, no dialog.
    await page.locator('#findings input[type="search"]').fill('onerror');
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain(imgName);
    expect(body).toContain(scriptLabel);
    expect(await page.locator(`#tree-current .row[data-path=${attr(`automation/${quoted}`)}] .name`).textContent()).toBe(quoted);
    expect(await page.locator(`#tree-current .row[data-path=${attr(`automation/${imgName}`)}] .name`).textContent()).toBe(imgName);
    expect(await page.locator('img, b, script[src]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    await page.locator(`#tree-current .row[data-path=${attr(`automation/${imgName}`)}]`).click();
    expect(await page.locator('#tree-details h3').textContent()).toContain(imgName);
    await page.waitForTimeout(200);
    expect(opened.dialogs).toEqual([]);
    expect(opened.errors).toEqual([]);
    await screenshot(page, 'tree-1000');
    await page.close();
  });
});

// The HTML report without a browser: the Content-Security-Policy allows exactly the page's own
// inline blocks, nothing in the page reaches the network, no text can close the data block,
// secrets stay out (in the plain and the compressed data), and the data is what the views draw.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint';
import { contentSecurityPolicy, escapeHtml, formatHtmlReport, jsonForScript } from '../src/format/html';
import { buildReportData, type ReportData } from '../src/format/html/data';
import CLIENT_JS from '../src/format/html/client.js?raw';
import REPORT_CSS from '../src/format/html/report.css?raw';
import { context, finding, result } from './format-fixtures';
import { makeTree } from './helpers/tree';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's parts: CSP meta, the style block, the data block and the script block. */
function parts(html: string) {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&#39;/g, "'");
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const dataTag = /<script type="([^"]+)" id="svclint-data"( data-encoding="gzip-base64")?>([\s\S]*?)<\/script>/.exec(html)!;
  const script = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(html)![1]!;
  const data = dataTag[2]
    ? (JSON.parse(gunzipSync(Buffer.from(dataTag[3]!, 'base64')).toString('utf8')) as ReportData)
    : (JSON.parse(dataTag[3]!) as ReportData);
  return { csp, style, script, data, compressed: Boolean(dataTag[2]), rawData: dataTag[3]! };
}

describe('HTML page safety', () => {
  const hostile = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u2028 "quoted" it\'s';
  const html = formatHtmlReport([result([finding({ rule: 'misplaced-service', path: `services/${hostile}`, message: hostile, fix: hostile })])], context());

  it('the CSP allows only the inline style and script, by hash, and no network', () => {
    const { csp, style, script } = parts(html);
    expect(style).toBe(REPORT_CSS);
    expect(script).toBe(CLIENT_JS);
    expect(csp).toBe(contentSecurityPolicy());
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual([sha(script)]);
    expect(directives.get('style-src')).toEqual([sha(style)]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('has nothing that loads from elsewhere, and the script never parses text as HTML', () => {
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '<script></script>').replace(/<style>[\s\S]*?<\/style>/, '');
    expect(markup).not.toMatch(/\s(src|href|action|srcset|poster)\s*=/i);
    expect(markup).not.toMatch(/<(link|iframe|img|object|embed|base|form)\b/i);
    expect(REPORT_CSS).not.toMatch(/@import|@font-face|url\(/i);
    expect(CLIENT_JS).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|fetch\(|XMLHttpRequest|WebSocket|import\(|sendBeacon|EventSource/,
    );
  });

  it('no text can end the data block: exactly two </script> in the page, and the data reads back intact', () => {
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!-- <img');
    const { data, compressed, rawData } = parts(html);
    expect(compressed).toBe(false);
    expect(rawData).not.toMatch(/[<>\u2028\u2029]/);
    expect(data.roots[0]!.findings[0]!.message).toBe(hostile);
    expect(data.roots[0]!.findings[0]!.path).toBe(`services/${hostile}`);
  });

  it('escapes the title and attributes', () => {
    expect(escapeHtml(`<a href="x">'&`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;');
    const titled = formatHtmlReport([{ ...result([]), root: `/home/david/infra/<b>"x"` }], context());
    expect(titled).toContain('<title>svclint: &#60;b&#62;&#34;x&#34; (0 errors, 0 warnings)</title>');
  });

  it('jsonForScript keeps the value and leaves no markup characters', () => {
    const value = { text: hostile, nested: ['</SCRIPT >', '<!--', '&amp;'] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('embeds large data compressed, and it decompresses to the same data', () => {
    const results = [result([finding({ rule: 'misplaced-service', path: 'services/apps/x', message: hostile })])];
    const compressed = parts(formatHtmlReport(results, context(), { compressOver: 0 }));
    expect(compressed.compressed).toBe(true);
    expect(compressed.data).toEqual(JSON.parse(JSON.stringify(buildReportData(results, context()))));
    expect(compressed.csp).toBe(contentSecurityPolicy());
  });
});

describe('secrets never reach the report', () => {
  const COMPOSE_SECRET = 'hunter2-plaintext-S3cret';
  const SQL_SECRET = 'another-Secret-99';
  // A shared Postgres with a literal password in its compose file and in its init script.
  const dir = makeTree({
    services: {
      'core-infra': {
        postgres: {
          'docker-compose.yml': `services:\n  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${COMPOSE_SECRET}\n    volumes:\n      - ./init:/docker-entrypoint-initdb.d:ro\n`,
          init: { '01-app.sql': `CREATE USER app_user WITH PASSWORD '${SQL_SECRET}';\nCREATE DATABASE app OWNER app_user;\n` },
        },
      },
    },
  });

  for (const compressOver of [undefined, 0]) {
    it(`in the ${compressOver === 0 ? 'compressed' : 'plain'} data`, async () => {
      const results = await lint({ cwd: dir, paths: ['.'] });
      const html = formatHtmlReport(results, context({ cwd: dir }), compressOver === undefined ? {} : { compressOver });
      const { data } = parts(html);
      const text = `${html}\n${JSON.stringify(data)}`;
      expect(data.roots[0]!.findings.some((f) => f.rule === 'plaintext-secret')).toBe(true);
      expect(data.roots[0]!.databases).not.toBeNull();
      expect(text).not.toContain(COMPOSE_SECRET);
      expect(text).not.toContain(SQL_SECRET);
      expect(text).not.toMatch(/hunter2|another-Secret/i);
    });
  }
});

describe('report data', () => {
  it('droplet-current: the tree, the plan, memory and databases', async () => {
    const cwd = new URL('..', import.meta.url).pathname;
    const results = await lint({ cwd, paths: ['examples/droplet-current'] });
    const data = buildReportData(results, context({ cwd }));
    const root = data.roots[0]!;
    expect(root.root).toBe('examples/droplet-current/services');
    expect(root.config).toBe('examples/droplet-current/svclint.config.yaml');
    // Every service directory of the model is a service node of the tree.
    const serviceNodes: string[] = [];
    const walk = (node: NonNullable<typeof root.tree>, rel: string) => {
      if (node[1] & 1 || node[1] & 256) serviceNodes.push(rel);
      for (const child of node[2] ?? []) walk(child, rel ? `${rel}/${child[0]}` : child[0]);
    };
    walk(root.tree!, '');
    expect(serviceNodes).toHaveLength(results[0]!.summary.services);
    expect(serviceNodes).toEqual(expect.arrayContaining(['apps/openweb', 'docker/postgres', 'n8n', 'archon/archon-ui']));
    // The placement plan's moves, with their kind; emptied folders removed; the second postgres retired.
    expect(root.moves).toContainEqual(['apps/openweb', 'interfaces/open-webui', expect.stringContaining('open-webui'), 'place']);
    expect(root.moves).toContainEqual(['docker/nginx', 'archive/nginx', expect.any(String), 'archive']);
    expect(root.removed).toEqual(expect.arrayContaining(['apps', 'docker']));
    // The stray second postgres is retired to archive/ by the migration steps: drawn as archived, not removed.
    expect(root.moves).toContainEqual(['postgres', 'archive/postgres', expect.stringContaining('second copy'), 'archive']);
    expect(root.retired).toEqual([]);
    // The checklist is migrate's plan: every phase has steps, Phase 3 its checks, Phase 2 the project names.
    const phases = root.phases!;
    expect(phases.map((p) => p.phase)).toEqual([1, 2, 3, 4, 5]);
    for (const phase of phases) expect(phase.actions.length + (phase.checks?.length ?? 0)).toBeGreaterThan(0);
    expect(phases[2]!.checks![0]).toMatch(/^lint the tree as it will stand/);
    expect(phases[1]!.projects!.join('\n')).toContain("'openweb' kept");
    expect(phases[4]!.actions.every((a) => a.op === 'edit')).toBe(true);
    // Capabilities: a finding about a misplaced folder counts for the capability it belongs to.
    const n8n = root.findings.find((f) => f.rule === 'service-outside-capability' && f.path.endsWith('services/n8n'))!;
    expect(n8n.capability).toBe('automation');
    // One cause, one finding: the catch-all's finding carries the moves out of it, and touches their folders.
    const apps = root.findings.find((f) => f.rule === 'no-catch-all-dir')!;
    expect(apps.also).toContain('misplaced-service');
    // Actions read as `svclint migrate` prints them.
    expect(apps.actions!.map((a) => a.text)).toContain(
      'move     examples/droplet-current/services/apps/dozzle -> examples/droplet-current/services/monitoring/dozzle',
    );
    expect(apps.touches).toEqual(
      expect.arrayContaining(['examples/droplet-current/services/apps/dozzle', 'examples/droplet-current/services/monitoring/dozzle']),
    );
    expect(root.memory!.budget).toBe(4 * 1024 ** 3);
    expect(root.memory!.total).toBe(root.memory!.declared + root.memory!.estimated);
    expect(root.databases!.databases.map((d) => d[0])).toEqual(['n8n', 'bestviable_erp', 'openwebui', 'tooljet']);
    // The superuser client's row carries the postgres-superuser finding.
    const client = root.databases!.clients.find((c) => c[0] === 'n8n')!;
    expect(client[4]).toBe(1);
    expect(client[6].map((i) => root.findings[i]!.rule)).toContain('postgres-superuser');
  });
});

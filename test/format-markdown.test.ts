import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT_BYTES, escapeCell, expectedLayoutLines, formatMarkdown, renderSummary } from '../src/format/markdown';
import type { Finding } from '../src/engine/types';
import { SEED_FINDINGS, context, finding, result } from './format-fixtures';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Table rows of the findings table (lines starting with `| ` after the Findings heading). */
function findingRows(markdown: string): string[] {
  const section = markdown.split('### Findings')[1] ?? '';
  return section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Path') && !line.startsWith('| ---'));
}

describe('escapeCell', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['line1\nline2\r\nline3', 'line1<br>line2<br>line3'],
    ['<script>&', '&lt;script&gt;&amp;'],
    ['C:\\path|x', 'C:\\\\path\\|x'],
  ])('%j', (input, expected) => expect(escapeCell(input)).toBe(expected));
});

describe('markdown summary', () => {
  it('has the heading, counts, a row per finding and the expected layout', () => {
    const md = formatMarkdown([result(SEED_FINDINGS)], context());
    expect(md.startsWith('## svclint: ✖ 5 errors, 1 warning\n')).toBe(true);
    expect(md).toContain('| Errors | Warnings | Services | Stacks |\n| ---: | ---: | ---: | ---: |\n| 5 | 1 | 14 | 6 |');
    const rows = findingRows(md);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe(
      '| `services/apps` | [no-catch-all-dir](https://github.com/svclint/svclint#no-catch-all-dir) | error | services/apps is a catch-all directory: move each service to its capability directory and remove apps/ |',
    );
    expect(rows[4]).toContain('| `services/n8n/docker-compose.yml:14:9` | [postgres-superuser]');
    expect(rows[4]).toContain('n8n_user<br>Fix: DB_POSTGRESDB_USER: n8n_user |');
    expect(rows[5]).toContain('| warning |');
    expect(md).toContain(
      [
        '### Expected layout',
        '',
        'Where misplaced things belong (← where each one is now):',
        '',
        '```text',
        '└── services/',
        '    ├── automation/',
        '    │   └── n8n  ← services/n8n',
        '    ├── interfaces/',
        '    │   └── open-webui  ← services/apps/openweb',
        '    └── monitoring/',
        '        └── dozzle  ← services/apps/dozzle',
        '```',
      ].join('\n'),
    );
    expect(md).not.toContain('Cut to stay under');
  });

  it('sums counts over several results and puts errors first', () => {
    const warningFirst = [SEED_FINDINGS[5]!, SEED_FINDINGS[0]!];
    const md = formatMarkdown([result(warningFirst, { services: 3, stacks: 2 }), result([SEED_FINDINGS[4]!], { services: 4, stacks: 1 })], context());
    expect(md).toContain('| 2 | 1 | 7 | 3 |');
    expect(findingRows(md).map((row) => row.split(' | ')[2])).toEqual(['error', 'error', 'warning']);
  });

  it('says so when there is nothing to report', () => {
    const md = formatMarkdown([result([], { services: 12, stacks: 5 })], context());
    expect(md).toBe(
      '## svclint: ✔ no problems\n\n| Errors | Warnings | Services | Stacks |\n| ---: | ---: | ---: | ---: |\n| 0 | 0 | 12 | 5 |\n\nNo findings.\n',
    );
  });

  it('keeps pipes and newlines in paths and messages inside their cells', () => {
    const odd = finding({
      rule: 'duplicate-host-port',
      path: 'services/core-infra/a|b/compose.yaml',
      line: 9,
      column: 7,
      message: 'host port 0.0.0.0:80/tcp | also published by services/core-infra/traefik/compose.yaml:12\nremove one of them',
    });
    const [row] = findingRows(formatMarkdown([result([odd])], context()));
    // Four cells: split on pipes that are not escaped.
    expect(row!.split(/(?<!\\)\|/).slice(1, -1)).toHaveLength(4);
    expect(row).toContain('`services/core-infra/a\\|b/compose.yaml:9:7`');
    expect(row).toContain('0.0.0.0:80/tcp \\| also published');
    expect(row).toContain('compose.yaml:12<br>remove one of them');
  });

  it('merges findings that share a target and nests deeper targets', () => {
    const lines = expectedLayoutLines([
      finding({ rule: 'misplaced-service', path: 'services/apps/litellm', target: 'services/integrations/litellm' }),
      finding({ rule: 'service-outside-capability', path: 'services/litellm-old', target: 'services/integrations/litellm' }),
      finding({ rule: 'misplaced-service', path: 'services/archon', target: 'services/memory-orchestration/archon' }),
      finding({ rule: 'no-catch-all-dir', path: 'services/apps' }),
    ]);
    expect(lines).toEqual([
      '└── services/',
      '    ├── integrations/',
      '    │   └── litellm  ← services/apps/litellm, services/litellm-old',
      '    └── memory-orchestration/',
      '        └── archon  ← services/archon',
    ]);
  });

  it('cuts 50,000 findings to stay under 1 MiB and says how many were cut', () => {
    const findings: Finding[] = Array.from({ length: 50_000 }, (_, i) =>
      i % 5 === 0
        ? finding({
            rule: 'misplaced-service',
            path: `services/apps/svc-${i}`,
            message: `svc-${i} belongs in services/integrations/svc-${i} (catalog: integration → integrations/)`,
            target: `services/integrations/svc-${i}`,
          })
        : finding({
            rule: 'unpinned-image',
            path: `services/integrations/svc-${i}/compose.yaml`,
            line: 4,
            column: 12,
            message: `image ghcr.io/example/svc-${i}:latest uses the moving tag "latest": pin a version or a digest — ☃`,
          }),
    );
    const md = formatMarkdown([result(findings)], context());
    const size = bytes(md);
    expect(size).toBeLessThan(SUMMARY_LIMIT_BYTES);
    // The cut fills the budget instead of stopping early.
    expect(size).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 2048);
    const shown = findingRows(md).length;
    const cut = 50_000 - shown;
    expect(shown).toBeGreaterThan(1000);
    const lastLine = md.trimEnd().split('\n').at(-1)!;
    expect(lastLine).toContain(`${cut.toLocaleString('en-US')} findings of 50,000`);
    expect(lastLine).toMatch(/expected-layout lines/);
    expect(lastLine).toMatch(/^_Cut to stay under 1 MiB: .* not shown\. Every finding is in the SARIF and JSON output\._$/);
    // The expected layout is still there, closed, even though it was cut too.
    expect(md).toMatch(/### Expected layout[\s\S]*```text\n└── services\/[\s\S]*\n```\n\n_Cut/);
  });

  it.each([4096, 10_000, 65_536])('stays under a %i-byte limit with multibyte text', (maxBytes) => {
    const findings = Array.from({ length: 500 }, (_, i) =>
      finding({ rule: 'no-catch-all-dir', path: `services/misc-${i}`, message: `services/misc-${i} ist ein Sammelordner — ☃ über alles` }),
    );
    const md = renderSummary([result(findings)], context(), { maxBytes });
    expect(bytes(md)).toBeLessThan(maxBytes);
    const shown = findingRows(md).length;
    expect(md.trimEnd().split('\n').at(-1)).toContain(`${(500 - shown).toLocaleString('en-US')} findings of 500`);
  });
});

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../src/format/junit';
import type { Finding } from '../src/engine/types';
import { SEED_FINDINGS, context, finding, result } from './format-fixtures';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
  // Return attribute and text values as written, decoded but not converted to numbers.
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

interface Testcase {
  name: string;
  classname: string;
  file?: string;
  line?: string;
  failure?: { message: string; type: string; text: string };
  skipped?: { message: string; type: string; text: string };
}
interface Testsuite {
  name: string;
  tests: string;
  failures: string;
  skipped: string;
  testcase: Testcase[];
}

function parse(xml: string): { testsuites: { tests: string; failures: string; skipped: string; testsuite: Testsuite[] } } {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return parser.parse(xml);
}

describe('escapeXml', () => {
  it.each([
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['say "hi" it\'s', 'say &quot;hi&quot; it&apos;s'],
    ['tab\there\nnew', 'tab&#9;here&#10;new'],
    ['bell\u0007 esc\u001b nul\u0000', 'bell\uFFFD esc\uFFFD nul\uFFFD'],
    ['lone \uD800 surrogate, pair 😀 kept', 'lone \uFFFD surrogate, pair 😀 kept'],
  ])('%j', (input, expected) => expect(escapeXml(input)).toBe(expected));
});

describe('junit format', () => {
  it('groups findings into one suite per path; errors fail, warnings are skipped', () => {
    const xml = formatJunit([result(SEED_FINDINGS)], context());
    const doc = parse(xml).testsuites;
    expect(doc).toMatchObject({ tests: '6', failures: '5', skipped: '1' });
    expect(doc.testsuite.map((s) => s.name)).toEqual([
      'services/apps',
      'services/n8n',
      'services/apps/openweb',
      'services/apps/dozzle',
      'services/n8n/docker-compose.yml',
      'services/apps/dozzle/compose.yaml',
    ]);
    const superuser = doc.testsuite[4]!.testcase[0]!;
    expect(superuser).toMatchObject({
      name: 'postgres-superuser at 14:9',
      classname: 'services/n8n/docker-compose.yml',
      file: 'services/n8n/docker-compose.yml',
      line: '14',
    });
    expect(superuser.failure!.type).toBe('postgres-superuser');
    expect(superuser.failure!.message).toBe(SEED_FINDINGS[4]!.message);
    expect(superuser.failure!.text).toBe(
      `services/n8n/docker-compose.yml:14:9: error: ${SEED_FINDINGS[4]!.message}\nFix: DB_POSTGRESDB_USER: n8n_user (postgres-superuser)`,
    );
    const unpinned = doc.testsuite[5]!.testcase[0]!;
    expect(unpinned.failure).toBeUndefined();
    expect(unpinned.skipped!.text).toMatch(/^services\/apps\/dozzle\/compose\.yaml:3:12: warning: /);
    // A directory finding has no line attribute.
    expect(doc.testsuite[0]!.testcase[0]!.line).toBeUndefined();
  });

  it('round-trips <, &, ", newlines and replaces control characters', () => {
    const nasty: Finding = finding({
      rule: 'plaintext-secret',
      path: 'services/core-infra/postgres/init/01 <roles>&"x".sql',
      line: 3,
      column: 5,
      message: 'literal password in CREATE ROLE n8n_user ... PASSWORD \'…\' <redacted> & "quoted"\nuse ${N8N_DB_PASSWORD}\u0007\u001b[0m',
    });
    const xml = formatJunit([result([nasty])], context());
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // fast-xml-parser tolerates a raw `<` inside attributes, so check the escaping itself too.
    expect(xml).not.toContain('<roles>');
    expect(xml).not.toContain('<redacted>');
    expect(xml).toContain('01 &lt;roles&gt;&amp;&quot;x&quot;.sql');
    const testcase = parse(xml).testsuites.testsuite[0]!.testcase[0]!;
    expect(testcase.file).toBe(nasty.path);
    const expectedMessage = nasty.message.replace(/[\u0007\u001b]/g, '\uFFFD');
    expect(testcase.failure!.message).toBe(expectedMessage);
    expect(testcase.failure!.text).toContain(expectedMessage);
  });

  it('reports a clean run as one passing testcase', () => {
    const doc = parse(formatJunit([result([])], context())).testsuites;
    expect(doc).toMatchObject({ tests: '1', failures: '0', skipped: '0' });
    expect(doc.testsuite).toHaveLength(1);
    expect(doc.testsuite[0]!.testcase).toHaveLength(1);
    expect(doc.testsuite[0]!.testcase[0]!.failure).toBeUndefined();
    expect(doc.testsuite[0]!.testcase[0]!.skipped).toBeUndefined();
  });
});

// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).
// GitHub reads: tool.driver.rules (descriptions, help, tags), result.ruleId/level/message,
// the first location's repo-relative URI and region, and partialFingerprints to track an
// alert across runs.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Finding, RuleInfo } from '../engine/types';
import type { FormatContext, Formatter } from './types';
import { allFindings, findingText } from './annotations';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** partialFingerprints key; bump the version if the hashed fields ever change (v3: rule, message id, path, key; v2 had no message id; v1 hashed the message). */
export const FINGERPRINT_KEY = 'svclintFinding/v3';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: { tags: string[] };
}

/** `no-catch-all-dir` -> `NoCatchAllDir` (SARIF reportingDescriptor.name must not equal the id). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function absoluteUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The tool's home page: the rules' documentation page without its anchor (README links). */
function informationUri(rules: readonly RuleInfo[]): string | undefined {
  for (const rule of rules) {
    const url = absoluteUrl(rule.docs);
    if (url) return url.split('#')[0];
  }
  return undefined;
}

function ruleDescriptor(meta: RuleInfo): SarifRule {
  const docs = absoluteUrl(meta.docs);
  const rationale = meta.rationale.trim() || meta.description;
  const descriptor: SarifRule = {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: rationale },
    help: {
      text: `${meta.description}\n\n${rationale}${docs ? `\n\nDocumentation: ${docs}` : ''}`,
      markdown: `**${meta.description}**\n\n${rationale}${docs ? `\n\n[Documentation](${docs})` : ''}`,
    },
    defaultConfiguration: { level: meta.severity },
    properties: { tags: [meta.group] },
  };
  if (docs) descriptor.helpUri = docs;
  return descriptor;
}

/** A descriptor for a finding whose rule is not registered (so every ruleId resolves). */
function unknownRuleDescriptor(finding: Finding): SarifRule {
  const text = `svclint rule ${finding.rule}`;
  return {
    id: finding.rule,
    name: pascalCase(finding.rule),
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: finding.severity },
    properties: { tags: ['meta'] },
  };
}

/** Relative URI reference for a cwd-relative `/` path: each segment percent-encoded. */
export function pathToUri(relPath: string): string {
  return relPath
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/**
 * What identifies an alert across runs: the rule, the message id, the primary path and the
 * finding's stable key (a service, container name, port; by default the text of the reported
 * line). Never the message text, which names other sides' positions and totals, nor line numbers.
 */
export function fingerprint(finding: Finding): string {
  return createHash('sha256')
    .update(`${finding.rule}\0${finding.messageId ?? ''}\0${finding.path}\0${finding.key ?? ''}`)
    .digest('hex');
}

interface PhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region?: { startLine: number; startColumn?: number };
}

/**
 * A place as code scanning shows it: a file and a region. A folder (no line) is shown at the file
 * that stands for it (its stack file, or its first file, line 1: the finding's `anchor`); without
 * one, the folder itself with line 1.
 */
function physicalLocation(place: { path: string; line: number | null; column: number | null }, anchor: Finding['anchor']): PhysicalLocation {
  if (place.line == null && anchor) return { artifactLocation: { uri: pathToUri(anchor.path), uriBaseId: SRCROOT }, region: { startLine: anchor.line } };
  const location: PhysicalLocation = { artifactLocation: { uri: pathToUri(place.path), uriBaseId: SRCROOT }, region: { startLine: place.line ?? 1 } };
  if (place.line != null && place.column != null) location.region!.startColumn = place.column;
  return location;
}

function relatedLocations(finding: Finding) {
  return (finding.related ?? []).map((related, index) => ({
    id: index + 1,
    physicalLocation: physicalLocation(related, finding.relatedAnchors?.[index] ?? null),
    message: { text: related.line == null ? `${related.path}: ${related.message}` : related.message },
  }));
}

export function buildSarif(findings: readonly Finding[], context: FormatContext) {
  const rules = context.rules.map(ruleDescriptor);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  for (const finding of findings) {
    if (!ruleIndex.has(finding.rule)) {
      ruleIndex.set(finding.rule, rules.length);
      rules.push(unknownRuleDescriptor(finding));
    }
  }

  // Identical rule+path+message findings (same problem on several lines) get an occurrence
  // suffix, as CodeQL does, so they stay separate alerts.
  const seen = new Map<string, number>();
  const results = findings.map((finding) => {
    const hash = fingerprint(finding);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    const related = relatedLocations(finding);
    const text = findingText(finding);
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule)!,
      level: finding.severity,
      // A folder finding is shown at a file inside it: the message says which folder it is about.
      message: { text: finding.line == null && finding.anchor && !text.includes(finding.path) ? `${finding.path}: ${text}` : text },
      locations: [{ physicalLocation: physicalLocation(finding, finding.anchor ?? null) }],
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
      ...(finding.also && finding.also.length > 0 ? { properties: { also: finding.also } } : {}),
    };
  });

  const infoUri = informationUri(context.rules);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'svclint',
            version: context.version,
            semanticVersion: context.version,
            ...(infoUri ? { informationUri: infoUri } : {}),
            rules,
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` },
        },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits' as const,
        results,
      },
    ],
  };
}

export const formatSarif: Formatter = (results, context) => `${JSON.stringify(buildSarif(allFindings(results), context), null, 2)}\n`;

export default formatSarif;

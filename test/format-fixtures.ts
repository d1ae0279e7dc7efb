// Hand-built inputs for the formatter tests: real rule ids and messages shaped like the
// engine's, on the tree the seed document describes (services/apps, services/n8n, …).
import type { Finding, LintResult, RuleInfo } from '../src/engine/types';
import type { FormatContext } from '../src/format/types';

const DOCS = 'https://github.com/svclint/svclint#';

function rule(id: string, group: RuleInfo['group'], severity: RuleInfo['severity'], description: string, rationale: string): RuleInfo {
  return { id, group, severity, description, rationale, docs: `${DOCS}${id}`, messages: {} };
}

export const RULES: RuleInfo[] = [
  rule(
    'no-catch-all-dir',
    'structure',
    'error',
    'A directory named like a catch-all (apps, misc, other, …)',
    '"apps" is an antipattern: a catch-all directory mixes unrelated services (chat interface ≠ log viewer ≠ LLM proxy).',
  ),
  rule(
    'service-outside-capability',
    'structure',
    'error',
    'A service directory directly under root',
    'Every service belongs to a capability directory, so the tree answers "where does a new service go?".',
  ),
  rule(
    'misplaced-service',
    'structure',
    'error',
    'A service whose capability is known but that sits elsewhere',
    'Services are grouped by what they do; the decision tree names the one place each service goes.',
  ),
  rule(
    'unpinned-image',
    'compose',
    'warning',
    'An image with no tag or a moving tag and no digest',
    'A moving tag changes what runs on the host without a change in the repository.',
  ),
  rule(
    'postgres-superuser',
    'database',
    'error',
    'A service that connects to the shared Postgres as its superuser',
    "Each service gets its own role; the superuser can read and drop every other service's database.",
  ),
  rule(
    'duplicate-host-port',
    'compose',
    'error',
    'One host port published twice on the host, across all stacks',
    'Two stacks publishing one port cannot both start on the same host.',
  ),
];

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd: '/home/david/infra', version: '0.1.0', rules: RULES, color: false, ...overrides };
}

export function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'path'>): Finding {
  const meta = RULES.find((r) => r.id === partial.rule);
  return {
    severity: meta?.severity ?? 'error',
    line: null,
    column: null,
    message: `${partial.rule} at ${partial.path}`,
    fix: null,
    ...partial,
  };
}

/** Findings like the seed document's current tree produces. */
export const SEED_FINDINGS: Finding[] = [
  finding({
    rule: 'no-catch-all-dir',
    path: 'services/apps',
    message: 'services/apps is a catch-all directory: move each service to its capability directory and remove apps/',
  }),
  finding({
    rule: 'service-outside-capability',
    path: 'services/n8n',
    message: 'n8n sits directly under the root: move it to services/automation/n8n (placement table: n8n -> automation/)',
    target: 'services/automation/n8n',
  }),
  finding({
    rule: 'misplaced-service',
    path: 'services/apps/openweb',
    message: 'open-webui belongs in services/interfaces/open-webui (catalog: chat interface -> interfaces/)',
    target: 'services/interfaces/open-webui',
  }),
  finding({
    rule: 'misplaced-service',
    path: 'services/apps/dozzle',
    message: 'dozzle belongs in services/monitoring/dozzle (catalog: log viewer -> monitoring/)',
    target: 'services/monitoring/dozzle',
  }),
  finding({
    rule: 'postgres-superuser',
    path: 'services/n8n/docker-compose.yml',
    line: 14,
    column: 9,
    message: 'n8n connects to the shared Postgres as the superuser "postgres" (DB_POSTGRESDB_USER): give it its own role n8n_user',
    fix: 'DB_POSTGRESDB_USER: n8n_user',
  }),
  finding({
    rule: 'unpinned-image',
    path: 'services/apps/dozzle/compose.yaml',
    line: 3,
    column: 12,
    message: 'image amir20/dozzle:latest uses the moving tag "latest": pin a version or a digest',
  }),
];

export function result(findings: Finding[], summary: Partial<LintResult['summary']> = {}): LintResult {
  return {
    root: '/home/david/infra/services',
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      services: 14,
      stacks: 6,
      ...summary,
    },
    model: null,
    failures: [],
    rules: RULES,
  };
}

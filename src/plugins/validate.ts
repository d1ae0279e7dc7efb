// What a plugin must give: rules with the public API's shape. A plugin that does not is a config
// error naming its file, before anything runs.
import type { Rule } from '../api/types';
import { ConfigError } from '../errors';

const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The plugin's name and rules, or null when the value is no rule, list of rules or plugin. */
export function pluginShape(value: unknown): { name?: string; rules: unknown[] } | null {
  if (Array.isArray(value)) return value.length > 0 ? { rules: value } : null;
  if (typeof value !== 'object' || value === null) return null;
  if ('meta' in value && 'check' in value) return { rules: [value] };
  if ('rules' in value) {
    const { name, rules } = value as { name?: unknown; rules: unknown };
    const list = Array.isArray(rules) ? rules : typeof rules === 'object' && rules !== null ? Object.values(rules) : null;
    if (!list) return null;
    return typeof name === 'string' && name !== '' ? { name, rules: list } : { rules: list };
  }
  return null;
}

/** Checks a plugin rule's shape (its types were checked for .ts files; .js files get this). */
export function checkRule(value: unknown, where: string): asserts value is Rule {
  const fail = (what: string): never => {
    throw new ConfigError(`${where}: invalid rule: ${what}`);
  };
  if (typeof value !== 'object' || value === null) fail('not an object made with defineRule');
  const rule = value as { meta?: Record<string, unknown>; check?: unknown };
  if (typeof rule.check !== 'function') fail('check(context) is not a function');
  const meta = rule.meta;
  if (typeof meta !== 'object' || meta === null) fail('meta is missing');
  const m = meta as Record<string, unknown>;
  if (typeof m.id !== 'string' || !RULE_ID.test(m.id)) fail(`meta.id ${JSON.stringify(m.id)} is not a kebab-case id (e.g. require-healthcheck)`);
  const id = m.id as string;
  if (typeof m.group !== 'string' || m.group === '') fail(`${id}: meta.group must be a non-empty string`);
  if (m.severity !== 'error' && m.severity !== 'warning') fail(`${id}: meta.severity must be 'error' or 'warning'`);
  for (const key of ['description', 'rationale'] as const)
    if (typeof m[key] !== 'string' || m[key] === '') fail(`${id}: meta.${key} must be a non-empty string`);
  const messages = m.messages;
  if (typeof messages !== 'object' || messages === null || Object.keys(messages).length === 0) fail(`${id}: meta.messages must map message ids to templates`);
  for (const [key, template] of Object.entries(messages as object)) if (typeof template !== 'string') fail(`${id}: meta.messages.${key} must be a string`);
  if (m.schema !== undefined && (typeof m.schema !== 'object' || m.schema === null)) fail(`${id}: meta.schema must be a JSON Schema object`);
  if (m.defaultOptions !== undefined && (typeof m.defaultOptions !== 'object' || m.defaultOptions === null || Array.isArray(m.defaultOptions)))
    fail(`${id}: meta.defaultOptions must be an object`);
}

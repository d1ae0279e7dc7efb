// The engine renders messages: templates with `{{name}}` placeholders filled from the report's
// data, paths relative to where the user stands. Rules never see the working directory.
import { isPathValue, isTextValue } from '../api/values';
import type { MessageData, MessageValue } from '../api/types';
import { displayPath } from '../util/paths';
import type { Message } from './types';

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** The names a template's placeholders use. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function renderValue(value: MessageValue | readonly MessageValue[], cwd: string): string {
  if (Array.isArray(value)) return value.map((v: MessageValue) => renderValue(v, cwd)).join(', ');
  if (isTextValue(value)) return value.$text.map((part) => renderValue(part, cwd)).join('');
  if (isPathValue(value)) {
    const rel = displayPath(value.$path, cwd);
    if (value.line !== undefined) return `${rel}:${value.line}${value.column !== undefined ? `:${value.column}` : ''}`;
    return value.folder && !rel.endsWith('/') ? `${rel}/` : rel;
  }
  return String(value);
}

/** A template with its data filled in; a placeholder without data stays as written (the rule tester refuses it). */
export function renderTemplate(template: string, data: MessageData, cwd: string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? renderValue(data[name]!, cwd) : whole));
}

export function renderMessage(message: Message, cwd: string): string {
  return renderTemplate(message.template, message.data, cwd);
}

/** The data as the output shows it: every place rendered. */
export function renderData(data: MessageData, cwd: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(data)) {
    out[name] = typeof value === 'number' || typeof value === 'boolean' ? value : renderValue(value, cwd);
  }
  return out;
}

// Output formats by name. stylish and json are always loaded; the CI formats are imported on demand
// (separate chunks in the bundle), so a plain run does not pay for them.
import { UsageError } from '../errors';
import type { Formatter } from './types';
import { formatJson } from './json';
import { formatStylish } from './stylish';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export async function getFormatter(name: string): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return formatStylish;
    case 'json':
      return formatJson;
    case 'sarif':
      return (await import('./sarif')).formatSarif;
    case 'github':
      return (await import('./github')).formatGithub;
    case 'junit':
      return (await import('./junit')).formatJunit;
    case 'markdown':
      return (await import('./markdown')).formatMarkdown;
    case 'html':
      return (await import('./html')).formatHtml;
    default:
      throw new UsageError(`--format: unknown format '${name}' (choose ${FORMAT_NAMES.join(', ')})`);
  }
}

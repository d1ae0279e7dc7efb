// `svclint --help`, generated from the command and option tables.
import type { OptionSpec } from './args';
import { COMMANDS, OPTIONS, type CommandSpec } from './options';

export function helpText(commands: readonly CommandSpec[] = COMMANDS, options: readonly OptionSpec[] = OPTIONS): string {
  const usage = commands.map((c) => [`svclint ${c.usage}`, c.summary] as const);
  const flags = options.map((o) => {
    const short = o.short ? `-${o.short}, ` : '    ';
    const value = o.value ? (o.optional ? ` [${o.value}]` : ` ${o.value}`) : '';
    return [`${short}--${o.name}${value}`, o.help] as const;
  });
  const column = (rows: readonly (readonly [string, string])[], indent: string) => {
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    return rows.map(([left, right]) => `${indent}${left.padEnd(width)}${right}`).join('\n');
  };
  return [
    'svclint — policy linter for self-hosted service trees',
    '',
    'Usage:',
    column(usage, '  '),
    '',
    'Options:',
    column(flags, '  '),
    '',
    'Environment: NO_COLOR (no colours), FORCE_COLOR (colours even when not on a terminal; 0 turns them off).',
    'Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or internal error.',
    '',
  ].join('\n');
}

// Environment variables as the database rules read them: the value with unknown `${VAR}` kept
// in place (so a URL with an unset password still gives its user and host), and the position of
// the value, or of one piece of it, in the file that sets it.
import { interpolate } from '../compose/interpolate';
import type { ComposeService, EnvVar } from '../compose/types';
import type { SourceLoc } from '../files/types';

/** The value with every variable the stack's `.env` knows filled in; unknown ones stay `${VAR}`. */
export function partialValue(service: ComposeService, variable: EnvVar): string | null {
  if (variable.value !== null) return variable.value;
  if (variable.raw === null) return null;
  return interpolate(variable.raw, (name) => service.stack.env.get(name)).value;
}

/** Whether text holds a variable reference Compose would interpolate (`$$` is a literal `$`). */
export function hasVariable(text: string): boolean {
  return /(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(text);
}

/**
 * Position of the character `offset` of a variable's raw value. The raw text is searched on the
 * line of the entry, from its column (map key, list item or env_file line), so plain and quoted
 * scalars both work; a value the line does not hold verbatim (folded, escaped) falls back to the
 * entry's own position.
 */
export function valueLoc(service: ComposeService, variable: EnvVar, offset = 0): SourceLoc | null {
  const loc = variable.loc;
  if (!loc) return null;
  const raw = variable.raw;
  // The stack's reader is the run's file cache: the env file is not read again.
  const line = service.stack.lines(loc.file)?.[loc.line - 1];
  if (raw === null || raw === '' || line === undefined) return loc;
  const at = line.indexOf(raw, Math.max(0, loc.column - 1 + (line.slice(loc.column - 1).startsWith(variable.name) ? variable.name.length : 0)));
  if (at < 0) return loc;
  return { file: loc.file, line: loc.line, column: at + 1 + offset };
}

// A small argument parser driven by a table of options (src/cli/options.ts), with the behaviour
// ESLint users expect: `--flag value` and `--flag=value`, `-f value` and `-fvalue`, combined short
// booleans (`-qv`), `--no-<flag>` for booleans, negative numbers as values (`--max-warnings -1`),
// `--` ending the options, and one-line errors with a did-you-mean.
import { nearest } from '../compose/schema/suggest';
import { UsageError } from '../errors';

export interface OptionSpec {
  /** Long name without `--`. */
  name: string;
  /** One letter, without `-`. */
  short?: string;
  /** Placeholder of the value (`FILE`); absent for a boolean flag. */
  value?: string;
  /** The value may be left out (`--initdb-exec` alone): then `default` is taken; a following word is the value only when it is one of `choices`. */
  optional?: { default: string; choices: readonly string[] };
  /** Allowed values (checked, listed in the error). */
  choices?: readonly string[];
  /** Repeatable: the values are collected in order. */
  multiple?: boolean;
  /** Commands that accept it; absent: every command. */
  commands?: readonly string[];
  /** One line for --help. */
  help: string;
}

export interface ParsedArgs {
  positionals: string[];
  /** By long name: string for a value, string[] when multiple, boolean for a flag. */
  values: Map<string, string | string[] | boolean>;
}

/** Typed reads of parsed values, so adding a flag needs no type declaration. */
export class Flags {
  constructor(private readonly values: ParsedArgs['values']) {}

  string(name: string): string | undefined {
    const value = this.values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  list(name: string): string[] {
    const value = this.values.get(name);
    return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  }

  bool(name: string): boolean | undefined {
    const value = this.values.get(name);
    return typeof value === 'boolean' ? value : undefined;
  }

  has(name: string): boolean {
    return this.values.has(name);
  }
}

const NUMBER = /^-\d+$/;

export function parseArgs(argv: readonly string[], options: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map(options.map((o) => [o.name, o]));
  const byShort = new Map(options.filter((o) => o.short).map((o) => [o.short!, o]));
  const positionals: string[] = [];
  const values: ParsedArgs['values'] = new Map();

  const set = (option: OptionSpec, value: string | boolean, shown: string) => {
    if (typeof value === 'string' && option.choices && !option.choices.includes(value)) {
      const suggestion = nearest(value, option.choices);
      throw new UsageError(`${shown}: unknown value '${value}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (choose ${option.choices.join(', ')})`);
    }
    if (option.multiple && typeof value === 'string') {
      const previous = values.get(option.name);
      values.set(option.name, [...(Array.isArray(previous) ? previous : []), value]);
    } else {
      values.set(option.name, value);
    }
  };
  /** The value of an option that takes one: inline, or the next argument (a number like -1 counts). */
  const takeValue = (option: OptionSpec, inline: string | undefined, rest: readonly string[], index: number, shown: string): [string, number] => {
    if (inline !== undefined) return [inline, index];
    const next = rest[index + 1];
    if (option.optional) {
      return next !== undefined && option.optional.choices.includes(next) ? [next, index + 1] : [option.optional.default, index];
    }
    if (next === undefined || (next.startsWith('-') && next !== '-' && !NUMBER.test(next))) {
      throw new UsageError(`${shown} needs a value (${shown} ${option.value ?? 'VALUE'})`);
    }
    return [next, index + 1];
  };

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      const inline = eq === -1 ? undefined : arg.slice(eq + 1);
      const option = byName.get(name);
      if (!option && name.startsWith('no-') && byName.get(name.slice(3))?.value === undefined && byName.has(name.slice(3))) {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
        set(byName.get(name.slice(3))!, false, `--${name}`);
        continue;
      }
      if (!option) throw unknownOption(`--${name}`, options);
      if (option.value === undefined) {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value (got '${inline}')`);
        set(option, true, `--${name}`);
        continue;
      }
      const [value, next] = takeValue(option, inline, argv, i, `--${name}`);
      i = next;
      set(option, value, `--${name}`);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-' && !NUMBER.test(arg)) {
      // `-format` is a long option with one dash, not -f with the value "ormat".
      const long = arg.slice(1).split('=')[0]!;
      if (long.length > 2 && (byName.has(long) || (long.startsWith('no-') && byName.has(long.slice(3))))) {
        throw new UsageError(`unknown option '${arg}'; did you mean '-${arg.split('=')[0]}'? (see svclint --help)`);
      }
      // -q, -qv, -f json, -fjson
      for (let j = 1; j < arg.length; j += 1) {
        const letter = arg[j]!;
        const option = byShort.get(letter);
        if (!option) throw unknownOption(`-${letter}`, options, arg);
        if (option.value === undefined) {
          set(option, true, `-${letter}`);
          continue;
        }
        const inline = j + 1 < arg.length ? arg.slice(j + 1).replace(/^=/, '') : undefined;
        const [value, next] = takeValue(option, inline, argv, i, `-${letter}`);
        i = next;
        set(option, value, `-${letter}`);
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, values };
}

function unknownOption(shown: string, options: readonly OptionSpec[], whole?: string): UsageError {
  // One letter is one edit from every other letter: a suggestion for `-x` would be noise.
  const longNames = options.flatMap((o) => [`--${o.name}`, ...(o.value === undefined ? [`--no-${o.name}`] : [])]);
  const suggestion = shown.startsWith('--') ? nearest(shown, longNames) : null;
  const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
  return new UsageError(`unknown option '${whole ?? shown}'${hint} (see svclint --help)`);
}

/** An option given to a command that does not take it. */
export function checkCommandOptions(command: string, parsed: ParsedArgs, options: readonly OptionSpec[]): void {
  for (const name of parsed.values.keys()) {
    const option = options.find((o) => o.name === name);
    if (option?.commands && !option.commands.includes(command)) {
      const where = option.commands.map((c) => `'svclint ${c === 'lint' ? '[paths]' : c}'`).join(', ');
      throw new UsageError(`--${name} is an option of ${where}, not of '${command === 'lint' ? 'svclint [paths]' : `svclint ${command}`}'`);
    }
  }
}

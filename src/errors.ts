/** A problem with how svclint was called or configured: exit code 2, one line, no stack trace. */
export class UsageError extends Error {
  readonly exitCode = 2;
  /** More lines printed after the message (each one line): further type errors of a rule file. */
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(oneLine(message));
    this.name = 'UsageError';
    this.details = details.map(oneLine);
  }
}

/** An invalid or unreadable config file: exit code 2, naming the file, key and line. */
export class ConfigError extends UsageError {
  constructor(message: string, details: readonly string[] = []) {
    super(message, details);
    this.name = 'ConfigError';
  }
}

/**
 * Control characters escaped, so the message stays one line: it can quote user input (a key with a
 * line break, JSON.parse echoing the file's first bytes).
 */
function oneLine(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

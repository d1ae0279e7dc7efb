import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
  exitCode = 2;
  /** More lines printed after the message (each one line): further type errors of a rule file. */
  details;
  constructor(message, details = []) {
    super(oneLine(message));
    this.name = "UsageError";
    this.details = details.map(oneLine);
  }
};
var ConfigError = class extends UsageError {
  constructor(message, details = []) {
    super(message, details);
    this.name = "ConfigError";
  }
};
function oneLine(message) {
  return message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    const named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

export {
  UsageError,
  ConfigError
};

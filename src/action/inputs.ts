// The action's inputs, read through @actions/core and checked before anything runs. Values are
// only ever passed to our own code and to execFile argument lists, never into a shell.
import * as core from '@actions/core';

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

export interface ActionInputs {
  /** Paths to lint, relative to the workspace (one per line in the input; default `.`). */
  paths: string[];
  /** Config file relative to the workspace, or null to discover it. */
  config: string | null;
  failOn: FailOn;
  onlyChanged: boolean;
  /** Where to write SARIF, relative to the workspace, or null for none. */
  sarifFile: string | null;
  /** Where to write the HTML report, relative to the workspace, or null for none. */
  htmlFile: string | null;
  /** Keep the whole report and reuse it while no input changed (the CLI's --cache). */
  cache: boolean;
  /** The cache file or folder (relative to the workspace); null: $RUNNER_TEMP/svclint-cache/. */
  cacheLocation: string | null;
}

/** An input the action cannot use: reported as one line through setFailed, before any linting. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);

export function readInputs(): ActionInputs {
  const paths = core.getMultilineInput('path');
  const config = core.getInput('config').trim();
  const failOn = (core.getInput('fail-on').trim() || 'error').toLowerCase();
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new InputError(`input 'fail-on' must be one of ${FAIL_ON_VALUES.join(', ')}; got '${core.getInput('fail-on').trim()}'`);
  }
  const onlyChangedText = core.getInput('only-changed').trim() || 'false';
  if (!TRUE_VALUES.has(onlyChangedText) && !FALSE_VALUES.has(onlyChangedText)) {
    throw new InputError(`input 'only-changed' must be true or false; got '${onlyChangedText}'`);
  }
  const cacheText = core.getInput('cache').trim() || 'false';
  if (!TRUE_VALUES.has(cacheText) && !FALSE_VALUES.has(cacheText)) {
    throw new InputError(`input 'cache' must be true or false; got '${cacheText}'`);
  }
  const cacheLocation = core.getInput('cache-location').trim();
  const sarifFile = core.getInput('sarif-file').trim();
  const htmlFile = core.getInput('html-file').trim();
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: config || null,
    failOn: failOn as FailOn,
    onlyChanged: TRUE_VALUES.has(onlyChangedText),
    sarifFile: sarifFile || null,
    htmlFile: htmlFile || null,
    cache: TRUE_VALUES.has(cacheText),
    cacheLocation: cacheLocation || null,
  };
}

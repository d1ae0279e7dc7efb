// Microsoft's SARIF validator (npm @microsoft/sarif-multitool, a self-contained .NET binary), run
// directly without a shell, with every SARIF rule plus GitHub's ingestion rules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

export interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { id?: string; arguments?: string[] };
}

/** The validator binary, or null when this platform has none. */
export function sarifValidatorBinary(): string | null {
  try {
    const binary = require('@microsoft/sarif-multitool') as string;
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Validates a SARIF log (text) and returns the validator's results; throws when it cannot run. */
export function validateSarif(binary: string, log: string): ValidatorResult[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-sarif-'));
  try {
    const input = path.join(dir, 'svclint.sarif');
    const output = path.join(dir, 'validation.sarif');
    fs.writeFileSync(input, log);
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(binary, ['validate', '--rule-kind', 'Sarif;Gh;Ghas', '--output', output, input], { encoding: 'utf8', env });
    let child = run(process.env);
    // .NET without ICU libraries aborts at start-up; invariant globalization is enough for validation.
    if (child.status !== 0 && /ICU/i.test(`${child.stdout}${child.stderr}`)) {
      child = run({ ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' });
    }
    if (child.error) throw child.error;
    if (!fs.existsSync(output)) throw new Error(`validator wrote no output:\n${child.stdout}\n${child.stderr}`);
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: { results?: ValidatorResult[] }[] };
    return report.runs.flatMap((r) => r.results ?? []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

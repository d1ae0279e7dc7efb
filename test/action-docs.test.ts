// The workflows the README and docs/action.md show: valid YAML, svclint's `with:` keys are inputs
// of action.yml, and every `steps.svclint.outputs.X` they read is an output of action.yml.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/cli';

const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

function workflows(file: string): string[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => /^\s*(jobs:|- name:)/m.test(block));
}

describe.each(['README.md', 'docs/action.md'])('workflows in %s', (file) => {
  const blocks = workflows(file);

  it('use only the inputs and outputs action.yml declares', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      // Snippets of steps are indented list items: dedent them and parse them as a list.
      const indent = Math.min(
        ...block
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => /^ */.exec(l)![0].length),
      );
      const doc = parse(
        block
          .split('\n')
          .map((l) => l.slice(indent))
          .join('\n'),
      ) as unknown;
      const steps = (Array.isArray(doc) ? doc : Object.values((doc as { jobs: Record<string, { steps: unknown[] }> }).jobs).flatMap((j) => j.steps)) as {
        uses?: string;
        with?: Record<string, unknown>;
      }[];
      for (const step of steps.filter((s) => s.uses?.startsWith('svclint/svclint'))) {
        for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
      }
      for (const [, output] of block.matchAll(/steps\.svclint\.outputs\.([\w-]+)/g)) expect(Object.keys(action.outputs)).toContain(output);
    }
  });

  it('upload the HTML report as an artifact', () => {
    expect(
      blocks.some((b) => /html-file: \S+/.test(b) && b.includes('actions/upload-artifact@v4') && b.includes('${{ steps.svclint.outputs.html-file }}')),
    ).toBe(true);
  });
});

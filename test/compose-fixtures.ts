// Shared by the compose loader tests: real temp folders and the read-only corpus.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** SVCLINT_CORPUS, else ../shared/corpus beside the repo, else /work/shared/corpus. */
export function corpusDir(): string {
  if (process.env.SVCLINT_CORPUS) return process.env.SVCLINT_CORPUS;
  const sibling = path.resolve(repoRoot, '../shared/corpus');
  return fs.existsSync(sibling) ? sibling : '/work/shared/corpus';
}

export function corpusFile(relative: string): string {
  return path.join(corpusDir(), relative);
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding `files` (name -> text or bytes); removed after each test. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-compose-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const abs = path.join(dir, name);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return dir;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture does not contain ${needle}`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

// `--format sh`: the migration as a POSIX sh script to read and run on the host. It does what
// `--apply` does, step for step and byte for byte (same folders, link texts, file contents and
// modes), and stops at the first surprise: every edited file is checked with `cksum` first.
// It keeps no journal: `--apply` is the way with resume and rollback.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors';
import { moveMap } from '../../plan/moves';
import type { PlanAction } from '../../plan/types';
import { VERSION } from '../../version';
import { linkText, physical } from '../apply';
import { applyLineEdit, effectiveLines, plannedPathOf } from '../edits';
import { PHASE_TITLES, shownPath, type MigrationView } from '../view';

/** A word for sh: single-quoted unless it is plainly safe. */
export function shQuote(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function renderSh(view: MigrationView, cwd: string): string {
  const q = (abs: string) => shQuote(shownPath(abs, cwd));
  const lines: string[] = [
    '#!/bin/sh',
    `# svclint migrate ${VERSION}: the migration of ${shownPath(view.root, cwd)}/ as a POSIX sh script.`,
    `# Run it from the folder svclint ran in (${shownPath(cwd, cwd)}, paths below are relative to it).`,
    '# It stops at the first step whose input is not as planned. It keeps no journal: for resume',
    '# after an interruption and a byte-for-byte rollback, use `svclint migrate --apply` instead.',
    'set -eu',
    'fail() { printf \'svclint migrate: %s\\n\' "$1" >&2; exit 1; }',
    'same_sum() { [ "$(cksum < "$1")" = "$2" ] || fail "$1 changed since the plan (cksum differs): re-run svclint migrate"; }',
    'absent() { if [ -e "$1" ] || [ -L "$1" ]; then fail "$1 already exists"; fi; }',
  ];
  const first = view.actions.find((a) => a.op === 'move');
  if (first?.op === 'move')
    lines.push(`[ -e ${q(first.from)} ] || fail ${shQuote(`${shownPath(first.from, cwd)} not found: run this from the folder svclint ran in`)}`);

  const contents = new Map<string, string>();
  const effective = effectiveLines(view.actions);
  const bridges = new Set(view.actions.filter((a) => a.op === 'symlink').map((a) => (a as { path: string }).path));
  const mm = moveMap(view.actions);
  const manual: string[] = [];
  for (const phase of [1, 2, 3, 4, 5] as const) {
    lines.push('', `# Phase ${phase}: ${PHASE_TITLES[phase]}`);
    if (phase === 3) lines.push(...phase3(view, cwd, mm));
    view.actions.forEach((action, index) => {
      if (action.phase !== phase) return;
      if (action.reason && action.op !== 'manual') lines.push(`# ${oneLine(action.reason)}`);
      lines.push(...stepCommands(action, index, view, cwd, contents, effective, bridges));
      if (action.op === 'manual') manual.push(`${shownPath(action.path, cwd)}: ${oneLine(action.reason)}`);
    });
  }
  lines.push('');
  if (manual.length > 0) {
    lines.push(`echo ${shQuote(`svclint migrate: done; ${manual.length} manual step(s) remain (see the comments above):`)}`);
    for (const m of manual) lines.push(`echo ${shQuote(`  - ${m}`)}`);
  } else {
    lines.push(`echo ${shQuote('svclint migrate: done')}`);
  }
  return `${lines.join('\n')}\n`;
}

function stepCommands(
  action: PlanAction,
  index: number,
  view: MigrationView,
  cwd: string,
  contents: Map<string, string>,
  effective: Map<number, number>,
  bridges: Set<string>,
): string[] {
  const q = (abs: string) => shQuote(shownPath(abs, cwd));
  switch (action.op) {
    case 'mkdir':
      return [`mkdir -p -- ${q(action.path)}`];
    case 'symlink': {
      const text = linkText(physical(action.path), physical(action.target));
      return [`absent ${q(action.path)}`, `mkdir -p -- ${q(path.dirname(action.path))}`, `ln -s -- ${shQuote(text)} ${q(action.path)}`];
    }
    case 'move': {
      const out: string[] = [];
      if (action.replacesBridge || bridges.has(action.to)) out.push(`if [ -L ${q(action.to)} ]; then rm -- ${q(action.to)}; fi`);
      out.push(`absent ${q(action.to)}`, `mkdir -p -- ${q(path.dirname(action.to))}`, `mv -- ${q(action.from)} ${q(action.to)}`);
      return out;
    }
    case 'delete-empty':
      return [`if [ -d ${q(action.path)} ]; then rmdir -- ${q(action.path)} || fail ${shQuote(`${shownPath(action.path, cwd)} is not empty`)}; fi`];
    case 'manual':
      return [`# MANUAL (${oneLine(action.reason)})`, ...action.steps.map((s) => `#   - ${oneLine(s)}`)];
    case 'edit': {
      const key = plannedPathOf(action.file, view.actions.slice(0, index));
      const file = q(action.file);
      if (action.whole === 'create') {
        const text = `${action.new}\n`;
        contents.set(key, text);
        return [`absent ${file}`, `mkdir -p -- ${q(path.dirname(action.file))}`, `printf '%s' ${shQuote(text)} > ${file}`];
      }
      const before = contents.get(key) ?? readText(key);
      const outcome = applyLineEdit(before, effective.get(index) ?? action.line, action);
      if (!outcome.ok) throw new UsageError(`${shownPath(action.file, cwd)}: ${outcome.problem}`);
      const sum = `${cksum(Buffer.from(before, 'utf8'))} ${Buffer.byteLength(before, 'utf8')}`;
      if (action.whole === 'remove') {
        contents.set(key, '');
        return [`same_sum ${file} ${shQuote(sum)}`, `rm -- ${file}`];
      }
      contents.set(key, outcome.text);
      return [`same_sum ${file} ${shQuote(sum)}`, `printf '%s' ${shQuote(outcome.text)} > ${file}`];
    }
  }
}

/** Phase 3 for the script: docker compose config per stack where it can already be read, and the URLs. */
function phase3(view: MigrationView, cwd: string, mm: ReturnType<typeof moveMap>): string[] {
  const lines: string[] = [];
  if (view.checks.stacks.length > 0) {
    lines.push('if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then');
    for (const stack of view.checks.stacks) {
      // Before Phase 4 a stack answers at its new place only through a bridge; else it is read where it is.
      const now = mm.reachableEarly(mm.original(stack)) ? stack : mm.original(stack);
      lines.push(
        `  if [ -f ${shQuote(shownPath(now, cwd))} ]; then docker compose -f ${shQuote(shownPath(now, cwd))} config -q || fail ${shQuote(`docker compose config failed for ${shownPath(now, cwd)}`)}; fi`,
      );
    }
    lines.push('else', "  echo 'svclint migrate: docker compose config skipped (no docker engine here)'", 'fi');
  }
  if (view.checks.urls.length > 0) {
    lines.push("echo 'svclint migrate: check that these answer (curl -I URL):'");
    for (const u of view.checks.urls) lines.push(`echo ${shQuote(`  ${u.url}  (${u.service})`)}`);
  }
  return lines;
}

function readText(abs: string): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    throw new UsageError(`${abs}: cannot read it to plan its edit`);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** POSIX `cksum`: CRC-32 (polynomial 0x04C11DB7, MSB first) over the bytes, then the length, complemented. */
export function cksum(data: Buffer): number {
  let crc = 0;
  const step = (byte: number) => {
    crc ^= byte << 24;
    for (let i = 0; i < 8; i++) crc = crc & 0x80000000 ? ((crc << 1) ^ 0x04c11db7) >>> 0 : (crc << 1) >>> 0;
  };
  for (const byte of data) step(byte);
  for (let n = data.length; n > 0; n = Math.floor(n / 256)) step(n & 0xff);
  return ~crc >>> 0;
}

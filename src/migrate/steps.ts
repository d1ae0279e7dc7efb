// The primitive steps, each atomic on disk, done forwards (apply) or backwards (rollback). Every
// function first looks at the disk: when the step's result is already there (a run killed right
// after it), it does nothing; when the disk is in neither the state before nor after, it refuses.
// That is what makes a re-run after a kill resume without repeating or losing anything.
import {
  chmodSync,
  chownSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { describeState, stateOf } from './fsstate';
import { ABSENT, getObject, type Step } from './journal';

export class StepConflict extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'StepConflict';
  }
}

/** A deterministic temporary name beside a file being rewritten (ours, removed on resume or rollback). */
export function temporaryPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.svclint-tmp`);
}

export function forwardStep(scope: string, step: Step): void {
  const at = (p: string) => path.join(scope, p);
  switch (step.op) {
    case 'mkdir':
      return makeDir(at(step.path), null);
    case 'rmdir':
      return removeEmptyDir(at(step.path));
    case 'symlink':
      return makeLink(at(step.path), step.target);
    case 'unlink':
      return removeLink(at(step.path), step.target);
    case 'rename':
      return moveEntry(at(step.from), at(step.to));
    case 'write':
      return writeContent(scope, at(step.path), step.before, step.after, step);
  }
}

/** Whether the step's result is on disk (for resuming an interrupted action). */
export function stepDone(scope: string, step: Step): boolean {
  const at = (p: string) => stateOf(path.join(scope, p));
  switch (step.op) {
    case 'mkdir':
      return at(step.path).kind === 'dir';
    case 'rmdir':
    case 'unlink':
      return at(step.path).kind === 'absent';
    case 'symlink': {
      const state = at(step.path);
      return state.kind === 'link' && state.target === step.target;
    }
    case 'rename':
      return at(step.from).kind === 'absent' && at(step.to).kind !== 'absent';
    case 'write': {
      const state = at(step.path);
      return step.after === ABSENT ? state.kind === 'absent' : state.kind === 'file' && state.hash === step.after;
    }
  }
}

/** Undoes a step. With `force`, a recorded file changed since is restored anyway; what cannot be undone without losing something is left, and named. */
export function backwardStep(scope: string, step: Step, force: boolean): string | null {
  const at = (p: string) => path.join(scope, p);
  try {
    switch (step.op) {
      case 'mkdir':
        removeEmptyDir(at(step.path));
        return null;
      case 'rmdir':
        makeDir(at(step.path), step.mode);
        return null;
      case 'symlink':
        removeLink(at(step.path), step.target);
        return null;
      case 'unlink':
        makeLink(at(step.path), step.target);
        return null;
      case 'rename':
        moveBack(at(step.to), at(step.from));
        return null;
      case 'write':
        writeContent(scope, at(step.path), step.after, step.before, step, force);
        return null;
    }
  } catch (error) {
    if (force && error instanceof StepConflict && (step.op === 'mkdir' || step.op === 'symlink')) {
      return `left ${step.path} in place: ${error.message}`;
    }
    throw error;
  }
}

function makeDir(abs: string, mode: number | null): void {
  const state = stateOf(abs);
  if (state.kind === 'dir') {
    if (mode !== null && state.mode !== mode) chmodSync(abs, mode);
    return;
  }
  if (state.kind !== 'absent') throw new StepConflict(abs, `expected a folder or nothing at ${abs}, found ${describeState(state)}`);
  mkdirSync(abs);
  if (mode !== null) chmodSync(abs, mode); // the recorded mode, whatever the umask
}

function removeEmptyDir(abs: string): void {
  const state = stateOf(abs);
  if (state.kind === 'absent') return;
  if (state.kind !== 'dir') throw new StepConflict(abs, `expected an empty folder at ${abs}, found ${describeState(state)}`);
  const left = readdirSync(abs);
  if (left.length > 0) throw new StepConflict(abs, `${abs} is not empty (holds ${left.sort().slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''})`);
  rmdirSync(abs);
}

function makeLink(abs: string, target: string): void {
  const state = stateOf(abs);
  if (state.kind === 'link' && state.target === target) return;
  if (state.kind !== 'absent') throw new StepConflict(abs, `expected nothing at ${abs} (for a symlink to '${target}'), found ${describeState(state)}`);
  symlinkSync(target, abs);
}

function removeLink(abs: string, target: string): void {
  const state = stateOf(abs);
  if (state.kind === 'absent') return;
  if (state.kind !== 'link' || state.target !== target)
    throw new StepConflict(abs, `expected the symlink to '${target}' at ${abs}, found ${describeState(state)}`);
  unlinkSync(abs);
}

function moveEntry(from: string, to: string): void {
  const source = stateOf(from);
  const target = stateOf(to);
  if (source.kind === 'absent' && target.kind !== 'absent') return; // done before a kill
  if (source.kind === 'absent') throw new StepConflict(from, `nothing to move at ${from}`);
  if (target.kind !== 'absent') throw new StepConflict(to, `cannot move ${from}: ${to} already exists (${describeState(target)})`);
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EXDEV') throw new StepConflict(to, `cannot move ${from} to ${to}: they are on different file systems`);
    throw error;
  }
}

/** Undoes a rename: once the folder is back at `from`, there is nothing left to do. */
function moveBack(to: string, from: string): void {
  if (stateOf(from).kind !== 'absent') return;
  if (stateOf(to).kind === 'absent') throw new StepConflict(to, `cannot move ${to} back to ${from}: it is gone`);
  renameSync(to, from);
}

function writeContent(scope: string, abs: string, from: string, to: string, step: Extract<Step, { op: 'write' }>, force = false): void {
  const tmp = temporaryPath(abs);
  rmSync(tmp, { force: true });
  const state = stateOf(abs);
  const hash = state.kind === 'file' ? state.hash : state.kind === 'absent' ? ABSENT : null;
  if (hash === to && (to === ABSENT || (state.kind === 'file' && state.mode === step.mode))) return;
  if (hash !== from && !(force && state.kind === 'file')) {
    const expected = from === ABSENT ? 'no file' : `sha256 ${from.slice(0, 12)}`;
    throw new StepConflict(abs, `${abs} changed since the plan: expected ${expected}, found ${describeState(state)}`);
  }
  if (to === ABSENT) {
    unlinkSync(abs); // the content is in the journal's store: a rollback brings it back
    return;
  }
  const content = getObject(scope, to);
  const fd = openSync(tmp, 'wx', step.mode);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, step.mode);
  try {
    chownSync(tmp, step.uid, step.gid);
  } catch {
    // not permitted (not root): the file keeps our owner, which is the owner it had
  }
  renameSync(tmp, abs);
}

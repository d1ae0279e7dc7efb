#!/usr/bin/env node
// Plugins' cost (issue 11): a run without plugins must not get slower than before the rule API,
// and a warm run of TypeScript rules must not load TypeScript.
//
//   node bench/plugins.mjs [--runs 20] [--baseline REF]
//
// Three measurements, each the median of paired, interleaved runs (wall time from spawn to exit):
//   1. examples/droplet-current (no plugins) with the bundle committed at REF (default: ef7ab91,
//      main's last commit before the public rule API and plugins) against the current dist/;
//   2. examples/custom-rules (two TypeScript rules) from a cold cache (type-check + transpile with
//      ts-morph), and warm (the cached JavaScript; TypeScript never loaded);
//   3. the `node -e 0` floor, for scale.
// A benchmark prints numbers, it is not a test: the exit code is 0 even when a target is missed.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTimeBinary, median } from './lib/stats.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const droplet = path.join(repoRoot, 'examples', 'droplet-current');
const customRules = path.join(repoRoot, 'examples', 'custom-rules');
const currentCli = path.join(repoRoot, 'dist', 'cli.js');
const reportTypescript = path.join(repoRoot, 'bench', 'lib', 'report-typescript.cjs');
/** Noise allowed before "not slower" counts as missed: paired medians on a shared 2-core machine. */
const TOLERANCE = 1.05;

function parseArgs(argv) {
  const options = { runs: 20, baseline: 'ef7ab91' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Math.max(1, Math.round(Number(argv[++i])));
    else if (arg === '--baseline') options.baseline = argv[++i];
    else throw new Error(`unknown option ${arg} (use --runs N, --baseline REF)`);
  }
  if (!Number.isFinite(options.runs)) throw new Error('--runs needs a number');
  return options;
}

/** The baseline's committed dist/, unpacked inside node_modules so it resolves the same packages. */
function unpackBaseline(ref) {
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'svclint-bench', `baseline-${ref}`);
  const cli = path.join(dir, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['-C', repoRoot, 'archive', '--format=tar', ref, 'dist'], { maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  return cli;
}

/** GNU time gives the CPU time (user + sys), which another process on the machine disturbs less than wall time. */
const gnuTime = findTimeBinary();
const CPU_MARK = 'svclint-bench-cpu';

function timeRun(args, cwd) {
  const command = gnuTime ? [gnuTime, '-f', `${CPU_MARK} %U %S`, process.execPath, ...args] : [process.execPath, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 400)}`);
  }
  const cpuLine = result.stderr.split('\n').find((line) => line.startsWith(CPU_MARK));
  const cpu = cpuLine
    ? cpuLine
        .split(' ')
        .slice(1)
        .reduce((sum, s) => sum + Number(s) * 1000, 0)
    : NaN;
  return { ms, cpu, stdout: result.stdout, stderr: result.stderr };
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

const options = parseArgs(process.argv.slice(2));
const baselineCli = unpackBaseline(options.baseline);
const tsCache = path.join(customRules, 'node_modules', '.cache', 'svclint');
const clearTsCache = () => fs.rmSync(tsCache, { recursive: true, force: true });

// Warm-up: file-system caches, and the custom-rules cache written once.
timeRun(['-e', '0'], repoRoot);
timeRun([baselineCli, droplet, '--format', 'json'], repoRoot);
timeRun([currentCli, droplet, '--format', 'json'], repoRoot);

const floor = [];
const before = [];
const after = [];
const cold = [];
const warm = [];
let tsLoadedWarm = 0;
let tsLoadedCold = 0;
for (let i = 0; i < options.runs; i++) {
  // Interleaved so machine noise falls on both sides alike; the order flips every run.
  const pair = [
    () => before.push(timeRun([baselineCli, droplet, '--format', 'json'], repoRoot)),
    () => after.push(timeRun([currentCli, droplet, '--format', 'json'], repoRoot)),
  ];
  if (i % 2) pair.reverse();
  for (const run of pair) run();
  floor.push(timeRun(['-e', '0'], repoRoot));
  clearTsCache();
  // The preload says on exit whether TypeScript came into the process.
  const c = timeRun(['--require', reportTypescript, currentCli, '--format', 'json'], customRules);
  cold.push(c);
  if (/TypeScript was loaded/.test(c.stderr)) tsLoadedCold++;
  const w = timeRun(['--require', reportTypescript, currentCli, '--format', 'json'], customRules);
  warm.push(w);
  if (/TypeScript was loaded/.test(w.stderr)) tsLoadedWarm++;
}

const wall = (runs) => median(runs.map((r) => r.ms));
const cpu = (runs) => median(runs.map((r) => r.cpu));
const m = { floor: wall(floor), before: wall(before), after: wall(after), cold: wall(cold), warm: wall(warm) };
const c = { floor: cpu(floor), before: cpu(before), after: cpu(after), cold: cpu(cold), warm: cpu(warm) };
const ratio = m.after / m.before;
const cpuRatio = c.after / c.before;
console.log(`svclint plugins bench: ${options.runs} paired runs, medians (node ${process.version})`);
console.log('');
console.log('| run | wall median | × node -e 0 | CPU (user+sys) median |');
console.log('|---|---|---|---|');
const row = (label, key) => console.log(`| ${label} | ${fmt(m[key])} | ${(m[key] / m.floor).toFixed(2)} | ${Number.isNaN(c[key]) ? 'n/a' : fmt(c[key])} |`);
row('node -e 0', 'floor');
row(`droplet-current, before the rule API (${options.baseline})`, 'before');
row('droplet-current, now (no plugins)', 'after');
row('custom-rules, 2 TypeScript rules, cold cache (ts-morph)', 'cold');
row('custom-rules, 2 TypeScript rules, warm cache', 'warm');
console.log('');
const verdict = (ok) => (ok ? 'met' : 'NOT met');
console.log(
  `- no plugins, not slower (now / before ≤ ${TOLERANCE}): wall ${ratio.toFixed(3)}, CPU ${cpuRatio.toFixed(3)} — ${verdict(Number.isNaN(cpuRatio) ? ratio <= TOLERANCE : cpuRatio <= TOLERANCE)}` +
    ' (judged on CPU time when GNU time is there: wall time on a shared machine is the noisier of the two)',
);
console.log(`- warm run never loads TypeScript: loaded in ${tsLoadedWarm} of ${options.runs} warm runs — ${verdict(tsLoadedWarm === 0)}`);
console.log(`- (control) cold run loads ts-morph: ${tsLoadedCold} of ${options.runs}`);

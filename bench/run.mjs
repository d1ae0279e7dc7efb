#!/usr/bin/env node
// svclint benchmark: svclint against DCLint, ls-lint and the `node -e 0` floor on synthetic trees.
//
//   npm run bench -- [--sizes 100,1000,10000] [--runs 5] [--quick] [--tools a,b] [--timeout 120]
//                    [--budget 30] [--seed 1] [--paired 20] [--json FILE]
//
// Wall time is measured here (hrtime from spawn to exit); peak RSS by GNU time (`%M`, the
// largest resident set of the process or any descendant it waited for). A benchmark prints
// numbers, it is not a test: the exit code is 0 even when a target is missed.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTree, GENERATOR_VERSION } from './generate.mjs';
import { findTimeBinary, median } from './lib/stats.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const treesDir = path.join(repoRoot, '.bench-trees');
const svclintCli = path.join(repoRoot, 'dist', 'cli.cjs');
const dclintBin = path.join(repoRoot, 'node_modules', '.bin', 'dclint');
const lsLintBin = path.join(repoRoot, 'node_modules', '.bin', 'ls-lint');
const exampleDir = path.join(repoRoot, 'examples', 'droplet-current');

/** The issues' targets: issue 6 (speed), issue 10 (the migration plan), issue 14 (speed and memory at the limit). */
const TARGETS = {
  /** Issue 14: cold run of the example, median of paired runs. */
  exampleVsFloor: 2.5,
  ms1000: 1000,
  /** Issue 14 (issue 6 asked for 8 s). */
  ms10000: 2500,
  /** Issue 10: the migration plan for 10,000 services. */
  migrate10000: 2000,
  rssMb10000: 300,
  /** Issue 6, uncached. */
  dclintSpeedup: 50,
  /** Issue 14: a warm --cache run at 10,000 services. */
  cachedDclintSpeedup: 100,
  /** Issue 14: time above the node floor grows at most linearly from 1,000 to 10,000 services (x10). */
  linearPer10x: 10,
};

// ------------------------------------------------------------------ options

function parseArgs(argv) {
  const options = { sizes: [100, 1000, 10000], runs: 5, tools: null, timeout: 120, budget: 30, seed: 1, json: null, paired: 20 };
  let sizesGiven = false;
  let runsGiven = false;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    const positive = (text) => {
      const n = Number(text);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${arg} must be a positive number`);
      return n;
    };
    if (arg === '--sizes') {
      options.sizes = value()
        .split(',')
        .map((s) => Math.round(positive(s)));
      sizesGiven = true;
    } else if (arg === '--runs') {
      options.runs = Math.round(positive(value()));
      runsGiven = true;
    } else if (arg === '--quick') quick = true;
    else if (arg === '--tools')
      options.tools = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (arg === '--timeout') options.timeout = positive(value());
    else if (arg === '--budget') options.budget = positive(value());
    else if (arg === '--seed') options.seed = Math.round(positive(value()));
    else if (arg === '--json') options.json = path.resolve(value());
    else if (arg === '--paired') options.paired = Math.round(positive(value()));
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (quick) {
    if (!sizesGiven) options.sizes = [100, 1000];
    if (!runsGiven) options.runs = 3;
  }
  return options;
}

const USAGE = `usage: node bench/run.mjs [--sizes 100,1000,10000] [--runs 5] [--quick] [--tools LIST]
                          [--timeout SECONDS] [--budget SECONDS] [--seed S] [--paired N] [--json FILE]
  --quick     sizes 100,1000 and 3 runs (unless given)
  --tools     any of: ${'svclint,svclint-structure,svclint-migrate,svclint-cached,svclint-structure-cached,dclint,ls-lint,ls-lint-kebab,node'}
  --paired    paired runs of the example and node -e 0 (at least 20 counts for the target)
  --timeout   per-run limit; a run that exceeds it is killed and shown as "> T s (timeout)"
  --budget    seconds per tool and size: slow tools get fewer runs (at least one)`;

// ------------------------------------------------------------------ environment

function packageVersion(name) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'));
    return String(pkg.version).replace(/^v/, '');
  } catch {
    return 'not installed';
  }
}

function gitRevision() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function machineFacts() {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    dclint: packageVersion('dclint'),
    lsLint: packageVersion('@ls-lint/ls-lint'),
    svclint: fs.existsSync(svclintCli) ? `dist/cli.cjs @ ${gitRevision()}` : 'not built',
  };
}

// ------------------------------------------------------------------ trees

/** Generate (or reuse from `.bench-trees/`) the tree for one size. */
function ensureTree(size, seed) {
  const dir = path.join(treesDir, `services-${size}-seed-${seed}-v${GENERATOR_VERSION}`);
  const marker = path.join(dir, '.bench-complete.json');
  if (fs.existsSync(marker)) return { ...JSON.parse(fs.readFileSync(marker, 'utf8')), cached: true };
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const result = generateTree(dir, { services: size, seed });
  const summary = {
    root: dir,
    servicesDir: result.servicesDir,
    services: result.services,
    stacks: result.composeFiles.length,
    directories: result.directories,
    generateMs: Math.round(performance.now() - started),
  };
  fs.writeFileSync(marker, JSON.stringify(summary, null, 2));
  return { ...summary, cached: false };
}

// ------------------------------------------------------------------ running

function runOnce(command, args, { cwd, timeoutMs, timeBin, env }) {
  return new Promise((resolve) => {
    const base = path.join(os.tmpdir(), `svclint-bench-${process.pid}-${Date.now()}`);
    const rssFile = timeBin ? `${base}.rss` : null;
    const [file, argv] = timeBin ? [timeBin, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
    // Output goes to files, not pipes: file writes are synchronous in Node, so a tool that calls
    // process.exit() right after printing does not lose output, and no tool waits on our reads.
    const outFd = fs.openSync(`${base}.out`, 'w');
    const errFd = fs.openSync(`${base}.err`, 'w');
    let timedOut = false;
    const started = process.hrtime.bigint();
    // Own process group, so a timeout kills the tool and not just the time wrapper.
    const child = spawn(file, argv, { cwd, detached: true, stdio: ['ignore', outFd, errFd], ...(env ? { env: { ...process.env, ...env } } : {}) });
    fs.closeSync(outFd);
    fs.closeSync(errFd);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    let finished = false;
    const finish = (code, error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssMb = null;
      if (rssFile && fs.existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status N" before the format line.
        const last = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop();
        if (/^\d+$/.test(last ?? '')) rssMb = Number(last) / 1024;
      }
      const read = (suffix) => (fs.existsSync(`${base}${suffix}`) ? fs.readFileSync(`${base}${suffix}`, 'utf8') : '');
      const result = { ms, code: error ? null : code, rssMb, timedOut, error: error ? error.message : null, stdout: read('.out'), stderr: read('.err') };
      for (const suffix of ['.rss', '.out', '.err']) fs.rmSync(`${base}${suffix}`, { force: true });
      resolve(result);
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code, null));
  });
}

/**
 * Run one tool several times: one warm-up (kept as a sample when it is slow, so a one-minute
 * tool is not run twice for nothing), then samples until `runs` or the time budget is spent.
 */
async function measure(tool, { runs, timeoutMs, budgetMs, timeBin }) {
  const opts = { cwd: tool.cwd, timeoutMs, timeBin, env: tool.env };
  const samples = [];
  tool.fresh?.();
  const warm = await runOnce(tool.command, tool.args, opts);
  if (warm.timedOut || warm.error) return summarize(tool, [warm], timeoutMs);
  let spent = warm.ms;
  // A cached row's warm-up is the cold run that writes the cache: never a sample.
  if (warm.ms > 2000 && !tool.fresh) samples.push(warm);
  while (samples.length < runs && (samples.length === 0 || spent + median(samples.map((s) => s.ms)) <= budgetMs)) {
    const sample = await runOnce(tool.command, tool.args, opts);
    spent += sample.ms;
    samples.push(sample);
    if (sample.timedOut || sample.error) break;
  }
  tool.fresh?.();
  return summarize(tool, samples, timeoutMs);
}

/**
 * The example against the floor in pairs: node -e 0 and svclint one after the other, `pairs`
 * times (the order alternating), so both see the same load. Code cache present (after one
 * warm-up run), as on every run after the first.
 */
async function measurePaired(tool, node, pairs, { timeoutMs, timeBin }) {
  const svclintSamples = [];
  const nodeSamples = [];
  const ratios = [];
  await runOnce(tool.command, tool.args, { cwd: tool.cwd, timeoutMs, timeBin, env: tool.env });
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? [node, tool] : [tool, node];
    const runs = {};
    for (const t of order) runs[t.name] = await runOnce(t.command, t.args, { cwd: t.cwd, timeoutMs, timeBin, env: t.env });
    const a = runs[tool.name];
    const b = runs[node.name];
    if (a.timedOut || a.error || b.timedOut || b.error)
      return { svclint: summarize(tool, [...svclintSamples, a], timeoutMs), node: summarize(node, [...nodeSamples, b], timeoutMs), ratios };
    svclintSamples.push(a);
    nodeSamples.push(b);
    ratios.push(a.ms / b.ms);
  }
  return { svclint: summarize(tool, svclintSamples, timeoutMs), node: summarize(node, nodeSamples, timeoutMs), ratios };
}

/** "First run": svclint with an empty code-cache folder each time (what the first run after install pays, the cache write included). */
async function measureFirstRun(tool, runs, { timeoutMs, timeBin }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-bench-code-cache-'));
    samples.push(await runOnce(tool.command, tool.args, { cwd: tool.cwd, timeoutMs, timeBin, env: { SVCLINT_CODE_CACHE: folder } }));
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return summarize({ ...tool, name: 'svclint-example-first' }, samples, timeoutMs);
}

function summarize(tool, samples, timeoutMs) {
  const last = samples[samples.length - 1];
  if (last.timedOut) return { tool: tool.name, status: 'timeout', timeoutMs, runs: samples.length };
  if (last.error) return { tool: tool.name, status: 'error', note: last.error, runs: samples.length };
  const times = samples.map((s) => s.ms);
  const rss = samples.map((s) => s.rssMb).filter((v) => v !== null);
  const codes = [...new Set(samples.map((s) => s.code))];
  let count;
  try {
    count = tool.count ? tool.count(last) : null;
  } catch {
    count = 'unparsed output';
  }
  return {
    tool: tool.name,
    status: 'ok',
    runs: samples.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    peakRssMb: rss.length ? Math.max(...rss) : null,
    exitCodes: codes,
    count,
    note: tool.failed?.(last) ?? null,
  };
}

// ------------------------------------------------------------------ tools

function svclintCount(run) {
  const report = JSON.parse(run.stdout);
  const findings = Array.isArray(report.findings) ? report.findings.length : 0;
  return `${findings} findings`;
}

function migrateCount(run) {
  const plan = JSON.parse(run.stdout);
  return `${plan.summary?.actions ?? 0} steps (${plan.summary?.moves ?? 0} moves)`;
}

/** svclint exits 0 or 1 when it linted; 2 or more is a usage error or internal failure. */
function svclintFailed(run) {
  if (run.code === 0 || run.code === 1) return null;
  const line = run.stderr.trim().split('\n')[0] ?? '';
  return `exit ${run.code}: ${line.slice(0, 100)}`;
}

function dclintCount(run) {
  const files = JSON.parse(run.stdout);
  const messages = files.reduce((sum, f) => sum + (f.messages?.length ?? 0), 0);
  return `${files.length} files, ${messages} messages`;
}

function lsLintCount(run) {
  const failures = (run.stdout + run.stderr).split('\n').filter((l) => l.includes(' failed for ')).length;
  return `${failures} failures`;
}

/** The --cache file of a cached row (outside the tree, so it is not an input). */
function cacheFile(tree, what) {
  return path.join(os.tmpdir(), `svclint-bench-cache-${process.pid}-${path.basename(tree.root)}-${what}`);
}

function toolsFor(tree, selected) {
  const tools = [
    {
      name: 'svclint',
      needsSvclint: true,
      command: process.execPath,
      args: [svclintCli, tree.root, '--format', 'json'],
      cwd: repoRoot,
      count: svclintCount,
      failed: svclintFailed,
    },
    {
      name: 'svclint-structure',
      needsSvclint: true,
      command: process.execPath,
      args: [svclintCli, tree.root, '--format', 'json', '--only', 'structure'],
      cwd: repoRoot,
      count: svclintCount,
      failed: svclintFailed,
    },
    // The plan `svclint migrate` prints (dry run, JSON): the whole placement plan with its Phase 2/5 edits and checks.
    {
      name: 'svclint-migrate',
      needsSvclint: true,
      command: process.execPath,
      args: [svclintCli, 'migrate', tree.root, '--format', 'json'],
      cwd: repoRoot,
      count: migrateCount,
      failed: svclintFailed,
    },
    // --cache: the warm-up run writes the cache, the measured runs find every input unchanged.
    {
      name: 'svclint-cached',
      needsSvclint: true,
      command: process.execPath,
      args: [svclintCli, tree.root, '--format', 'json', '--cache', '--cache-location', cacheFile(tree, 'all')],
      cwd: repoRoot,
      count: svclintCount,
      failed: svclintFailed,
      fresh: () => fs.rmSync(cacheFile(tree, 'all'), { force: true }),
    },
    {
      name: 'svclint-structure-cached',
      needsSvclint: true,
      command: process.execPath,
      args: [svclintCli, tree.root, '--format', 'json', '--only', 'structure', '--cache', '--cache-location', cacheFile(tree, 'structure')],
      cwd: repoRoot,
      count: svclintCount,
      failed: svclintFailed,
      fresh: () => fs.rmSync(cacheFile(tree, 'structure'), { force: true }),
    },
    { name: 'dclint', command: dclintBin, args: ['-r', tree.servicesDir, '-f', 'json'], cwd: repoRoot, count: dclintCount },
    { name: 'ls-lint', command: lsLintBin, args: ['-config', '.ls-lint.yml'], cwd: tree.root, count: lsLintCount },
    { name: 'ls-lint-kebab', command: lsLintBin, args: ['-config', '.ls-lint.kebab-only.yml'], cwd: tree.root, count: lsLintCount },
    { name: 'node', command: process.execPath, args: ['-e', '0'], cwd: repoRoot },
  ];
  return tools.filter((t) => !selected || selected.includes(t.name));
}

const TOOL_LABELS = {
  svclint: 'svclint (all rules)',
  'svclint-structure': 'svclint (--only structure)',
  'svclint-migrate': 'svclint migrate (the plan, json)',
  'svclint-cached': 'svclint --cache (warm)',
  'svclint-structure-cached': 'svclint --only structure --cache (warm)',
  dclint: 'dclint -r',
  'ls-lint': 'ls-lint (kebab + no catch-all)',
  'ls-lint-kebab': 'ls-lint (kebab-case only)',
  node: 'node -e 0 (floor)',
  'svclint-example': 'svclint examples/droplet-current',
  'svclint-example-first': 'svclint examples/droplet-current, first run (no code cache)',
};

// ------------------------------------------------------------------ printing

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)}`);
/** fmtMs with its unit: "69.5 s" or "314 ms". */
const withUnit = (ms) => (ms >= 10_000 ? fmtMs(ms) : `${fmtMs(ms)} ms`);
const fmtRatio = (r) => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2));

function tableRow(result) {
  const label = TOOL_LABELS[result.tool] ?? result.tool;
  if (result.status === 'not-built') return [label, '-', 'n/a (not built)', '', '', '', ''];
  if (result.status === 'missing') return [label, '-', `n/a (${result.note})`, '', '', '', ''];
  if (result.status === 'timeout') return [label, String(result.runs), `> ${result.timeoutMs / 1000} s (timeout)`, '', '', '', ''];
  if (result.status === 'error') return [label, String(result.runs), `error: ${result.note}`, '', '', '', ''];
  return [
    label,
    String(result.runs),
    fmtMs(result.medianMs),
    fmtMs(result.minMs),
    result.peakRssMb === null ? 'n/a' : result.peakRssMb.toFixed(1),
    result.exitCodes.join('/'),
    result.note ?? result.count ?? '',
  ];
}

function printTable(rows) {
  printGrid(['tool', 'runs', 'median ms', 'min ms', 'peak RSS MB', 'exit', 'findings / files'], rows);
}

// ------------------------------------------------------------------ analysis

const ok = (r) => r && r.status === 'ok' && !r.note;

function growthPer10x(bySize, tool, floorMs) {
  const lines = [];
  const sizes = Object.keys(bySize)
    .map(Number)
    .sort((a, b) => a - b);
  for (let i = 1; i < sizes.length; i++) {
    const a = bySize[sizes[i - 1]][tool];
    const b = bySize[sizes[i]][tool];
    if (!ok(a) || !ok(b)) continue;
    const decades = Math.log10(sizes[i] / sizes[i - 1]);
    const raw = (b.medianMs / a.medianMs) ** (1 / decades);
    const aboveA = a.medianMs - floorMs;
    const aboveB = b.medianMs - floorMs;
    const aboveFloor = aboveA > 0 && aboveB > 0 ? (aboveB / aboveA) ** (1 / decades) : null;
    lines.push({ from: sizes[i - 1], to: sizes[i], raw, aboveFloor });
  }
  return lines;
}

function analyse(bySize, example, floorMs) {
  const targets = [];
  const sizes = Object.keys(bySize)
    .map(Number)
    .sort((a, b) => a - b);
  const at = (size, tool) => bySize[size]?.[tool];
  // Each target with svclint's number and the peer's it is judged against (same run).
  const cell = (r, rss = false) =>
    r && r.status === 'ok'
      ? rss
        ? r.peakRssMb === null
          ? 'n/a'
          : `${r.peakRssMb.toFixed(0)} MB`
        : withUnit(r.medianMs)
      : r?.status === 'timeout'
        ? `> ${r.timeoutMs / 1000} s`
        : 'n/a';
  const sides = {};
  const side = (name, svclint, peer) => (sides[name] = { svclint, peer });
  const na = (name, why) => targets.push({ name, status: 'n/a', detail: why, ...sides[name] });
  const check = (name, met, detail) => targets.push({ name, status: met ? 'met' : 'NOT met', detail, ...sides[name] });
  const big = bySize[10000] ?? {};

  const exampleName = `examples/droplet-current (cold run) within ${TARGETS.exampleVsFloor}x of node -e 0, median of >= 20 paired runs`;
  side(exampleName, cell(example?.svclint), `node -e 0 ${cell(example?.node)}`);
  if (example && ok(example.svclint) && ok(example.node) && example.svclint.runs >= 20) {
    const ratio = example.svclint.medianMs / example.node.medianMs;
    check(
      exampleName,
      ratio <= TARGETS.exampleVsFloor,
      `${fmtRatio(ratio)}x (${fmtMs(example.svclint.medianMs)} ms vs ${fmtMs(example.node.medianMs)} ms, ${example.svclint.runs} pairs; median of the pairs' ratios ${fmtRatio(median(example.ratios))}x)`,
    );
  } else na(exampleName, example?.why ?? (example ? `only ${example.svclint.runs ?? 0} pairs (--paired 20 or more)` : 'svclint not measured'));
  if (example?.first && ok(example.first) && ok(example.node)) {
    targets.push({
      name: 'first run after install (no code cache yet; not a target)',
      status: 'info',
      detail: `${fmtMs(example.first.medianMs)} ms = ${fmtRatio(example.first.medianMs / example.node.medianMs)}x node -e 0`,
      svclint: cell(example.first),
      peer: `node -e 0 ${cell(example.node)}`,
    });
  }

  const s1k = at(1000, 'svclint');
  side('1,000 services in under 1 s', cell(s1k), `DCLint ${cell(at(1000, 'dclint'))}`);
  side('10,000 services in under 2.5 s', cell(big.svclint), `DCLint ${cell(big.dclint)}`);
  side('10,000 services in under 300 MB', cell(big.svclint, true), `DCLint ${cell(big.dclint, true)}`);
  side('the migration plan for 10,000 services in under 2 s', cell(big['svclint-migrate']), `node -e 0 ${cell(big.node)}`);
  if (ok(s1k)) check('1,000 services in under 1 s', s1k.medianMs < TARGETS.ms1000, `${fmtMs(s1k.medianMs)} ms`);
  else na('1,000 services in under 1 s', 'svclint not measured at 1000');

  const s10k = at(10000, 'svclint');
  if (ok(s10k)) {
    check('10,000 services in under 2.5 s', s10k.medianMs < TARGETS.ms10000, `${fmtMs(s10k.medianMs)} ms`);
    if (s10k.peakRssMb === null) na('10,000 services in under 300 MB', 'no RSS measurement (GNU time missing)');
    else check('10,000 services in under 300 MB', s10k.peakRssMb < TARGETS.rssMb10000, `${s10k.peakRssMb.toFixed(1)} MB`);
  } else {
    na('10,000 services in under 2.5 s', 'svclint not measured at 10000');
    na('10,000 services in under 300 MB', 'svclint not measured at 10000');
  }

  const m10k = at(10000, 'svclint-migrate');
  if (ok(m10k)) check('the migration plan for 10,000 services in under 2 s', m10k.medianMs < TARGETS.migrate10000, `${fmtMs(m10k.medianMs)} ms`);
  else na('the migration plan for 10,000 services in under 2 s', 'svclint migrate not measured at 10000');

  const growth = growthPer10x(bySize, 'svclint', floorMs ?? 0).filter((g) => g.aboveFloor !== null && g.from >= 1000);
  const dclintGrowth = growthPer10x(bySize, 'dclint', floorMs ?? 0).filter((g) => g.aboveFloor !== null && g.from >= 1000);
  side(
    'time above the node floor grows at most linearly from 1,000 to 10,000 services (<= x10)',
    growth.length ? `x${fmtRatio(Math.max(...growth.map((g) => g.aboveFloor)))}` : 'n/a',
    `DCLint ${dclintGrowth.length ? `x${fmtRatio(Math.max(...dclintGrowth.map((g) => g.aboveFloor)))}` : 'n/a'}`,
  );
  if (growth.length > 0) {
    const worst = Math.max(...growth.map((g) => g.aboveFloor));
    check(
      'time above the node floor grows at most linearly from 1,000 to 10,000 services (<= x10)',
      worst <= TARGETS.linearPer10x,
      growth.map((g) => `${g.from}->${g.to}: x${fmtRatio(g.aboveFloor)} per 10x above the floor`).join('; '),
    );
  } else na('time above the node floor grows at most linearly from 1,000 to 10,000 services (<= x10)', 'needs svclint at 1000 and 10000');

  const largest = [...sizes].reverse().find((s) => ok(at(s, 'svclint')) && (ok(at(s, 'dclint')) || at(s, 'dclint')?.status === 'timeout'));
  if (largest) {
    side(`at least ${TARGETS.dclintSpeedup}x faster than DCLint`, `${cell(at(largest, 'svclint'))} (${largest})`, `DCLint ${cell(at(largest, 'dclint'))}`);
    const d = at(largest, 'dclint');
    const s = at(largest, 'svclint');
    const dclintMs = d.status === 'timeout' ? d.timeoutMs : d.medianMs;
    const ratio = dclintMs / s.medianMs;
    const bound = d.status === 'timeout' ? '>= ' : '';
    check(`at least ${TARGETS.dclintSpeedup}x faster than DCLint`, ratio >= TARGETS.dclintSpeedup, `${bound}${fmtRatio(ratio)}x at ${largest} services`);
  } else na(`at least ${TARGETS.dclintSpeedup}x faster than DCLint`, 'needs svclint and dclint at one size');

  const d10k = at(10000, 'dclint');
  const c10k = at(10000, 'svclint-cached');
  const cachedName = `a warm --cache run at 10,000 services at least ${TARGETS.cachedDclintSpeedup}x faster than DCLint`;
  side(cachedName, cell(c10k), `DCLint ${cell(d10k)}`);
  if (ok(c10k) && (ok(d10k) || d10k?.status === 'timeout')) {
    const dclintMs = d10k.status === 'timeout' ? d10k.timeoutMs : d10k.medianMs;
    const ratio = dclintMs / c10k.medianMs;
    check(
      cachedName,
      ratio >= TARGETS.cachedDclintSpeedup,
      `${d10k.status === 'timeout' ? '>= ' : ''}${fmtRatio(ratio)}x (${withUnit(c10k.medianMs)} vs ${withUnit(dclintMs)})`,
    );
  } else na(cachedName, 'needs svclint --cache and dclint at 10000');

  const ls = at(10000, 'ls-lint');
  const stc = at(10000, 'svclint-structure-cached');
  side('--only structure, warm --cache, on 10,000 faster than ls-lint', cell(stc), `ls-lint ${cell(ls)}`);
  if (ok(stc) && ok(ls))
    check('--only structure, warm --cache, on 10,000 faster than ls-lint', stc.medianMs < ls.medianMs, `${fmtMs(stc.medianMs)} ms vs ${fmtMs(ls.medianMs)} ms`);
  else na('--only structure, warm --cache, on 10,000 faster than ls-lint', 'needs svclint --only structure --cache and ls-lint at 10000');
  const st = at(10000, 'svclint-structure');
  side('structure-only on 10,000 faster than ls-lint (uncached; issue 6)', cell(st), `ls-lint ${cell(ls)}`);
  if (ok(st) && ok(ls))
    check(
      'structure-only on 10,000 faster than ls-lint (uncached; issue 6)',
      st.medianMs < ls.medianMs,
      `${fmtMs(st.medianMs)} ms vs ${fmtMs(ls.medianMs)} ms`,
    );
  else na('structure-only on 10,000 faster than ls-lint (uncached; issue 6)', 'needs svclint --only structure and ls-lint at 10000');
  return targets;
}

function printRatios(bySize, example, floorMs) {
  console.log('\n## Ratios\n');
  if (example && ok(example.svclint) && ok(example.node)) {
    console.log(`- svclint / node floor on examples/droplet-current: ${fmtRatio(example.svclint.medianMs / example.node.medianMs)}x`);
  } else console.log(`- svclint / node floor on examples/droplet-current: n/a (${example?.why ?? 'not measured'})`);
  for (const size of Object.keys(bySize)
    .map(Number)
    .sort((a, b) => a - b)) {
    const r = bySize[size];
    const parts = [];
    if (ok(r.svclint) && ok(r.dclint)) parts.push(`dclint / svclint ${fmtRatio(r.dclint.medianMs / r.svclint.medianMs)}x`);
    else if (ok(r.svclint) && r.dclint?.status === 'timeout') parts.push(`dclint / svclint > ${fmtRatio(r.dclint.timeoutMs / r.svclint.medianMs)}x`);
    else parts.push('dclint / svclint n/a');
    if (ok(r['svclint-structure']) && ok(r['ls-lint']))
      parts.push(`ls-lint / svclint-structure ${fmtRatio(r['ls-lint'].medianMs / r['svclint-structure'].medianMs)}x`);
    else parts.push('ls-lint / svclint-structure n/a');
    console.log(`- ${size} services: ${parts.join(', ')}`);
  }
  console.log('\nGrowth per 10x services (median time; "above floor" subtracts node -e 0):');
  for (const tool of ['svclint', 'svclint-structure', 'dclint', 'ls-lint', 'ls-lint-kebab']) {
    const growth = growthPer10x(bySize, tool, floorMs ?? 0);
    if (growth.length === 0) continue;
    const text = growth
      .map((g) => `${g.from}->${g.to} x${fmtRatio(g.raw)}${g.aboveFloor === null ? '' : ` (above floor x${fmtRatio(g.aboveFloor)})`}`)
      .join('; ');
    console.log(`- ${TOOL_LABELS[tool]}: ${text}`);
  }
}

/** The targets as one table: svclint's number beside the peer's, from this one run. */
function printTargetTable(targets) {
  console.log('\n## Targets side by side (this run)\n');
  printGrid(
    ['target', 'svclint', 'peer', 'result'],
    targets.map((t) => [t.name, t.svclint ?? '', t.peer ?? '', t.status]),
  );
}

function printGrid(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
}

// ------------------------------------------------------------------ main

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const timeBin = findTimeBinary();
  const facts = machineFacts();
  const svclintBuilt = fs.existsSync(svclintCli);
  const measureOptions = { runs: options.runs, timeoutMs: options.timeout * 1000, budgetMs: options.budget * 1000, timeBin };

  console.log('# svclint benchmark\n');
  console.log(`- machine: ${facts.cpus} CPUs (${facts.cpuModel}), ${facts.memoryGiB} GiB RAM, ${facts.platform}`);
  console.log(`- node ${facts.node}; dclint ${facts.dclint}; ls-lint ${facts.lsLint}; svclint ${facts.svclint}`);
  console.log(`- runs: up to ${options.runs} per tool and size after one warm-up (budget ${options.budget} s, timeout ${options.timeout} s per run)`);
  console.log(
    `- load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other processes on the machine skew the numbers)`,
  );
  console.log(`- peak RSS: ${timeBin ? `${timeBin} -f %M (largest process in the tool's tree)` : 'n/a: GNU time not found (apt-get install time)'}`);

  const bySize = {};
  let floorMs = null;
  for (const size of options.sizes) {
    const tree = ensureTree(size, options.seed);
    console.log(`\n## ${size} services\n`);
    console.log(
      `${tree.stacks} compose files, ${tree.directories} directories (${tree.cached ? 'cached tree' : `generated in ${tree.generateMs} ms`}: ${path.relative(repoRoot, tree.root)})\n`,
    );
    const results = {};
    const rows = [];
    for (const tool of toolsFor(tree, options.tools)) {
      let result;
      if (tool.needsSvclint && !svclintBuilt) result = { tool: tool.name, status: 'not-built' };
      else if (!fs.existsSync(tool.command))
        result = { tool: tool.name, status: 'missing', note: `${path.relative(repoRoot, tool.command)} missing; run npm ci` };
      else result = await measure(tool, measureOptions);
      results[tool.name] = result;
      rows.push(tableRow(result));
    }
    printTable(rows);
    if (ok(results.node)) floorMs = floorMs === null ? results.node.medianMs : Math.min(floorMs, results.node.medianMs);
    bySize[size] = results;
  }

  let example;
  if (!fs.existsSync(exampleDir)) example = { why: 'examples/droplet-current not present' };
  else if (!svclintBuilt) example = { why: 'svclint not built' };
  else {
    console.log('\n## examples/droplet-current\n');
    // The example's own code cache, written by the warm-up run of measurePaired: what a user linting
    // this tree has from the second run on. The default folder holds the cache the first svclint run
    // of this bench wrote (another tree, another mix of rules), whose missing functions the example
    // would compile lazily on every run (~15-30 ms; bench/README.md).
    const exampleCache = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-bench-example-cache-'));
    const tool = {
      name: 'svclint-example',
      command: process.execPath,
      args: [svclintCli, exampleDir, '--format', 'json'],
      cwd: repoRoot,
      env: { SVCLINT_CODE_CACHE: exampleCache },
      count: svclintCount,
      failed: svclintFailed,
    };
    const node = { name: 'node', command: process.execPath, args: ['-e', '0'], cwd: repoRoot };
    console.log(
      `${options.paired} paired cold runs (svclint with the code cache its warm-up run wrote, node -e 0), then 5 first runs (an empty code-cache folder each)\n`,
    );
    example = await measurePaired(tool, node, options.paired, measureOptions);
    example.first = await measureFirstRun(tool, 5, measureOptions);
    fs.rmSync(exampleCache, { recursive: true, force: true });
    printTable([tableRow(example.svclint), tableRow(example.first), tableRow(example.node)]);
  }

  printRatios(bySize, example, floorMs);
  const targets = analyse(bySize, example, floorMs);
  console.log(
    `\nload average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('\n## Targets\n');
  for (const t of targets) console.log(`- [${t.status}] ${t.name}${t.detail ? `: ${t.detail}` : ''}`);
  printTargetTable(targets);

  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify({ facts, options, results: bySize, example, targets }, null, 2));
    console.log(`\nresults written to ${options.json}`);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  // A benchmark prints numbers; only a broken harness exits non-zero.
  process.exit(2);
});

#!/usr/bin/env node
// Init-script benchmarks (issue 13), printed, never asserted:
//   1. a DO block of N GRANTs read and replayed, for N = 2,000 / 4,000 / 8,000 (linear: the time
//      per GRANT stays flat), against the same GRANTs as plain statements;
//   2. `svclint examples/droplet-current --initdb-exec` wall time (target: under 5 s), when a
//      local PostgreSQL is found (PG_BIN, PATH or /usr/lib/postgresql/N/bin).
//
//   npm run bench:initdb -- [--runs 3]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repoRoot, 'dist', 'cli.cjs');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
if (!fs.existsSync(cli)) {
  console.log('dist/cli.cjs is missing: run npm run build first');
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args, cwd, env = {}) {
  const started = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, out };
}

// The init-script library, bundled on the fly (esbuild is a dev dependency), timed in process.
const { build } = await import('esbuild');
// Inside the repository, so the bundle finds libpg-query in node_modules.
const libFile = path.join(repoRoot, '.bench-trees', `initdb-lib-${process.pid}.mjs`);
fs.mkdirSync(path.dirname(libFile), { recursive: true });
await build({
  entryPoints: [path.join(repoRoot, 'src/database/initdb/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: libFile,
  external: ['libpg-query', 'mvdan-sh'],
  logLevel: 'error',
});
const lib = await import(libFile);
fs.rmSync(libFile, { force: true });
await lib.parseInitSql('/warm.sql', 'DO $$ BEGIN GRANT CONNECT ON DATABASE d TO r; END $$;');

async function replay(sql) {
  const started = performance.now();
  const script = await lib.parseInitSql('/bench.sql', sql);
  const outcome = lib.evaluateInit([script], { superuser: 'postgres', version: 15 });
  const ms = performance.now() - started;
  if (!outcome.catalog.privilegesOn('r1', 'd').has('connect'))
    throw new Error(`the GRANTs were not replayed: ${outcome.stop?.message} ${JSON.stringify(outcome.unevaluated.slice(0, 2))}`);
  return ms;
}

console.log(`DO block of N GRANTs (PL/pgSQL parser, one batch parse, replay) vs the same GRANTs as plain statements, median of ${runs}`);
console.log('| N | DO block ms | per GRANT µs | plain statements ms | per GRANT µs |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const n of [2000, 4000, 8000, 16000]) {
  const grants = Array.from({ length: n }, (_, i) => `GRANT CONNECT ON DATABASE d TO r${i % 50};`).join('\n');
  const roles = Array.from({ length: 50 }, (_, i) => `CREATE ROLE r${i};`).join('\n');
  const doBlock = `${roles}\nCREATE DATABASE d;\nDO $$ BEGIN\n${grants}\nEND $$;\n`;
  const plain = `${roles}\nCREATE DATABASE d;\n${grants}\n`;
  const a = [];
  const b = [];
  for (let k = 0; k < runs; k++) {
    a.push(await replay(doBlock));
    b.push(await replay(plain));
  }
  console.log(`| ${n} | ${median(a).toFixed(0)} | ${((median(a) * 1000) / n).toFixed(0)} | ${median(b).toFixed(0)} | ${((median(b) * 1000) / n).toFixed(0)} |`);
}

console.log('\n--initdb-exec on examples/droplet-current (target: under 5 s)');
const probe = time(['examples/droplet-current', '--initdb-exec', '--only', 'database', '--format', 'json'], repoRoot);
if (probe.out.status === 2) {
  console.log(`n/a: ${probe.out.stderr.trim()}`);
} else {
  const samples = [
    probe.ms,
    ...Array.from({ length: runs - 1 }, () => time(['examples/droplet-current', '--initdb-exec', '--only', 'database', '--format', 'json'], repoRoot).ms),
  ];
  const note = probe.out.stderr.split('\n').find((l) => l.includes('ran the init scripts')) ?? '';
  console.log(
    `wall: median ${median(samples).toFixed(0)} ms, min ${Math.min(...samples).toFixed(0)} ms over ${samples.length} runs (${median(samples) < 5000 ? 'met' : 'NOT met'}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(note.replace(/^svclint: /, 'last run: '));
}

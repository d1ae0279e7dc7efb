#!/usr/bin/env node
// Thin entry point: everything lives in cli/main.ts so it can be tested in-process too.
import { main } from './cli/main';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;

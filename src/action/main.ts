// Bundle entry of the GitHub Action (dist/action.js, `runs.main` in action.yml).
// `node dist/action.js --self-check` loads the bundled parsers instead (tests and debugging:
// it proves the bundle finds its WebAssembly without node_modules).
import { run } from './run';

if (process.argv.includes('--self-check')) {
  const { selfCheck } = await import('./self-check');
  process.stdout.write(`${JSON.stringify(await selfCheck())}\n`);
} else {
  await run();
}

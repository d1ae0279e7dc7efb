// Build: type-check, then bundle the CLI into dist/ with esbuild (one file plus lazily loaded chunks),
// so a run resolves few modules at start-up.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

// Schemas first: the type-check and the bundle import the generated validators.
execFileSync(process.execPath, ['scripts/build-schemas.mjs'], { stdio: 'inherit' });
const skipTypecheck = process.argv.includes('--no-typecheck');
if (!skipTypecheck) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });

// The public API's declarations (`svclint`, `svclint/testing`), built from the sources; only the
// files the two entry points reach are kept (the rest are internals no user type names).
rmSync('dist/types', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.api.json'], { stdio: 'inherit' });
pruneDeclarations('dist/types', ['dist/types/src/api/index.d.ts', 'dist/types/src/api/testing.d.ts']);

// `import text from './file?raw'` (the HTML report's script and styles) bundles the file's text, as vite does in the tests.
const rawText = {
  name: 'raw-text',
  setup(pluginBuild) {
    // Paths relative to the repository: esbuild names the module in a comment, and the bundle must
    // be the same whatever folder the checkout is in (CI compares it with the committed one).
    pluginBuild.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path
        .relative(process.cwd(), path.resolve(args.resolveDir, args.path.slice(0, -4)))
        .split(path.sep)
        .join('/'),
      namespace: 'raw-text',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(path.resolve(args.path), 'utf8'), loader: 'text' }));
  },
};

rmSync('dist/chunks', { recursive: true, force: true });
await build({
  // The CLI, and the public API's modules (`svclint`, `svclint/testing`) sharing its chunks.
  entryPoints: { cli: 'src/cli.ts', index: 'src/api/index.ts', testing: 'src/api/testing.ts' },
  plugins: [rawText],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // libpg-query loads its WebAssembly next to its own module: keep it a runtime dependency.
  // pg (db-audit only) is bundled into its lazily loaded chunk; its optional native binding is not used.
  external: ['libpg-query', 'mvdan-sh', 'pg-native'],
  banner: { js: "import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});

// The GitHub Action: one self-contained ESM file (the runner has no node_modules), so every
// dependency is bundled, lazily imported ones included (no splitting: esbuild inlines them and
// still evaluates them on first import). Bundled CommonJS code that finds files next to itself
// through __dirname/__filename (libpg-query reads libpg-query.wasm that way) gets dist/, where
// the assets are copied.
//
// Our modules load big CommonJS packages lazily with `const require = createRequire(import.meta.url);`
// (require skips the CommonJS export scan that import() runs), so the CLI and the tests find them in
// node_modules. For the action that declaration is dropped, so the `require('pkg')` calls after it
// are esbuild's own: bundled, and still evaluated only when first called.
const LOCAL_REQUIRE = /^[ \t]*const require = createRequire\(import\.meta\.url\);?[ \t]*$/m;
const bundleLocalRequires = {
  name: 'bundle-local-requires',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/](src|rules)[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('createRequire(import.meta.url)')) return undefined;
      if (!LOCAL_REQUIRE.test(source)) {
        throw new Error(
          `${args.path}: createRequire(import.meta.url) in a form the action build cannot bundle; use \`const require = createRequire(import.meta.url);\` on its own line`,
        );
      }
      return { contents: source.replace(LOCAL_REQUIRE, ''), loader: 'ts' };
    });
  },
};
await build({
  entryPoints: { action: 'src/action/main.ts' },
  plugins: [bundleLocalRequires, rawText],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  define: { __dirname: '__svclintDirname', __filename: '__svclintFilename' },
  banner: {
    js: [
      "import { createRequire as __svclintCreateRequire } from 'node:module';",
      "import { fileURLToPath as __svclintFileURLToPath } from 'node:url';",
      "import { dirname as __svclintPathDirname } from 'node:path';",
      'const require = __svclintCreateRequire(import.meta.url);',
      'const __svclintFilename = __svclintFileURLToPath(import.meta.url);',
      'const __svclintDirname = __svclintPathDirname(__svclintFilename);',
    ].join(' '),
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync('node_modules/libpg-query/wasm/libpg-query.wasm', 'dist/libpg-query.wasm');

// The rules reference (docs/rules.md), from the rules' metadata in the bundle just built.
execFileSync(process.execPath, ['scripts/rules-doc.mjs'], { stdio: 'inherit' });

/** Deletes the declaration files the entries do not reach through relative imports. */
function pruneDeclarations(dir, entries) {
  const reached = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = path.resolve(queue.pop());
    if (reached.has(file) || !existsSync(file)) continue;
    reached.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)) {
      const base = path.resolve(path.dirname(file), match[1].replace(/\.js$/, ''));
      queue.push(...[`${base}.d.ts`, path.join(base, 'index.d.ts')].filter(existsSync));
    }
  }
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const abs = path.join(folder, name);
      if (statSync(abs).isDirectory()) {
        walk(abs);
        if (readdirSync(abs).length === 0) rmSync(abs, { recursive: true });
      } else if (!reached.has(path.resolve(abs))) rmSync(abs);
    }
  };
  walk(dir);
}

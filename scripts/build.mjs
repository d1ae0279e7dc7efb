// Build: type-check, then bundle the CLI into dist/ with esbuild (a small loader and one script it compiles with a V8 code cache),
// so a run resolves few modules at start-up.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { patchFdir } from './fdir-patch.mjs';
import { patchJsYaml } from './js-yaml-patches.mjs';

// Schemas first: the type-check and the bundle import the generated validators.
execFileSync(process.execPath, ['scripts/build-schemas.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/sql-keywords.mjs'], { stdio: 'inherit' });
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

// js-yaml is bundled with the patches of scripts/js-yaml-patches.mjs (allocation and time it spends for nothing).
const jsYamlPatched = {
  name: 'js-yaml-patches',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]js-yaml[\\/]dist[\\/]js-yaml\.mjs$/ }, (args) => ({
      contents: patchJsYaml(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};

// fdir (tinyglobby's crawler) is bundled with picomatch required on first use (scripts/fdir-patch.mjs).
const fdirPatched = {
  name: 'fdir-patch',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => ({
      contents: patchFdir(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};

// The CLI: one script, dist/cli-main.js, that the loader dist/cli.cjs (the package's bin) compiles
// with a V8 code cache (src/loader/cli.ts). One file, because a code cache is per script; modules a
// run does not need are still only evaluated when first imported (esbuild wraps them lazily), and a
// function never called is never compiled. The file is one function expression, which the loader
// calls with CommonJS's (exports, require, module, __filename, __dirname).
rmSync('dist/chunks', { recursive: true, force: true });
rmSync('dist/cli.js.LEGAL.txt', { force: true });
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
await build({
  entryPoints: { 'cli-main': 'src/cli.ts' },
  plugins: [rawText, jsYamlPatched, fdirPatched],
  outdir: 'dist',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // A script compiled by vm.Script has no import(): esbuild turns every dynamic import into require.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__svclintImportMetaUrl' },
  // libpg-query loads its WebAssembly next to its own module: keep it a runtime dependency.
  // pg (db-audit only) is bundled, evaluated on first use; its optional native binding is not used.
  external: ['libpg-query', 'mvdan-sh', 'pg-native'],
  banner: { js: `${WRAPPER_HEAD}\nvar __svclintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;` },
  footer: { js: '})' },
  // No comments or indentation: a smaller file to read and hash, ASCII only (comments may not be).
  minifyWhitespace: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
const cliMain = readFileSync('dist/cli-main.js');
if (/[^\x00-\x7f]/.test(cliMain.toString('latin1'))) throw new Error('dist/cli-main.js is not ASCII: the loader reads it as latin1');
if (/\bimport\(/.test(cliMain.toString('latin1'))) throw new Error('dist/cli-main.js calls import(), which a vm.Script cannot');
const bundleInfo = { file: 'cli-main.js', hash: createHash('sha256').update(cliMain).digest('hex'), size: cliMain.length };
// The loader: small CommonJS (Node starts it without the ES module loader), with the bundle's hash.
await build({
  entryPoints: { cli: 'src/loader/cli.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { __SVCLINT_BUNDLE__: JSON.stringify(bundleInfo) },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
// The public API's modules (`svclint`, `svclint/testing`): ESM sharing their chunks. A plugin's rules
// only hand the CLI plain objects (rules, messages, values are checked by shape), so the CLI's own
// copy of the engine and the API's need not be one module instance.
await build({
  entryPoints: { index: 'src/api/index.ts', testing: 'src/api/testing.ts' },
  plugins: [rawText, jsYamlPatched, fdirPatched],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['libpg-query', 'mvdan-sh', 'pg-native'],
  banner: { js: "import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
// `node dist/cli.js` (older instructions and scripts) runs the same CLI.
writeFileSync(
  'dist/cli.js',
  "#!/usr/bin/env node\n// The svclint command is dist/cli.cjs (the package's bin); this runs it for `node dist/cli.js`.\nimport { createRequire } from 'node:module';\n\ncreateRequire(import.meta.url)('./cli.cjs');\n",
  { mode: 0o755 },
);
if (!readFileSync('dist/cli.cjs', 'utf8').includes('import(url)')) throw new Error('dist/cli.cjs lost its import(): plugins could not be loaded');
chmodSync('dist/cli.cjs', 0o755);

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
  plugins: [bundleLocalRequires, rawText, jsYamlPatched, fdirPatched],
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

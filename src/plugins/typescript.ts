// TypeScript rule files: type-checked with ts-morph against svclint's public API (a type error is a
// config error naming file:line:col with the compiler's message), transpiled to ESM and cached in
// node_modules/.cache/svclint/plugins/<key>/. The key is the file's path and content hash, the
// svclint version and install, and the TypeScript and ts-morph versions (read from their
// package.json files, so a warm run never loads TypeScript); the other local files the rule
// imports are listed with their hashes in the entry's manifest and checked on every run.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError } from '../errors';
import type { FileCache } from '../files/cache';
import { displayPath, isInside } from '../util/paths';
import { VERSION } from '../version';

/** Bump when the cached output's form changes. */
const CACHE_FORMAT = 1;
/** At most this many type errors are printed (the count of the rest follows). */
const MAX_ERRORS_SHOWN = 20;

export interface CompileOptions {
  /** The config's folder: ts-morph, @types/node and the cache are looked up from here. */
  baseDir: string;
  cwd: string;
  files: FileCache;
  onCompile?: (file: string, ms: number) => void;
}

interface Manifest {
  format: number;
  /** The compiled entry, relative to the entry's cache folder. */
  entry: string;
  /** Every local file the entry's program holds, with its sha256 at compile time. */
  sources: { file: string; hash: string }[];
  typescript: string;
}

/** The compiled entry of a .ts rule file (from the cache when it is fresh). */
export async function compileTypeScriptPlugin(file: string, options: CompileOptions): Promise<string> {
  const shown = displayPath(file, options.cwd);
  const svclint = svclintInstall();
  const toolchain = findToolchain(options.baseDir, svclint.root);
  if (!toolchain) {
    throw new ConfigError(`${shown}: TypeScript rules need ts-morph, which is not installed (npm install --save-dev ts-morph), or write the rule as .js/.mjs`);
  }
  const hash = fileHash(file, options.files);
  if (hash === null) throw new ConfigError(`${shown}: cannot read the rule file`);
  const key = createHash('sha256')
    .update(JSON.stringify([CACHE_FORMAT, VERSION, svclint.root, toolchain.typescript, toolchain.tsMorph, file, hash]))
    .digest('hex')
    .slice(0, 32);
  const cacheDir = path.join(cacheRoot(options.baseDir), 'plugins');
  const entryDir = path.join(cacheDir, key);
  const fresh = freshEntry(entryDir, options.files);
  if (fresh) return fresh;

  const started = performance.now();
  const compiled = compile(file, toolchain, svclint, options);
  writeEntry(cacheDir, entryDir, compiled);
  options.onCompile?.(file, performance.now() - started);
  return path.join(entryDir, compiled.manifest.entry);
}

// ---------------------------------------------------------------- where things are

interface SvclintInstall {
  /** The package folder of the running svclint. */
  root: string;
  /** Its public API's declarations and modules. */
  apiTypes: string;
  testingTypes: string;
  apiModule: string;
  testingModule: string;
}

let install: SvclintInstall | null = null;

/** The running svclint's package folder (from this module, in dist/ or src/). */
function svclintInstall(): SvclintInstall {
  if (install) return install;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'svclint') break;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the svclint package folder');
    dir = parent;
  }
  const types = path.join(dir, 'dist', 'types', 'src', 'api');
  install = {
    root: dir,
    apiTypes: path.join(types, 'index.d.ts'),
    testingTypes: path.join(types, 'testing.d.ts'),
    apiModule: path.join(dir, 'dist', 'index.js'),
    testingModule: path.join(dir, 'dist', 'testing.js'),
  };
  return install;
}

interface Toolchain {
  /** ts-morph's main module. */
  main: string;
  tsMorph: string;
  /** The TypeScript version ts-morph bundles. */
  typescript: string;
}

/** ts-morph from the config's folder (the user's own), else svclint's; versions from package.json only. */
function findToolchain(baseDir: string, svclintRoot: string): Toolchain | null {
  for (const from of [baseDir, svclintRoot]) {
    try {
      const require = createRequire(path.join(from, 'noop.js'));
      const manifestFile = require.resolve('ts-morph/package.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string; main: string };
      const common = createRequire(manifestFile).resolve('@ts-morph/common/package.json');
      const commonManifest = JSON.parse(readFileSync(common, 'utf8')) as { version: string; devDependencies?: Record<string, string> };
      // @ts-morph/common bundles exactly the TypeScript it was built with.
      const typescript = commonManifest.devDependencies?.typescript ?? `common-${commonManifest.version}`;
      return { main: path.join(path.dirname(manifestFile), manifest.main), tsMorph: manifest.version, typescript };
    } catch {
      // not installed there
    }
  }
  return null;
}

/** node_modules/.cache/svclint of the package holding the config (or of the config's folder). */
export function cacheRoot(baseDir: string): string {
  let dir = baseDir;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) || existsSync(path.join(dir, 'node_modules'))) break;
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, '.git')) || parent === dir) {
      dir = baseDir;
      break;
    }
    dir = parent;
  }
  return path.join(dir, 'node_modules', '.cache', 'svclint');
}

function fileHash(file: string, files: FileCache): string | null {
  return files.hash(file);
}

// ---------------------------------------------------------------- the cache

function freshEntry(entryDir: string, files: FileCache): string | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(entryDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== CACHE_FORMAT) return null;
  for (const source of manifest.sources) if (fileHash(source.file, files) !== source.hash) return null;
  const entry = path.join(entryDir, manifest.entry);
  return existsSync(entry) ? entry : null;
}

/** Writes the entry's folder next to its final place and renames it there (two runs at once never see half a folder). */
function writeEntry(cacheDir: string, entryDir: string, compiled: Compiled): void {
  mkdirSync(cacheDir, { recursive: true });
  // The outputs are ES modules whatever the user's package.json says.
  const marker = path.join(cacheDir, 'package.json');
  if (!existsSync(marker)) writeFileSync(marker, '{ "type": "module", "private": true }\n');
  const temp = `${entryDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  for (const output of compiled.outputs) {
    const target = path.join(temp, output.rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, output.text);
  }
  writeFileSync(path.join(temp, 'manifest.json'), `${JSON.stringify(compiled.manifest, null, 2)}\n`);
  rmSync(entryDir, { recursive: true, force: true });
  try {
    renameSync(temp, entryDir);
  } catch {
    // Another run wrote it first: theirs is the same.
    rmSync(temp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the compiler (cache misses only)

interface Compiled {
  outputs: { rel: string; text: string }[];
  manifest: Manifest;
}

type TsMorph = typeof import('ts-morph');

function compile(file: string, toolchain: Toolchain, svclint: SvclintInstall, options: CompileOptions): Compiled {
  if (!existsSync(svclint.apiTypes))
    throw new ConfigError(`svclint's type declarations are missing (${svclint.apiTypes}): reinstall svclint, or run npm run build in its checkout`);
  // Loaded through a computed path: bundlers leave it alone, and it loads only here.
  const { Project, ts } = createRequire(toolchain.main)(toolchain.main) as TsMorph;
  const nodeTypes = findNodeTypes(options.baseDir);
  const outDir = path.join(path.dirname(file), '__svclint_out__');
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts'],
      skipLibCheck: true,
      esModuleInterop: true,
      isolatedModules: true,
      allowImportingTsExtensions: true,
      rewriteRelativeImportExtensions: true,
      // Type errors were reported before the emit; the emit only transpiles.
      noEmitOnError: false,
      declaration: false,
      outDir,
      types: nodeTypes ? ['node'] : [],
      ...(nodeTypes ? { typeRoots: [nodeTypes] } : {}),
      paths: { svclint: [svclint.apiTypes], 'svclint/testing': [svclint.testingTypes] },
    },
  });
  project.addSourceFileAtPath(file);
  project.resolveSourceFileDependencies();
  const local = project.getSourceFiles().filter((sf) => !sf.isDeclarationFile() && !sf.isInNodeModules());
  const program = project.getProgram().compilerObject;
  const own = new Set(local.map((sf) => path.resolve(sf.getFilePath())));
  const ownErrors = (diagnostics: readonly import('ts-morph').ts.Diagnostic[]) =>
    diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error && (!d.file || own.has(path.resolve(d.file.fileName))));
  // A syntax error first and alone: the type errors it causes downstream only mislead.
  const syntaxErrors = ownErrors(program.getSyntacticDiagnostics());
  const errors = syntaxErrors.length > 0 ? syntaxErrors : ownErrors(ts.getPreEmitDiagnostics(program));
  if (errors.length > 0) throw typeErrors(ts, errors, options.cwd);

  // Common folder of the program's own files: the outputs keep their relative layout below it.
  const root = local.map((sf) => path.dirname(path.resolve(sf.getFilePath()))).reduce(commonDir);
  project.compilerOptions.set({ rootDir: root });
  const outFor = (abs: string) => path.relative(root, abs).replace(/\.(m?)ts$/, (_, m: string) => `.${m}js`);
  for (const sf of local) {
    const self = path.resolve(sf.getFilePath());
    for (const decl of [...sf.getImportDeclarations(), ...sf.getExportDeclarations()]) {
      const spec = decl.getModuleSpecifierValue();
      if (spec === undefined) continue;
      if (spec === 'svclint' || spec === 'svclint/testing') {
        decl.setModuleSpecifier(pathToFileURL(spec === 'svclint' ? svclint.apiModule : svclint.testingModule).href);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = decl.getModuleSpecifierSourceFile();
      if (!target || target.isDeclarationFile()) continue;
      let rel = path
        .relative(path.dirname(outFor(self)), outFor(path.resolve(target.getFilePath())))
        .split(path.sep)
        .join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      decl.setModuleSpecifier(rel);
    }
  }
  const emitted = project.emitToMemory();
  if (emitted.getEmitSkipped()) throw new ConfigError(`${displayPath(file, options.cwd)}: TypeScript did not emit the rule file`);
  const outputs = emitted.getFiles().map((f) => ({ rel: path.relative(outDir, path.resolve(f.filePath)), text: f.text }));
  const sources = local.map((sf) => {
    const abs = path.resolve(sf.getFilePath());
    return { file: abs, hash: options.files.hash(abs) ?? '' };
  });
  return {
    outputs,
    manifest: { format: CACHE_FORMAT, entry: outFor(path.resolve(file)), sources, typescript: ts.version },
  };
}

/** The folder holding @types/node, when the user's project has it (else Node's globals are unknown to the rule). */
function findNodeTypes(baseDir: string): string | null {
  try {
    const manifest = createRequire(path.join(baseDir, 'noop.js')).resolve('@types/node/package.json');
    return path.dirname(path.dirname(manifest));
  } catch {
    return null;
  }
}

function commonDir(a: string, b: string): string {
  let dir = a;
  while (!isInside(dir, b)) {
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
  return dir;
}

/** Type errors as a config error: `file:line:col: TS2322: message`, one per line. */
function typeErrors(ts: TsMorph['ts'], diagnostics: readonly import('ts-morph').ts.Diagnostic[], cwd: string): ConfigError {
  const lines = diagnostics.slice(0, MAX_ERRORS_SHOWN).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.start === undefined) return `TS${d.code}: ${text}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${displayPath(path.resolve(d.file.fileName), cwd)}:${line + 1}:${character + 1}: TS${d.code}: ${text}`;
  });
  if (diagnostics.length > MAX_ERRORS_SHOWN) lines.push(`(and ${diagnostics.length - MAX_ERRORS_SHOWN} more type errors)`);
  const [first, ...rest] = lines;
  return new ConfigError(`${first}`, rest);
}

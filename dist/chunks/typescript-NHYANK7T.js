import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  displayPath,
  isInside
} from "./chunk-BDF6BVKZ.js";
import {
  ConfigError
} from "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/plugins/typescript.ts
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version;

// src/plugins/typescript.ts
var CACHE_FORMAT = 1;
var MAX_ERRORS_SHOWN = 20;
async function compileTypeScriptPlugin(file, options) {
  const shown = displayPath(file, options.cwd);
  const svclint = svclintInstall();
  const toolchain = findToolchain(options.baseDir, svclint.root);
  if (!toolchain) {
    throw new ConfigError(`${shown}: TypeScript rules need ts-morph, which is not installed (npm install --save-dev ts-morph), or write the rule as .js/.mjs`);
  }
  const hash = fileHash(file, options.files);
  if (hash === null) throw new ConfigError(`${shown}: cannot read the rule file`);
  const key = createHash("sha256").update(JSON.stringify([CACHE_FORMAT, VERSION, svclint.root, toolchain.typescript, toolchain.tsMorph, file, hash])).digest("hex").slice(0, 32);
  const cacheDir = path.join(cacheRoot(options.baseDir), "plugins");
  const entryDir = path.join(cacheDir, key);
  const fresh = freshEntry(entryDir, options.files);
  if (fresh) return fresh;
  const started = performance.now();
  const compiled = compile(file, toolchain, svclint, options);
  writeEntry(cacheDir, entryDir, compiled);
  options.onCompile?.(file, performance.now() - started);
  return path.join(entryDir, compiled.manifest.entry);
}
var install = null;
function svclintInstall() {
  if (install) return install;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "svclint") break;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the svclint package folder");
    dir = parent;
  }
  const types = path.join(dir, "dist", "types", "src", "api");
  install = {
    root: dir,
    apiTypes: path.join(types, "index.d.ts"),
    testingTypes: path.join(types, "testing.d.ts"),
    apiModule: path.join(dir, "dist", "index.js"),
    testingModule: path.join(dir, "dist", "testing.js")
  };
  return install;
}
function findToolchain(baseDir, svclintRoot) {
  for (const from of [baseDir, svclintRoot]) {
    try {
      const require2 = createRequire(path.join(from, "noop.js"));
      const manifestFile = require2.resolve("ts-morph/package.json");
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
      const common = createRequire(manifestFile).resolve("@ts-morph/common/package.json");
      const commonManifest = JSON.parse(readFileSync(common, "utf8"));
      const typescript = commonManifest.devDependencies?.typescript ?? `common-${commonManifest.version}`;
      return { main: path.join(path.dirname(manifestFile), manifest.main), tsMorph: manifest.version, typescript };
    } catch {
    }
  }
  return null;
}
function cacheRoot(baseDir) {
  let dir = baseDir;
  for (; ; ) {
    if (existsSync(path.join(dir, "package.json")) || existsSync(path.join(dir, "node_modules"))) break;
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, ".git")) || parent === dir) {
      dir = baseDir;
      break;
    }
    dir = parent;
  }
  return path.join(dir, "node_modules", ".cache", "svclint");
}
function fileHash(file, files) {
  return files.hash(file);
}
function freshEntry(entryDir, files) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(entryDir, "manifest.json"), "utf8"));
  } catch {
    return null;
  }
  if (manifest.format !== CACHE_FORMAT) return null;
  for (const source of manifest.sources) if (fileHash(source.file, files) !== source.hash) return null;
  const entry = path.join(entryDir, manifest.entry);
  return existsSync(entry) ? entry : null;
}
function writeEntry(cacheDir, entryDir, compiled) {
  mkdirSync(cacheDir, { recursive: true });
  const marker = path.join(cacheDir, "package.json");
  if (!existsSync(marker)) writeFileSync(marker, '{ "type": "module", "private": true }\n');
  const temp = `${entryDir}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  for (const output of compiled.outputs) {
    const target = path.join(temp, output.rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, output.text);
  }
  writeFileSync(path.join(temp, "manifest.json"), `${JSON.stringify(compiled.manifest, null, 2)}
`);
  rmSync(entryDir, { recursive: true, force: true });
  try {
    renameSync(temp, entryDir);
  } catch {
    rmSync(temp, { recursive: true, force: true });
  }
}
function compile(file, toolchain, svclint, options) {
  if (!existsSync(svclint.apiTypes))
    throw new ConfigError(`svclint's type declarations are missing (${svclint.apiTypes}): reinstall svclint, or run npm run build in its checkout`);
  const { Project, ts } = createRequire(toolchain.main)(toolchain.main);
  const nodeTypes = findNodeTypes(options.baseDir);
  const outDir = path.join(path.dirname(file), "__svclint_out__");
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2023.d.ts"],
      skipLibCheck: true,
      esModuleInterop: true,
      isolatedModules: true,
      allowImportingTsExtensions: true,
      rewriteRelativeImportExtensions: true,
      // Type errors were reported before the emit; the emit only transpiles.
      noEmitOnError: false,
      declaration: false,
      outDir,
      types: nodeTypes ? ["node"] : [],
      ...nodeTypes ? { typeRoots: [nodeTypes] } : {},
      paths: { svclint: [svclint.apiTypes], "svclint/testing": [svclint.testingTypes] }
    }
  });
  project.addSourceFileAtPath(file);
  project.resolveSourceFileDependencies();
  const local = project.getSourceFiles().filter((sf) => !sf.isDeclarationFile() && !sf.isInNodeModules());
  const program = project.getProgram().compilerObject;
  const own = new Set(local.map((sf) => path.resolve(sf.getFilePath())));
  const ownErrors = (diagnostics) => diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error && (!d.file || own.has(path.resolve(d.file.fileName))));
  const syntaxErrors = ownErrors(program.getSyntacticDiagnostics());
  const errors = syntaxErrors.length > 0 ? syntaxErrors : ownErrors(ts.getPreEmitDiagnostics(program));
  if (errors.length > 0) throw typeErrors(ts, errors, options.cwd);
  const root = local.map((sf) => path.dirname(path.resolve(sf.getFilePath()))).reduce(commonDir);
  project.compilerOptions.set({ rootDir: root });
  const outFor = (abs) => path.relative(root, abs).replace(/\.(m?)ts$/, (_, m) => `.${m}js`);
  for (const sf of local) {
    const self = path.resolve(sf.getFilePath());
    for (const decl of [...sf.getImportDeclarations(), ...sf.getExportDeclarations()]) {
      const spec = decl.getModuleSpecifierValue();
      if (spec === void 0) continue;
      if (spec === "svclint" || spec === "svclint/testing") {
        decl.setModuleSpecifier(pathToFileURL(spec === "svclint" ? svclint.apiModule : svclint.testingModule).href);
        continue;
      }
      if (!spec.startsWith(".")) continue;
      const target = decl.getModuleSpecifierSourceFile();
      if (!target || target.isDeclarationFile()) continue;
      let rel = path.relative(path.dirname(outFor(self)), outFor(path.resolve(target.getFilePath()))).split(path.sep).join("/");
      if (!rel.startsWith(".")) rel = `./${rel}`;
      decl.setModuleSpecifier(rel);
    }
  }
  const emitted = project.emitToMemory();
  if (emitted.getEmitSkipped()) throw new ConfigError(`${displayPath(file, options.cwd)}: TypeScript did not emit the rule file`);
  const outputs = emitted.getFiles().map((f) => ({ rel: path.relative(outDir, path.resolve(f.filePath)), text: f.text }));
  const sources = local.map((sf) => {
    const abs = path.resolve(sf.getFilePath());
    return { file: abs, hash: options.files.hash(abs) ?? "" };
  });
  return {
    outputs,
    manifest: { format: CACHE_FORMAT, entry: outFor(path.resolve(file)), sources, typescript: ts.version }
  };
}
function findNodeTypes(baseDir) {
  try {
    const manifest = createRequire(path.join(baseDir, "noop.js")).resolve("@types/node/package.json");
    return path.dirname(path.dirname(manifest));
  } catch {
    return null;
  }
}
function commonDir(a, b) {
  let dir = a;
  while (!isInside(dir, b)) {
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
  return dir;
}
function typeErrors(ts, diagnostics, cwd) {
  const lines = diagnostics.slice(0, MAX_ERRORS_SHOWN).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || d.start === void 0) return `TS${d.code}: ${text}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${displayPath(path.resolve(d.file.fileName), cwd)}:${line + 1}:${character + 1}: TS${d.code}: ${text}`;
  });
  if (diagnostics.length > MAX_ERRORS_SHOWN) lines.push(`(and ${diagnostics.length - MAX_ERRORS_SHOWN} more type errors)`);
  const [first, ...rest] = lines;
  return new ConfigError(`${first}`, rest);
}
export {
  cacheRoot,
  compileTypeScriptPlugin
};

#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:__SVCLINT_BUNDLE__>
var define_SVCLINT_BUNDLE_default = { file: "cli-main.js", hash: "0399022e8c7a405983d8fcc8a0e063e0165e0ee00284e45cbba99b1539b91a13", size: 1946860 };

// src/loader/cli.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");
var import_node_zlib = require("node:zlib");

// src/loader/flags.ts
var WASM_TIERING_BUDGET_FLAG = "--wasm-tiering-budget=90000000";
var HEAP_GROWING_PERCENT_FLAG = "--heap-growing-percent=30";
var V8_FLAGS = [WASM_TIERING_BUDGET_FLAG, HEAP_GROWING_PERCENT_FLAG];

// src/loader/import.ts
var IMPORT_GLOBAL = "__svclintImport";

// src/loader/cli.ts
for (const flag of V8_FLAGS) (0, import_node_v8.setFlagsFromString)(flag);
var MAGIC = "svclint-v8-code-cache\n";
var bundle = define_SVCLINT_BUNDLE_default;
var bundleFile = import_node_path.default.join(__dirname, bundle.file);
var key = `${process.versions.v8}|${process.arch}|${bundle.hash}`;
var cacheName = `cli-${bundle.hash.slice(0, 16)}.v8cache`;
function cacheFolders() {
  const setting = process.env.SVCLINT_CODE_CACHE;
  if (setting === "off" || setting === "0") return [];
  if (setting) return [import_node_path.default.resolve(setting)];
  const folders = [];
  let nodeModules = null;
  for (let dir = __dirname; ; dir = import_node_path.default.dirname(dir)) {
    if (import_node_path.default.basename(dir) === "node_modules") {
      nodeModules = dir;
      break;
    }
    if (import_node_path.default.dirname(dir) === dir) break;
  }
  folders.push(import_node_path.default.join(nodeModules ?? import_node_path.default.join(import_node_path.default.dirname(__dirname), "node_modules"), ".cache", "svclint"));
  folders.push(userCacheFolder());
  return folders;
}
function userCacheFolder() {
  const home = import_node_os.default.homedir();
  if (process.platform === "win32") return import_node_path.default.join(process.env.LOCALAPPDATA ?? import_node_path.default.join(home, "AppData", "Local"), "svclint", "Cache");
  if (process.platform === "darwin") return import_node_path.default.join(home, "Library", "Caches", "svclint");
  return import_node_path.default.join(process.env.XDG_CACHE_HOME || import_node_path.default.join(home, ".cache"), "svclint");
}
function runRank(argv) {
  if (argv.some((arg) => arg === "--help" || arg === "-h" || arg === "--version")) return 0;
  const command = argv.find((arg) => COMMAND_RANKS.has(arg));
  if (command !== void 0) return COMMAND_RANKS.get(command);
  return argv.some((arg) => arg === "--only" || arg.startsWith("--only=")) ? 1 : 2;
}
var COMMAND_RANKS = /* @__PURE__ */ new Map([
  ["init", 0],
  ["place", 0],
  ["rules", 0],
  ["migrate", 1],
  ["db-audit", 1]
]);
function readCache(folder) {
  const file = import_node_path.default.join(folder, cacheName);
  let content;
  try {
    content = (0, import_node_fs.readFileSync)(file);
  } catch {
    return null;
  }
  const corrupt = { problem: "corrupt", file };
  if (content.length < MAGIC.length + 4 || content.toString("latin1", 0, MAGIC.length) !== MAGIC) return corrupt;
  const headerEnd = MAGIC.length + 4 + content.readUInt32LE(MAGIC.length);
  if (headerEnd > content.length) return corrupt;
  let header;
  try {
    header = JSON.parse(content.toString("utf8", MAGIC.length + 4, headerEnd));
  } catch {
    return corrupt;
  }
  if (header.key !== key) return { problem: "foreign", file };
  const data = content.subarray(headerEnd);
  if (header.size !== data.length || header.crc !== (0, import_node_zlib.crc32)(data)) return corrupt;
  return { data, rank: typeof header.rank === "number" ? header.rank : 0, file };
}
function writeCache(folders, data, rank) {
  const header = Buffer.from(JSON.stringify({ key, size: data.length, crc: (0, import_node_zlib.crc32)(data), rank }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const content = Buffer.concat([Buffer.from(MAGIC, "latin1"), length, header, data]);
  for (const folder of folders) {
    const target = import_node_path.default.join(folder, cacheName);
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      (0, import_node_fs.mkdirSync)(folder, { recursive: true });
      (0, import_node_fs.writeFileSync)(temporary, content);
      (0, import_node_fs.renameSync)(temporary, target);
      removeStale(folder);
      return target;
    } catch {
      try {
        (0, import_node_fs.rmSync)(temporary, { force: true });
      } catch {
      }
    }
  }
  return null;
}
function removeStale(folder) {
  const dayAgo = Date.now() - 24 * 3600 * 1e3;
  for (const name of (0, import_node_fs.readdirSync)(folder)) {
    if (name === cacheName || !/^cli-[0-9a-f]{16}\.v8cache$/.test(name)) continue;
    const file = import_node_path.default.join(folder, name);
    if ((0, import_node_fs.statSync)(file).atimeMs < dayAgo && (0, import_node_fs.statSync)(file).mtimeMs < dayAgo) (0, import_node_fs.rmSync)(file, { force: true });
  }
}
function start() {
  const argv = process.argv.slice(2);
  const debug = argv.includes("--debug") ? (line) => process.stderr.write(`svclint debug: code cache: ${line}
`) : null;
  const source = (0, import_node_fs.readFileSync)(bundleFile, "latin1");
  const folders = source.length === bundle.size ? cacheFolders() : [];
  let cached = null;
  for (const folder of folders) {
    const found = readCache(folder);
    if (found && "problem" in found) debug?.(`${found.problem} file ignored: ${found.file}`);
    else if (found) {
      cached = found;
      break;
    }
  }
  const script = new import_node_vm.Script(source, { filename: bundleFile, ...cached ? { cachedData: cached.data } : {} });
  const rejected = cached !== null && script.cachedDataRejected === true;
  if (debug) debug(folders.length === 0 ? "off" : !cached ? "none" : rejected ? `rejected by V8: ${cached.file}` : `used: ${cached.file}`);
  const rank = runRank(argv);
  if (folders.length > 0 && (!cached || rejected || rank > cached.rank)) {
    process.once("exit", () => {
      try {
        const written = writeCache(folders, script.createCachedData(), rank);
        debug?.(written ? `written: ${written}` : `not written (no writable folder: ${folders.join(", ")})`);
      } catch {
      }
    });
  }
  globalThis[IMPORT_GLOBAL] = (url) => import(url);
  const run = script.runInThisContext();
  const module2 = { exports: {} };
  run.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundleFile), module2, bundleFile, __dirname);
}
start();

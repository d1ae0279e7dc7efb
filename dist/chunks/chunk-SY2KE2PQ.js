import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/scan/tree.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var MAX_DEPTH = 64;
function scanTree(root, options = {}) {
  const maxEntries = options.maxEntries ?? 2e6;
  const entries = [];
  const byRel = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  const problems = [];
  const pending = [{ abs: root, rel: "", depth: 0 }];
  while (pending.length > 0) {
    const dir = pending.pop();
    const list = [];
    children.set(dir.rel, list);
    let dirents;
    try {
      dirents = readdirSync(dir.abs, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      problems.push({ abs: dir.abs, message: `cannot read directory (${errorCode(error)})` });
      continue;
    }
    dirents.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const dirent of dirents) {
      const name = dirent.name.toString("utf8");
      const abs = path.join(dir.abs, name);
      if (!Buffer.from(name, "utf8").equals(dirent.name)) {
        problems.push({ abs, message: "file name is not valid UTF-8; left out" });
        continue;
      }
      if (dirent.isDirectory() && SKIPPED_DIRS.has(name)) continue;
      if (entries.length >= maxEntries) {
        problems.push({ abs: dir.abs, message: `more than ${maxEntries} entries; the rest was not scanned` });
        pending.length = 0;
        break;
      }
      const rel = dir.rel === "" ? name : `${dir.rel}/${name}`;
      const entry = { abs, rel, name, kind: kindOf(dirent), depth: dir.depth };
      if (entry.kind === "symlink") entry.symlink = inspectSymlink(abs);
      entries.push(entry);
      byRel.set(rel, entry);
      list.push(entry);
      if (entry.kind === "dir") {
        if (dir.depth + 1 >= MAX_DEPTH) {
          problems.push({ abs, message: `deeper than ${MAX_DEPTH} levels; not scanned further` });
          children.set(rel, []);
        } else {
          pending.push({ abs, rel, depth: dir.depth + 1 });
        }
      }
    }
  }
  return { root, entries, byRel, children, problems };
}
function kindOf(dirent) {
  if (dirent.isSymbolicLink()) return "symlink";
  if (dirent.isDirectory()) return "dir";
  if (dirent.isFile()) return "file";
  return "other";
}
function inspectSymlink(abs) {
  let target = "";
  try {
    target = readlinkText(abs);
    const resolved = realpathSync(abs);
    const stats = statSync(resolved);
    return {
      target,
      resolved,
      status: "ok",
      targetKind: stats.isDirectory() ? "dir" : stats.isFile() ? "file" : "other"
    };
  } catch (error) {
    return { target, resolved: null, status: errorCode(error) === "ELOOP" ? "loop" : "dangling", targetKind: null };
  }
}
function readlinkText(abs) {
  try {
    return readlinkSync(abs);
  } catch {
    return "";
  }
}
function errorCode(error) {
  if (error && typeof error === "object" && "code" in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}
function isDirLike(entry) {
  return entry.kind === "dir" || entry.kind === "symlink" && entry.symlink?.targetKind === "dir";
}

export {
  scanTree,
  isDirLike
};

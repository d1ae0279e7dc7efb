import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/util/write-file.ts
import { closeSync, mkdirSync, openSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
function makeDirs(dir) {
  const missing = [];
  let current = path.resolve(dir);
  for (; ; ) {
    const stats = statOrNull(current);
    if (stats) {
      if (!stats.isDirectory()) throw Object.assign(new Error(`${current} is not a directory`), { code: "ENOTDIR" });
      break;
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
  }
}
function checkWritable(file) {
  makeDirs(path.dirname(file));
  const existed = statOrNull(file) !== null;
  closeSync(openSync(file, "a"));
  return !existed;
}
function writeFileMakingDirs(file, text) {
  makeDirs(path.dirname(file));
  writeFileSync(file, text);
}
function statOrNull(p) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

export {
  checkWritable,
  writeFileMakingDirs
};

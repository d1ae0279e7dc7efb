import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/util/paths.ts
import path from "node:path";
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function displayPath(abs, cwd) {
  const rel = path.relative(cwd, abs);
  return (rel === "" ? "." : rel).split(path.sep).join("/");
}
function isFolderName(name) {
  return name !== "" && name !== "." && name !== ".." && !/[/\\\0]/.test(name);
}

export {
  isInside,
  displayPath,
  isFolderName
};

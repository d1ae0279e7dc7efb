import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/util/paths.ts
import path from "node:path";
function isInside(parent, child) {
  if (path.sep === "/" && isNormalAbsolute(parent) && isNormalAbsolute(child)) {
    if (child === parent) return true;
    if (parent === "/") return !child.startsWith("..", 1);
    return child.startsWith(parent) && child.charCodeAt(parent.length) === 47 && !child.startsWith("..", parent.length + 1);
  }
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function isNormalAbsolute(p) {
  if (p.charCodeAt(0) !== 47) return false;
  if (p.length === 1) return true;
  return p.charCodeAt(p.length - 1) !== 47 && !p.includes("//") && !/\/\.\.?(?:\/|$)/.test(p);
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

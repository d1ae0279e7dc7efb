import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import "./chunk-3DAIKRF3.js";

// src/commands/init.ts
async function runInit(_c) {
  return 2;
}
export {
  runInit
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version;

export {
  VERSION
};

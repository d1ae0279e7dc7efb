import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  executeInit,
  locateFailure,
  runEnvironment
} from "./chunk-JMUAU4ZI.js";
import "./chunk-QAMFROT2.js";
import "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";
export {
  executeInit,
  locateFailure,
  runEnvironment
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  executeInit,
  locateFailure,
  runEnvironment
} from "./chunk-JUJYLFU4.js";
import "./chunk-M2EK3JYW.js";
import "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";
export {
  executeInit,
  locateFailure,
  runEnvironment
};

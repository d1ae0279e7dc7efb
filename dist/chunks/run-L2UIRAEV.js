import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  executeInit,
  locateFailure,
  runEnvironment
} from "./chunk-L2HEN327.js";
import "./chunk-JP42EIBL.js";
import "./chunk-3DAIKRF3.js";
export {
  executeInit,
  locateFailure,
  runEnvironment
};

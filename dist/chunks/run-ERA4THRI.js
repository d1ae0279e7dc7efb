import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  executeInit,
  locateFailure,
  runEnvironment
} from "./chunk-U54KTSSQ.js";
import "./chunk-QZQD53CN.js";
import "./chunk-3DAIKRF3.js";
export {
  executeInit,
  locateFailure,
  runEnvironment
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  archiveName,
  causeByKey2 as causeByKey,
  causeOf,
  definePlugin,
  defineRule,
  folderPlan,
  folderValue,
  groupingFolders,
  isKebabCase,
  legacyEntry,
  pathValue,
  placeValue,
  textValue,
  toKebab
} from "./chunks/chunk-HOK55U33.js";
import "./chunks/chunk-SY2KE2PQ.js";
import {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  formatBytes,
  parseBytes,
  parseImage
} from "./chunks/chunk-QLQ2YBG2.js";
import {
  hasUnknown
} from "./chunks/chunk-VFVSZFIG.js";
import {
  isInside
} from "./chunks/chunk-ZXHC4XCV.js";
import "./chunks/chunk-3DAIKRF3.js";
export {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  archiveName,
  causeByKey,
  causeOf,
  definePlugin,
  defineRule,
  folderPlan,
  folderValue,
  formatBytes,
  groupingFolders,
  hasUnknown as hasUnknownVariable,
  isInside,
  isKebabCase,
  legacyEntry,
  parseBytes,
  parseImage,
  pathValue,
  placeValue,
  textValue,
  toKebab
};

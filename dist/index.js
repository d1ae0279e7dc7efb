import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  VECTOR_GRAPH_EXTENSIONS,
  archiveName,
  causeByKey2 as causeByKey,
  causeOf,
  definePlugin,
  defineRule,
  folderPlan,
  folderValue,
  formatBytes,
  groupingFolders,
  isKebabCase,
  isLiteralSecret,
  isSecretName,
  legacyEntry,
  parseBytes,
  pathValue,
  placeValue,
  postgresVectorProduct,
  sameData,
  textValue,
  toKebab,
  urlPasswordOffset
} from "./chunks/chunk-2IBUJSS7.js";
import {
  parseImage
} from "./chunks/chunk-ZHP37DL2.js";
import {
  hasUnknown
} from "./chunks/chunk-YZODILJP.js";
import {
  isInside
} from "./chunks/chunk-BDF6BVKZ.js";
import "./chunks/chunk-3DAIKRF3.js";
export {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  VECTOR_GRAPH_EXTENSIONS,
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
  isLiteralSecret,
  isSecretName,
  legacyEntry,
  parseBytes,
  parseImage,
  pathValue,
  placeValue,
  postgresVectorProduct,
  sameData,
  textValue,
  toKebab,
  urlPasswordOffset
};

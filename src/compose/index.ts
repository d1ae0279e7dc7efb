// Docker Compose loader: env files, interpolation, per-file parsing, override merge, stacks.
export { parseEnvFile, parseEnvEntries, readEnvFile, type EnvEntry } from './env-file';
export { interpolate, interpolateTree, hasUnknown, type Interpolated, type Lookup } from './interpolate';
export { parseComposeFile, type LoadError } from './parse-file';
export { mergeComposeConfigs, removePaths } from './merge';
export {
  loadStack, findComposeFiles, COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_FILE_NAMES, type LoadStackOptions,
} from './stack';

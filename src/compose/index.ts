// Docker Compose loader: env files, interpolation, per-file parsing, override merge, stacks.
export { parseDotEnv, parseEnvFile, parseEnvEntries, readEnvFile, type EnvEntry, type EnvFileError, type ParsedEnvFile } from './env-file';
export { interpolate, interpolateTree, hasUnknown, type Interpolated, type InterpolationError, type Lookup, type TreeInterpolationError } from './interpolate';
export { parseComposeFile, type LoadError } from './parse-file';
export { mergeComposeConfigs, removePaths } from './merge';
export { loadStack, findComposeFiles, COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_FILE_NAMES, type LoadStackOptions } from './stack';

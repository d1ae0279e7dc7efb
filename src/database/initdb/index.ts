// Postgres init scripts (/docker-entrypoint-initdb.d) as data: the steps psql takes, replayed on
// a model of the catalog as the official image runs them. Heavy parsers load lazily on first use.
export type * from './types';
export { UNKNOWN } from './types';
export { readInitScript, initScriptFormat } from './read';
export { parseInitSql, type ScriptEnv } from './sql';
export { parseInitShell } from './shell';
export { computePrivilegeMatrix, matrixOf } from './matrix';
export { evaluateInit, LATEST_MAJOR, type InitOutcome, type EvaluateOptions } from './evaluate';
export { Catalog } from './catalog';
export { pgParserLoadMillis } from './pg-parser';

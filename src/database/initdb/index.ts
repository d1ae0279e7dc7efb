// Postgres init scripts (/docker-entrypoint-initdb.d) as data: statements with positions, and the
// connect-privilege matrix they produce. Heavy parsers load lazily on first use.
export type * from './types';
export { readInitScript, initScriptFormat } from './read';
export { parseInitSql } from './sql';
export { parseInitShell } from './shell';
export { computePrivilegeMatrix } from './matrix';
export { pgParserLoadMillis } from './pg-parser';

import { defineRule } from '../../src/api';

export default defineRule({
  meta: {
    id: 'initdb-env-placeholder',
    group: 'database',
    severity: 'error',
    description: '${VAR} in a .sql init file: the image does not interpolate .sql files, so the literal text becomes the password',
    rationale: "The seed's init script writes PASSWORD '${N8N_DB_PASSWORD}' in SQL; psql sends it as is, and the role's password is that text.",
    messages: {
      inSql: "'${{{name}}}' in a .{{kind}} init script is not interpolated: Postgres receives the text '${{{name}}}' itself (as the password, if it is one).",
      useGetenv:
        "Read it from the container's environment with psql: add '\\getenv {{psqlVar}} {{name}}' before the statement and write :'{{psqlVar}}' instead of '${{{name}}}' (pass {{name}} in the postgres service's environment); or move the statement to a .sh script with an unquoted here-document.",
      inShell: "'${{{name}}}' is in a quoted here-document or single-quoted argument: the shell does not expand it, so Postgres receives the text itself.",
      unquote:
        "Use an unquoted here-document (<<EOSQL, not <<'EOSQL') or double quotes so the shell expands ${{{name}}} (pass {{name}} in the postgres service's environment).",
    },
  },
  check({ model, report }) {
    for (const { script } of model.database.initScripts) {
      if (script.kind !== 'sql' && script.kind !== 'sql.gz' && script.kind !== 'sh') continue;
      for (const placeholder of script.placeholders) {
        const inSql = script.kind !== 'sh';
        report({
          loc: placeholder.loc,
          messageId: inSql ? 'inSql' : 'inShell',
          fixId: inSql ? 'useGetenv' : 'unquote',
          data: { name: placeholder.name, kind: script.kind, psqlVar: placeholder.name.toLowerCase() },
        });
      }
    }
  },
});

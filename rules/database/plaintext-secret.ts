import { defineRule, isLiteralSecret, isSecretName, urlPasswordOffset } from '../../src/api';

// Messages name the variable or the role, never the value.
export default defineRule({
  meta: {
    id: 'plaintext-secret',
    group: 'database',
    severity: 'error',
    description: 'A literal password, token or key in a compose file or init script (use ${VAR}, env_file or *_FILE secrets)',
    rationale: 'The seed keeps every password as ${VAR} (POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}); a literal in a tracked file is a leaked secret.',
    messages: {
      urlPassword: "{{variable}} of '{{service}}' holds a URL with a literal password.",
      urlVariable: "Write the password as ${{{variable}}_PASSWORD} (or another variable) and set it in the stack's .env, which stays out of git.",
      literal: "{{variable}} of '{{service}}' is a literal secret in the compose file.",
      useVariable:
        "Write {{variable}}: ${{{variable}}} and set it in the stack's .env (kept out of git), or use {{variable}}_FILE with a Docker secret where the image supports it.",
      scriptPassword: "The password of role '{{role}}' is written literally in the init script.",
      shellVariable:
        "Use a variable from the container's environment: PASSWORD '${{{env}}}' in an unquoted here-document, with {{env}} passed in the postgres service's environment.",
      psqlGetenv:
        "Read it with psql: '\\getenv {{role}}_password {{env}}' and PASSWORD :'{{role}}_password', with {{env}} passed in the postgres service's environment.",
    },
  },
  check({ model, report, valueLoc }) {
    for (const service of model.services) {
      for (const variable of service.environment) {
        if (variable.envFile) continue; // an env_file is where secrets belong (kept out of git)
        const raw = variable.raw;
        if (raw === null) continue;
        const data = { variable: variable.name, service: service.name };
        const urlAt = urlPasswordOffset(raw);
        if (urlAt >= 0) {
          report({ loc: valueLoc(service, variable, urlAt) ?? service.loc, path: service.stack.file, messageId: 'urlPassword', fixId: 'urlVariable', data });
          continue;
        }
        if (!isSecretName(variable.name) || !isLiteralSecret(raw)) continue;
        report({ loc: valueLoc(service, variable) ?? service.loc, path: service.stack.file, messageId: 'literal', fixId: 'useVariable', data });
      }
    }
    for (const { script } of model.database.initScripts) {
      if (script.kind !== 'sql' && script.kind !== 'sql.gz' && script.kind !== 'sh') continue;
      for (const literal of script.literalPasswords) {
        report({
          loc: literal.loc,
          messageId: 'scriptPassword',
          fixId: script.kind === 'sh' ? 'shellVariable' : 'psqlGetenv',
          data: { role: literal.role, env: `${literal.role.toUpperCase()}_PASSWORD` },
        });
      }
    }
  },
});

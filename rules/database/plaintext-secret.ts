import { defineRule } from '../support';
import { valueLoc } from '../../src/database/env';
import { isLiteralSecret, isSecretName, urlPasswordOffset } from '../../src/database/secrets';

// Messages name the variable or the role, never the value.
export default defineRule(
  {
    id: 'plaintext-secret',
    group: 'database',
    severity: 'error',
    description: 'A literal password, token or key in a compose file or init script (use ${VAR}, env_file or *_FILE secrets)',
    rationale: 'The seed keeps every password as ${VAR} (POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}); a literal in a tracked file is a leaked secret.',
  },
  ({ model, report }) => {
    for (const service of model.services) {
      for (const variable of service.environment) {
        if (variable.envFile) continue; // an env_file is where secrets belong (kept out of git)
        const raw = variable.raw;
        if (raw === null) continue;
        const urlAt = urlPasswordOffset(raw);
        if (urlAt >= 0) {
          report({
            loc: valueLoc(service, variable, urlAt) ?? service.loc,
            path: service.stack.file,
            message: `${variable.name} of '${service.name}' holds a URL with a literal password.`,
            fix: `Write the password as \${${variable.name}_PASSWORD} (or another variable) and set it in the stack's .env, which stays out of git.`,
          });
          continue;
        }
        if (!isSecretName(variable.name) || !isLiteralSecret(raw)) continue;
        report({
          loc: valueLoc(service, variable) ?? service.loc,
          path: service.stack.file,
          message: `${variable.name} of '${service.name}' is a literal secret in the compose file.`,
          fix: `Write ${variable.name}: \${${variable.name}} and set it in the stack's .env (kept out of git), or use ${variable.name}_FILE with a Docker secret where the image supports it.`,
        });
      }
    }
    for (const { script } of model.database.initScripts) {
      if (script.kind !== 'sql' && script.kind !== 'sql.gz' && script.kind !== 'sh') continue;
      for (const literal of script.literalPasswords) {
        report({
          loc: literal.loc,
          message: `The password of role '${literal.role}' is written literally in the init script.`,
          fix:
            script.kind === 'sh'
              ? `Use a variable from the container's environment: PASSWORD '\${${literal.role.toUpperCase()}_PASSWORD}' in an unquoted here-document, with ${literal.role.toUpperCase()}_PASSWORD passed in the postgres service's environment.`
              : `Read it with psql: '\\getenv ${literal.role}_password ${literal.role.toUpperCase()}_PASSWORD' and PASSWORD :'${literal.role}_password', with ${literal.role.toUpperCase()}_PASSWORD passed in the postgres service's environment.`,
        });
      }
    }
  },
);

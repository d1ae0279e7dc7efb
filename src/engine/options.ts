// Rule options (config `rules: { id: [level, options] }`) validated against the rule's JSON Schema
// with ajv. Only a run that configures options for a rule with a schema loads ajv and compiles
// that schema; every other run pays nothing.
import { ConfigError } from '../errors';
import type { RuleSelection } from './levels';

/** Checks the configured options of the selected rules; a config error names the rule's config key. */
export async function validateOptions(selection: readonly RuleSelection[], describeConfigKey: (id: string) => string): Promise<void> {
  const withOptions = selection.filter((s) => s.configured !== null);
  if (withOptions.length === 0) return;
  for (const s of withOptions) {
    if (!s.registered.info.schema) throw new ConfigError(`${describeConfigKey(s.registered.info.id)}: rule '${s.registered.info.id}' takes no options`);
  }
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
  for (const s of withOptions) {
    const { id, schema } = s.registered.info;
    let validate;
    try {
      validate = ajv.compile(schema!);
    } catch (error) {
      throw new ConfigError(`rule '${id}' has an invalid options schema: ${(error as Error).message}`);
    }
    if (!validate(s.configured)) {
      const issue = validate.errors?.[0];
      const where = issue?.instancePath ? `options${issue.instancePath.replace(/\//g, '.')}` : 'options';
      const more = (validate.errors?.length ?? 0) > 1 ? ` (and ${validate.errors!.length - 1} more)` : '';
      const allowed = issue?.keyword === 'additionalProperties' ? ` '${String((issue.params as { additionalProperty?: string }).additionalProperty)}'` : '';
      throw new ConfigError(`${describeConfigKey(id)}: invalid options for rule '${id}': ${where} ${issue?.message ?? 'is invalid'}${allowed}${more}`);
    }
  }
}

// Validates a config against schemas/svclint.config.schema.json with the validator precompiled by
// scripts/build-schemas.mjs: no run compiles a schema.
import type { ErrorObject } from 'ajv';
import { nearest } from '../compose/schema/suggest';
import { validate } from './validate-config.generated.js';

export interface ConfigSchemaIssue {
  path: (string | number)[];
  message: string;
}

export function validateConfigSchema(data: unknown): ConfigSchemaIssue[] {
  if (validate(data)) return [];
  // 'propertyNames' repeats what its inner error (with `propertyName`) says about the key.
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames').map(toIssue);
}

function toIssue(error: ErrorObject): ConfigSchemaIssue {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const at = path.length ? path.join('.') : '(top level)';
  if (error.schemaPath.includes('/folderName/')) {
    // A name that becomes a folder: the key itself (propertyNames) or a value such as `capability`.
    const key = error.propertyName;
    const where = key === undefined ? path : [...path, key];
    const value = key ?? String(error.data);
    return {
      path: where,
      message: `${where.join('.')}: ${JSON.stringify(value)} is not one folder name (no '/', '\\', '.' or '..'): capability and service names become paths under the services root`,
    };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      const suggestion = nearest(key, known);
      const hint = suggestion ? `; did you mean '${suggestion}'?` : known.length > 0 ? ` (known keys: ${known.join(', ')})` : '';
      return { path: [...path, key], message: `unknown key '${[...path, key].join('.')}'${hint}` };
    }
    case 'required':
      return { path, message: `${at}: missing required key '${(error.params as { missingProperty: string }).missingProperty}'` };
    case 'enum':
      return { path, message: `${at} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { path, message: `${at} must be ${(error.params as { type: string | string[] }).type}` };
    default:
      return { path, message: `${at} ${error.message ?? 'is invalid'}` };
  }
}

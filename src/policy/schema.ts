// Validates a config against schemas/svclint.config.schema.json. The validator is compiled
// lazily, once, and only when a config file exists (most runs of a tree without config skip it).
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../schemas/svclint.config.schema.json';
import { createRequire } from 'node:module';

export interface ConfigSchemaIssue {
  path: (string | number)[];
  message: string;
}

let validator: ValidateFunction | null = null;

function getValidator(): ValidateFunction {
  if (!validator) {
    const require = createRequire(import.meta.url);
    const AjvModule = require('ajv') as { default: new (o: object) => { compile(s: object): ValidateFunction } };
    const ajv = new AjvModule.default({ allErrors: true, strict: false });
    validator = ajv.compile(schema);
  }
  return validator;
}

export function validateConfigSchema(data: unknown): ConfigSchemaIssue[] {
  const validate = getValidator();
  if (validate(data)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if').map(toIssue);
}

function toIssue(error: ErrorObject): ConfigSchemaIssue {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const at = path.length ? path.join('.') : '(top level)';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      return { path: [...path, key], message: `unknown key '${[...path, key].join('.')}'` };
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

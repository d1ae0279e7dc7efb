#!/usr/bin/env node
// Precompiles svclint's JSON schemas into standalone validator modules, so that no svclint run ever
// compiles a schema (ajv compile costs ~250 ms for Compose; a generated module imports in ms):
// the Compose Specification schema and svclint's own config schema.
//
//   node scripts/build-schemas.mjs                  regenerate both validators from the committed schemas
//   node scripts/build-schemas.mjs --update FILE    replace schemas/compose-spec.json with FILE (a newer
//                                                   compose-go schema/compose-spec.json), then regenerate
//   node scripts/build-schemas.mjs --check          exit 1 when a generated validator is stale
//
// schemas/compose-spec.json is compose-go's copy of the Compose Specification schema, the one Docker
// Compose itself validates with (Apache-2.0; source and license in schemas/compose-spec.LICENSE.md).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import ts from 'typescript';

const standaloneCode = standaloneCodeModule.default ?? standaloneCodeModule;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaCopy = path.join(repoRoot, 'schemas/compose-spec.json');
const outDir = path.join(repoRoot, 'src/compose/schema');
const outJs = path.join(outDir, 'validate-compose.generated.js');
const outDts = path.join(outDir, 'validate-compose.generated.d.ts');
const configSchema = path.join(repoRoot, 'schemas/svclint.config.schema.json');
const configJs = path.join(repoRoot, 'src/policy/validate-config.generated.js');
const configDts = path.join(repoRoot, 'src/policy/validate-config.generated.d.ts');

/** Keys that only the compose-spec schema (2023+) has; a copy without them is the stale 2021 one. */
const REQUIRED_TOP_LEVEL_KEYS = ['name', 'include', 'models', 'services'];

function fail(message) {
  console.error(`build-schemas: ${message}`);
  process.exit(1);
}

function assertComposeSpec(schema, origin) {
  const props = schema?.properties ?? {};
  const missing = REQUIRED_TOP_LEVEL_KEYS.filter((key) => !(key in props));
  if (missing.length > 0) fail(`${origin} is not the current compose-spec schema (no top-level ${missing.join(', ')})`);
}

/** Every `format` keyword in the schema (a property *named* format is not one). */
function collectFormats(node, found = new Set()) {
  if (Array.isArray(node)) {
    for (const item of node) collectFormats(item, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') found.add(value);
      if (['properties', 'patternProperties', 'definitions', '$defs'].includes(key) && value && typeof value === 'object') {
        for (const sub of Object.values(value)) collectFormats(sub, found);
      } else if (typeof value === 'object') {
        collectFormats(value, found);
      }
    }
  }
  return found;
}

// ajv's standalone output `require`s its runtime helpers even in ESM mode; the only one this schema
// needs is deep equality for `uniqueItems` on object items. It is replaced by a local function so the
// generated module runs with no ajv import at all (validated data is plain JSON from the YAML parser).
const RUNTIME_REPLACEMENTS = {
  'ajv/dist/runtime/equal': {
    name: 'jsonEqual',
    code: `function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && jsonEqual(a[key], b[key]));
}`,
  },
  // minLength/maxLength count code points, as JSON Schema specifies.
  'ajv/dist/runtime/ucs2length': {
    name: 'codePointLength',
    code: `function codePointLength(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}`,
  },
};

function replaceRuntimeRequires(code) {
  const helpers = [];
  const replaced = code.replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_all, name, module) => {
    const helper = RUNTIME_REPLACEMENTS[module];
    if (!helper) fail(`generated code needs ajv runtime helper '${module}', which has no local replacement yet`);
    if (!helpers.includes(helper.code)) helpers.push(helper.code);
    return `const ${name} = ${helper.name};`;
  });
  if (/\brequire\(/.test(replaced)) fail('generated code still contains require(); refusing to emit a module that needs CommonJS');
  return { code: replaced, helpers };
}

// ajv checks `uniqueItems` on a list of strings by making each item a property name of a plain
// object: every long item (`traefik.http.routers.x.rule=Host(...)`, `KEY=value`) is interned and the
// object goes to dictionary mode: about half of the validation time at 10,000 services. A Map answers
// the same. The one name the object treats differently is `__proto__` (assigning a number to it does
// nothing, so ajv never sees such an item twice): it is skipped, as ajv in effect skips it.
const UNIQUE_ITEMS_REWRITES = [
  [/const (indices\d+) = \{\};/g, (_all, index) => `const ${index} = new Map();`],
  [/if\(typeof (indices\d+)\[(item\d+)\] == "number"\)\{/g, (_all, index, item) => `if(${item} === "__proto__"){\ncontinue;\n}\nif(${index}.has(${item})){`],
  [/(j\d+) = (indices\d+)\[(item\d+)\];/g, (_all, j, index, item) => `${j} = ${index}.get(${item});`],
  [/(indices\d+)\[(item\d+)\] = (i\d+);/g, (_all, index, item, i) => `${index}.set(${item}, ${i});`],
];

function indexUniqueItemsWithMaps(code) {
  const counts = [];
  let rewritten = code;
  for (const [pattern, replacement] of UNIQUE_ITEMS_REWRITES) {
    let count = 0;
    rewritten = rewritten.replace(pattern, (...match) => {
      count++;
      return replacement(...match);
    });
    counts.push(count);
  }
  // Every uniqueItems check rewritten whole, or the build stops (a new ajv may write them otherwise).
  if (new Set(counts).size > 1 || /\bindices\d+\[/.test(rewritten))
    fail(`uniqueItems code is not in the shape svclint rewrites (${counts.join(', ')} matches)`);
  return rewritten;
}

// A validator of an object with many properties (a Compose service has ~90) asks `data.x !==
// undefined` for each of them, and a service sets ~8: every other ask is a megamorphic load that
// misses (10,000 services come in many key orders, so many hidden classes), about a third of the
// validation time. The function's additionalProperties loop already visits every key of `data`;
// it now also puts them in a Set, and each property test asks the Set first. For the data validated
// (plain objects from the YAML parser: every key enumerable, none inherited but Object.prototype's)
// `data.x !== undefined` implies that for-in saw `x`, so the answer is the same; a property named
// like one of Object.prototype's would not be, and stops the build.
const OWN_KEYS_FROM = 16;

function testOwnKeysWithSets(code) {
  const source = ts.createSourceFile('validate.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  let rewritten = 0;
  for (const fn of source.statements) {
    if (!ts.isFunctionDeclaration(fn) || !fn.body) continue;
    // `if(data && typeof data == "object" && !Array.isArray(data)){ for(const key in data){...} if(data.x !== undefined){...} ... }`
    const objectCheck = fn.body.statements.find(
      (s) => ts.isIfStatement(s) && s.expression.getText() === 'data && typeof data == "object" && !Array.isArray(data)' && ts.isBlock(s.thenStatement),
    );
    if (!objectCheck) continue;
    const statements = objectCheck.thenStatement.statements;
    const keyLoop = statements[0];
    if (!keyLoop || !ts.isForInStatement(keyLoop) || keyLoop.expression.getText() !== 'data' || !ts.isBlock(keyLoop.statement)) continue;
    const tests = statements.filter((s) => ts.isIfStatement(s) && /^data\.[A-Za-z_$][\w$]* !== undefined$/.test(s.expression.getText()));
    if (tests.length < OWN_KEYS_FROM) continue;
    // The loop must see every key (allErrors: it never leaves early) and `data` must stay the object.
    if (/\b(break|return)\b/.test(keyLoop.statement.getText())) fail(`${fn.name.text}: its key loop may stop early`);
    if (/\bdata\s*=[^=]/.test(objectCheck.thenStatement.getText())) fail(`${fn.name.text}: assigns data`);
    const keyName = keyLoop.initializer.declarations?.[0]?.name.getText();
    if (!keyName) fail(`${fn.name.text}: key loop without a declared key`);
    const keys = `ownKeys${rewritten}`;
    for (const test of tests) {
      const property = test.expression.getText().slice('data.'.length, -' !== undefined'.length);
      if (property in Object.prototype) fail(`${fn.name.text}: property '${property}' is also Object.prototype's`);
      edits.push([test.expression.getStart(), test.expression.getEnd(), `${keys}.has(${JSON.stringify(property)}) && data.${property} !== undefined`]);
    }
    edits.push([keyLoop.statement.getStart() + 1, keyLoop.statement.getStart() + 1, `\n${keys}.add(${keyName});`]);
    edits.push([keyLoop.getStart(), keyLoop.getStart(), `const ${keys} = new Set();\n`]);
    rewritten++;
  }
  if (rewritten === 0) fail('no validator with many properties found to rewrite (has ajv changed its code shape?)');
  edits.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Standalone ESM validator code (no ajv import at run time) and its declaration file. */
function compileStandalone(schema, { headerLines, typeName, verbose, ownKeySets = false }) {
  // compose-go's schema is draft 2020-12 (ajv/dist/2020); svclint's config schema is draft-07. A
  // draft-07 id spelled `https://json-schema.org/draft-07/schema` (no fragment) is read as ajv's
  // `http://json-schema.org/draft-07/schema#`, only in memory.
  const declared = String(schema.$schema);
  let AjvClass = Ajv;
  if (declared === 'https://json-schema.org/draft/2020-12/schema') AjvClass = Ajv2020;
  else if (/draft-07/.test(declared)) schema.$schema = 'http://json-schema.org/draft-07/schema#';
  else fail(`unsupported meta-schema ${declared} (expected draft-07 or draft 2020-12)`);
  const ajv = new AjvClass({
    allErrors: true,
    strict: false,
    validateFormats: false,
    verbose,
    code: { source: true, esm: true, lines: true },
  });
  const validate = ajv.compile(schema);
  const generated = indexUniqueItemsWithMaps(standaloneCode(ajv, validate));
  const { code, helpers } = replaceRuntimeRequires(ownKeySets ? testOwnKeysWithSets(generated) : generated);
  const header = ['// @ts-nocheck', '/* eslint-disable */', ...headerLines].join('\n');
  const body = code.replace(/^"use strict";/, '');
  const js = `${header}\n${helpers.join('\n')}\n${body}\n`;
  const dts = `// GENERATED by scripts/build-schemas.mjs - do not edit.
import type { ErrorObject } from 'ajv';

export interface ${typeName} {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: ${typeName};
export default validate;
`;
  return { js, dts };
}

function generateConfig() {
  const text = fs.readFileSync(configSchema, 'utf8');
  return compileStandalone(JSON.parse(text), {
    headerLines: ['// GENERATED by scripts/build-schemas.mjs from schemas/svclint.config.schema.json - do not edit.', `// Schema sha256-prefix: ${sha(text)}`],
    typeName: 'ConfigSchemaValidator',
    // Verbose errors carry their parentSchema: an unknown key's message suggests the near known key.
    verbose: true,
  });
}

function generate(schemaText, origin) {
  const schema = JSON.parse(schemaText);
  assertComposeSpec(schema, origin);
  const formats = [...collectFormats(schema)];
  // No `format` keyword appears in the compose-spec schema today; should one appear, it is ignored
  // rather than pulling ajv-formats into the run time (the build prints a notice). Errors are verbose:
  // they carry their parentSchema and data, so the wrapper reads allowed keys and enum values from
  // them and needs no schema at run time.
  const { js, dts } = compileStandalone(schema, {
    headerLines: [
      '// GENERATED by scripts/build-schemas.mjs from schemas/compose-spec.json - do not edit.',
      '// Compose Specification schema (compose-spec/compose-go schema/compose-spec.json):',
      '// Copyright The Compose Specification Authors, Apache-2.0',
      '// (see schemas/compose-spec.LICENSE.md). Validator code generated by ajv standalone (MIT).',
      `// Schema sha256-prefix: ${sha(schemaText)}`,
    ],
    typeName: 'ComposeSchemaValidator',
    verbose: true,
    ownKeySets: true,
  });
  return { js, dts, formats };
}

function sha(text) {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function main() {
  const check = process.argv.includes('--check');
  const updateAt = process.argv.indexOf('--update');
  const update = updateAt >= 0 ? process.argv[updateAt + 1] : null;
  if (updateAt >= 0 && !update) fail('--update needs the path of a compose-spec.json');
  const source = update ? path.resolve(update) : schemaCopy;
  if (!fs.existsSync(source)) fail(`no schema at ${source}: restore schemas/compose-spec.json`);
  const schemaText = fs.readFileSync(source, 'utf8');
  const origin = path.relative(repoRoot, source);

  const { js, dts, formats } = generate(schemaText, origin);
  if (formats.length > 0) console.warn(`build-schemas: format keywords ignored (not validated): ${formats.join(', ')}`);

  const config = generateConfig();
  const outputs = [
    [schemaCopy, schemaText],
    [outJs, js],
    [outDts, dts],
    [configJs, config.js],
    [configDts, config.dts],
  ];
  if (check) {
    const stale = outputs.filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
    if (stale.length > 0) {
      console.error(`build-schemas: out of date: ${stale.map(([file]) => path.relative(repoRoot, file)).join(', ')}; run node scripts/build-schemas.mjs`);
      process.exit(1);
    }
    console.log('build-schemas: generated validators are up to date');
    return;
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const [file, text] of outputs) {
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  }
  console.log(`build-schemas: ${path.relative(repoRoot, outJs)} from ${origin} (${(js.length / 1024).toFixed(0)} KiB), ${path.relative(repoRoot, configJs)}`);
}

main();

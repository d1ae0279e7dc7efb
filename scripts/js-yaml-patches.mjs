// Patches to js-yaml 4.3.2 as the build bundles it (scripts/build.mjs): work it does for nothing, measured
// on the 10,000-service tree (bench/generate.mjs). Each patch names one function and a fragment of it that
// must read exactly as expected; if any does not (a js-yaml update), the build stops, and the patch must be
// looked at again. None changes what js-yaml returns or throws: test/js-yaml-patches.test.ts loads every
// YAML file of the corpus, and inputs made to fail, with both the patched and the original module.

const EAGER_DICTIONARY = '    const overridableKeys = /* @__PURE__ */ Object.create(null);\n';
const NOT_A_FLOW_COLLECTION = '    } else {\n      return false;\n    }\n';
const STORE_PAIR = 'storeMappingPair(state, _result, overridableKeys,';
const NON_PRINTABLE_TEST = '} else if (PATTERN_NON_PRINTABLE.test(_result)) {';
const DUPLICATE_KEY_TEST = 'if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {';
const OVERRIDABLE_KEY_DELETE = '      delete overridableKeys[keyNode];\n';
const PROPERTY_SNAPSHOT = '        const ch = state.input.charCodeAt(state.position);\n        const propertyState = snapshotState(state);\n';

/** How many times `fragment` occurs in `text`. */
const count = (text, fragment) => text.split(fragment).length - 1;

export const JS_YAML_PATCHES = [
  // js-yaml makes a dictionary (`Object.create(null)`: the keys a `<<` merge may override) in two readers
  // before it knows it needs one. readFlowCollection makes it before it looks whether the node is a flow
  // collection at all, and js-yaml tries that on every scalar it reads: ~64 MB of garbage at 10,000
  // services, ~0.1 s of a 2.5 s run (js-yaml 5 checks first; the line moves below the check, nothing runs
  // in between that could use it).
  {
    name: 'readFlowCollection',
    expected: (body) => count(body, EAGER_DICTIONARY) === 1 && count(body, NOT_A_FLOW_COLLECTION) === 1,
    patch: (body) => body.replace(EAGER_DICTIONARY, '').replace(NOT_A_FLOW_COLLECTION, NOT_A_FLOW_COLLECTION + EAGER_DICTIONARY),
  },
  // readBlockMapping makes it on entry, and js-yaml tries a block mapping on every block sequence item and
  // every flow collection in a block, most of which are not one: ~9 MB per load of the 10,000-service
  // tree's compose files; it is made when the first pair is stored (the same dictionary for every pair
  // after). The dictionary is used nowhere but in the storeMappingPair calls.
  {
    name: 'readBlockMapping',
    expected: (body) => {
      const stores = count(body, STORE_PAIR);
      return count(body, EAGER_DICTIONARY) === 1 && stores > 0 && count(body, 'overridableKeys') === stores + 1;
    },
    patch: (body) =>
      body
        .replace(EAGER_DICTIONARY, '    let overridableKeys = null;\n')
        .split(STORE_PAIR)
        .join('storeMappingPair(state, _result, overridableKeys ??= /* @__PURE__ */ Object.create(null),'),
  },
  // Every scalar's text is tested against PATTERN_NON_PRINTABLE, whose surrogate alternatives make V8 try
  // it at every offset: ~35 ms for the 10,000-service tree. A string of only tab, line breaks, printable
  // ASCII, NEL and the BMP outside the surrogates and U+FFFE/U+FFFF cannot match it; one scan of a negated
  // class tells, and only a string with some other character is given to the full test.
  {
    name: 'captureSegment',
    expected: (body) => count(body, NON_PRINTABLE_TEST) === 1,
    patch: (body) =>
      '  const PATTERN_NOT_SURELY_PRINTABLE = /[^\\t\\n\\r\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD]/;\n' +
      body.replace(NON_PRINTABLE_TEST, '} else if (PATTERN_NOT_SURELY_PRINTABLE.test(_result) && PATTERN_NON_PRINTABLE.test(_result)) {'),
  },
  // composeNode snapshots the state (a 9-field object) on every node, in case a tag or an anchor follows;
  // only `!` (33) or `&` (38) can start one: at any other character the loop leaves before it reads either
  // (readTagProperty and readAnchorProperty return false without a side effect), so the snapshot is not made.
  {
    name: 'composeNode',
    expected: (body) => count(body, PROPERTY_SNAPSHOT) === 1,
    patch: (body) =>
      body.replace(
        PROPERTY_SNAPSHOT,
        '        const ch = state.input.charCodeAt(state.position);\n        if (ch !== 33 && ch !== 38) break;\n        const propertyState = snapshotState(state);\n',
      ),
  },
  // storeMappingPair looks every key up in the mapping's dictionary of keys a `<<` merge may override, and
  // deletes it there: two of the four property operations per pair, each a runtime call for a key string
  // V8 has not internalized yet (~0.1 s of loading the 10,000-service tree). Only mergeMappings adds to
  // such a dictionary, and it counts every merge in state.totalMergeKeys first: while that is 0 in a load,
  // every dictionary is empty, the lookup is false and the delete does nothing.
  {
    name: 'storeMappingPair',
    expected: (body) => count(body, DUPLICATE_KEY_TEST) === 1 && count(body, OVERRIDABLE_KEY_DELETE) === 1,
    patch: (body) =>
      body
        .replace(
          DUPLICATE_KEY_TEST,
          'if (!state.json && (state.totalMergeKeys === 0 || !_hasOwnProperty.call(overridableKeys, keyNode)) && _hasOwnProperty.call(_result, keyNode)) {',
        )
        .replace(OVERRIDABLE_KEY_DELETE, '      if (state.totalMergeKeys !== 0) delete overridableKeys[keyNode];\n'),
  },
];

/** js-yaml's dist/js-yaml.mjs `source` with JS_YAML_PATCHES applied; throws when a function is not as expected. */
export function patchJsYaml(source, file) {
  let patched = source;
  for (const { name, expected, patch } of JS_YAML_PATCHES) {
    const start = patched.indexOf(`  function ${name}(`);
    const end = patched.indexOf('\n  function ', start + 1);
    const body = start < 0 || end < 0 ? '' : patched.slice(start, end);
    if (!expected(body)) throw new Error(`${file}: ${name} is not as scripts/js-yaml-patches.mjs expects; review the js-yaml patch there`);
    patched = patched.slice(0, start) + patch(body) + patched.slice(end);
  }
  return patched;
}

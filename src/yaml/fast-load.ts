// The fast path for plain YAML (compose files, the config). The `yaml` package builds a full
// document (every node with its range), which costs ~8x what js-yaml needs to build the data; at
// 10,000 services that is seconds and hundreds of MB. Most files use no anchors, aliases, tags or odd
// keys, and for those both parsers give the same data under the YAML 1.2 core schema. Such a file is
// loaded with js-yaml, and its `yaml` document (needed only for positions) is built lazily, the first
// time a finding or an error asks where something is. Anything unusual, and any js-yaml error, goes
// the full `yaml` way, which stays the authority on what is valid.
import jsYaml from 'js-yaml';

/** Anchors, aliases, tags, merge keys, non-string-looking keys or directives: not for the fast path. */
const NEEDS_FULL_PARSE = /(?:^|[\s[{,:-])[&*!][^\s]|<<|^%|^[ \t]*(?:-[ \t]+)?(?:[-+]?[0-9][0-9_.eExXoO+-]*|true|false|null|~|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]|$)/im;

export function isPlainYaml(text: string): boolean {
  return !NEEDS_FULL_PARSE.test(text);
}

/**
 * Documents of a plain file, or null when js-yaml disagrees with anything (the caller then takes
 * the full path). Never throws.
 */
export function fastLoadDocuments(text: string): unknown[] | null {
  try {
    const documents: unknown[] = [];
    jsYaml.loadAll(text, (doc) => documents.push(doc), { schema: jsYaml.CORE_SCHEMA, json: false });
    return documents;
  } catch {
    return null;
  }
}

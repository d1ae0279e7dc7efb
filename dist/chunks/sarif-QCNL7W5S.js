import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allFindings,
  findingText
} from "./chunk-PGUGCGIS.js";
import "./chunk-3DAIKRF3.js";

// src/format/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "svclintFinding/v3";
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function absoluteUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}
function informationUri(rules) {
  for (const rule of rules) {
    const url = absoluteUrl(rule.docs);
    if (url) return url.split("#")[0];
  }
  return void 0;
}
function ruleDescriptor(meta) {
  const docs = absoluteUrl(meta.docs);
  const rationale = meta.rationale.trim() || meta.description;
  const descriptor = {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: rationale },
    help: {
      text: `${meta.description}

${rationale}${docs ? `

Documentation: ${docs}` : ""}`,
      markdown: `**${meta.description}**

${rationale}${docs ? `

[Documentation](${docs})` : ""}`
    },
    defaultConfiguration: { level: meta.severity },
    properties: { tags: [meta.group] }
  };
  if (docs) descriptor.helpUri = docs;
  return descriptor;
}
function unknownRuleDescriptor(finding) {
  const text = `svclint rule ${finding.rule}`;
  return {
    id: finding.rule,
    name: pascalCase(finding.rule),
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: finding.severity },
    properties: { tags: ["meta"] }
  };
}
function pathToUri(relPath) {
  return relPath.split("/").map((segment) => segment === "." || segment === ".." ? segment : encodeURIComponent(segment)).join("/");
}
function fingerprint(finding) {
  return createHash("sha256").update(`${finding.rule}\0${finding.messageId ?? ""}\0${finding.path}\0${finding.key ?? ""}`).digest("hex");
}
function physicalLocation(place, anchor) {
  if (place.line == null && anchor) return { artifactLocation: { uri: pathToUri(anchor.path), uriBaseId: SRCROOT }, region: { startLine: anchor.line } };
  const location = { artifactLocation: { uri: pathToUri(place.path), uriBaseId: SRCROOT }, region: { startLine: place.line ?? 1 } };
  if (place.line != null && place.column != null) location.region.startColumn = place.column;
  return location;
}
function relatedLocations(finding) {
  return (finding.related ?? []).map((related, index) => ({
    id: index + 1,
    physicalLocation: physicalLocation(related, finding.relatedAnchors?.[index] ?? null),
    message: { text: related.line == null ? `${related.path}: ${related.message}` : related.message }
  }));
}
function buildSarif(findings, context) {
  const rules = context.rules.map(ruleDescriptor);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  for (const finding of findings) {
    if (!ruleIndex.has(finding.rule)) {
      ruleIndex.set(finding.rule, rules.length);
      rules.push(unknownRuleDescriptor(finding));
    }
  }
  const seen = /* @__PURE__ */ new Map();
  const results = findings.map((finding) => {
    const hash = fingerprint(finding);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    const related = relatedLocations(finding);
    const text = findingText(finding);
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule),
      level: finding.severity,
      // A folder finding is shown at a file inside it: the message says which folder it is about.
      message: { text: finding.line == null && finding.anchor && !text.includes(finding.path) ? `${finding.path}: ${text}` : text },
      locations: [{ physicalLocation: physicalLocation(finding, finding.anchor ?? null) }],
      ...related.length > 0 ? { relatedLocations: related } : {},
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
      ...finding.also && finding.also.length > 0 ? { properties: { also: finding.also } } : {}
    };
  });
  const infoUri = informationUri(context.rules);
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "svclint",
            version: context.version,
            semanticVersion: context.version,
            ...infoUri ? { informationUri: infoUri } : {},
            rules
          }
        },
        originalUriBaseIds: {
          [SRCROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, "/")}` }
        },
        // Columns come from JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
var formatSarif = (results, context) => `${JSON.stringify(buildSarif(allFindings(results), context), null, 2)}
`;
var sarif_default = formatSarif;
export {
  FINGERPRINT_KEY,
  SARIF_SCHEMA,
  SRCROOT,
  buildSarif,
  sarif_default as default,
  fingerprint,
  formatSarif,
  pascalCase,
  pathToUri
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allFindings,
  findingText
} from "./chunk-CCF3XUGS.js";
import "./chunk-3DAIKRF3.js";

// src/format/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "svclintFinding/v1";
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
  return createHash("sha256").update(`${finding.rule}\0${finding.path}\0${finding.message}`).digest("hex");
}
function location(finding) {
  const physicalLocation = { artifactLocation: { uri: pathToUri(finding.path), uriBaseId: SRCROOT } };
  if (finding.line != null) {
    physicalLocation.region = { startLine: finding.line };
    if (finding.column != null) physicalLocation.region.startColumn = finding.column;
  }
  return { physicalLocation };
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
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule),
      level: finding.severity,
      message: { text: findingText(finding) },
      locations: [location(finding)],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` }
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
  formatSarif,
  pascalCase,
  pathToUri
};

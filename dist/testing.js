import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  compareFindings,
  placeholders,
  runRules,
  toFinding,
  validateOptions
} from "./chunks/chunk-U3ZUPJMP.js";
import {
  ruleInfo
} from "./chunks/chunk-ML5GNFYX.js";
import {
  FileCache,
  buildHostModel
} from "./chunks/chunk-6H6MFZHV.js";
import {
  resolveTarget
} from "./chunks/chunk-NPUTOQXD.js";
import "./chunks/chunk-PJS6FL45.js";
import "./chunks/chunk-JYVNWJNS.js";
import {
  require_dist
} from "./chunks/chunk-XJRKILKQ.js";
import "./chunks/chunk-3VKYS3HJ.js";
import "./chunks/chunk-HD7RUNM3.js";
import "./chunks/chunk-M2EK3JYW.js";
import "./chunks/chunk-2BCGQNUZ.js";
import "./chunks/chunk-VFVSZFIG.js";
import {
  isInside
} from "./chunks/chunk-ZXHC4XCV.js";
import "./chunks/chunk-PYUSQKKC.js";
import {
  __toESM
} from "./chunks/chunk-3DAIKRF3.js";

// src/api/testing.ts
var import_yaml = __toESM(require_dist(), 1);
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var globals = globalThis;
var RuleTester = class _RuleTester {
  /** The test runner's `describe` (default: a global one, else the body runs at once). */
  static describe = null;
  /** The test runner's `it` (default: a global one, else the case runs at once). */
  static it = null;
  /** Registers a test per case (and per documentation example). Throws at once for a case that cannot pass. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(rule, cases) {
    const id = rule.meta.id;
    for (const c of cases.invalid) {
      if (!Array.isArray(c.findings) || c.findings.length === 0)
        throw new Error(`RuleTester ${id}: invalid case '${c.name}' names no findings; list the exact findings it must produce`);
    }
    const describe = _RuleTester.describe ?? globals.describe ?? ((_name, body) => body());
    const it = _RuleTester.it ?? globals.it ?? ((_name, body) => void body());
    describe(id, () => {
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, async () => {
          const findings = await lintCase(rule, c);
          assert.deepEqual(findings.map(brief), [], `valid case '${c.name}' has findings`);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, async () => {
          checkFindings(rule, c, await lintCase(rule, c));
        });
      }
      for (const kind of ["valid", "invalid"]) {
        for (const example of rule.meta.docs?.examples?.[kind] ?? []) {
          it(`docs example (${kind}): ${example.description}`, async () => {
            const findings = await lintCase(rule, exampleCase(example));
            if (kind === "valid") assert.deepEqual(findings.map(brief), [], `documented valid example '${example.description}' has findings`);
            else assert.ok(findings.length > 0, `documented invalid example '${example.description}' has no finding`);
          });
        }
      }
    });
  }
};
function exampleCase(example) {
  return {
    name: example.description,
    files: example.files,
    ...example.config ? { config: example.config } : {},
    ...example.options ? { options: example.options } : {}
  };
}
async function lintCase(rule, c) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "svclint-rule-"));
  try {
    writeFiles(dir, c.files);
    if (c.config) writeFileSync(path.join(dir, "svclint.config.yaml"), (0, import_yaml.stringify)(c.config));
    const target = resolveTarget(".", dir, null);
    const info = ruleInfo(rule);
    const selection = [
      { registered: { rule, info }, severity: info.severity, options: { ...info.defaultOptions ?? {}, ...c.options ?? {} }, configured: c.options ?? null }
    ];
    await validateOptions(selection, () => `options of '${c.name}'`);
    const model = await buildHostModel(target.root, target.policy, dir, { files: new FileCache() });
    const changed = c.changed ? changeSet(c.changed.map((p) => path.resolve(dir, p))) : null;
    const { findings, failures } = await runRules(model, selection, changed);
    if (failures.length > 0) throw failures[0].error;
    return findings.map((f) => toFinding(f, dir)).sort(compareFindings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function changeSet(files) {
  return { files, touches: (abs) => files.some((f) => isInside(abs, f) || isInside(f, abs)) };
}
function checkFindings(rule, c, findings) {
  const expected = c.findings;
  const label = `invalid case '${c.name}'`;
  assert.deepEqual(findings.map(brief), expected.map(briefExpected), `${label}: the findings differ`);
  findings.forEach((finding, i) => {
    const want = expected[i];
    const at = `${label}, finding ${i + 1}`;
    assert.equal(finding.rule, rule.meta.id, at);
    if (finding.data && Object.keys(finding.data).length > 0) {
      assert.ok(want.data, `${at}: give the message's data: ${JSON.stringify(finding.data)}`);
    }
    if (want.data) assert.deepEqual(finding.data ?? {}, want.data, `${at}: data`);
    for (const text of [finding.message, finding.fix ?? ""]) {
      assert.equal(placeholders(text).length, 0, `${at}: '${text}' has a placeholder with no data`);
    }
    if (want.fixId !== void 0) assert.equal(fixIdOf(rule, finding), want.fixId, `${at}: fix`);
    matches(finding.message, want.message, `${at}: message`);
    matches(finding.fix ?? "", want.fix, `${at}: fix`);
  });
}
function fixIdOf(rule, finding) {
  if (finding.fix === null) return null;
  const data = finding.data ?? {};
  for (const [id, template] of Object.entries(rule.meta.messages)) {
    const text = template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name) => Object.hasOwn(data, name) ? String(data[name]) : whole);
    if (text === finding.fix) return id;
  }
  return null;
}
function matches(actual, want, label) {
  if (want === void 0) return;
  if (typeof want === "string") assert.equal(actual, want, label);
  else assert.match(actual, want, label);
}
function brief(f) {
  return `${f.path}:${f.line ?? "-"}:${f.column ?? "-"} ${f.messageId ?? "?"}`;
}
function briefExpected(e) {
  return `${e.path}:${e.line ?? "-"}:${e.column ?? "-"} ${e.messageId}`;
}
function writeFiles(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(files)) {
    const target = path.join(dir, name);
    if (typeof value === "string" || value instanceof Uint8Array) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, value);
    } else if (typeof value === "object" && value !== null && "symlink" in value && typeof value.symlink === "string") {
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(value.symlink, target);
    } else {
      writeFiles(target, value);
    }
  }
}
export {
  RuleTester,
  lintCase
};

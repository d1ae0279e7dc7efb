import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  nearest
} from "./chunk-2BCGQNUZ.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";

// src/cli/values.ts
function oneOf(flag, value, allowed) {
  if (allowed.includes(value)) return value;
  const suggestion = nearest(value, allowed);
  throw new UsageError(`${flag}: unknown value '${value}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (choose ${allowed.join(", ")})`);
}
function ruleGroups(values) {
  if (values.length === 0) return null;
  return values.flatMap((v) => v.split(",")).map((g) => g.trim()).filter(Boolean);
}
function maxWarnings(value) {
  if (value === void 0) return -1;
  if (!/^(-1|\d+)$/.test(value.trim())) throw new UsageError(`--max-warnings expects a whole number or -1 (no limit), got '${value}'`);
  return Number(value);
}

export {
  oneOf,
  ruleGroups,
  maxWarnings
};

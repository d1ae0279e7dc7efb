import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/compose/interpolate.ts
var PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?][^\n]*)?)\}|()))/giu;
var ANCHORED = new RegExp(`^(?:${PATTERN.source})`, "iu");
var OPERATORS = [":?", "?", ":-", "-", ":+", "+"];
var MAX_DEPTH = 500;
var INVALID = "invalid template";
var TemplateError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function interpolate(text, lookup) {
  if (!text.includes("$")) return { value: text, unknown: [] };
  return simpleTemplate(text, lookup) ?? interpolateAnyTemplate(text, lookup);
}
var SIMPLE_TEMPLATE = /^([^$]*)\$\{([_a-z][_a-z0-9]*)(?:(:?-)([^${}\n]*))?\}([^$}]*)$/iu;
function simpleTemplate(text, lookup) {
  const match = SIMPLE_TEMPLATE.exec(text);
  if (!match) return null;
  const [, before, name, operator, fallback, after] = match;
  const value = lookup(name);
  if (operator === void 0) {
    return value === void 0 ? { value: `${before}\${${name}}${after}`, unknown: [name] } : { value: before + value + after, unknown: [] };
  }
  const useFallback = value === void 0 || operator === ":-" && value === "";
  return { value: before + (useFallback ? fallback : value) + after, unknown: [] };
}
function interpolateAnyTemplate(text, lookup) {
  const unknown = /* @__PURE__ */ new Set();
  try {
    const value = substitute(text, 0, lookup, unknown, 0);
    return { value, unknown: [...unknown] };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return { value: text, unknown: [], error: { message: error.message, offset: error.offset } };
  }
}
function hasUnknown(value) {
  return value.includes("${");
}
function interpolateTree(value, lookup, unknown = /* @__PURE__ */ new Set(), errors) {
  return walk(value, lookup, unknown, errors, []);
}
function walk(value, lookup, unknown, errors, path) {
  if (typeof value === "string") {
    if (!value.includes("$")) return value;
    const result = interpolate(value, lookup);
    for (const name of result.unknown) unknown.add(name);
    if (result.error && errors) errors.push({ ...result.error, path: [...path], text: value });
    return result.value;
  }
  if (Array.isArray(value)) {
    let out = null;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const next = walk(value[i], lookup, unknown, errors, path);
      path.pop();
      if (next !== value[i] && out === null) out = value.slice(0, i);
      if (out !== null) out.push(next);
    }
    return out ?? value;
  }
  if (value !== null && typeof value === "object") {
    const record = value;
    let out = null;
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const item = record[key];
      path.push(key);
      const next = walk(item, lookup, unknown, errors, path);
      path.pop();
      if (next !== item && out === null) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = record[keys[j]];
      }
      if (out !== null) out[key] = next;
    }
    return out ?? value;
  }
  return value;
}
function substitute(template, base, lookup, unknown, depth) {
  if (depth > MAX_DEPTH) throw new TemplateError(`template nested more than ${MAX_DEPTH} levels deep`, base);
  if (!template.includes("$")) return template;
  let out = "";
  let last = 0;
  for (const match of template.matchAll(PATTERN)) {
    const at = match.index;
    out += template.slice(last, at) + replacement(match[0], base + at, lookup, unknown, depth);
    last = at + match[0].length;
  }
  return out + template.slice(last);
}
function replacement(matched, base, lookup, unknown, depth) {
  const operator = firstOperator(matched);
  const closing = firstBraceClosingIndex(matched);
  let substring = matched;
  let rest = "";
  if (closing > -1) {
    rest = matched.slice(closing + 1);
    substring = matched.slice(0, closing + 1);
  }
  const groups = ANCHORED.exec(substring);
  if (!groups) throw new TemplateError(INVALID, base);
  if (groups[1] !== void 0) return "$";
  const named = groups[2];
  const braced = groups[3];
  const name = named ?? braced;
  if (!name) throw new TemplateError(INVALID, base);
  if (braced !== void 0) {
    const applied = applyOperator(operator, braced, base + 2, lookup, unknown, depth);
    if (applied !== null) return applied + substitute(rest, base + closing + 1, lookup, unknown, depth + 1);
  }
  return valueOrPlaceholder(name, lookup, unknown);
}
function firstOperator(substring) {
  let best = OPERATORS[0];
  let bestAt = Infinity;
  for (const operator of OPERATORS) {
    const at = substring.indexOf(operator);
    if (at >= 0 && at < bestAt) {
      best = operator;
      bestAt = at;
    }
  }
  return best;
}
function firstBraceClosingIndex(text) {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "}") {
      open--;
      if (open === 0) return i;
    }
    if (text[i] === "{") {
      open++;
      i++;
    }
  }
  return -1;
}
function applyOperator(operator, substitution, base, lookup, unknown, depth) {
  const at = substitution.indexOf(operator);
  if (at < 0) return null;
  const name = substitution.slice(0, at);
  const argumentBase = base + at + operator.length;
  const argument = substitution.slice(at + operator.length);
  const value = lookup(name);
  const nested = () => substitute(argument, argumentBase, lookup, unknown, depth + 1);
  switch (operator) {
    case ":-":
      return value === void 0 || value === "" ? nested() : value;
    case "-":
      return value === void 0 ? nested() : value;
    case ":+":
      return value !== void 0 && value !== "" ? nested() : "";
    case "+":
      return value !== void 0 ? nested() : "";
    case ":?":
    case "?": {
      if (value !== void 0 && (operator === "?" || value !== "")) return value;
      const reason = substitute(argument, argumentBase, lookup, /* @__PURE__ */ new Set(), depth + 1);
      if (value === void 0) return placeholder(name, unknown);
      throw new TemplateError(`required variable ${name} is missing a value${reason ? `: ${reason}` : ""}`, base - 2);
    }
  }
}
function valueOrPlaceholder(name, lookup, unknown) {
  const value = lookup(name);
  return value === void 0 ? placeholder(name, unknown) : value;
}
function placeholder(name, unknown) {
  unknown.add(name);
  return "${" + name + "}";
}

export {
  interpolate,
  hasUnknown,
  interpolateTree
};

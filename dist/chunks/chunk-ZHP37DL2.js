import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/util/maps.ts
function appendTo(lists, key, value) {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
function getOrCompute(store, key, compute) {
  let value = store.get(key);
  if (value === void 0) {
    value = compute(key);
    store.set(key, value);
  }
  return value;
}

// src/util/text.ts
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/util/image.ts
function parseImage(image) {
  let rest = image.trim();
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = null;
  let path = rest;
  const slash = rest.indexOf("/");
  if (slash >= 0 && /[.:]|^localhost$/.test(rest.slice(0, slash))) {
    registry = rest.slice(0, slash).toLowerCase();
    path = rest.slice(slash + 1);
  }
  if (registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io") registry = null;
  if (registry === null && path.startsWith("library/") && !path.includes("/", "library/".length)) path = path.slice("library/".length);
  path = path.toLowerCase();
  return { name: registry ? `${registry}/${path}` : path, registry, tag, digest };
}
var imageNames = /* @__PURE__ */ new Map();
function imageName(image) {
  return getOrCompute(imageNames, image, parsedName);
}
function parsedName(image) {
  return parseImage(image).name;
}
function imageMatches(pattern, imageName2) {
  return compilePattern(pattern)(imageName2);
}
function exactImageName(pattern) {
  const normalised = parseImage(pattern).name;
  return normalised.includes("*") ? null : normalised;
}
var compiled = /* @__PURE__ */ new Map();
function compilePattern(pattern) {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    const exact = exactImageName(pattern);
    if (exact === null) {
      const literals = parseImage(pattern).name.split("*");
      const regex = new RegExp(`^${literals.map(escapeRegex).join("[^/]*")}$`);
      const head = literals[0];
      const tail = literals[literals.length - 1];
      matcher = (name) => name.startsWith(head) && name.endsWith(tail) && regex.test(name);
    } else {
      matcher = (name) => name === exact;
    }
    compiled.set(pattern, matcher);
  }
  return matcher;
}

export {
  appendTo,
  getOrCompute,
  escapeRegex,
  parseImage,
  imageName,
  imageMatches,
  exactImageName
};

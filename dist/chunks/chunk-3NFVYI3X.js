import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/database/initdb/order.ts
import path from "node:path";

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
  const parts = rest.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) {
    registry = parts.shift().toLowerCase();
  }
  if (registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io") registry = null;
  if (registry === null && parts.length === 2 && parts[0] === "library") parts.shift();
  const path2 = parts.join("/").toLowerCase();
  return { name: registry ? `${registry}/${path2}` : path2, registry, tag, digest };
}
function imageMatches(pattern, imageName) {
  return compilePattern(pattern)(imageName);
}
var compiled = /* @__PURE__ */ new Map();
function compilePattern(pattern) {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    const normalised = parseImage(pattern).name;
    if (normalised.includes("*")) {
      const regex = new RegExp(`^${normalised.split("*").map(escapeRegex).join("[^/]*")}$`);
      matcher = (name) => regex.test(name);
    } else {
      matcher = (name) => name === normalised;
    }
    compiled.set(pattern, matcher);
  }
  return matcher;
}

// src/database/initdb/order.ts
function initFileOrder(image) {
  if (!image) return "collation";
  const { name, tag } = parseImage(image);
  if (tag && /alpine/i.test(tag)) return "bytes";
  if (/^timescale\/timescaledb(-postgis)?$/.test(name)) return "bytes";
  return "collation";
}
var collator = new Intl.Collator("en-US", { ignorePunctuation: true, sensitivity: "variant" });
function compareInitFiles(order) {
  if (order === "bytes") return (a, b) => Buffer.compare(Buffer.from(path.basename(a)), Buffer.from(path.basename(b)));
  return (a, b) => {
    const x = path.basename(a);
    const y = path.basename(b);
    return collator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0);
  };
}
function imageMajorVersion(image) {
  if (!image) return null;
  const { tag } = parseImage(image);
  if (!tag || tag === "latest") return null;
  const match = /(?:^|[^0-9.])(?:pg)?(1[0-9]|9)(?:[.\-_]|$)/i.exec(tag) ?? /^(1[0-9])/.exec(tag);
  return match ? Number(match[1]) : null;
}

export {
  escapeRegex,
  parseImage,
  imageMatches,
  initFileOrder,
  compareInitFiles,
  imageMajorVersion
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  parseImage
} from "./chunk-ZHP37DL2.js";

// src/database/initdb/order.ts
import path from "node:path";
function initFileOrder(image) {
  if (!image) return "collation";
  const { name, tag } = parseImage(image);
  if (tag && /alpine/i.test(tag)) return "bytes";
  if (/^timescale\/timescaledb(-postgis)?$/.test(name)) return "bytes";
  return "collation";
}
var collatorInstance = null;
var collator = {
  compare: (x, y) => (collatorInstance ??= new Intl.Collator("en-US", { ignorePunctuation: true, sensitivity: "variant" })).compare(x, y)
};
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
  initFileOrder,
  compareInitFiles,
  imageMajorVersion
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  hasUnknown,
  interpolate,
  interpolateTree
} from "./chunk-VFVSZFIG.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-3DAIKRF3.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias4;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit4(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP;
    visit4.REMOVE = REMOVE;
    function visit_(key, node, visitor, path37) {
      const ctrl = callVisitor(key, node, visitor, path37);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path37, ctrl);
        return visit_(key, ctrl, visitor, path37);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path37 = Object.freeze(path37.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path37);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path37 = Object.freeze(path37.concat(node));
          const ck = visit_("key", node.key, visitor, path37);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path37);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path37) {
      const ctrl = await callVisitor(key, node, visitor, path37);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path37, ctrl);
        return visitAsync_(key, ctrl, visitor, path37);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path37 = Object.freeze(path37.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path37);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path37 = Object.freeze(path37.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path37);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path37);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path37) {
      if (typeof visitor === "function")
        return visitor(key, node, path37);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path37);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path37);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path37);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path37);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path37);
      return void 0;
    }
    function replaceNode(key, path37, node) {
      const parent = path37[path37.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit4;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit4 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit4.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit4 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit4.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit4 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit4.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path37, value) {
      let v = value;
      for (let i = path37.length - 1; i >= 0; --i) {
        const k = path37[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path37) => path37 == null || typeof path37 === "object" && !!path37[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path37, value) {
        if (isEmptyPath(path37))
          this.add(value);
        else {
          const [key, ...rest] = path37;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path37) {
        const [key, ...rest] = path37;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path37, keepScalar) {
        const [key, ...rest] = path37;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path37) {
        const [key, ...rest] = path37;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path37, value) {
        const [key, ...rest] = path37;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar2.Scalar.BLOCK_FOLDED ? false : type2 === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar2.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar2.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path37, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path37, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path37) {
        if (Collection.isEmptyPath(path37)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path37) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path37, keepScalar) {
        if (Collection.isEmptyPath(path37))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path37, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path37) {
        if (Collection.isEmptyPath(path37))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path37) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path37, value) {
        if (Collection.isEmptyPath(path37)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path37), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path37, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap5 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap5) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit4(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP;
    visit4.REMOVE = REMOVE;
    visit4.itemAtPath = (cst, path37) => {
      let item = cst;
      for (const [field, index] of path37) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit4.parentCollection = (cst, path37) => {
      const parent = visit4.itemAtPath(cst, path37.slice(0, -1));
      const field = path37[path37.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path37, item, visitor) {
      let ctrl = visitor(item, path37);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path37.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path37);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path37) : ctrl;
    }
    exports.visit = visit4;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter4 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter4;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type2) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit4 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit4.visit;
    exports.visitAsync = visit4.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path37, { windows } = {}) => {
      const segs = path37.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth2 = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth2(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth2(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth2 = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth2++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth2;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/util/paths.ts
import path from "node:path";
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}

// src/model/host.ts
import path8 from "node:path";

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
  const path37 = parts.join("/").toLowerCase();
  return { name: registry ? `${registry}/${path37}` : path37, registry, tag, digest };
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

// src/policy/classify.ts
var CAPABILITY_LABEL = "svclint.capability";
function findCatalogEntry(policy, name) {
  const wanted = name.toLowerCase();
  for (const entry2 of policy.catalog) if (entry2.name.toLowerCase() === wanted) return { entry: entry2, viaAlias: false };
  for (const entry2 of policy.catalog) if (entry2.aliases.some((a) => a.toLowerCase() === wanted)) return { entry: entry2, viaAlias: true };
  return null;
}
function findCatalogByImage(policy, image) {
  const name = parseImage(image).name;
  return policy.catalog.find((entry2) => entry2.images.some((pattern) => imageMatches(pattern, name))) ?? null;
}
function findSystem(policy, serviceName) {
  return policy.systems.find((s) => s.members.includes(serviceName)) ?? null;
}
function classifyService(facts, policy) {
  const reasons = [];
  let capability = null;
  let catalog = null;
  let canonicalName = facts.name;
  const add = (kind, cap, text) => {
    reasons.push({ kind, text });
    if (capability === null) capability = cap;
  };
  const byName = findCatalogEntry(policy, facts.name);
  if (byName) {
    catalog = byName.entry;
    canonicalName = byName.entry.name;
  }
  if (byName?.entry.fromConfig) {
    add("policy", byName.entry.capability, `placement table in ${configName(policy)}: ${byName.entry.name} -> ${byName.entry.capability}/`);
  }
  const label = facts.labels?.get(CAPABILITY_LABEL);
  if (label) add("label", label, `label ${CAPABILITY_LABEL}=${label}`);
  if (byName && !byName.entry.fromConfig) {
    const prefix = byName.viaAlias ? `'${facts.name}' is an alias of ${byName.entry.name}; ` : "";
    add(byName.viaAlias ? "catalog-alias" : "catalog-name", byName.entry.capability, `${prefix}placement table: ${byName.entry.name} -> ${byName.entry.capability}/ (${byName.entry.reason})`);
  }
  if (facts.image && !facts.ignoreImage) {
    const byImage = findCatalogByImage(policy, facts.image);
    if (byImage && byImage !== catalog) {
      catalog ??= byImage;
      add("catalog-image", byImage.capability, `image ${parseImage(facts.image).name} is ${byImage.name} -> ${byImage.capability}/ (${byImage.reason})`);
    }
  }
  const system = facts.system ? policy.systems.find((s) => s.name === facts.system) ?? null : findSystem(policy, canonicalName);
  if (system) {
    add("system", system.capability, `part of system ${system.name} (${system.members.join(", ")}) -> ${system.capability}/`);
  }
  if (facts.provides) {
    const kind = facts.provides.toLowerCase();
    for (const cap of policy.capabilities.values()) {
      if (cap.provides.some((p) => p.toLowerCase() === kind)) {
        add("provides", cap.name, `provides '${facts.provides}' -> ${cap.name}/ (${cap.description || "declared capability"})`);
        break;
      }
    }
  }
  return { capability, canonicalName, reasons, catalog, system };
}
function configName(policy) {
  return policy.configFile ? policy.configFile.split(/[\\/]/).pop() : "config";
}

// src/scan/tree.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var MAX_DEPTH = 64;
function scanTree(root, options = {}) {
  const maxEntries = options.maxEntries ?? 2e6;
  const entries = [];
  const byRel = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  const problems = [];
  const pending = [{ abs: root, rel: "", depth: 0 }];
  while (pending.length > 0) {
    const dir = pending.pop();
    const list2 = [];
    children.set(dir.rel, list2);
    let dirents;
    try {
      dirents = readdirSync(dir.abs, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      problems.push({ abs: dir.abs, message: `cannot read directory (${errorCode(error)})` });
      continue;
    }
    dirents.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const dirent of dirents) {
      const name = dirent.name.toString("utf8");
      const abs = path2.join(dir.abs, name);
      if (!Buffer.from(name, "utf8").equals(dirent.name)) {
        problems.push({ abs, message: "file name is not valid UTF-8; left out" });
        continue;
      }
      if (dirent.isDirectory() && SKIPPED_DIRS.has(name)) continue;
      if (entries.length >= maxEntries) {
        problems.push({ abs: dir.abs, message: `more than ${maxEntries} entries; the rest was not scanned` });
        pending.length = 0;
        break;
      }
      const rel = dir.rel === "" ? name : `${dir.rel}/${name}`;
      const entry2 = { abs, rel, name, kind: kindOf(dirent), depth: dir.depth };
      if (entry2.kind === "symlink") entry2.symlink = inspectSymlink(abs);
      entries.push(entry2);
      byRel.set(rel, entry2);
      list2.push(entry2);
      if (entry2.kind === "dir") {
        if (dir.depth + 1 >= MAX_DEPTH) {
          problems.push({ abs, message: `deeper than ${MAX_DEPTH} levels; not scanned further` });
          children.set(rel, []);
        } else {
          pending.push({ abs, rel, depth: dir.depth + 1 });
        }
      }
    }
  }
  return { root, entries, byRel, children, problems };
}
function kindOf(dirent) {
  if (dirent.isSymbolicLink()) return "symlink";
  if (dirent.isDirectory()) return "dir";
  if (dirent.isFile()) return "file";
  return "other";
}
function inspectSymlink(abs) {
  let target = "";
  try {
    target = readlinkText(abs);
    const resolved = realpathSync(abs);
    const stats = statSync(resolved);
    return {
      target,
      resolved,
      status: "ok",
      targetKind: stats.isDirectory() ? "dir" : stats.isFile() ? "file" : "other"
    };
  } catch (error) {
    return { target, resolved: null, status: errorCode(error) === "ELOOP" ? "loop" : "dangling", targetKind: null };
  }
}
function readlinkText(abs) {
  try {
    return readlinkSync(abs);
  } catch {
    return "";
  }
}
function errorCode(error) {
  if (error && typeof error === "object" && "code" in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}
function isDirLike(entry2) {
  return entry2.kind === "dir" || entry2.kind === "symlink" && entry2.symlink?.targetKind === "dir";
}

// src/database/env.ts
import { readFileSync } from "node:fs";
function partialValue(service, variable) {
  if (variable.value !== null) return variable.value;
  if (variable.raw === null) return null;
  return interpolate(variable.raw, (name) => service.stack.env.get(name)).value;
}
function hasVariable(text) {
  return /(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(text);
}
var fileLines = /* @__PURE__ */ new Map();
function linesOf(service, file) {
  const compose = service.stack.files.find((f) => f.abs === file);
  if (compose) return compose.text.split(/\r?\n/);
  if (!fileLines.has(file)) {
    let lines = null;
    try {
      lines = readFileSync(file, "utf8").split(/\r?\n/);
    } catch {
      lines = null;
    }
    fileLines.set(file, lines);
  }
  return fileLines.get(file) ?? null;
}
function valueLoc(service, variable, offset = 0) {
  const loc = variable.loc;
  if (!loc) return null;
  const raw = variable.raw;
  const line = linesOf(service, loc.file)?.[loc.line - 1];
  if (raw === null || raw === "" || line === void 0) return loc;
  const at = line.indexOf(raw, Math.max(0, loc.column - 1 + (line.slice(loc.column - 1).startsWith(variable.name) ? variable.name.length : 0)));
  if (at < 0) return loc;
  return { file: loc.file, line: loc.line, column: at + 1 + offset };
}

// src/util/lazy.ts
function memo(compute) {
  let done = false;
  let value;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
function withLazyLoc(target, compute) {
  const get = memo(compute);
  Object.defineProperty(target, "loc", { get, enumerable: true, configurable: true });
  return target;
}

// src/database/connections.ts
var FIELD_SUFFIXES = [
  ["DATABASE_NAME", "database"],
  ["SERVER_HOST", "host"],
  ["HOSTNAME", "host"],
  ["PASSWORD", "password"],
  ["USERNAME", "user"],
  ["DATABASE", "database"],
  ["DB_NAME", "database"],
  ["CONNECTION", "type"],
  ["PROVIDER", "type"],
  ["ADDRESS", "host"],
  ["BACKEND", "type"],
  ["DIALECT", "type"],
  ["DBNAME", "database"],
  ["PASSWD", "password"],
  ["SERVER", "host"],
  ["CLIENT", "type"],
  ["DRIVER", "type"],
  ["ENGINE", "type"],
  ["ADDR", "host"],
  ["HOST", "host"],
  ["PORT", "port"],
  ["USER", "user"],
  ["NAME", "database"],
  ["PASS", "password"],
  ["TYPE", "type"],
  ["PWD", "password"],
  ["DB", "database"]
].sort((a, b) => b[0].length - a[0].length);
var DB_WORDS = /* @__PURE__ */ new Set(["DB", "PG", "PGSQL", "PSQL", "POSTGRES", "POSTGRESQL", "POSTGRESDB", "DATABASE", "SQL", "TYPEORM"]);
var OTHER_ENGINES = /* @__PURE__ */ new Set(["MYSQL", "MARIADB", "MONGO", "MONGODB", "REDIS", "VALKEY", "CLICKHOUSE", "COUCHDB", "COUCH", "INFLUX", "INFLUXDB", "ELASTIC", "ELASTICSEARCH", "MSSQL", "ORACLE", "CASSANDRA", "NEO4J", "QDRANT", "MEMCACHED", "RABBITMQ", "AMQP", "NATS", "KAFKA", "MINIO", "S3", "SMTP", "MAIL", "LDAP", "SQLITE"]);
var POSTGRES_TYPE = /postgres|pgsql|psycopg|cockroach|^pg$|^psql$/i;
var OTHER_TYPE = /sqlite|mysql|maria|mssql|sqlserver|oracle|mongo|cassandra|redis|^h2$|derby|^memory$|^none$|^file$/i;
var URL_NAME = /(^|_)(DATABASE|DB|POSTGRES|POSTGRESQL|PG|PGSQL)_(URL|URI|DSN)$|^(DATABASE|DB|POSTGRES|PG)_CONNECTION(_STRING|_URL)?$/;
function readConnections(service) {
  const out = [];
  const fields = [];
  for (const variable of service.environment) {
    const value = partialValue(service, variable);
    const url = value === null ? null : parsePostgresUrl(value);
    if (url) {
      out.push(urlConnection(service, variable, value, url));
      continue;
    }
    const fullyUnknown = value !== null && /^\$\{[^}]*\}$|^\$[A-Za-z_]\w*$/.test(value.trim());
    if (URL_NAME.test(variable.name) && !isOtherEngineName(variable.name) && (value === null || fullyUnknown)) {
      out.push(emptyConnection(service, "url", variable.name));
      continue;
    }
    const split = splitFieldName(variable.name);
    if (split) fields.push({ ...split, variable, value: value === null || value.trim() === "" ? null : value.trim() });
  }
  out.push(...groupConnections(service, fields));
  return out;
}
function isOtherEngineName(name) {
  return name.split("_").some((word) => OTHER_ENGINES.has(word));
}
function splitFieldName(name) {
  const upper = name.toUpperCase();
  for (const [suffix, field] of FIELD_SUFFIXES) {
    if (!upper.endsWith(suffix)) continue;
    const head = upper.slice(0, -suffix.length);
    const prefix = head.replace(/_+$/, "");
    if (prefix === "") continue;
    const glued = head === prefix;
    if (glued && !(prefix === "PG" || /(^|_)DB$/.test(prefix))) continue;
    const words = prefix.split("_").filter(Boolean);
    if (words.some((w) => OTHER_ENGINES.has(w))) return null;
    if (!words.some((w) => DB_WORDS.has(w) || /DB$/.test(w))) continue;
    return { prefix, field };
  }
  return null;
}
function groupConnections(service, vars) {
  const groups = /* @__PURE__ */ new Map();
  for (const v of vars) {
    const group = groups.get(v.prefix) ?? /* @__PURE__ */ new Map();
    group.set(v.field, v);
    groups.set(v.prefix, group);
  }
  const ancestors = (prefix) => [...groups.keys()].filter((p) => p !== prefix && prefix.startsWith(`${p}_`)).sort((a, b) => b.length - a.length).map((p) => groups.get(p));
  const pick = (prefix, field, inherit) => {
    const own = groups.get(prefix).get(field);
    if (own || !inherit) return own ?? null;
    for (const parent of ancestors(prefix)) if (parent.has(field)) return parent.get(field);
    return null;
  };
  const isParentOnly = (prefix) => {
    const own = groups.get(prefix);
    const hasChild = [...groups.keys()].some((p) => p !== prefix && p.startsWith(`${prefix}_`));
    return hasChild && !own.has("user");
  };
  const out = [];
  for (const prefix of groups.keys()) {
    if (isParentOnly(prefix)) continue;
    const type2 = pick(prefix, "type", true);
    if (type2?.value && !POSTGRES_TYPE.test(type2.value) && OTHER_TYPE.test(type2.value)) continue;
    const host = pick(prefix, "host", true);
    const user = pick(prefix, "user", false);
    const database = pick(prefix, "database", true);
    if (!host && !user && !database) continue;
    const password = pick(prefix, "password", false);
    out.push({
      service,
      source: "fields",
      name: prefix,
      host: host ? hostPiece(service, host) : null,
      port: piece(service, pick(prefix, "port", true)),
      user: piece(service, user),
      database: piece(service, database),
      password: password ? withLazyLoc({ kind: password.value === null || hasVariable(password.variable.raw ?? "") ? "variable" : "literal" }, () => valueLoc(service, password.variable)) : { kind: "none", loc: null },
      target: null,
      toShared: false
    });
  }
  return out;
}
function piece(service, v) {
  if (!v) return null;
  return withLazyLoc({ value: known(v.value), variable: v.variable.name }, () => valueLoc(service, v.variable));
}
function hostPiece(service, v) {
  const value = known(v.value);
  return withLazyLoc({ value: value === null ? null : value.replace(/:\d+$/, ""), variable: v.variable.name }, () => valueLoc(service, v.variable));
}
function known(value) {
  return value === null || value.includes("${") || value === "" ? null : value;
}
function emptyConnection(service, source, name) {
  return { service, source, name, host: null, port: null, user: null, database: null, password: { kind: "none", loc: null }, target: null, toShared: false };
}
var URL_SCHEME = /^(?:jdbc:)?(?:postgres|postgresql|pgsql)(?:\+[a-z0-9_]+)?:\/\//i;
function parsePostgresUrl(text) {
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  const scheme = URL_SCHEME.exec(trimmed);
  if (scheme) return shift(parseUrlBody(trimmed, scheme[0].length), lead);
  if (/(^|\s)host\s*=/.test(trimmed) && /(^|\s)(user|dbname)\s*=/.test(trimmed)) return shift(parseKeywordDsn(trimmed), lead);
  return null;
}
function shift(url, by) {
  const move = (p) => p ? { value: p.value, offset: p.offset + by } : null;
  return { host: move(url.host), port: move(url.port), user: move(url.user), database: move(url.database), password: move(url.password) };
}
function parseUrlBody(text, start) {
  const result = { host: null, port: null, user: null, database: null, password: null };
  const rest = text.slice(start);
  const queryAt = rest.indexOf("?");
  const pathAt = rest.indexOf("/");
  const authorityEnd = Math.min(...[pathAt, queryAt, rest.length].filter((n) => n >= 0));
  const authority = rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf("@");
  let hostStart = 0;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(":");
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    if (user) result.user = { value: decode(user), offset: start };
    if (colon >= 0 && colon + 1 < userinfo.length) result.password = { value: userinfo.slice(colon + 1), offset: start + colon + 1 };
    hostStart = at + 1;
  }
  const hostPort = authority.slice(hostStart).split(",")[0];
  const portMatch = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort);
  if (portMatch[1]) result.host = { value: decode(portMatch[1]), offset: start + hostStart };
  if (portMatch[2]) result.port = { value: portMatch[2], offset: start + hostStart + portMatch[1].length + 1 };
  if (pathAt >= 0 && (queryAt < 0 || pathAt < queryAt)) {
    const dbEnd = queryAt >= 0 ? queryAt : rest.length;
    const db = rest.slice(pathAt + 1, dbEnd);
    if (db) result.database = { value: decode(db), offset: start + pathAt + 1 };
  }
  if (queryAt >= 0) {
    let offset = start + queryAt + 1;
    for (const param of rest.slice(queryAt + 1).split("&")) {
      const eq = param.indexOf("=");
      const key = eq >= 0 ? param.slice(0, eq) : param;
      const value = { value: decode(param.slice(eq + 1)), offset: offset + eq + 1 };
      if (eq >= 0 && value.value !== "") {
        if (key === "user") result.user = value;
        else if (key === "password") result.password = value;
        else if (key === "host") result.host = value;
        else if (key === "port") result.port = value;
        else if (key === "dbname") result.database = value;
      }
      offset += param.length + 1;
    }
  }
  return result;
}
function parseKeywordDsn(text) {
  const result = { host: null, port: null, user: null, database: null, password: null };
  const pair = /(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) {
    const quoted = m[2].startsWith("'");
    const value = { value: quoted ? m[2].slice(1, -1) : m[2], offset: m.index + m[0].length - m[2].length + (quoted ? 1 : 0) };
    const key = m[1].toLowerCase();
    if (key === "host") result.host = value;
    else if (key === "port") result.port = value;
    else if (key === "user") result.user = value;
    else if (key === "dbname") result.database = value;
    else if (key === "password") result.password = value;
  }
  return result;
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function urlConnection(service, variable, value, url) {
  const raw = variable.raw ?? "";
  const locOf = (part) => {
    if (!part) return null;
    const sameSoFar = raw.slice(0, part.offset + part.value.length) === value.slice(0, part.offset + part.value.length);
    const rawUrl = sameSoFar ? null : parsePostgresUrl(raw);
    const rawPart = rawUrl ? rawUrl[partName(url, part)] : null;
    if (sameSoFar) return valueLoc(service, variable, part.offset);
    if (rawPart) return valueLoc(service, variable, rawPart.offset);
    return valueLoc(service, variable);
  };
  const pieceOf = (part) => part ? withLazyLoc({ value: known(part.value), variable: variable.name }, () => locOf(part)) : null;
  const password = url.password;
  return {
    service,
    source: "url",
    name: variable.name,
    host: pieceOf(url.host),
    port: pieceOf(url.port),
    user: pieceOf(url.user),
    database: pieceOf(url.database),
    password: password ? withLazyLoc({ kind: password.value.includes("${") || hasVariable(rawPasswordText(raw) ?? password.value) ? "variable" : "literal" }, () => locOf(password)) : { kind: "none", loc: null },
    target: null,
    toShared: false
  };
}
function partName(url, part) {
  return Object.keys(url).find((k) => url[k] === part);
}
function rawPasswordText(raw) {
  return parsePostgresUrl(raw)?.password?.value ?? null;
}

// src/database/init-mounts.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import path4 from "node:path";
import { gunzipSync as gunzipSync2 } from "node:zlib";

// src/database/initdb/read.ts
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";

// src/database/initdb/shell.ts
import { createRequire } from "node:module";

// src/database/initdb/source.ts
var LineIndex = class {
  constructor(file, bytes) {
    this.file = file;
    this.bytes = bytes;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) this.starts.push(i + 1);
  }
  file;
  bytes;
  starts = [0];
  /** 1-based line and column (UTF-16 units, as editors count) of a byte offset. */
  loc(byteOffset) {
    const offset = Math.max(0, Math.min(byteOffset, this.bytes.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo];
    const column = this.bytes.toString("utf8", lineStart, offset).length + 1;
    return { file: this.file, line: lo + 1, column };
  }
  /** Byte offset of a 1-based line and byte column (mvdan-sh reports those). */
  offsetOf(line, byteColumn) {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return start + Math.max(0, byteColumn - 1);
  }
};
var SourceBuilder = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  parts = [];
  origin = [];
  expansions = [];
  length = 0;
  /** Copy bytes [start, end) of the file verbatim. */
  appendBytes(start, end) {
    if (end <= start) return;
    const text = this.bytes.toString("utf8", start, end);
    let offset = start;
    for (const ch of text) {
      const units = ch.length;
      for (let u = 0; u < units; u++) this.origin.push(offset);
      offset += Buffer.byteLength(ch);
    }
    this.parts.push(text);
    this.length += text.length;
  }
  /** Text that stands for something at `byteOffset` (an expansion, or an escaped character). */
  appendAt(text, byteOffset, expansion) {
    if (text === "") return;
    for (let u = 0; u < text.length; u++) this.origin.push(byteOffset);
    if (expansion) this.expansions.push({ start: this.length, end: this.length + text.length });
    this.parts.push(text);
    this.length += text.length;
  }
  get size() {
    return this.length;
  }
  build(lines, database, endOffset) {
    return { lines, text: this.parts.join(""), origin: [...this.origin, endOffset], expansions: this.expansions, database };
  }
};
function sqlFileSource(file, text) {
  const bytes = Buffer.from(text, "utf8");
  const builder = new SourceBuilder(bytes);
  builder.appendBytes(0, bytes.length);
  return builder.build(new LineIndex(file, bytes), null, bytes.length);
}
function byteToCharIndex(text) {
  if (/^[\x00-\x7f]*$/.test(text)) return (byte) => Math.max(0, Math.min(byte, text.length));
  const table = [];
  let index = 0;
  for (const ch of text) {
    const bytes = Buffer.byteLength(ch);
    for (let b = 0; b < bytes; b++) table.push(index);
    index += ch.length;
  }
  table.push(index);
  return (byte) => table[Math.max(0, Math.min(byte, table.length - 1))];
}
function codePointToCharIndex(text, codePoints) {
  let index = 0;
  let count2 = 0;
  while (index < text.length && count2 < codePoints) {
    const code = text.codePointAt(index);
    index += code > 65535 ? 2 : 1;
    count2++;
  }
  return index;
}

// src/database/initdb/pg-parser.ts
import { setFlagsFromString } from "node:v8";
var loading = null;
var WASM_TIERING_BUDGET = 9e7;
var loadMillis = null;
function loadPgParser() {
  loading ??= (async () => {
    const started = performance.now();
    setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
    const pg = await import("libpg-query");
    await pg.loadModule();
    loadMillis = performance.now() - started;
    return pg.parseSync;
  })();
  return loading;
}
var BATCH_STATEMENTS = 256;
async function parseStatements(text, statementEnds) {
  const parse = await loadPgParser();
  const outcome = { statements: [], errors: [] };
  const cuts = [...[...statementEnds].sort((a, b) => a - b).map((end) => Math.min(text.length, end + 1)), text.length];
  let from = 0;
  for (let i = 0; i < cuts.length && from < text.length; i += BATCH_STATEMENTS) {
    const batch = cuts.slice(i, i + BATCH_STATEMENTS).filter((cut) => cut > from);
    const to = batch.at(-1) ?? from;
    if (to <= from) continue;
    const whole = parseChunk(parse, text.slice(from, to), from);
    if (!("error" in whole)) {
      outcome.statements.push(...whole.statements);
    } else {
      let start = from;
      for (const cut of batch) {
        if (cut <= start) continue;
        const chunk = text.slice(start, cut);
        if (chunk.trim() !== "") {
          const result = parseChunk(parse, chunk, start);
          if ("error" in result) outcome.errors.push(result.error);
          else outcome.statements.push(...result.statements);
        }
        start = cut;
      }
    }
    from = to;
  }
  return outcome;
}
function parseChunk(parse, chunk, base) {
  let tree;
  try {
    tree = parse(chunk);
  } catch (error) {
    const details = error.sqlDetails;
    const message = error instanceof Error ? error.message : String(error);
    const at = base + codePointToCharIndex(chunk, details?.cursorPosition ?? 0);
    return { error: { message, at } };
  }
  const toChar = byteToCharIndex(chunk);
  const statements = [];
  for (const raw of tree.stmts ?? []) {
    const [type2, node] = Object.entries(raw.stmt ?? {})[0] ?? ["Unknown", {}];
    const startByte = raw.stmt_location ?? 0;
    const start = base + toChar(startByte);
    const end = raw.stmt_len ? base + toChar(startByte + raw.stmt_len) : base + chunk.length;
    statements.push({ type: type2, node, start, end, at: (location) => base + toChar(location) });
  }
  return { statements };
}

// src/database/initdb/psql-lexer.ts
var IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
var PSQL_VAR = /^[A-Za-z_][A-Za-z0-9_]*/;
var DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
var SHELL_VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
var SENDS_BUFFER = /^(g|gx|gexec|gset|gdesc|crosstabview|watch|bind|bind_named)$/;
function preparePsql(source) {
  const src = source.text;
  const out = [];
  const origin = [];
  const result = {
    text: "",
    origin,
    statementEnds: [],
    connects: [],
    gexecEnds: /* @__PURE__ */ new Set(),
    metaCommands: [],
    psqlVariables: [],
    placeholders: [],
    hasSql: false
  };
  const expansionAt = new Map(source.expansions.map((span) => [span.start, span]));
  const inExpansion = (index) => source.expansions.some((span) => index >= span.start && index < span.end);
  const emit = (text, from) => {
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]);
      origin.push(source.origin[Math.min(from + k, src.length)]);
    }
  };
  const emitAt = (text, at) => {
    for (const ch of text) {
      out.push(ch);
      origin.push(source.origin[at]);
    }
  };
  const copy = (from, to) => emit(src.slice(from, to), from);
  const scanPlaceholders = (from, to) => {
    const chunk = src.slice(from, to);
    for (const match of chunk.matchAll(SHELL_VAR)) {
      const at = from + match.index;
      if (inExpansion(at)) continue;
      result.placeholders.push({ name: match[1] ?? match[2], offset: source.origin[at] });
    }
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    const prev = i > 0 ? src[i - 1] : "";
    const span = expansionAt.get(i);
    if (span) {
      emitAt('"', i);
      copy(span.start, span.end);
      emitAt('"', span.end - 1);
      result.hasSql = true;
      i = span.end;
      continue;
    }
    if (c === "-" && next === "-") {
      const end = indexOrEnd(src, "\n", i);
      copy(i, end);
      i = end;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = blockCommentEnd(src, i);
      copy(i, end);
      i = end;
      continue;
    }
    if (c === "'") {
      const escapes = (prev === "e" || prev === "E") && !(i > 1 && IDENT_CHAR.test(src[i - 2]));
      const end = quotedEnd(src, i, "'", escapes);
      scanPlaceholders(i, end);
      copy(i, end);
      result.hasSql = true;
      i = end;
      continue;
    }
    if (c === '"') {
      const end = quotedEnd(src, i, '"', false);
      scanPlaceholders(i, end);
      copy(i, end);
      result.hasSql = true;
      i = end;
      continue;
    }
    if (c === "$") {
      const tag = IDENT_CHAR.test(prev) ? null : DOLLAR_TAG.exec(src.slice(i, i + 64));
      if (tag) {
        const close = src.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? src.length : close + tag[0].length;
        scanPlaceholders(i + tag[0].length, close < 0 ? end : close);
        copy(i, end);
        result.hasSql = true;
        i = end;
        continue;
      }
      const match = IDENT_CHAR.test(prev) ? null : /^\$\{[^}\n]*\}|^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
      if (match) {
        scanPlaceholders(i, i + match[0].length);
        copy(i, i + match[0].length);
        result.hasSql = true;
        i += match[0].length;
        continue;
      }
    }
    if (c === ":" && next !== ":" && prev !== ":") {
      const quote = next === "'" || next === '"' ? next : "";
      const name = PSQL_VAR.exec(src.slice(i + 1 + quote.length, i + 256));
      if (name && (!quote || src[i + 1 + quote.length + name[0].length] === quote)) {
        const written = 1 + name[0].length + quote.length * 2;
        const standIn = quote === "'" ? `':${name[0]}'` : `":${name[0]}"`;
        result.psqlVariables.push({ name: name[0], at: out.length, offset: source.origin[i] });
        emitAt(standIn, i);
        result.hasSql = true;
        i += written;
        continue;
      }
    }
    if (c === "\\") {
      i = metaCommand(src, i, result, out, origin, source);
      continue;
    }
    if (c === ";") result.statementEnds.push(out.length);
    if (!/\s/.test(c)) result.hasSql = true;
    copy(i, i + 1);
    i++;
  }
  origin.push(source.origin[src.length]);
  result.text = out.join("");
  return result;
}
function metaCommand(src, start, result, out, origin, source) {
  let end = indexOrEnd(src, "\n", start);
  const separator = src.indexOf("\\\\", start + 1);
  if (separator >= 0 && separator < end) end = separator + 2;
  const body = src.slice(start + 1, end);
  const name = /^[A-Za-z]+/.exec(body)?.[0] ?? body.slice(0, 1);
  result.metaCommands.push({ name, offset: source.origin[start] });
  const sends = SENDS_BUFFER.test(name);
  if (sends) {
    result.statementEnds.push(out.length);
    if (name === "gexec") result.gexecEnds.add(out.length);
  }
  if (name === "c" || name === "connect") {
    const database = connectTarget(body.slice(name.length));
    if (database !== null) result.connects.push({ at: out.length, database });
  }
  for (let k = start; k < end; k++) {
    const ch = src[k];
    out.push(k === start && sends ? ";" : ch === "\n" || ch === "\r" ? ch : " ");
    origin.push(source.origin[k]);
  }
  return end;
}
function connectTarget(args) {
  const words = [...args.matchAll(/'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\S+)/g)].map((m) => m[1]?.replace(/''/g, "'") ?? m[2]?.replace(/""/g, '"') ?? m[3]).filter((w) => !w.startsWith("-reuse-previous"));
  const first = words[0];
  if (first === void 0) return null;
  const uri = /^postgres(?:ql)?:\/\/[^/]*\/([^?]+)/.exec(first);
  if (uri) return decodeURIComponent(uri[1]);
  if (first.includes("=")) return /(?:^|\s)dbname\s*=\s*'?([^'\s]+)/.exec(first)?.[1] ?? "-";
  return first;
}
function indexOrEnd(text, needle, from) {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}
function blockCommentEnd(text, start) {
  let depth2 = 0;
  let i = start;
  while (i < text.length) {
    if (text[i] === "/" && text[i + 1] === "*") {
      depth2++;
      i += 2;
    } else if (text[i] === "*" && text[i + 1] === "/") {
      depth2--;
      i += 2;
      if (depth2 === 0) return i;
    } else i++;
  }
  return text.length;
}
function quotedEnd(text, start, quote, backslashEscapes) {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (backslashEscapes && c === "\\") {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}

// src/database/initdb/statements.ts
var VARIABLE_TEXT = /\$\{|\$[A-Za-z_]|\$\(|`/;
var ALL_PRIVILEGES = ["connect", "create", "temp"];
function modelStatement(raw, ctx) {
  const base = { loc: ctx.loc(skipTrivia(ctx.text, raw.start, raw.end)), database: ctx.database };
  const node = raw.node;
  let literalPasswordAt = null;
  const password = (option) => {
    const value = option.arg?.String;
    if (value === void 0 || typeof value.sval !== "string") return "none";
    const quoteAt = passwordLiteralAt(ctx.text, raw.at(Number(option.location ?? 0)), raw.end);
    if (VARIABLE_TEXT.test(value.sval) || quoteAt !== null && ctx.psqlVariableAt(quoteAt)) return "placeholder";
    literalPasswordAt = quoteAt ?? raw.at(Number(option.location ?? 0));
    return "literal";
  };
  const statement = (() => {
    switch (raw.type) {
      case "CreateRoleStmt": {
        const options = defElems(node.options);
        const flag = (name) => booleanOption(options, name);
        const isUser = node.stmt_type === "ROLESTMT_USER";
        const passwordOption = options.find((o) => o.defname === "password");
        return {
          ...base,
          kind: "create-role",
          role: String(node.role ?? ""),
          login: flag("canlogin") ?? isUser,
          superuser: flag("superuser") ?? false,
          password: passwordOption ? password(passwordOption) : "none",
          memberOf: roleListOption(options, "addroleto"),
          members: [...roleListOption(options, "rolemembers"), ...roleListOption(options, "adminmembers")]
        };
      }
      case "AlterRoleStmt": {
        const options = defElems(node.options);
        const passwordOption = options.find((o) => o.defname === "password");
        return {
          ...base,
          kind: "alter-role",
          role: roleName(node.role),
          password: passwordOption ? password(passwordOption) : null,
          login: booleanOption(options, "canlogin"),
          superuser: booleanOption(options, "superuser")
        };
      }
      case "CreatedbStmt": {
        const options = defElems(node.options);
        const text = (name) => {
          const arg = options.find((o) => o.defname === name)?.arg;
          return arg ? stringValue(arg) : null;
        };
        return { ...base, kind: "create-database", name: String(node.dbname ?? ""), owner: text("owner"), template: text("template") };
      }
      case "AlterOwnerStmt":
        if (node.objectType !== "OBJECT_DATABASE") break;
        return { ...base, kind: "alter-database-owner", name: stringValue(node.object) ?? "", owner: roleName(node.newowner) };
      case "GrantStmt": {
        if (node.objtype !== "OBJECT_DATABASE" || node.targtype !== "ACL_TARGET_OBJECT") break;
        return {
          ...base,
          kind: node.is_grant === true ? "grant-database" : "revoke-database",
          privileges: databasePrivileges(node.privileges),
          databases: list(node.objects).map((o) => stringValue(o) ?? ""),
          grantees: list(node.grantees).map((g) => roleName(g.RoleSpec ?? g))
        };
      }
      case "GrantRoleStmt":
        return {
          ...base,
          kind: node.is_grant === true ? "grant-role" : "revoke-role",
          roles: list(node.granted_roles).map((r) => String(r.AccessPriv?.priv_name ?? "")),
          grantees: list(node.grantee_roles).map((g) => roleName(g.RoleSpec ?? g))
        };
      case "CreateExtensionStmt":
        return { ...base, kind: "create-extension", name: String(node.extname ?? "") };
    }
    return { ...base, kind: "other", node: raw.type };
  })();
  return { statement, literalPasswordAt };
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function defElems(options) {
  return list(options).map((o) => o.DefElem ?? {});
}
function booleanOption(options, name) {
  const option = options.find((o) => o.defname === name);
  if (!option) return null;
  const arg = option.arg;
  const value = arg?.Boolean?.boolval;
  return value === true;
}
function roleListOption(options, name) {
  const arg = options.find((o) => o.defname === name)?.arg;
  return list(arg?.List?.items).map((item) => roleName(item.RoleSpec ?? item));
}
function roleName(spec) {
  const role = spec ?? {};
  switch (role.roletype) {
    case "ROLESPEC_PUBLIC":
      return "public";
    case "ROLESPEC_CURRENT_USER":
      return "current_user";
    case "ROLESPEC_CURRENT_ROLE":
      return "current_role";
    case "ROLESPEC_SESSION_USER":
      return "session_user";
    default:
      return String(role.rolename ?? "");
  }
}
function stringValue(node) {
  if (!node) return null;
  const inner = node.String ?? node;
  return typeof inner.sval === "string" ? inner.sval : null;
}
function databasePrivileges(privileges) {
  const names = list(privileges).map((p) => String(p.AccessPriv?.priv_name ?? "").toLowerCase());
  if (names.length === 0 || names.includes("all")) return [...ALL_PRIVILEGES];
  const out = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (name === "connect") out.add("connect");
    else if (name === "create") out.add("create");
    else if (name === "temp" || name === "temporary") out.add("temp");
  }
  return [...out];
}
function skipTrivia(text, from, to = text.length) {
  let i = from;
  while (i < to) {
    if (/\s/.test(text[i])) i++;
    else if (text.startsWith("--", i)) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? to : nl + 1;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? to : close + 2;
    } else return i;
  }
  return Math.min(from, text.length);
}
function passwordLiteralAt(text, keywordAt, end) {
  let at = keywordAt;
  for (let words = 0; words < 2; words++) {
    const word = /^[A-Za-z]+/.exec(text.slice(at, at + 16))?.[0];
    if (!word || /^E$/i.test(word)) break;
    at = skipTrivia(text, at + word.length, end);
  }
  if (text[at] === "'") return at;
  if ((text[at] === "E" || text[at] === "e") && text[at + 1] === "'") return at;
  return null;
}

// src/database/initdb/sql.ts
function emptyScript(kind, file) {
  return { kind, file, statements: [], placeholders: [], literalPasswords: [], metaCommands: [], psqlVariables: [], errors: [] };
}
async function parseInitSql(abs, text, origin = "sql") {
  const script = emptyScript(origin, abs);
  await readSqlInto(script, sqlFileSource(abs, text.replace(/^\uFEFF/, " ")));
  return script;
}
async function readSqlInto(script, source, options = {}) {
  let prepared;
  try {
    prepared = preparePsql(source);
  } catch (error) {
    script.errors.push({ message: `could not read SQL: ${oneLine(error)}`, loc: source.lines.loc(source.origin[0] ?? 0) });
    return;
  }
  const locOf = (at) => source.lines.loc(prepared.origin[Math.max(0, Math.min(at, prepared.origin.length - 1))]);
  const byOffset = (offset) => source.lines.loc(offset);
  if (!options.nested) {
    script.metaCommands.push(...prepared.metaCommands.map((m) => ({ name: m.name, loc: byOffset(m.offset) })));
    script.psqlVariables.push(...prepared.psqlVariables.map((v) => ({ name: v.name, loc: byOffset(v.offset) })));
    script.placeholders.push(...prepared.placeholders.map((p) => ({ name: p.name, loc: byOffset(p.offset) })));
  }
  if (!prepared.hasSql) return;
  let parsed;
  try {
    parsed = await parseStatements(prepared.text, prepared.statementEnds);
  } catch (error) {
    script.errors.push({ message: `could not load the PostgreSQL parser: ${oneLine(error)}`, loc: locOf(0) });
    return;
  }
  if (!options.quiet) for (const error of parsed.errors) script.errors.push({ message: safeMessage(error.message, prepared.text.slice(0, error.at)), loc: locOf(error.at) });
  const variableStarts = new Set(prepared.psqlVariables.map((v) => v.at));
  const databaseAt = (at) => {
    let database = source.database;
    for (const connect of prepared.connects) {
      if (connect.at > at) break;
      if (connect.database !== "-") database = connect.database;
    }
    return database;
  };
  for (const raw of parsed.statements) {
    const ctx = {
      text: prepared.text,
      loc: locOf,
      database: databaseAt(raw.start),
      psqlVariableAt: (at) => variableStarts.has(at)
    };
    record(script, raw, ctx);
    const terminator = terminatorOf(prepared, raw);
    if (terminator !== null && prepared.gexecEnds.has(terminator)) await readGexec(script, raw, ctx.database, (at) => prepared.origin[at], source);
    if (raw.type === "DoStmt") await readDoBlock(script, raw, ctx.database, prepared, source);
  }
}
function record(script, raw, ctx) {
  const { statement, literalPasswordAt } = modelStatement(raw, ctx);
  script.statements.push(statement);
  if (literalPasswordAt !== null && "role" in statement) script.literalPasswords.push({ role: statement.role, loc: ctx.loc(literalPasswordAt) });
}
function terminatorOf(prepared, raw) {
  for (const end of prepared.statementEnds) if (end >= raw.end - 1) return end;
  return null;
}
async function readGexec(script, raw, database, originOf, source) {
  if (raw.type !== "SelectStmt") return;
  const targets = raw.node.targetList ?? [];
  for (const target of targets) {
    const sql = constantText(target.ResTarget?.val);
    if (sql === null || sql.trim() === "") continue;
    const offset = originOf(raw.at(Number(target.ResTarget?.location ?? 0)));
    const origin = Array.from({ length: sql.length + 1 }, () => offset);
    await readSqlInto(script, { lines: source.lines, text: sql, origin, expansions: [], database }, { nested: true });
  }
}
var DO_BLOCK_SQL = /\b(?:CREATE|ALTER)\s+(?:ROLE|USER)\b|\bGRANT\b|\bREVOKE\b|\bCREATE\s+EXTENSION\b/i;
async function readDoBlock(script, raw, database, prepared, source) {
  const args = raw.node.args ?? [];
  const body = args.map((a) => a.DefElem).find((d) => d?.defname === "as");
  if (!body) return;
  const at = raw.at(body.location ?? 0);
  const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(prepared.text.slice(at, at + 64))?.[0];
  const end = tag ? prepared.text.indexOf(tag, at + tag.length) : -1;
  if (!tag || end < 0) return;
  const start = at + tag.length;
  const slice = (from2, to) => ({ lines: source.lines, text: prepared.text.slice(from2, to), origin: prepared.origin.slice(from2, to + 1), expansions: [], database });
  const inner = preparePsql(slice(start, end));
  let from = 0;
  for (const stop of [...inner.statementEnds, inner.text.length]) {
    const match = DO_BLOCK_SQL.exec(inner.text.slice(from, stop));
    if (match) await readSqlInto(script, { ...slice(start, end), text: inner.text.slice(from + match.index, stop), origin: inner.origin.slice(from + match.index, stop + 1) }, { nested: true, quiet: true });
    from = stop + 1;
  }
}
function constantText(node) {
  if (!node) return null;
  const constant = node.A_Const;
  if (constant) {
    const value = constant.sval?.sval;
    return typeof value === "string" ? value : null;
  }
  const expr = node.A_Expr;
  if (expr && expr.name?.[0]?.String?.sval === "||") {
    const left = constantText(expr.lexpr);
    const right = constantText(expr.rexpr);
    return left === null || right === null ? null : left + right;
  }
  return null;
}
function safeMessage(message, textBefore) {
  const near = /^(.*?) at or near "(.*)"$/s.exec(message);
  if (!near) return oneLine(message);
  const token = near[2];
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$|^[^\s\w'"$]{1,3}$/.test(token);
  return plain && !/PASSWORD\s*$/i.test(textBefore) ? `${near[1]} at or near "${token}"` : near[1];
}
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim();
}

// src/database/initdb/shell.ts
var require2 = createRequire(import.meta.url);
var loading2 = null;
function loadShell() {
  loading2 ??= (async () => {
    const { syntax } = require2("mvdan-sh");
    const probe = syntax.NewParser().Parse("a <<x\nx\na <<-x\nx\na <<<x\na | a\n", "probe.sh");
    const ops = [];
    let pipe = -1;
    syntax.Walk(probe, (node) => {
      if (node && syntax.NodeType(node) === "Redirect") ops.push(Number(node.Op));
      if (node && syntax.NodeType(node) === "BinaryCmd") pipe = Number(node.Op);
      return true;
    });
    return { syntax, ops: { hdoc: ops[0], dashHdoc: ops[1], hereString: ops[2], pipe } };
  })();
  return loading2;
}
var SHORT_WITH_VALUE = new Set("cdfUhpvoLTFRP".split(""));
var LONG_WITH_VALUE = /* @__PURE__ */ new Set(["command", "dbname", "file", "username", "host", "port", "set", "variable", "output", "log-file", "table-attr", "field-separator", "record-separator", "pset"]);
var PSQL_COMMANDS = /* @__PURE__ */ new Set(["psql", "docker_process_sql"]);
var DEFAULT_DATABASE_VARIABLES = /* @__PURE__ */ new Set(["POSTGRES_DB"]);
async function parseInitShell(abs, text) {
  const script = emptyScript("sh", abs);
  const bytes = Buffer.from(text, "utf8");
  const lines = new LineIndex(abs, bytes);
  let shell;
  let file;
  try {
    shell = await loadShell();
  } catch (error) {
    script.errors.push({ message: `could not load the shell parser: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  try {
    file = shell.syntax.NewParser(shell.syntax.KeepComments(false), shell.syntax.Variant(shell.syntax.LangBash)).Parse(text, abs);
  } catch (error) {
    const problem = error;
    const offset = typeof problem.Pos?.Offset === "function" ? problem.Pos.Offset() : 0;
    script.errors.push({ message: `shell syntax error: ${problem.Text ?? oneLine(error)}`, loc: lines.loc(offset) });
    return script;
  }
  const reader = new ShellReader(shell, bytes, lines);
  const sources = [];
  try {
    shell.syntax.Walk(file, (node) => {
      if (node) sources.push(...reader.sourcesOf(node));
      return true;
    });
  } catch (error) {
    script.errors.push({ message: `could not read the shell script: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  for (const source of sources) {
    if (onlyExpansions(source)) continue;
    await readSqlInto(script, source);
  }
  return script;
}
function onlyExpansions(source) {
  let rest = source.text;
  for (const span of [...source.expansions].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return rest.trim() === "";
}
var ShellReader = class {
  constructor(shell, bytes, lines) {
    this.shell = shell;
    this.bytes = bytes;
    this.lines = lines;
    this.t = (node) => shell.syntax.NodeType(node);
  }
  shell;
  bytes;
  lines;
  t;
  /** SQL sources a statement hands to psql, in order. */
  sourcesOf(node) {
    const type2 = this.t(node);
    if (type2 === "BinaryCmd" && Number(node.Op) === this.shell.ops.pipe) return this.pipeSources(node);
    if (type2 !== "Stmt") return [];
    const call = this.psqlCall(node);
    if (!call) return [];
    if (call.commands.length > 0) {
      return call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0));
    }
    return this.redirectSources(node, call.database);
  }
  /** `echo "SQL" | psql`, `cat <<EOF | psql`. */
  pipeSources(node) {
    const right = node.Y;
    const left = node.X;
    const call = this.psqlCall(right);
    if (!call || call.commands.length > 0 || this.redirectSources(right, null).length > 0) return [];
    const args = this.args(left);
    const name = args[0] ? this.literal(args[0]) : null;
    if (name === "cat") return this.redirectSources(left, call.database);
    if (name === "echo" || name === "printf") {
      const words = args.slice(1).filter((word) => !/^-[neE]+$/.test(this.literal(word) ?? ""));
      return words.map((word) => this.wordSource(word, call.database, 0));
    }
    return [];
  }
  args(stmt) {
    const cmd = stmt.Cmd;
    if (!cmd || this.t(cmd) !== "CallExpr") return [];
    return cmd.Args ?? [];
  }
  psqlCall(stmt) {
    const args = this.args(stmt);
    const index = args.findIndex((word) => this.isPsql(word));
    if (index < 0) return null;
    const call = { commands: [], commandPrefix: /* @__PURE__ */ new Map(), database: null };
    const positional = [];
    let explicitDatabase = null;
    for (let i = index + 1; i < args.length; i++) {
      const word = args[i];
      const literal = this.literal(word);
      const head = literal ?? this.leadingLit(word);
      if (head === null || !head.startsWith("-") || head === "-") {
        positional.push(word);
        continue;
      }
      const whole = literal !== null;
      let option;
      let prefix;
      if (head.startsWith("--")) {
        const eq = head.indexOf("=");
        option = eq < 0 ? head.slice(2) : head.slice(2, eq);
        prefix = eq >= 0 ? eq + 1 : whole ? null : head.length;
        if (!LONG_WITH_VALUE.has(option)) continue;
      } else {
        const flags = head.slice(1);
        const at = [...flags].findIndex((flag) => SHORT_WITH_VALUE.has(flag));
        if (at < 0) continue;
        option = flags[at];
        prefix = at + 2 < head.length || !whole ? at + 2 : null;
      }
      let value = word;
      if (prefix === null) value = args[++i] ?? null;
      else call.commandPrefix.set(word, Buffer.byteLength(head.slice(0, prefix)));
      if (!value) continue;
      if (option === "c" || option === "command") call.commands.push(value);
      else if (option === "d" || option === "dbname") {
        explicitDatabase = value;
        call.database = this.databaseOf(value, call.commandPrefix.get(value) ?? 0);
      }
    }
    if (!explicitDatabase && positional[0]) call.database = this.databaseOf(positional[0], 0);
    return call;
  }
  isPsql(word) {
    const text = this.literal(word);
    if (text !== null) return PSQL_COMMANDS.has(text.split("/").pop());
    const parts = this.flatParts(word);
    return parts.length === 1 && this.t(parts[0]) === "ParamExp" && /^psql$/i.test(String(parts[0].Param?.Value ?? ""));
  }
  /** Text of a word's first part when it is an unquoted literal (`-c` in `-c"SQL"`). */
  leadingLit(word) {
    const first = (word.Parts ?? [])[0];
    return first && this.t(first) === "Lit" ? String(first.Value) : null;
  }
  /** Parts of a word, with one level of double quotes opened. */
  flatParts(word) {
    const parts = word.Parts ?? [];
    return parts.flatMap((part) => this.t(part) === "DblQuoted" ? part.Parts ?? [] : [part]);
  }
  /** The word's value when it has no expansions, else null. */
  literal(word) {
    let out = "";
    for (const part of word.Parts ?? []) {
      const type2 = this.t(part);
      if (type2 === "Lit") out += String(part.Value).replace(/\\(.)/gs, "$1");
      else if (type2 === "SglQuoted") out += String(part.Value);
      else if (type2 === "DblQuoted") {
        for (const inner of part.Parts ?? []) {
          if (this.t(inner) !== "Lit") return null;
          out += String(inner.Value).replace(/\\([$`"\\\n])/g, "$1");
        }
      } else return null;
    }
    return out;
  }
  databaseOf(word, prefixBytes) {
    const literal = this.literal(word);
    if (literal !== null) return literal.slice(prefixBytes) || null;
    const parts = this.flatParts(word);
    if (parts.length === 1 && this.t(parts[0]) === "ParamExp") {
      const name = String(parts[0].Param?.Value ?? "");
      if (DEFAULT_DATABASE_VARIABLES.has(name)) return null;
    }
    return this.bytes.toString("utf8", word.Pos().Offset() + prefixBytes, word.End().Offset()).replace(/^"(.*)"$/s, "$1");
  }
  /** Here-documents and here-strings on a statement. */
  redirectSources(stmt, database) {
    const sources = [];
    for (const redirect of stmt.Redirs ?? []) {
      const op = Number(redirect.Op);
      if (op === this.shell.ops.hereString) sources.push(this.wordSource(redirect.Word, database, 0));
      else if ((op === this.shell.ops.hdoc || op === this.shell.ops.dashHdoc) && redirect.Hdoc) {
        sources.push(this.heredocSource(redirect, op === this.shell.ops.dashHdoc, database));
      }
    }
    return sources;
  }
  heredocSource(redirect, stripTabs, database) {
    const body = redirect.Hdoc;
    const delimiterWord = redirect.Word;
    const delimiter = this.literal(delimiterWord) ?? "";
    const quoted = (delimiterWord.Parts ?? []).some((p) => this.t(p) !== "Lit" || String(p.Value).includes("\\"));
    const start = body.Pos().Offset();
    let end = body.End().Offset();
    const lastLineStart = this.bytes.lastIndexOf(10, end - 1) + 1;
    const lastLine = this.bytes.toString("utf8", Math.max(start, lastLineStart), end).replace(/\n$/, "");
    if (lastLineStart >= start && (stripTabs ? lastLine.replace(/^\t+/, "") : lastLine) === delimiter) end = lastLineStart;
    const expansions = quoted ? [] : this.expansionParts(body);
    const builder = new SourceBuilder(this.bytes);
    this.appendRange(builder, start, end, { mode: quoted ? "verbatim" : "heredoc", stripTabs, expansions });
    return builder.build(this.lines, database, end);
  }
  /** A word (a `-c` argument, an echo argument, a here-string) as SQL, after `prefixBytes` of option text. */
  wordSource(word, database, prefixBytes) {
    const builder = new SourceBuilder(this.bytes);
    const wordStart = word.Pos().Offset() + prefixBytes;
    for (const part of word.Parts ?? []) {
      const start = Math.max(part.Pos().Offset(), wordStart);
      const end = part.End().Offset();
      if (end <= start) continue;
      const type2 = this.t(part);
      if (type2 === "Lit") this.appendRange(builder, start, end, { mode: "unquoted", stripTabs: false, expansions: [] });
      else if (type2 === "SglQuoted") this.appendRange(builder, Math.max(start, part.Pos().Offset() + (part.Dollar ? 2 : 1)), end - 1, { mode: "verbatim", stripTabs: false, expansions: [] });
      else if (type2 === "DblQuoted") {
        const open = part.Pos().Offset() + (part.Dollar ? 2 : 1);
        this.appendRange(builder, Math.max(start, open), end - 1, { mode: "double", stripTabs: false, expansions: this.expansionParts(part) });
      } else builder.appendAt(this.bytes.toString("utf8", start, end), start, true);
    }
    return builder.build(this.lines, database, word.End().Offset());
  }
  /** Byte ranges of the expansions ($VAR, ${VAR}, $(cmd), `cmd`, $((n))) among a node's parts. */
  expansionParts(node) {
    return (node.Parts ?? []).filter((part) => this.t(part) !== "Lit").map((part) => ({ start: part.Pos().Offset(), end: part.End().Offset() }));
  }
  /**
   * Copies file bytes [start, end) as the shell would pass them on: `<<-` strips leading tabs,
   * backslash escapes are removed where the shell removes them, expansions become marked spans.
   */
  appendRange(builder, start, end, how) {
    const expansionAt = new Map(how.expansions.map((span) => [span.start, span.end]));
    const escapable = how.mode === "heredoc" ? "$`\\\n" : how.mode === "double" ? '$`"\\\n' : null;
    let runStart = start;
    let lineStart = true;
    let i = start;
    const flush = (to) => builder.appendBytes(runStart, to);
    while (i < end) {
      if (how.stripTabs && lineStart) {
        flush(i);
        while (i < end && this.bytes[i] === 9) i++;
        runStart = i;
      }
      lineStart = false;
      const spanEnd = expansionAt.get(i);
      if (spanEnd !== void 0) {
        flush(i);
        builder.appendAt(this.bytes.toString("utf8", i, spanEnd), i, true);
        i = runStart = spanEnd;
        continue;
      }
      const byte = this.bytes[i];
      if (byte === 92 && how.mode !== "verbatim" && i + 1 < end) {
        const next = String.fromCharCode(this.bytes[i + 1]);
        if (how.mode === "unquoted" || escapable.includes(next)) {
          flush(i);
          const width = next === "\n" ? 1 : utf8Width(this.bytes[i + 1]);
          if (next !== "\n") builder.appendBytes(i + 1, i + 1 + width);
          i += 1 + width;
          runStart = i;
          continue;
        }
      }
      if (byte === 10) lineStart = true;
      i++;
    }
    flush(end);
  }
};
function utf8Width(lead) {
  return lead >= 240 ? 4 : lead >= 224 ? 3 : lead >= 192 ? 2 : 1;
}

// src/database/initdb/read.ts
function initScriptFormat(abs) {
  const name = abs.toLowerCase();
  if (name.endsWith(".sql.gz")) return "sql.gz";
  if (name.endsWith(".sql.xz")) return "sql.xz";
  if (name.endsWith(".sql.zst")) return "sql.zst";
  if (name.endsWith(".sql")) return "sql";
  if (name.endsWith(".sh")) return "sh";
  return null;
}
async function readInitScript(abs) {
  const format = initScriptFormat(abs);
  if (format === null) return { kind: "ignored", file: abs };
  if (format === "sql.xz" || format === "sql.zst") {
    return { kind: "unsupported", file: abs, format, reason: `.${format} init scripts are run by the image but svclint cannot decompress them; use .sql or .sql.gz` };
  }
  let bytes;
  try {
    bytes = await readFile(abs);
  } catch (error) {
    return failed(format, abs, `cannot read the init script: ${describeFsError(error)}`);
  }
  if (format === "sql.gz") {
    let text2;
    try {
      text2 = gunzipSync(bytes).toString("utf8");
    } catch (error) {
      return failed(format, abs, `cannot decompress the init script: ${oneLine(error)}`);
    }
    return parseInitSql(abs, text2, "sql.gz");
  }
  const text = bytes.toString("utf8");
  return format === "sh" ? parseInitShell(abs, text) : parseInitSql(abs, text, "sql");
}
function failed(format, abs, message) {
  const script = emptyScript(format, abs);
  script.errors.push({ message, loc: { file: abs, line: 1, column: 1 } });
  return script;
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return oneLine(error);
}

// src/database/initdb/matrix.ts
var PUBLIC = "public";
var SELF = /* @__PURE__ */ new Set(["current_user", "current_role", "session_user"]);
function computePrivilegeMatrix(statements, opts = {}) {
  const superuser = opts.superuser ?? "postgres";
  const defaultDatabase = opts.defaultDatabase ?? superuser;
  const roles = /* @__PURE__ */ new Map();
  const databases = /* @__PURE__ */ new Map();
  const name = (role2) => SELF.has(role2) ? superuser : role2;
  const role = (raw) => {
    const key = name(raw);
    let state = roles.get(key);
    if (!state) {
      const isSuper = key === superuser;
      state = { name: key, created: false, createdAt: null, login: isSuper, superuser: isSuper, password: "none", memberOf: /* @__PURE__ */ new Map() };
      roles.set(key, state);
    }
    return state;
  };
  const database = (dbName, loc = null) => {
    let state = databases.get(dbName);
    if (!state) {
      state = newDatabase(dbName, superuser, loc);
      databases.set(dbName, state);
    }
    return state;
  };
  role(superuser);
  for (const statement of statements) {
    switch (statement.kind) {
      case "create-role": {
        const state = role(statement.role);
        if (state.created) break;
        Object.assign(state, { created: true, createdAt: statement.loc, login: statement.login, superuser: statement.superuser, password: statement.password });
        for (const parent of statement.memberOf) state.memberOf.set(name(parent), statement.loc);
        for (const member of statement.members) role(member).memberOf.set(state.name, statement.loc);
        break;
      }
      case "alter-role": {
        const state = role(statement.role);
        if (statement.login !== null) state.login = statement.login;
        if (statement.superuser !== null) state.superuser = statement.superuser;
        if (statement.password !== null) state.password = statement.password;
        break;
      }
      case "create-database": {
        if (databases.get(statement.name)?.created) break;
        databases.delete(statement.name);
        const state = database(statement.name, statement.loc);
        Object.assign(state, { created: true, createdAt: statement.loc, owner: name(statement.owner ?? superuser), ownerAt: statement.loc });
        role(state.owner);
        break;
      }
      case "alter-database-owner": {
        const state = database(statement.name);
        state.owner = name(statement.owner);
        state.ownerAt = statement.loc;
        role(state.owner);
        break;
      }
      case "grant-database":
      case "revoke-database":
        for (const dbName of statement.databases) {
          const state = database(dbName);
          for (const grantee of statement.grantees.map(name)) {
            if (grantee !== PUBLIC) role(grantee);
            const privileges = state.acl.get(grantee) ?? /* @__PURE__ */ new Map();
            for (const privilege of statement.privileges) {
              if (statement.kind === "grant-database") privileges.set(privilege, statement.loc);
              else privileges.delete(privilege);
            }
            state.acl.set(grantee, privileges);
            if (grantee === PUBLIC && statement.privileges.includes("connect")) state.publicChangedAt = statement.loc;
          }
        }
        break;
      case "grant-role":
      case "revoke-role":
        for (const grantee of statement.grantees) {
          const member = role(grantee);
          for (const granted of statement.roles.map(name)) {
            role(granted);
            if (statement.kind === "grant-role") member.memberOf.set(granted, statement.loc);
            else member.memberOf.delete(granted);
          }
        }
        break;
      case "create-extension":
        database(statement.database ?? defaultDatabase).extensions.push({ name: statement.name, loc: statement.loc });
        break;
      case "other":
        break;
    }
  }
  const lookupDatabase = (dbName) => databases.get(dbName) ?? newDatabase(dbName, superuser, null);
  const hasConnect = (db, who) => {
    const privileges = db.acl.get(who);
    return privileges?.has("connect") ? { loc: privileges.get("connect") ?? null } : null;
  };
  const canConnect = (roleName2, dbName) => {
    const who = name(roleName2);
    const db = lookupDatabase(dbName);
    const state = roles.get(who);
    if (who === superuser || state?.superuser) return { allowed: true, via: "superuser", loc: state?.createdAt ?? null };
    if (db.owner === who) return { allowed: true, via: "owner", loc: db.ownerAt };
    const direct = hasConnect(db, who);
    if (direct) return { allowed: true, via: "grant", loc: direct.loc };
    const inherited = viaMembership(who, roles, (ancestor) => db.owner === ancestor || hasConnect(db, ancestor) !== null);
    if (inherited) return { allowed: true, via: "membership", loc: inherited.loc };
    const publicGrant = hasConnect(db, PUBLIC);
    if (publicGrant) return { allowed: true, via: "public", loc: publicGrant.loc };
    return { allowed: false, via: null, loc: null };
  };
  const publicConnect = (dbName) => {
    const db = lookupDatabase(dbName);
    return { allowed: hasConnect(db, PUBLIC) !== null, createdAt: db.createdAt, changedAt: db.publicChangedAt };
  };
  const roleList = [...roles.values()].map((r) => ({ ...r, memberOf: [...r.memberOf].map(([parent, loc]) => ({ role: parent, loc })) }));
  const databaseList = [...databases.values()].map(({ publicChangedAt: _changed, acl, ...db }) => ({
    ...db,
    acl: [...acl].filter(([, privileges]) => privileges.size > 0).map(([grantee, privileges]) => ({ grantee, privileges: [...privileges.keys()].sort(), loc: latest([...privileges.values()]) }))
  }));
  const grantedConnectors = (dbName) => {
    const db = lookupDatabase(dbName);
    const seeds = [db.owner, ...[...db.acl.keys()].filter((grantee) => grantee !== PUBLIC && hasConnect(db, grantee) !== null)];
    const membersOf = reverseMemberships(roles);
    const found = /* @__PURE__ */ new Set();
    const pending = seeds.filter((r) => typeof r === "string");
    while (pending.length > 0) {
      const next = pending.pop();
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...membersOf.get(next) ?? []);
    }
    return [...found];
  };
  let entries = null;
  return {
    superuser,
    roles: roleList,
    databases: databaseList,
    // Every pair, computed on first read only (roles x databases is quadratic).
    get entries() {
      entries ??= roleList.flatMap((r) => databaseList.map((db) => ({ role: r.name, database: db.name, ...canConnect(r.name, db.name) })));
      return entries;
    },
    canConnect,
    publicConnect,
    grantedConnectors
  };
}
function newDatabase(dbName, superuser, loc) {
  return {
    name: dbName,
    created: false,
    createdAt: null,
    owner: superuser,
    ownerAt: null,
    acl: /* @__PURE__ */ new Map([[PUBLIC, /* @__PURE__ */ new Map([["connect", loc], ["temp", loc]])]]),
    publicChangedAt: null,
    extensions: []
  };
}
var reverseCache = /* @__PURE__ */ new WeakMap();
function reverseMemberships(roles) {
  let reverse = reverseCache.get(roles);
  if (!reverse) {
    reverse = /* @__PURE__ */ new Map();
    for (const state of roles.values()) {
      for (const parent of state.memberOf.keys()) reverse.set(parent, [...reverse.get(parent) ?? [], state.name]);
    }
    reverseCache.set(roles, reverse);
  }
  return reverse;
}
function viaMembership(start, roles, privileged) {
  const seen = /* @__PURE__ */ new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next = [];
    for (const member of frontier) {
      for (const [parent, loc] of roles.get(member)?.memberOf ?? []) {
        if (seen.has(parent)) continue;
        if (privileged(parent)) return { loc };
        seen.add(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  return null;
}
function latest(locs) {
  const known2 = locs.filter((loc) => loc !== null);
  known2.sort((a, b) => a.file === b.file ? a.line - b.line || a.column - b.column : 0);
  return known2.at(-1) ?? null;
}

// src/database/stores.ts
import path3 from "node:path";
var STORE_IMAGES = [
  { kind: "vector", product: "qdrant", pattern: /^qdrant\/qdrant$/ },
  { kind: "vector", product: "weaviate", pattern: /^(cr\.weaviate\.io\/)?semitechnologies\/weaviate$/ },
  { kind: "vector", product: "milvus", pattern: /^milvusdb\/milvus$/ },
  { kind: "vector", product: "chroma", pattern: /^(chromadb\/chroma|ghcr\.io\/chroma-core\/chroma)$/ },
  { kind: "graph", product: "neo4j", pattern: /^neo4j$/ },
  { kind: "graph", product: "memgraph", pattern: /^memgraph\/memgraph(-platform|-mage)?$/ },
  { kind: "graph", product: "arangodb", pattern: /^(arangodb|arangodb\/arangodb)$/ },
  { kind: "cache", product: "valkey", pattern: /^(valkey\/valkey|valkey|bitnami\/valkey)$/ },
  { kind: "cache", product: "redis", pattern: /^(redis|bitnami\/redis|redis\/redis-stack(-server)?)$/ },
  { kind: "cache", product: "keydb", pattern: /^eqalpha\/keydb$/ },
  { kind: "cache", product: "dragonfly", pattern: /^(docker\.dragonflydb\.io\/dragonflydb\/dragonfly|dragonflydb\/dragonfly|ghcr\.io\/dragonflydb\/dragonfly)$/ }
];
var POSTGRES_VECTOR_IMAGES = [
  { product: "pgvector", pattern: /^(pgvector\/pgvector|ankane\/pgvector)$/ },
  { product: "pgvecto.rs", pattern: /^tensorchord\/pgvecto-rs$/ },
  { product: "Apache AGE", pattern: /^apache\/age$/ }
];
var VECTOR_GRAPH_EXTENSIONS = /* @__PURE__ */ new Map([
  ["vector", "pgvector"],
  ["vectors", "pgvecto.rs"],
  ["vectorscale", "pgvectorscale"],
  ["vchord", "VectorChord"],
  ["age", "Apache AGE"]
]);
function storeOf(image) {
  if (!image || image.includes("${")) return null;
  const name = parseImage(image).name;
  const found = STORE_IMAGES.find((s) => s.pattern.test(name));
  return found ? { kind: found.kind, product: found.product } : null;
}
function postgresVectorProduct(image) {
  if (!image || image.includes("${")) return null;
  const name = parseImage(image).name;
  return POSTGRES_VECTOR_IMAGES.find((p) => p.pattern.test(name))?.product ?? null;
}
function buildStores(active, postgres) {
  const stores = postgres.map((service) => ({ service, kind: "postgres", product: postgresVectorProduct(service.image) ?? "postgres" }));
  for (const service of active) {
    const store = storeOf(service.image);
    if (store) stores.push({ service, ...store });
  }
  return stores;
}
function projectName(stack) {
  const declared = typeof stack.resolved.name === "string" && !stack.resolved.name.includes("${") ? stack.resolved.name : path3.basename(stack.dir);
  return declared.toLowerCase().replace(/[^a-z0-9_-]/g, "");
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function volumeName(stack, key) {
  const declared = asRecord(asRecord(stack.resolved.volumes)[key]);
  if (typeof declared.name === "string") return declared.name;
  if (declared.external === true || asRecord(declared.external).name !== void 0) return String(asRecord(declared.external).name ?? key);
  return `${projectName(stack)}_${key}`;
}
function readVolume(service, entry2, index) {
  const locate = () => service.stack.locate(["services", service.name, "volumes", index]);
  let source;
  let target;
  let readOnly = false;
  let type2 = null;
  if (typeof entry2 === "string") {
    const parts = splitShortVolume(entry2);
    if (parts.length < 2) return null;
    source = parts[0];
    target = parts[1];
    readOnly = (parts[2] ?? "").split(",").includes("ro");
  } else {
    const long = asRecord(entry2);
    if (typeof long.source !== "string" || typeof long.target !== "string") return null;
    source = long.source;
    target = long.target;
    readOnly = long.read_only === true;
    type2 = typeof long.type === "string" ? long.type : null;
  }
  if (type2 === "tmpfs" || type2 === "npipe" || source === "") return null;
  const isBind = type2 === "bind" || type2 === null && /^[./~]/.test(source);
  if (isBind) {
    const key = source.startsWith("~") ? source : path3.resolve(service.stack.dir, source);
    return withLazyLoc({ service, kind: "bind", key, source, target, readOnly }, locate);
  }
  return withLazyLoc({ service, kind: "volume", key: volumeName(service.stack, source), source, target, readOnly }, locate);
}
function splitShortVolume(text) {
  const parts = text.split(":");
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1] ?? "")) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  return parts;
}
function serviceVolumes(service) {
  const entries = service.resolved.volumes;
  if (!Array.isArray(entries)) return [];
  return entries.map((entry2, i) => readVolume(service, entry2, i)).filter((v) => v !== null);
}
function isSystemPath(abs) {
  return /^\/(etc|run|var\/run|sys|proc|dev|usr\/share\/zoneinfo|lib\/modules)(\/|$)/.test(abs) || abs === "/";
}
function sameData(a, b) {
  if (a.kind !== b.kind) return false;
  if (a.key.includes("${") || b.key.includes("${")) return a.service.stack === b.service.stack && a.key === b.key;
  if (a.kind === "volume") return a.key === b.key;
  if (isSystemPath(a.key) || isSystemPath(b.key)) return false;
  return a.key === b.key || a.key.startsWith(`${b.key}/`) || b.key.startsWith(`${a.key}/`);
}
function serviceNetworks(service, byName) {
  const mode = typeof service.resolved.network_mode === "string" ? service.resolved.network_mode : null;
  if (mode?.startsWith("service:")) {
    const other = byName.get(mode.slice("service:".length));
    return other && other !== service ? serviceNetworks(other, new Map([...byName].filter(([, s]) => s !== service))) : /* @__PURE__ */ new Set();
  }
  if (mode) return new Set(mode.startsWith("container:") ? [] : [`mode:${mode}`]);
  const declared = service.resolved.networks;
  const keys = Array.isArray(declared) ? declared.map(String) : Object.keys(asRecord(declared));
  const stack = service.stack;
  const top = asRecord(stack.resolved.networks);
  const name = (key) => {
    const net = asRecord(top[key]);
    if (typeof net.name === "string") return net.name;
    if (net.external === true) return key;
    return `${projectName(stack)}_${key}`;
  };
  return new Set((keys.length > 0 ? keys : ["default"]).map(name));
}
function serviceHostNames(service) {
  const names = /* @__PURE__ */ new Set([service.name.toLowerCase()]);
  if (service.containerName) names.add(service.containerName.toLowerCase());
  if (typeof service.resolved.hostname === "string") names.add(service.resolved.hostname.toLowerCase());
  for (const net of Object.values(asRecord(service.resolved.networks))) {
    const aliases = asRecord(net).aliases;
    if (Array.isArray(aliases)) for (const alias of aliases) names.add(String(alias).toLowerCase());
  }
  return names;
}

// src/database/init-mounts.ts
var INITDB = "/docker-entrypoint-initdb.d";
function findInitMounts(postgres) {
  const entries = postgres.resolved.volumes;
  if (!Array.isArray(entries)) return [];
  const mounts = [];
  entries.forEach((entry2, i) => {
    const volume = readVolume(postgres, entry2, i);
    if (!volume) return;
    const target = volume.target.replace(/\/+$/, "");
    if (target !== INITDB && !target.startsWith(`${INITDB}/`)) return;
    if (volume.kind === "volume" || volume.key.startsWith("~")) {
      mounts.push({ postgres, loc: volume.loc, source: null, kind: "volume", files: [], skippedDirs: [] });
      return;
    }
    const source = volume.key;
    let kind = "missing";
    try {
      kind = statSync2(source).isDirectory() ? "dir" : "file";
    } catch {
      kind = "missing";
    }
    const mount = { postgres, loc: volume.loc, source, kind, files: [], skippedDirs: [] };
    if (kind === "dir") {
      if (target === INITDB) listFolder(source, mount);
      else mount.skippedDirs.push(source);
    } else if (kind === "file" && initScriptFormat(target) !== null) {
      mount.files.push(source);
    }
    mounts.push(mount);
  });
  return mounts;
}
function listFolder(dir, mount) {
  let names;
  try {
    names = readdirSync2(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const abs = path4.join(dir, name);
    let isDir2 = false;
    try {
      isDir2 = statSync2(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir2) mount.skippedDirs.push(abs);
    else if (initScriptFormat(abs) !== null) mount.files.push(abs);
  }
}
async function readInitScripts(mounts) {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  files.sort((a, b) => {
    const na = path4.basename(a.file);
    const nb = path4.basename(b.file);
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
  const out = [];
  for (const { file, mount } of files) {
    const script = await readInitScript(file);
    out.push({ file, text: readText(file), script, postgres: mount.postgres, mount });
  }
  return out;
}
function readText(abs) {
  try {
    const bytes = readFileSync2(abs);
    return abs.toLowerCase().endsWith(".gz") ? gunzipSync2(bytes).toString("utf8") : bytes.toString("utf8");
  } catch {
    return null;
  }
}

// src/database/model.ts
var POSTGRES_IMAGES = [
  /^postgres$/,
  /^postgis\/postgis$/,
  /^pgvector\/pgvector$/,
  /^timescale\/timescaledb(-ha|-postgis)?$/,
  /^supabase\/postgres$/,
  /^bitnami\/postgresql(-repmgr)?$/,
  /^ankane\/pgvector$/,
  /^tensorchord\/pgvecto-rs$/,
  /^(ghcr\.io\/)?cloudnative-pg\/postgresql$/,
  /^apache\/age$/,
  /^paradedb\/paradedb$/
];
var POSTGRES_INFRASTRUCTURE = /(^|\/)(pgbouncer|pgcat|pgpool(-ii)?|odyssey|supavisor|pgbackrest|wal-g|postgres-backup(-local|-s3)?|pg-backup[\w-]*|pgbackweb)$/;
function isPostgresInfrastructure(image) {
  if (!image || image.includes("${")) return false;
  return POSTGRES_INFRASTRUCTURE.test(parseImage(image).name);
}
function isPostgresImage(image) {
  if (!image || image.includes("${")) return false;
  const name = parseImage(image).name;
  return POSTGRES_IMAGES.some((re) => re.test(name));
}
function emptyDatabaseModel() {
  return { postgres: [], shared: null, superusers: [], connections: [], initMounts: [], initScripts: [], matrix: null, stores: [], volumes: [] };
}
async function buildDatabaseModel(model) {
  const active = model.services.filter((s) => !s.stack.archived);
  const postgres = active.filter((s) => isPostgresImage(s.image));
  const infrastructure = active.filter((s) => isPostgresInfrastructure(s.image));
  const poolerTargets = /* @__PURE__ */ new Map();
  for (const pooler of infrastructure) {
    const own = readConnections(pooler).map((c) => resolveTarget(c, postgres)).find((t) => t !== null) ?? null;
    poolerTargets.set(pooler, own);
  }
  const connections = active.filter((s) => !postgres.includes(s) && !poolerTargets.has(s)).flatMap(readConnections);
  for (const connection of connections) {
    connection.target = resolveTarget(connection, postgres);
    if (!connection.target) {
      const pooler = resolveTarget(connection, [...poolerTargets.keys()]);
      if (pooler) connection.target = poolerTargets.get(pooler) ?? null;
    }
  }
  const shared = pickShared(model, postgres, connections);
  for (const connection of connections) connection.toShared = shared !== null && connection.target === shared;
  const initMounts = postgres.flatMap(findInitMounts);
  const initScripts = await readInitScripts(initMounts);
  const superusers = shared ? superusersOf(shared) : [];
  let matrix = null;
  if (shared) {
    const statements = initScripts.filter((s) => s.postgres === shared).flatMap((s) => "statements" in s.script ? s.script.statements : []);
    const defaultDatabase = envValue(shared, "POSTGRES_DB") ?? void 0;
    matrix = computePrivilegeMatrix(statements, { superuser: superusers.at(-1) ?? "postgres", ...defaultDatabase ? { defaultDatabase } : {} });
  }
  return {
    postgres,
    shared,
    superusers,
    connections,
    initMounts,
    initScripts,
    matrix,
    stores: buildStores(active, postgres),
    volumes: active.flatMap(serviceVolumes)
  };
}
function envValue(service, name) {
  const variable = service.environment.find((v) => v.name === name);
  return variable?.value && !variable.value.includes("${") ? variable.value : null;
}
function superusersOf(shared) {
  const user = envValue(shared, "POSTGRES_USER");
  return user && user !== "postgres" ? ["postgres", user] : ["postgres"];
}
function resolveTarget(connection, postgres) {
  const host = connection.host?.value?.toLowerCase().replace(/\.$/, "");
  if (!host) return null;
  const named = postgres.filter((p) => serviceHostNames(p).has(host));
  if (named.length === 0) return null;
  const client = connection.service;
  const stackServices = (s) => new Map(s.stack.services.map((x) => [x.name, x]));
  const clientNets = serviceNetworks(client, stackServices(client));
  const reachable = named.filter((p) => {
    const nets = serviceNetworks(p, stackServices(p));
    return [...nets].some((n) => clientNets.has(n));
  });
  if (reachable.length > 0) return reachable[0];
  return named.length === 1 ? named[0] : null;
}
function pickShared(model, postgres, connections) {
  const isolated = new Set(model.policy.database.isolated.map((i) => i.service));
  const candidates = postgres.filter((s) => !isolated.has(s.name) && !(s.containerName && isolated.has(s.containerName)));
  if (candidates.length === 0) return null;
  const wanted = model.policy.database.postgres;
  const capability = wanted?.capability ?? "core-infra";
  const inCapability = (s) => topDir(model, s) === capability;
  const users = (s) => new Set(connections.filter((c) => c.target === s).map((c) => c.service)).size;
  const hasInit = (s) => findInitMounts(s).length > 0;
  const best = (list2) => [...list2].sort((a, b) => Number(inCapability(b)) - Number(inCapability(a)) || users(b) - users(a) || Number(hasInit(b)) - Number(hasInit(a)))[0];
  if (wanted) {
    const named = candidates.filter((s) => s.name === wanted.service || s.containerName === wanted.service);
    if (named.length > 0) return best(named);
  }
  const there = candidates.filter(inCapability);
  if (there.length > 0) return best(there);
  return best(candidates);
}
function topDir(model, service) {
  if (service.serviceDir?.capability) return service.serviceDir.capability.name;
  const rel = service.stack.dir.slice(model.root.length + 1);
  return rel.split(/[\\/]/)[0] ?? "";
}
function serviceNames(service, model) {
  const names = /* @__PURE__ */ new Set([service.name]);
  if (service.containerName) names.add(service.containerName);
  if (service.serviceDir?.primary === service) names.add(service.serviceDir.name);
  for (const name of [...names]) {
    const entry2 = findCatalogEntry(model.policy, name);
    if (entry2) names.add(entry2.entry.name);
  }
  return names;
}
var allocationIndex = /* @__PURE__ */ new WeakMap();
function allocationsByName(model) {
  let index = allocationIndex.get(model);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    model.policy.database.allocations.forEach((allocation, i) => {
      index.set(allocation.service, [...index.get(allocation.service) ?? [], { allocation, index: i }]);
    });
    allocationIndex.set(model, index);
  }
  return index;
}
function allocationsFor(service, model) {
  const byName = allocationsByName(model);
  const found = [...serviceNames(service, model)].flatMap((name) => byName.get(name) ?? []);
  return [...new Set(found)].sort((a, b) => a.index - b.index);
}

// src/model/stacks.ts
import path7 from "node:path";

// src/compose/env-file.ts
var UNICODE_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/u;
var INLINE_SPACE = /* @__PURE__ */ new Set(["	", "\v", "\f", "\r", " ", "\x85", "\xA0"]);
var EXPORT = /^export[\t\n\f\r ]+/;
var LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
var ESCAPE = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
var SIMPLE_ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", "\\": "\\", '"': '"' };
var isUnicodeSpace = (ch) => UNICODE_SPACE.test(ch);
var EnvSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function parseDotEnv(text, fallback) {
  const src = text.replace(/^\uFEFF/, "");
  const lineStarts = [0];
  for (let at = src.indexOf("\n"); at >= 0; at = src.indexOf("\n", at + 1)) lineStarts.push(at + 1);
  const position = (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
  const entries = [];
  const defined = /* @__PURE__ */ new Map();
  const lookup = (name) => fallback?.(name) ?? defined.get(name);
  let pos = 0;
  try {
    for (; ; ) {
      pos = statementStart(src, pos);
      if (pos >= src.length) break;
      const start = pos;
      const { key, valueAt, inherited } = keyName(src, pos);
      if (key.includes(" ")) throw new EnvSyntaxError("key cannot contain a space", start);
      if (inherited) {
        const value = lookup(key);
        if (value !== void 0) {
          entries.push({ key, raw: value, value, unknown: [], line: position(start).line });
          defined.set(key, value);
        }
        pos = valueAt;
        continue;
      }
      const extracted = extractValue(src, valueAt, lookup);
      entries.push({ key, ...extracted.value, line: position(start).line });
      defined.set(key, extracted.value.value);
      pos = extracted.next;
    }
    return { entries, error: null };
  } catch (error) {
    if (!(error instanceof EnvSyntaxError)) throw error;
    return { entries, error: { message: error.message, ...position(error.offset) } };
  }
}
function statementStart(src, from) {
  let pos = from;
  for (; ; ) {
    while (pos < src.length) {
      const ch = String.fromCodePoint(src.codePointAt(pos));
      if (!isUnicodeSpace(ch)) break;
      pos += ch.length;
    }
    if (pos >= src.length || src[pos] !== "#") return pos;
    const end = src.indexOf("\n", pos);
    if (end < 0) return src.length;
    pos = end;
  }
}
function keyName(src, start) {
  let from = start;
  const exported = EXPORT.exec(src.slice(start, start + 64));
  if (exported) {
    from = start + "export".length;
    while (from < src.length && INLINE_SPACE.has(src[from])) from++;
  }
  let key = "";
  let offset = from;
  let inherited = false;
  for (let i = from; i < src.length; ) {
    const ch = String.fromCodePoint(src.codePointAt(i));
    if (ch === "=" || ch === ":" || ch === "\n") {
      key = src.slice(from, i);
      offset = i + 1;
      inherited = ch === "\n";
      break;
    }
    if (!INLINE_SPACE.has(ch) && !"_.-[]".includes(ch) && !LETTER_OR_NUMBER.test(ch)) {
      const end = src.indexOf("\n", from);
      const firstLine2 = src.slice(from, end < 0 ? src.length : end);
      throw new EnvSyntaxError(`unexpected character ${JSON.stringify(ch)} in variable name ${JSON.stringify(firstLine2)}`, i);
    }
    i += ch.length;
  }
  key = trimEndUnicodeSpace(key);
  let valueAt = offset;
  while (valueAt < src.length && INLINE_SPACE.has(src[valueAt])) valueAt++;
  return { key, valueAt, inherited };
}
function extractValue(src, at, lookup) {
  const quote = src[at];
  if (quote !== '"' && quote !== "'") {
    const end2 = src.indexOf("\n", at);
    let raw = src.slice(at, end2 < 0 ? src.length : end2);
    const comment = raw.indexOf(" #");
    if (comment >= 0) raw = raw.slice(0, comment);
    raw = trimEndUnicodeSpace(raw);
    return { value: expand(raw, lookup, at), next: end2 < 0 ? src.length : end2 + 1 };
  }
  let chars = "";
  let escaped = false;
  for (let i = at + 1; i < src.length; i++) {
    const ch = src[i];
    if (ch !== quote) {
      if (!escaped && ch === "\\") {
        escaped = true;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += "\\";
      }
      chars += ch;
      continue;
    }
    if (escaped) {
      escaped = false;
      chars += ch;
      continue;
    }
    if (quote === "'") return { value: { raw: chars, value: chars, unknown: [] }, next: i + 1 };
    return { value: expand(expandEscapes(chars), lookup, at), next: i + 1 };
  }
  const end = src.indexOf("\n", at);
  throw new EnvSyntaxError(`unterminated quoted value ${src.slice(at, end < 0 ? src.length : end)}`, at);
}
function expand(raw, lookup, at) {
  const result = interpolate(raw, lookup);
  if (result.error) throw new EnvSyntaxError(result.error.message, at);
  return { raw, value: result.value, unknown: result.unknown };
}
function expandEscapes(text) {
  return text.replace(ESCAPE, (match) => {
    if (match === "\\$") return "$$";
    if (match.startsWith("\\0")) {
      const digits = match.slice(2);
      return /^[0-7]{3}$/.test(digits) && parseInt(digits, 8) <= 255 ? String.fromCodePoint(parseInt(digits, 8)) : match;
    }
    return SIMPLE_ESCAPES[match[1]] ?? match;
  });
}
function trimEndUnicodeSpace(text) {
  let end = text.length;
  while (end > 0 && isUnicodeSpace(text[end - 1])) end--;
  return text.slice(0, end);
}

// src/compose/parse-file.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/yaml/positions.ts
var import_yaml = __toESM(require_dist(), 1);
function keyText(pair) {
  const key = pair.key;
  if ((0, import_yaml.isScalar)(key)) return typeof key.value === "symbol" ? key.value.description ?? null : String(key.value);
  if (key === null || key === void 0) return null;
  return typeof key === "object" ? null : String(key);
}
function findNode(doc, path37) {
  return findNodeFrom(doc, doc.contents, path37);
}
function findNodeFrom(doc, start, path37) {
  let current = start;
  let key = null;
  for (const segment of path37) {
    current = deref(doc, current);
    if ((0, import_yaml.isMap)(current)) {
      const pair = findPair(doc, current, String(segment), 0);
      if (!pair) return null;
      key = pair.key ?? null;
      current = pair.value;
    } else if ((0, import_yaml.isSeq)(current) && typeof segment === "number") {
      current = current.items[segment];
      key = null;
      if (current === void 0) return null;
    } else {
      return null;
    }
  }
  const value = deref(doc, current);
  return { key, value: value ?? null };
}
function mappingPairs(doc, map2) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const collect = (node, depth2) => {
    const current = deref(doc, node);
    if (!(0, import_yaml.isMap)(current) || depth2 > 16) return;
    const merges = [];
    for (const pair of current.items) {
      const key = keyText(pair);
      if (key === null) continue;
      if (key === "<<") {
        const value = deref(doc, pair.value);
        merges.push(...(0, import_yaml.isSeq)(value) ? value.items : [value]);
      } else if (!seen.has(key)) {
        seen.add(key);
        out.push(pair);
      }
    }
    for (const source of merges) collect(source, depth2 + 1);
  };
  collect(map2, 0);
  return out;
}
var aliasTargetsByDoc = /* @__PURE__ */ new WeakMap();
function aliasTargets(doc) {
  let targets = aliasTargetsByDoc.get(doc);
  if (!targets) {
    const built = /* @__PURE__ */ new Map();
    const anchors = /* @__PURE__ */ new Map();
    (0, import_yaml.visit)(doc, {
      Node(_key, node) {
        if ((0, import_yaml.isAlias)(node)) built.set(node, anchors.get(node.source) ?? null);
        else if (node.anchor) anchors.set(node.anchor, node);
      }
    });
    aliasTargetsByDoc.set(doc, built);
    targets = built;
  }
  return targets;
}
function deref(doc, node) {
  let seen = 0;
  while ((0, import_yaml.isAlias)(node) && seen++ < 32) node = aliasTargets(doc).get(node) ?? null;
  return node;
}
var INDEX_FROM = 32;
var pairIndexes = /* @__PURE__ */ new WeakMap();
function ownPair(map2, wanted) {
  const items = map2.items;
  if (items.length < INDEX_FROM) {
    for (const pair of items) if ((0, import_yaml.isPair)(pair) && keyText(pair) === wanted) return pair;
    return null;
  }
  let index = pairIndexes.get(map2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const pair of items) {
      const key = (0, import_yaml.isPair)(pair) ? keyText(pair) : null;
      if (key !== null && !index.has(key)) index.set(key, pair);
    }
    pairIndexes.set(map2, index);
  }
  return index.get(wanted) ?? null;
}
function findPair(doc, map2, wanted, depth2) {
  if (depth2 > 16) return null;
  const own = ownPair(map2, wanted);
  if (own) return own;
  for (const pair of map2.items) {
    if (!(0, import_yaml.isPair)(pair) || keyText(pair) !== "<<") continue;
    const value = deref(doc, pair.value);
    const sources = (0, import_yaml.isSeq)(value) ? value.items : [pair.value];
    for (const source of sources) {
      const merged = deref(doc, source);
      if ((0, import_yaml.isMap)(merged)) {
        const found = findPair(doc, merged, wanted, depth2 + 1);
        if (found) return found;
      }
    }
  }
  return null;
}
function offsetToLoc(file, lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}
function nodeLoc(file, lineCounter, node) {
  const range = node?.range;
  if (!range) return null;
  return offsetToLoc(file, lineCounter, range[0]);
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where2 = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where2 += 'in "' + exception2.mark.name + '" ';
    }
    where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where2 += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where2;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null2() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null2(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry2 = transaction[names[index]];
      if (entry2.existed) {
        state.anchorMap[names[index]] = entry2.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings2(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings2(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings2(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count2) {
    if (count2 === 1) {
      state.result += " ";
    } else if (count2 > 1) {
      state.result += common2.repeat("\n", count2 - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair3;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair3 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair3 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair3 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair3) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments2(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments2(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments2(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null2(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/yaml/fast-load.ts
var NON_STRING_KEY = String.raw`(?:[-+]?\.?[0-9][0-9a-z_.+-]*|[-+]?\.[a-z]+|true|false|null|~)`;
var NEEDS_FULL_PARSE = new RegExp(
  [
    String.raw`(?:^|[\s[{,:-])[&*!][^\s]`,
    // anchor, alias, tag
    "<<",
    "^%",
    String.raw`(?:^|[\s[{,])\?(?:[ \t]|$)`,
    // explicit key
    String.raw`^[ \t]*(?:-[ \t]+)*(?:${NON_STRING_KEY}|"[^"]*"|'[^']*')?[ \t]*:(?:[ \t]|$)`,
    // block key
    String.raw`[[{,][ \t]*${NON_STRING_KEY}?[ \t]*:(?:[ \t]|$)`
    // flow key
  ].join("|"),
  "im"
);
function isPlainYaml(text) {
  return !NEEDS_FULL_PARSE.test(text);
}
function coreType(tag, forms) {
  const find = (source) => forms.find(([test]) => test.test(source ?? ""));
  return new yaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (source) => find(source) !== void 0,
    construct: (source) => find(source)[1](source ?? "")
  });
}
var YAML_1_2_CORE = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    coreType("null", [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    coreType("bool", [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"]]),
    coreType("int", [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)]
    ]),
    coreType("float", [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)]
    ])
  ]
});
function fastLoadDocuments(text) {
  try {
    const documents = [];
    yaml.loadAll(text, (doc) => documents.push(doc), { schema: YAML_1_2_CORE, json: false });
    return documents;
  } catch {
    return null;
  }
}

// src/compose/merge.ts
var RULES = [
  ["services.*.command", replace],
  ["services.*.entrypoint", replace],
  ["services.*.healthcheck.test", replace],
  ["services.*.environment", keyValue("=")],
  ["services.*.labels", keyValue("=")],
  ["services.*.annotations", keyValue("=")],
  ["services.*.sysctls", keyValue("=")],
  ["services.*.extra_hosts", keyValue("=:")],
  ["services.*.build.args", keyValue("=")],
  ["services.*.build.labels", keyValue("=")],
  ["services.*.build.extra_hosts", keyValue("=:")],
  ["services.*.build.additional_contexts", keyValue("=")],
  ["services.*.deploy.labels", keyValue("=")],
  ["networks.*.labels", keyValue("=")],
  ["volumes.*.labels", keyValue("=")],
  ["services.*.ulimits.*", ulimit],
  ["services.*.build", build],
  ["services.*.logging", logging],
  ["services.*.depends_on", namedEntries({ condition: "service_started" })],
  ["services.*.networks", namedEntries(null)],
  ["services.*.ports", uniqueList(portKey)],
  ["services.*.volumes", uniqueList(mountTargetKey)],
  ["services.*.devices", uniqueList(mountTargetKey)],
  ["services.*.secrets", uniqueList(fileMountKey("/run/secrets/"))],
  ["services.*.configs", uniqueList(fileMountKey("/"))],
  ["services.*.env_file", uniqueList(envFileKey)]
];
var RULES_BY_LAST = /* @__PURE__ */ new Map();
for (const [pattern, strategy] of RULES) {
  const segments = pattern.split(".");
  const last = segments[segments.length - 1];
  RULES_BY_LAST.set(last, [...RULES_BY_LAST.get(last) ?? [], [segments, strategy]]);
}
function mergeComposeConfigs(base, override) {
  return mergeMappings(base, override, []);
}
function removePaths(config, paths, sequences = false) {
  let out = config;
  for (const path37 of paths) out = withoutPath(out, path37, sequences);
  return out;
}
function withoutPath(value, path37, sequences) {
  if (path37.length === 0) return value;
  const [head, ...rest] = path37;
  if (Array.isArray(value) && sequences && /^\d+$/.test(head)) {
    const index = Number(head);
    if (index >= value.length) return value;
    const copy2 = [...value];
    if (rest.length === 0) copy2.splice(index, 1);
    else copy2[index] = withoutPath(value[index], rest, sequences);
    return copy2;
  }
  if (!isPlain(value) || !(head in value)) return value;
  const copy = { ...value };
  if (rest.length === 0) delete copy[head];
  else copy[head] = withoutPath(value[head], rest, sequences);
  return copy;
}
function mergeAt(base, override, path37) {
  const strategy = strategyFor(path37);
  if (strategy) return strategy(base, override, path37);
  return mergeDefault(base, override, path37);
}
function strategyFor(path37) {
  for (const last of [path37[path37.length - 1], "*"]) {
    for (const [segments, strategy] of RULES_BY_LAST.get(last) ?? []) if (matches(path37, segments)) return strategy;
  }
  return null;
}
function matches(path37, segments) {
  return path37.length === segments.length && segments.every((segment, i) => segment === "*" || segment === path37[i]);
}
function mergeDefault(base, override, path37) {
  if (override === null || override === void 0) return base;
  if (isPlain(base) && isPlain(override)) return mergeMappings(base, override, path37);
  if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], scalarKey);
  return override;
}
function mergeMappings(base, override, path37) {
  const out = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = key in base && !key.startsWith("x-") ? mergeAt(base[key], value, [...path37, key]) : value;
  }
  return out;
}
function replace(base, override) {
  return override === void 0 ? base : override;
}
function keyValue(separators) {
  const keyOf = (entry2) => {
    const text = String(entry2);
    let cut = text.length;
    for (const sep2 of separators) {
      const at = text.indexOf(sep2);
      if (at >= 0 && at < cut) cut = at;
    }
    return text.slice(0, cut);
  };
  return (base, override) => {
    if (override === null || override === void 0) return base;
    if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], keyOf);
    const split = (entry2) => {
      const text = String(entry2);
      const key = keyOf(text);
      return [key, key.length < text.length ? text.slice(key.length + 1) : null];
    };
    const asMap = (value) => Array.isArray(value) ? Object.fromEntries(value.map(split)) : isPlain(value) ? value : {};
    return { ...asMap(base), ...asMap(override) };
  };
}
function namedEntries(listDefault) {
  return (base, override, path37) => {
    if (override === null || override === void 0) return base;
    if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], scalarKey);
    const asMap = (value) => Array.isArray(value) ? Object.fromEntries(value.map((name) => [String(name), listDefault])) : isPlain(value) ? value : {};
    return mergeMappings(asMap(base), asMap(override), path37);
  };
}
function build(base, override, path37) {
  const asMap = (value) => typeof value === "string" ? { context: value } : value;
  return mergeDefault(asMap(base), asMap(override), path37);
}
function logging(base, override, path37) {
  if (isPlain(base) && isPlain(override) && override.driver !== void 0 && base.driver !== void 0 && override.driver !== base.driver) {
    return override;
  }
  return mergeDefault(base, override, path37);
}
function ulimit(base, override, path37) {
  return isPlain(base) && isPlain(override) ? mergeMappings(base, override, path37) : replace(base, override);
}
function uniqueList(keyOf) {
  return (base, override, path37) => {
    if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], keyOf);
    return mergeDefault(base, override, path37);
  };
}
function dedupe(entries, keyOf) {
  const out = [];
  const at = /* @__PURE__ */ new Map();
  for (const entry2 of entries) {
    const key = keyOf(entry2);
    const index = at.get(key);
    if (index === void 0) {
      at.set(key, out.length);
      out.push(entry2);
    } else {
      out[index] = entry2;
    }
  }
  return out;
}
function scalarKey(entry2) {
  return entry2 !== null && typeof entry2 === "object" ? JSON.stringify(entry2) : `${typeof entry2}:${String(entry2)}`;
}
function portKey(entry2) {
  if (!isPlain(entry2)) return String(entry2);
  const { host_ip: ip = "", published = "", target = "", protocol = "tcp" } = entry2;
  return `${String(ip)}:${String(published)}:${String(target)}/${String(protocol)}`;
}
function mountTargetKey(entry2) {
  if (isPlain(entry2)) return String(entry2.target ?? JSON.stringify(entry2));
  const parts = String(entry2).split(":");
  return parts.length >= 2 ? parts[1] : parts[0];
}
function fileMountKey(defaultDir) {
  return (entry2) => {
    if (!isPlain(entry2)) return defaultDir + String(entry2);
    const target = entry2.target ?? entry2.source;
    const text = String(target);
    return text.startsWith("/") ? text : defaultDir + text;
  };
}
function envFileKey(entry2) {
  return isPlain(entry2) ? String(entry2.path) : String(entry2);
}
function isPlain(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/compose/parse-file.ts
var COMPOSE_TAGS = ["!reset", "!override"].flatMap((tag) => [
  { tag, resolve: (source) => source },
  { tag, collection: "map" },
  { tag, collection: "seq" }
]);
var MIN_ALIAS_EXPANSION = 1e5;
var ALIAS_EXPANSION_FACTOR = 10;
var MAX_ERRORS_PER_FILE = 20;
var EMPTY_COMPOSE_FILE = "empty compose file";
function parseComposeFile(abs, bytes) {
  const lineCounter = new import_yaml2.LineCounter();
  const file = { abs, text: "", documents: [], errors: [], data: null, lineCounter, tagPaths: [] };
  const text = decodeText(bytes);
  if (text === null) return failed2(file, "not a text file (binary content)");
  file.text = text;
  const tooDeep = nestingLimitOffset(text);
  if (tooDeep >= 0) {
    file.errors.push({ message: `nesting too deep (more than ${MAX_NESTING} levels)`, ...positionAt(text, tooDeep) });
    return file;
  }
  if (isPlainYaml(text) && loadPlain(file)) return file;
  try {
    loadDocuments(file, lineCounter);
  } catch (error) {
    const reason = error instanceof RangeError ? "nesting too deep" : error instanceof Error ? error.message : String(error);
    file.data = null;
    file.errors.push({ message: `cannot load YAML: ${reason}`, line: 1, column: 1 });
  }
  return file;
}
function parseDocuments(text, lineCounter) {
  return (0, import_yaml2.parseAllDocuments)(text, {
    lineCounter,
    version: "1.2",
    schema: "core",
    merge: true,
    // yaml's own check scans the mapping for every key (quadratic on 20,000 services); analyseDocument does it with a Set.
    uniqueKeys: false,
    prettyErrors: false,
    customTags: COMPOSE_TAGS
  });
}
function loadPlain(file) {
  const documents = fastLoadDocuments(file.text);
  if (!documents) return false;
  const filled = documents.filter((doc) => doc !== null && doc !== void 0);
  if (filled.length === 0 || !filled.every((doc) => typeof doc === "object" && !Array.isArray(doc))) return false;
  let data = {};
  for (const doc of filled) data = filled.length === 1 ? doc : mergeComposeConfigs(data, doc);
  file.data = data;
  let parsed = null;
  const positions = () => {
    if (!parsed) {
      const lineCounter = new import_yaml2.LineCounter();
      parsed = { documents: parseDocuments(file.text, lineCounter), lineCounter };
    }
    return parsed;
  };
  Object.defineProperty(file, "documents", { get: () => positions().documents, enumerable: true, configurable: true });
  Object.defineProperty(file, "lineCounter", { get: () => positions().lineCounter, enumerable: true, configurable: true });
  return true;
}
function loadDocuments(file, lineCounter) {
  const documents = parseDocuments(file.text, lineCounter);
  file.documents = documents;
  const report2 = (message, offset) => {
    if (file.errors.length >= MAX_ERRORS_PER_FILE) return;
    file.errors.push({ message, ...positionAt(file.text, offset) });
  };
  for (const doc of documents) {
    for (const error of doc.errors) report2(yamlErrorMessage(error.message), error.pos[0]);
  }
  if (file.errors.length > 0) return;
  const filled = documents.filter((doc) => !isEmptyContents(doc.contents));
  if (filled.length === 0) return void report2(EMPTY_COMPOSE_FILE, 0);
  let data = {};
  const tagPaths = [];
  for (const doc of filled) {
    const contents = doc.contents;
    if (!(0, import_yaml2.isMap)(contents)) {
      report2(`the top level of a compose file must be a mapping, not ${describe(contents)}`, contents.range?.[0] ?? 0);
      continue;
    }
    const analysis = analyseDocument(contents, report2);
    if (file.errors.length > 0) continue;
    let own = doc.toJS({ maxAliasCount: -1 });
    const docTags = analysis.hasTags ? collectTagPaths(contents, analysis.aliasTargets) : [];
    const resets = docTags.filter((t) => t.tag === "reset").map((t) => t.path);
    own = removePaths(own, [...resets].reverse(), true);
    data = mergeComposeConfigs(removePaths(data, docTags.map((t) => t.path)), own);
    tagPaths.push(...docTags);
  }
  if (file.errors.length > 0) return;
  file.data = data;
  file.tagPaths = tagPaths;
}
var MAX_NESTING = 256;
function nestingLimitOffset(text) {
  let flow = 0;
  const indents = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (lineStart) {
      lineStart = false;
      let column = 0;
      let j = i;
      while (j < text.length && (text[j] === " " || text[j] === "-" && text[j + 1] === " ")) j++, column++;
      const rest = text[j];
      if (rest !== "\n" && rest !== "\r" && rest !== "#" && rest !== void 0 && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= column) indents.pop();
        indents.push(column);
        if (indents.length > MAX_NESTING) return j;
      }
    }
    if (ch === "\n") lineStart = true;
    else if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf("\n", i);
      if (end < 0) break;
      i = end - 1;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      i = j;
    } else if (ch === "[" || ch === "{") {
      if (++flow > MAX_NESTING) return i;
    } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
  }
  return -1;
}
function positionAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) line++, lineStart = at + 1;
  return { line, column: offset - lineStart + 1 };
}
function failed2(file, message) {
  file.errors.push({ message, line: 1, column: 1 });
  return file;
}
function decodeText(bytes) {
  if (typeof bytes === "string") return bytes.includes("\0") ? null : bytes.replace(/^\uFEFF/, "");
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
function isEmptyContents(contents) {
  return contents === null || contents === void 0 || (0, import_yaml2.isScalar)(contents) && contents.value === null && !contents.tag;
}
function describe(node) {
  if ((0, import_yaml2.isSeq)(node)) return "a list";
  if ((0, import_yaml2.isScalar)(node)) return node.value === null ? "null" : `a ${typeof node.value} value`;
  return "an alias";
}
function yamlErrorMessage(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function analyseDocument(root, report2) {
  const anchors = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  const aliasTargets2 = /* @__PURE__ */ new Map();
  let ownNodes = 0;
  let hasTags = false;
  let biggestAlias = null;
  const offset = (node) => node?.range?.[0] ?? 0;
  const measure = (node) => {
    if (node === null || node === void 0) return 0;
    if ((0, import_yaml2.isAlias)(node)) {
      const target = anchors.get(node.source);
      if (!target) return report2(`unknown anchor: *${node.source} is used before any &${node.source}`, offset(node)), 1;
      const size2 = sizes.get(target);
      if (size2 === void 0) return report2(`recursive alias: *${node.source} refers to a node that contains it`, offset(node)), 1;
      aliasTargets2.set(node, target);
      if (!biggestAlias || size2 > biggestAlias.size) biggestAlias = { node, size: size2 };
      return size2;
    }
    const current = node;
    ownNodes++;
    if (current.anchor) anchors.set(current.anchor, current);
    if (current.tag === "!reset" || current.tag === "!override") hasTags = true;
    let size = 1;
    if ((0, import_yaml2.isMap)(current)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of current.items) {
        checkKey(pair);
        const key = (0, import_yaml2.isScalar)(pair.key) && typeof pair.key.value === "string" ? pair.key.value : null;
        if (key !== null && seen.has(key)) report2(`duplicate key "${key}" (mapping key already defined)`, offset(pair.key));
        if (key !== null) seen.add(key);
        size += measure(pair.key) + measure(pair.value);
        if (keyText(pair) === "<<" && (0, import_yaml2.isScalar)(pair.key) && typeof pair.key.value === "symbol") checkMergeSources(pair);
      }
    } else if ((0, import_yaml2.isSeq)(current)) {
      for (const item of current.items) size += measure(item);
    }
    sizes.set(current, size);
    return size;
  };
  const checkKey = (pair) => {
    const key = pair.key;
    if ((0, import_yaml2.isScalar)(key) && (typeof key.value === "string" || typeof key.value === "symbol")) return;
    const shown2 = (0, import_yaml2.isScalar)(key) ? String(key.value) : (0, import_yaml2.isAlias)(key) ? `*${key.source}` : "a collection";
    report2(`non-string key: ${shown2} (compose keys must be strings; quote it)`, offset(key ?? pair.value));
  };
  const resolve3 = (node) => (0, import_yaml2.isAlias)(node) ? aliasTargets2.get(node) ?? null : node;
  const checkMergeSources = (pair) => {
    if ((0, import_yaml2.isAlias)(pair.value) && !aliasTargets2.has(pair.value)) return;
    const value = resolve3(pair.value);
    const sources = (0, import_yaml2.isSeq)(value) ? value.items.map(resolve3) : [value];
    if (!sources.every((source) => (0, import_yaml2.isMap)(source))) report2("merge key << requires a mapping or a list of mappings", offset(pair.value));
  };
  const expanded = measure(root);
  const limit = Math.max(MIN_ALIAS_EXPANSION, ALIAS_EXPANSION_FACTOR * ownNodes);
  const found = biggestAlias;
  if (expanded - ownNodes > limit && found) {
    report2(`excessive aliasing: aliases expand the document to ${count(expanded)} nodes (limit ${count(limit)}); a YAML alias bomb?`, offset(found.node));
  }
  return { hasTags, aliasTargets: aliasTargets2 };
}
function count(n) {
  return n < 1e12 ? n.toLocaleString("en-US") : n.toExponential(1);
}
function collectTagPaths(root, aliasTargets2) {
  const out = [];
  const visit4 = (node, path37) => {
    const current = (0, import_yaml2.isAlias)(node) ? aliasTargets2.get(node) : node;
    if (!current) return;
    if (current.tag === "!reset" || current.tag === "!override") {
      out.push({ path: path37, tag: current.tag === "!reset" ? "reset" : "override" });
      return;
    }
    if ((0, import_yaml2.isMap)(current)) {
      for (const pair of current.items) {
        const key = keyText(pair);
        if (key === null) continue;
        if (key === "<<" && typeof pair.key.value === "symbol") {
          const source = (0, import_yaml2.isAlias)(pair.value) ? aliasTargets2.get(pair.value) : pair.value;
          for (const item of (0, import_yaml2.isSeq)(source) ? source.items : [source]) visit4(item, path37);
        } else {
          visit4(pair.value, [...path37, key]);
        }
      }
    } else if ((0, import_yaml2.isSeq)(current)) {
      current.items.forEach((item, index) => visit4(item, [...path37, String(index)]));
    }
  };
  visit4(root, []);
  return out;
}

// src/compose/stack.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync3 } from "node:fs";
import path6 from "node:path";

// src/compose/project.ts
import { existsSync, statSync as statSync3 } from "node:fs";
import path5 from "node:path";

// src/compose/cast.ts
var toInt = (text) => {
  if (!/^[+-]?[0-9]+$/.test(text)) throw new Error(`invalid syntax: ${JSON.stringify(text)} is not an integer`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${JSON.stringify(text)} is out of range`);
  return value;
};
var FLOAT = /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?|0[xX](?:_?[0-9a-fA-F])*(?:\.(?:[0-9a-fA-F](?:_?[0-9a-fA-F])*)?)?[pP][+-]?[0-9](?:_?[0-9])*|inf|infinity|nan)$/i;
var toFloat = (text) => {
  if (!FLOAT.test(text) || !/[0-9]|inf|nan/i.test(text) || /^[+-]?\.?(?:[eE]|$)/.test(text)) throw new Error(`invalid syntax: ${JSON.stringify(text)} is not a number`);
  const plain = text.replace(/_/g, "").toLowerCase();
  if (/inf/.test(plain)) return plain.startsWith("-") ? -Infinity : Infinity;
  if (plain.endsWith("nan")) return NaN;
  return plain.includes("0x") ? hexFloat(plain) : Number(plain);
};
function hexFloat(text) {
  const match = /^([+-]?)0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?[0-9]+)$/.exec(text);
  const mantissa = parseInt(`${match[2] || "0"}${match[3] ?? ""}`, 16) / 16 ** (match[3]?.length ?? 0);
  return (match[1] === "-" ? -1 : 1) * mantissa * 2 ** Number(match[4]);
}
var toBoolean = (text) => {
  const lower = text.toLowerCase();
  if (["true", "y", "yes", "on"].includes(lower)) return true;
  if (["false", "n", "no", "off"].includes(lower)) return false;
  throw new Error(`invalid boolean: ${JSON.stringify(text)}`);
};
var kinds = { int: toInt, float: toFloat, boolean: toBoolean };
var CASTS = [
  ["services.*.cpu_count", "int"],
  ["services.*.cpu_percent", "float"],
  ["services.*.cpu_period", "int"],
  ["services.*.cpu_quota", "int"],
  ["services.*.cpu_rt_period", "int"],
  ["services.*.cpu_rt_runtime", "int"],
  ["services.*.cpus", "float"],
  ["services.*.cpu_shares", "int"],
  ["services.*.init", "boolean"],
  ["services.*.depends_on.*.required", "boolean"],
  ["services.*.depends_on.*.restart", "boolean"],
  ["services.*.deploy.replicas", "int"],
  ["services.*.deploy.update_config.parallelism", "int"],
  ["services.*.deploy.update_config.max_failure_ratio", "float"],
  ["services.*.deploy.rollback_config.parallelism", "int"],
  ["services.*.deploy.rollback_config.max_failure_ratio", "float"],
  ["services.*.deploy.restart_policy.max_attempts", "int"],
  ["services.*.deploy.placement.max_replicas_per_node", "int"],
  ["services.*.healthcheck.retries", "int"],
  ["services.*.healthcheck.disable", "boolean"],
  ["services.*.oom_kill_disable", "boolean"],
  ["services.*.oom_score_adj", "int"],
  ["services.*.pids_limit", "int"],
  ["services.*.ports.[].target", "int"],
  ["services.*.privileged", "boolean"],
  ["services.*.read_only", "boolean"],
  ["services.*.scale", "int"],
  ["services.*.stdin_open", "boolean"],
  ["services.*.tty", "boolean"],
  ["services.*.ulimits.*", "int"],
  ["services.*.ulimits.*.hard", "int"],
  ["services.*.ulimits.*.soft", "int"],
  ["services.*.volumes.[].read_only", "boolean"],
  ["services.*.volumes.[].volume.nocopy", "boolean"],
  ["networks.*.external", "boolean"],
  ["networks.*.internal", "boolean"],
  ["networks.*.attachable", "boolean"],
  ["networks.*.enable_ipv4", "boolean"],
  ["networks.*.enable_ipv6", "boolean"],
  ["volumes.*.external", "boolean"],
  ["secrets.*.external", "boolean"],
  ["configs.*.external", "boolean"]
];
var TRIE = { children: /* @__PURE__ */ new Map() };
for (const [pattern, kind] of CASTS) {
  let node = TRIE;
  for (const segment of pattern.split(".")) {
    let next = node.children.get(segment);
    if (!next) node.children.set(segment, next = { children: /* @__PURE__ */ new Map() });
    node = next;
  }
  node.kind = kind;
}
function castTree(tree, errors) {
  return visit2(tree, TRIE, [], errors);
}
function visit2(value, node, path37, errors) {
  if (typeof value === "string") {
    if (!node.kind || hasUnknown(value)) return value;
    try {
      return kinds[node.kind](value);
    } catch (error) {
      errors.push({ path: [...path37], message: `cannot convert '${value}' to ${node.kind === "int" ? "an integer" : node.kind === "float" ? "a number" : "a boolean"} (${error.message})` });
      return value;
    }
  }
  if (node.children.size === 0 || value === null || typeof value !== "object") return value;
  const isList = Array.isArray(value);
  let out = null;
  const entries = isList ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const child = isList ? node.children.get("[]") : node.children.get(String(key)) ?? node.children.get("*");
    if (!child) continue;
    path37.push(key);
    const next = visit2(item, child, path37, errors);
    path37.pop();
    if (next === item) continue;
    out ??= isList ? [...value] : { ...value };
    out[key] = next;
  }
  return out ?? value;
}

// src/compose/project.ts
var LoadContext = class {
  constructor(read, own) {
    this.read = read;
    for (const file of own) this.parsed.set(file.abs, file);
  }
  read;
  parsed = /* @__PURE__ */ new Map();
  imported = [];
  issues = [];
  resolvedFiles = /* @__PURE__ */ new Map();
  file(abs) {
    let file = this.parsed.get(abs);
    if (!file) {
      file = loadFile(abs, this.read);
      this.parsed.set(abs, file);
      if (file.text !== "" || file.errors.length === 0 || file.errors[0].message === EMPTY_COMPOSE_FILE) this.imported.push(file);
    }
    return file;
  }
  readText(abs) {
    try {
      const content = this.read(abs);
      return typeof content === "string" ? content : content.toString("utf8");
    } catch {
      return null;
    }
  }
  issue(rule, message, loc) {
    const issue = { rule, message, loc: null };
    let cached;
    Object.defineProperty(issue, "loc", { get: () => cached === void 0 ? cached = loc() : cached, enumerable: true, configurable: true });
    this.issues.push(issue);
  }
  /**
   * A file interpolated with `lookup` and converted as compose-go does, once per file and lookup
   * key; interpolation errors and failed conversions become issues at their position.
   */
  resolve(file, lookup, lookupKey) {
    const key = `${lookupKey}\0${file.abs}`;
    if (this.resolvedFiles.has(key)) return this.resolvedFiles.get(key);
    let model = null;
    if (file.errors.length === 0 && file.data !== null) {
      const errors = [];
      const interpolated = interpolateTree(file.data, lookup, /* @__PURE__ */ new Set(), errors);
      for (const error of errors) {
        const where2 = dotted(error.path);
        this.issue(
          "compose-parse",
          `${where2}: ${error.message === "invalid template" ? `invalid interpolation format ${JSON.stringify(snippet2(error.text, error.offset))} (write a literal $ as $$)` : error.message}`,
          () => offsetLoc(file, error.path, error.text, error.offset)
        );
      }
      const castErrors = [];
      const resolved = castTree(interpolated, castErrors);
      for (const error of castErrors) this.issue("compose-schema", `${dotted(error.path)}: ${error.message}`, () => locateIn(file, error.path, false));
      model = { raw: file.data, resolved };
    }
    this.resolvedFiles.set(key, model);
    return model;
  }
};
function loadFile(abs, read) {
  let bytes;
  try {
    bytes = read(abs);
  } catch (error) {
    const code = error?.code;
    const message = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory" : `cannot read file${code ? ` (${code})` : ""}`;
    return { abs, text: "", documents: [], errors: [{ message, line: 1, column: 1 }], data: null };
  }
  return parseComposeFile(abs, bytes);
}
function isEmptyFile(file) {
  return file.errors.length === 1 && file.errors[0].message === EMPTY_COMPOSE_FILE;
}
function loadProject(ctx, files, lookup, lookupKey, workingDir, chain) {
  const project = { raw: {}, resolved: {}, layers: [], stages: [], includedFrom: /* @__PURE__ */ new Map() };
  let broken = false;
  files.forEach((abs, index) => {
    if (broken) return;
    const file = ctx.file(abs);
    if (index > 0 && isEmptyFile(file)) return;
    const model = ctx.resolve(file, lookup, lookupKey);
    if (!model) {
      broken = index === 0;
      return;
    }
    const own = { raw: model.raw, resolved: model.resolved };
    const layers = [{ file }];
    const included = applyIncludes(ctx, own, file, lookup, workingDir, [...chain, abs], layers, project.includedFrom);
    applyExtends(ctx, own, file, lookup, lookupKey, workingDir, layers);
    if (project.stages.length === 0) {
      project.raw = own.raw;
      project.resolved = own.resolved;
    } else {
      const tags = (file.tagPaths ?? []).map((tag) => tag.path);
      project.raw = mergeComposeConfigs(removePaths(project.raw, tags), own.raw);
      project.resolved = mergeComposeConfigs(removePaths(project.resolved, tags), own.resolved);
    }
    project.layers = [...layers, ...included, ...project.layers];
    const stageLayers = project.layers;
    project.stages.push({ file: abs, resolved: project.resolved, locate: (keyPath, atKey) => locateInLayers(stageLayers, keyPath, atKey) });
  });
  return project;
}
function locateInLayers(layers, keyPath, atKey) {
  for (let length = keyPath.length; length >= 1; length--) {
    const prefix = keyPath.slice(0, length);
    for (const layer of layers) {
      const inFile = layerPath(layer, prefix);
      if (!inFile) continue;
      const loc = locateExact(layer.file, inFile, atKey || length < keyPath.length);
      if (loc) return loc;
    }
  }
  const first = layers[layers.length - 1];
  return first ? { file: first.file.abs, line: 1, column: 1 } : null;
}
function layerPath(layer, keyPath) {
  if (!layer.rename) return keyPath;
  if (keyPath[0] !== "services" || keyPath[1] !== layer.rename.to) return null;
  return ["services", layer.rename.from, ...keyPath.slice(2)];
}
function locateExact(file, keyPath, atKey) {
  if (file.errors.length > 0 || !file.lineCounter) return null;
  for (let d = file.documents.length - 1; d >= 0; d--) {
    const found = findNode(file.documents[d], keyPath);
    if (!found) continue;
    const first = atKey ? found.key : found.value;
    const second = atKey ? found.value : found.key;
    const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
    if (loc) return loc;
  }
  return null;
}
function locateIn(file, keyPath, atKey) {
  for (let length = keyPath.length; length >= 0; length--) {
    const loc = locateExact(file, keyPath.slice(0, length), atKey || length < keyPath.length);
    if (loc) return loc;
  }
  return { file: file.abs, line: 1, column: 1 };
}
function offsetLoc(file, keyPath, text, offset) {
  const loc = locateIn(file, keyPath, false);
  const line = file.text.split("\n", loc.line)[loc.line - 1] ?? "";
  const start = line.indexOf(text, loc.column - 1);
  return start >= 0 ? { ...loc, column: start + offset + 1 } : loc;
}
function snippet2(text, offset) {
  const rest = text.slice(offset).split("\n")[0];
  return rest.length > 40 ? `${rest.slice(0, 40)}\u2026` : rest;
}
function dotted(keyPath) {
  let out = "";
  for (const segment of keyPath) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += /^[A-Za-z0-9_-]+$/.test(segment) ? `${out ? "." : ""}${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}
var REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|oci:)/i;
var IMPORTED_RESOURCES = ["services", "volumes", "networks", "secrets", "configs", "models"];
function applyIncludes(ctx, own, file, lookup, workingDir, chain, layers, includedFrom) {
  const includes = own.resolved.include;
  if (!Array.isArray(includes)) return [];
  const out = [];
  includes.forEach((entry2, index) => {
    const at = (...rest) => () => locateIn(file, ["include", index, ...rest], false);
    const spec = typeof entry2 === "string" ? { path: entry2 } : isPlain2(entry2) ? entry2 : null;
    if (!spec) return;
    const paths = (Array.isArray(spec.path) ? spec.path : [spec.path]).filter((p) => typeof p === "string");
    if (paths.length === 0 || paths.some((p) => REMOTE.test(p) || p.includes("${"))) return;
    const abs = paths.map((p) => path5.resolve(workingDir, p));
    const main = abs[0];
    if (chain.includes(main)) {
      const cycle = [...chain.slice(chain.indexOf(main)), main].map((f) => path5.relative(workingDir, f) || path5.basename(f));
      ctx.issue("compose-schema", `include[${index}]: include cycle detected: ${cycle.join(" includes ")}`, at());
      return;
    }
    const missing = abs.find((f) => !isFile(f));
    if (missing) {
      ctx.issue("compose-schema", `include[${index}]: included file ${path5.relative(workingDir, missing) || missing} not found`, at("path"));
      return;
    }
    const projectDir = typeof spec.project_directory === "string" ? path5.resolve(workingDir, spec.project_directory) : path5.dirname(main);
    const envFiles = spec.env_file === void 0 ? isFile(path5.join(projectDir, ".env")) ? [path5.join(projectDir, ".env")] : [] : (Array.isArray(spec.env_file) ? spec.env_file : [spec.env_file]).filter((f) => typeof f === "string" && f !== "/dev/null").map((f) => path5.resolve(workingDir, f));
    const env = /* @__PURE__ */ new Map();
    for (const envFile of envFiles) {
      const text = ctx.readText(envFile);
      if (text === null) {
        ctx.issue("compose-schema", `include[${index}].env_file: env file ${path5.relative(workingDir, envFile)} not found`, at("env_file"));
        continue;
      }
      const parsed = parseDotEnv(text, (name) => lookup(name) ?? env.get(name));
      for (const item of parsed.entries) env.set(item.key, item.value);
      if (parsed.error) {
        const error = parsed.error;
        ctx.issue("compose-parse", `${path5.basename(envFile)}: ${error.message}`, () => ({ file: envFile, line: error.line, column: error.column }));
      }
    }
    const included = loadProject(ctx, abs, (name) => lookup(name) ?? env.get(name), `${abs.join("|")}`, projectDir, chain);
    for (const key of IMPORTED_RESOURCES) {
      importResource(own, included, key);
      if (key === "services" && isPlain2(included.resolved.services)) {
        for (const name of Object.keys(included.resolved.services)) if (!includedFrom.has(name)) includedFrom.set(name, included.includedFrom.get(name) ?? main);
      }
    }
    out.push(...included.layers);
  });
  return out;
}
function importResource(own, included, key) {
  for (const side of ["raw", "resolved"]) {
    const from = included[side][key];
    if (!isPlain2(from)) continue;
    const to = isPlain2(own[side][key]) ? { ...own[side][key] } : {};
    for (const [name, value] of Object.entries(from)) {
      to[name] = name in to ? mergeComposeConfigs({ [key]: { [name]: value } }, { [key]: { [name]: to[name] } })[key][name] : value;
    }
    own[side] = { ...own[side], [key]: to };
  }
}
function applyExtends(ctx, own, file, lookup, lookupKey, dir, layers) {
  const services = own.resolved.services;
  if (!isPlain2(services) || !Object.values(services).some((s) => isPlain2(s) && "extends" in s)) return;
  own.raw = { ...own.raw, services: { ...isPlain2(own.raw.services) ? own.raw.services : {} } };
  own.resolved = { ...own.resolved, services: { ...services } };
  const done = /* @__PURE__ */ new Set();
  for (const name of Object.keys(services)) {
    const extended = resolveExtends(ctx, { file, model: own, dir, name }, lookup, lookupKey, [], done);
    for (const layer of extended) layers.push({ file: layer.file, rename: { from: layer.rename.from, to: name } });
  }
}
function resolveExtends(ctx, ref, lookup, lookupKey, trail, done) {
  const id = `${ref.file.abs}#${ref.name}`;
  const services = ref.model.resolved.services;
  const service = services[ref.name];
  if (!isPlain2(service) || !("extends" in service)) return [];
  const at = (...rest) => () => locateIn(ref.file, ["services", ref.name, "extends", ...rest], false);
  if (trail.includes(id)) {
    const names = [...trail.slice(trail.indexOf(id)), id].map((t) => t.split("#").pop());
    ctx.issue("compose-schema", `services.${ref.name}.extends: extends cycle detected: ${names.join(" extends ")}`, at());
    return [];
  }
  const extendsValue = service.extends;
  const baseName = typeof extendsValue === "string" ? extendsValue : isPlain2(extendsValue) && typeof extendsValue.service === "string" ? extendsValue.service : null;
  if (baseName === null) return [];
  const fileName = isPlain2(extendsValue) && typeof extendsValue.file === "string" ? extendsValue.file : null;
  let base;
  if (fileName !== null) {
    if (REMOTE.test(fileName) || fileName.includes("${")) return [];
    const abs = path5.resolve(ref.dir, fileName);
    const baseFile = ctx.file(abs);
    const model = baseFile.errors.length === 0 ? ctx.resolve(baseFile, lookup, lookupKey) : null;
    if (!model) {
      ctx.issue("compose-schema", `services.${ref.name}.extends.file: cannot read ${fileName}${baseFile.errors[0] ? ` (${baseFile.errors[0].message})` : ""}`, at("file"));
      return [];
    }
    const cached = ctx.parsed.get(abs);
    const baseModel = extendsModels.get(cached) ?? {
      raw: { ...model.raw, services: { ...isPlain2(model.raw.services) ? model.raw.services : {} } },
      resolved: { ...model.resolved, services: { ...isPlain2(model.resolved.services) ? model.resolved.services : {} } }
    };
    extendsModels.set(cached, baseModel);
    if (!isPlain2(baseModel.resolved.services) || !isPlain2(baseModel.resolved.services[baseName])) {
      ctx.issue("compose-schema", `services.${ref.name}.extends: cannot extend service '${ref.name}': service '${baseName}' not found in ${fileName}`, at("service"));
      return [];
    }
    base = { file: baseFile, model: baseModel, dir: path5.dirname(abs), name: baseName };
  } else {
    if (!isPlain2(services[baseName])) {
      ctx.issue("compose-schema", `services.${ref.name}.extends: cannot extend service '${ref.name}': service '${baseName}' not found`, typeof extendsValue === "string" ? at() : at("service"));
      return [];
    }
    base = { ...ref, name: baseName };
  }
  const nested = done.has(`${base.file.abs}#${base.name}`) ? [] : resolveExtends(ctx, base, lookup, lookupKey, [...trail, id], done);
  done.add(`${base.file.abs}#${base.name}`);
  const baseService = base.model.resolved.services[base.name];
  if (!isPlain2(baseService)) return [];
  const rebased = base.file === ref.file ? baseService : withAbsoluteEnvFiles(baseService, base.dir);
  const merged = mergeComposeConfigs({ services: { x: rebased } }, { services: { x: service } });
  const { extends: _resolvedExtends, ...resolved } = merged.services.x;
  services[ref.name] = resolved;
  const rawServices = isPlain2(ref.model.raw.services) ? ref.model.raw.services : {};
  const rawBase = isPlain2(base.model.raw.services) ? base.model.raw.services : {};
  if (isPlain2(rawBase[base.name]) && isPlain2(rawServices[ref.name])) {
    const rawMerged = mergeComposeConfigs({ services: { x: rawBase[base.name] } }, { services: { x: rawServices[ref.name] } });
    const { extends: _rawExtends, ...raw } = rawMerged.services.x;
    rawServices[ref.name] = raw;
  }
  return [{ file: base.file, rename: { from: base.name, to: ref.name } }, ...nested.map((layer) => ({ file: layer.file, rename: { from: layer.rename.from, to: ref.name } }))];
}
var extendsModels = /* @__PURE__ */ new WeakMap();
function withAbsoluteEnvFiles(service, dir) {
  const envFile = service.env_file;
  if (envFile === void 0) return service;
  const absolute = (entry2) => typeof entry2 === "string" ? path5.resolve(dir, entry2) : isPlain2(entry2) && typeof entry2.path === "string" ? { ...entry2, path: path5.resolve(dir, entry2.path) } : entry2;
  return { ...service, env_file: Array.isArray(envFile) ? envFile.map(absolute) : absolute(envFile) };
}
function isFile(abs) {
  try {
    return existsSync(abs) && statSync3(abs).isFile();
  } catch {
    return false;
  }
}
function isPlain2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/compose/stack.ts
var COMPOSE_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var COMPOSE_OVERRIDE_FILE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
function findComposeFiles(fileNames) {
  const present = new Set(fileNames);
  const main = COMPOSE_FILE_NAMES.find((name) => present.has(name)) ?? null;
  if (!main) return { main: null, overrides: [] };
  const override = COMPOSE_OVERRIDE_FILE_NAMES.find((name) => present.has(name));
  return { main, overrides: override ? [override] : [] };
}
function loadStack(mainAbs, overrideAbs, options) {
  const read = options.readFile ?? ((abs) => readFileSync3(abs));
  const dir = path6.dirname(mainAbs);
  const files = [mainAbs, ...overrideAbs].map((abs) => loadFile(abs, read));
  for (const file of files.slice(1)) {
    if (!isEmptyFile(file)) continue;
    file.errors = [];
    file.data = {};
  }
  const ctx = new LoadContext(read, files);
  const envAbs = path6.join(dir, ".env");
  const envText = ctx.readText(envAbs);
  const env = /* @__PURE__ */ new Map();
  if (envText !== null) {
    const parsed = parseDotEnv(envText);
    for (const entry2 of parsed.entries) env.set(entry2.key, entry2.value);
    const error = parsed.error;
    if (error) ctx.issue("compose-parse", `.env: ${error.message}`, () => ({ file: envAbs, line: error.line, column: error.column }));
  }
  const lookup = (name) => env.get(name);
  const project = loadProject(ctx, [mainAbs, ...overrideAbs], lookup, "", dir, []);
  const stack = {
    file: mainAbs,
    dir,
    files,
    imported: ctx.imported,
    issues: ctx.issues,
    stages: project.stages,
    env,
    config: project.raw,
    resolved: project.resolved,
    services: [],
    archived: options.archived,
    locate: (keyPath) => locateExactInLayers(project.layers, keyPath, false),
    locateKey: (keyPath) => locateExactInLayers(project.layers, keyPath, true)
  };
  stack.services = buildServices(stack, project, lookup, ctx);
  return stack;
}
function locateExactInLayers(layers, keyPath, atKey) {
  for (const layer of layers) {
    const inFile = layer.rename ? keyPath[0] === "services" && keyPath[1] === layer.rename.to ? ["services", layer.rename.from, ...keyPath.slice(2)] : null : keyPath;
    const loc = inFile ? locateExact(layer.file, inFile, atKey) : null;
    if (loc) return loc;
  }
  return null;
}
function buildServices(stack, project, lookup, ctx) {
  const configs = asPlain(stack.config.services);
  const resolvedAll = asPlain(stack.resolved.services);
  let sitesCache = null;
  const sites = () => sitesCache ??= serviceSites(project.layers);
  return Object.keys(configs).map((name) => {
    const config = asPlain(configs[name]);
    const resolved = asPlain(resolvedAll[name]);
    const service = {
      name,
      stack,
      loc: null,
      config,
      resolved,
      image: typeof resolved.image === "string" ? resolved.image : null,
      containerName: typeof resolved.container_name === "string" ? resolved.container_name : null,
      environment: [],
      labels: labelMap(resolved.labels),
      serviceDir: null
    };
    const includedFrom = project.includedFrom.get(name);
    if (includedFrom) service.includedFrom = includedFrom;
    Object.defineProperty(service, "loc", { get: () => sites().get(name)?.loc ?? null, enumerable: true, configurable: true });
    const envFileVars = envFileVariables(name, resolved.env_file, includedFrom ? path6.dirname(includedFrom) : stack.dir, lookup, ctx, stack);
    const inlineVars = environmentVariables(config.environment, lookup, () => sites().get(name)?.envLocs);
    service.environment = lastWins([...envFileVars, ...inlineVars]);
    return service;
  });
}
function serviceSites(layers) {
  const sites = /* @__PURE__ */ new Map();
  for (let l = layers.length - 1; l >= 0; l--) {
    const { file, rename } = layers[l];
    if (file.errors.length > 0) continue;
    for (const doc of file.documents) {
      const services = findNode(doc, ["services"])?.value;
      if (!(0, import_yaml3.isMap)(services)) continue;
      for (const pair of mappingPairs(doc, services)) {
        const key = keyText(pair);
        if (key === null || rename && key !== rename.from) continue;
        const name = rename ? rename.to : key;
        let site = sites.get(name);
        if (!site) sites.set(name, site = { loc: null, envLocs: /* @__PURE__ */ new Map() });
        if (!rename && !site.loc) site.loc = nodeLocOf(file, pair.key);
        collectEnvLocs(doc, file, findNodeFrom(doc, pair.value, ["environment"])?.value ?? null, site.envLocs);
      }
    }
  }
  return sites;
}
function collectEnvLocs(doc, file, environment, into) {
  if ((0, import_yaml3.isMap)(environment)) {
    for (const pair of mappingPairs(doc, environment)) {
      const name = keyText(pair);
      const loc = nodeLocOf(file, pair.key);
      if (name !== null && loc) into.set(name, loc);
    }
  } else if ((0, import_yaml3.isSeq)(environment)) {
    for (const item of environment.items) {
      const node = findNodeFrom(doc, item, [])?.value ?? null;
      if (!(0, import_yaml3.isScalar)(node)) continue;
      const loc = nodeLocOf(file, item) ?? nodeLocOf(file, node);
      if (loc) into.set(splitAssignment(String(node.value))[0], loc);
    }
  }
}
function envFileVariables(service, envFile, dir, lookup, ctx, stack) {
  const entries = envFile === void 0 || envFile === null ? [] : Array.isArray(envFile) ? envFile : [envFile];
  const vars = [];
  entries.forEach((entry2, index) => {
    const long = asPlain(entry2);
    const relative2 = typeof entry2 === "string" ? entry2 : typeof long.path === "string" ? long.path : null;
    if (relative2 === null || relative2.includes("${")) return;
    const abs = path6.resolve(dir, relative2);
    const text = ctx.readText(abs);
    const keyPath = ["services", service, "env_file", ...Array.isArray(envFile) ? [index] : []];
    const at = () => stack.locate(typeof entry2 === "string" ? keyPath : [...keyPath, "path"]) ?? stack.locate(keyPath) ?? stack.locateKey(["services", service]);
    if (text === null) {
      if (isRequired(long.required)) ctx.issue("compose-schema", `${dotted(keyPath)}: env file ${relative2} not found (it is marked required)`, at);
      return;
    }
    const parsed = parseDotEnv(text, lookup);
    const error = parsed.error;
    if (error && long.format !== "raw") ctx.issue("compose-parse", `${path6.basename(abs)}: ${error.message}`, () => ({ file: abs, line: error.line, column: error.column }));
    for (const item of parsed.entries) {
      vars.push({
        name: item.key,
        raw: item.raw,
        value: item.unknown.length > 0 ? null : item.value,
        loc: { file: abs, line: item.line, column: 1 },
        envFile: abs
      });
    }
  });
  return vars;
}
function isRequired(required) {
  return required === true || typeof required === "string" && ["true", "yes", "on", "y"].includes(required.toLowerCase());
}
function environmentVariables(environment, lookup, locs) {
  const pairs2 = Array.isArray(environment) ? environment.map((item) => splitAssignment(String(item))) : Object.entries(asPlain(environment)).map(([name, raw]) => [name, raw === null || raw === void 0 ? null : scalarText(raw)]);
  return pairs2.map(([name, raw]) => {
    const result = raw === null ? null : interpolate(raw, lookup);
    const entry2 = {
      name,
      raw,
      value: result === null || result.unknown.length > 0 ? null : result.value,
      loc: null
    };
    Object.defineProperty(entry2, "loc", { get: () => locs()?.get(name) ?? null, enumerable: true, configurable: true });
    return entry2;
  });
}
function lastWins(vars) {
  const byName = /* @__PURE__ */ new Map();
  for (const entry2 of vars) {
    byName.delete(entry2.name);
    byName.set(entry2.name, entry2);
  }
  return [...byName.values()];
}
function labelMap(labels) {
  const out = /* @__PURE__ */ new Map();
  if (Array.isArray(labels)) {
    for (const item of labels) {
      const [key, value] = splitAssignment(String(item));
      out.set(key, value ?? "");
    }
  } else {
    for (const [key, value] of Object.entries(asPlain(labels))) out.set(key, value === null || value === void 0 ? "" : scalarText(value));
  }
  return out;
}
function splitAssignment(text) {
  const at = text.indexOf("=");
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}
function scalarText(value) {
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
function asPlain(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function nodeLocOf(file, node) {
  return file.lineCounter ? nodeLoc(file.abs, file.lineCounter, node) : null;
}

// src/model/stacks.ts
function isInactivePath(rel, policy) {
  const top = rel.split("/")[0] ?? "";
  return policy.capabilities.get(top)?.inactive === true;
}
function loadStacks(tree, policy) {
  const stacks = [];
  for (const [dirRel, entries] of tree.children) {
    const fileNames = entries.filter((e) => e.kind === "file").map((e) => e.name);
    const { main, overrides } = findComposeFiles(fileNames);
    if (!main) continue;
    const dirAbs = dirRel === "" ? tree.root : path7.join(tree.root, dirRel);
    stacks.push(
      loadStack(
        path7.join(dirAbs, main),
        overrides.map((o) => path7.join(dirAbs, o)),
        { archived: isInactivePath(dirRel, policy) }
      )
    );
  }
  stacks.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const mainFiles = new Set(stacks.map((stack) => stack.file));
  for (const stack of stacks) stack.services = stack.services.filter((service) => !service.includedFrom || !mainFiles.has(service.includedFrom));
  return stacks;
}

// src/model/host.ts
var NESTED_SEARCH_DEPTH = 4;
async function buildHostModel(root, policy, cwd, options = {}) {
  const tree = scanTree(root);
  if (options.database !== false && tree.entries.some((e) => e.kind === "file" && /\.sql(\.gz)?$/.test(e.name))) {
    loadPgParser().catch(() => {
    });
  }
  const stacks = loadStacks(tree, policy);
  const stackByDir = new Map(stacks.map((s) => [path8.relative(root, s.dir).split(path8.sep).join("/"), s]));
  const services = stacks.flatMap((s) => s.services);
  const capabilityDirs = [];
  const groupDirs = [];
  const serviceDirs = [];
  const topLevel = (tree.children.get("") ?? []).filter((e) => isDirLike(e) && !e.name.startsWith("."));
  const addServiceDir = (entry2, parentKind, parentRel, capability, why) => {
    const dir = {
      name: entry2.name,
      abs: entry2.abs,
      rel: entry2.rel,
      capability,
      parentKind,
      parentRel,
      depth: entry2.rel.split("/").length,
      symlink: entry2.symlink ?? null,
      hasDockerfile: hasDockerfile(tree, entry2.rel),
      stack: stackByDir.get(entry2.rel) ?? null,
      composeServices: [],
      primary: null,
      classification: { capability: null, canonicalName: entry2.name, reasons: [], catalog: null, system: null },
      why
    };
    serviceDirs.push(dir);
    return dir;
  };
  for (const entry2 of topLevel) {
    const lower = entry2.name.toLowerCase();
    const declared = policy.capabilities.get(entry2.name);
    if (declared) {
      const cap = { name: entry2.name, abs: entry2.abs, rel: entry2.rel, declared: true, inactive: declared.inactive === true };
      capabilityDirs.push(cap);
      for (const child of childDirs(tree, entry2.rel)) addServiceDir(child, "capability", entry2.rel, cap, "capability-child");
    } else if (policy.catchAll.includes(lower) || policy.technologyDirs.includes(lower)) {
      const kind = policy.catchAll.includes(lower) ? "catch-all" : "technology";
      groupDirs.push({ name: entry2.name, abs: entry2.abs, rel: entry2.rel, kind });
      for (const child of childDirs(tree, entry2.rel)) addServiceDir(child, kind, entry2.rel, null, "capability-child");
    } else {
      const why = serviceEvidence(tree, entry2, stackByDir.get(entry2.rel) ?? null, policy);
      if (why) {
        addServiceDir(entry2, "root", "", null, why);
      } else {
        const cap = { name: entry2.name, abs: entry2.abs, rel: entry2.rel, declared: false, inactive: false };
        capabilityDirs.push(cap);
        for (const child of childDirs(tree, entry2.rel)) addServiceDir(child, "capability", entry2.rel, cap, "capability-child");
      }
    }
  }
  for (const dir of [...serviceDirs]) {
    if (dir.symlink) continue;
    const names = new Set(dir.stack?.services.map((s) => s.name) ?? []);
    findNested(tree, dir.rel, names, stackByDir, policy, 1, (entry2, why) => {
      addServiceDir(entry2, "service", path8.posix.dirname(entry2.rel), dir.capability, why);
    });
  }
  associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs);
  for (const dir of serviceDirs) {
    dir.primary = pickPrimary(dir, findCatalogEntry(policy, dir.name)?.entry.name ?? dir.name);
    dir.classification = classifyService(
      { name: dir.name, image: dir.primary?.image ?? null, labels: dir.primary?.labels ?? null },
      policy
    );
  }
  serviceDirs.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const model = {
    root,
    cwd,
    tree,
    policy,
    capabilityDirs,
    groupDirs,
    serviceDirs,
    stacks,
    services,
    database: emptyDatabaseModel()
  };
  if (options.database !== false) model.database = await buildDatabaseModel(model);
  return model;
}
function childDirs(tree, rel) {
  return (tree.children.get(rel) ?? []).filter((e) => isDirLike(e) && !e.name.startsWith("."));
}
var DOCKERFILE = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/;
function hasDockerfile(tree, rel) {
  return (tree.children.get(rel) ?? []).some((e) => e.kind === "file" && DOCKERFILE.test(e.name));
}
function serviceEvidence(tree, entry2, stack, policy) {
  if (entry2.kind === "dir" && hasDockerfile(tree, entry2.rel)) return "dockerfile";
  if (stack && stack.services.length > 0) {
    const canonical = findCatalogEntry(policy, entry2.name)?.entry.name;
    if (stack.services.some((s) => s.name === entry2.name || s.name === canonical || s.containerName === entry2.name)) return "compose";
    const children = childDirs(tree, entry2.rel);
    const ownedByChild = stack.services.some(
      (service) => children.some((child) => {
        const context = buildContextOf(service, stack.dir);
        return child.name === service.name || context !== null && isInside(child.abs, context);
      })
    );
    const known2 = stack.services.filter((service) => findCatalogEntry(policy, service.name)).length;
    if (!ownedByChild && known2 < 2) return "compose";
  }
  if (findCatalogEntry(policy, entry2.name)) return "known-name";
  return null;
}
function findNested(tree, rel, composeNames, stackByDir, policy, level, add) {
  if (level > NESTED_SEARCH_DEPTH) return;
  for (const child of childDirs(tree, rel)) {
    if (child.kind !== "dir") continue;
    const stack = stackByDir.get(child.rel) ?? null;
    let why = null;
    if (stack && stack.services.length > 0) why = "compose";
    else if (composeNames.has(child.name) && hasDockerfile(tree, child.rel)) why = "dockerfile";
    else if (findCatalogEntry(policy, child.name)?.entry.name === child.name && (hasDockerfile(tree, child.rel) || composeNames.has(child.name))) why = "known-name";
    if (why) add(child, why);
    const names = why && stack ? new Set(stack.services.map((s) => s.name)) : composeNames;
    findNested(tree, child.rel, names, stackByDir, policy, level + 1, add);
  }
}
function associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs) {
  const byAbs = new Map(serviceDirs.map((d) => [d.abs, d]));
  const childrenOf = /* @__PURE__ */ new Map();
  for (const d of serviceDirs) {
    const parent = path8.dirname(d.abs);
    childrenOf.set(parent, [...childrenOf.get(parent) ?? [], d]);
  }
  const groupAbs = /* @__PURE__ */ new Set([root, ...capabilityDirs.map((c) => c.abs), ...groupDirs.map((g) => g.abs)]);
  for (const stack of stacks) {
    const own = nearestServiceDir(stack.dir, root, byAbs);
    const children = childrenOf.get(stack.dir) ?? [];
    for (const service of stack.services) {
      let dir = null;
      if (own && !groupAbs.has(stack.dir)) dir = own;
      else dir = matchChild(service, stack, children);
      service.serviceDir = dir;
      if (dir) dir.composeServices.push(service);
    }
  }
}
function nearestServiceDir(dir, root, byAbs) {
  let current = dir;
  while (current.length >= root.length) {
    const found = byAbs.get(current);
    if (found) return found;
    const parent = path8.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return null;
}
function matchChild(service, stack, children) {
  if (children.length === 0) return null;
  const byName = children.find((d) => d.name === service.name || d.name === service.containerName);
  if (byName) return byName;
  const paths = referencedPaths(service, stack.dir);
  return children.find((d) => paths.some((p) => isInside(d.abs, p))) ?? null;
}
function buildContextOf(service, stackDir) {
  const build3 = service.resolved.build;
  const context = typeof build3 === "string" ? build3 : isRecord(build3) && typeof build3.context === "string" ? build3.context : isRecord(build3) ? "." : null;
  return context !== null && isLocalBuildContext(context) ? path8.resolve(stackDir, context) : null;
}
function referencedPaths(service, stackDir) {
  const out = [];
  const context = buildContextOf(service, stackDir);
  if (context) out.push(context);
  const volumes = Array.isArray(service.resolved.volumes) ? service.resolved.volumes : [];
  for (const volume of volumes) {
    const source = typeof volume === "string" ? volume.split(":")[0] ?? "" : isRecord(volume) && typeof volume.source === "string" ? volume.source : "";
    if (source.startsWith(".") || source.startsWith("/")) out.push(path8.resolve(stackDir, source));
  }
  return out;
}
function isLocalBuildContext(context) {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith("git@") && !context.includes("${");
}
function pickPrimary(dir, canonical) {
  const services = dir.composeServices;
  if (services.length === 0) return null;
  return services.find((s) => s.name === dir.name || s.name === canonical || s.containerName === dir.name) ?? (services.length === 1 ? services[0] : null) ?? services.find((s) => referencedPaths(s, s.stack.dir).includes(dir.abs)) ?? null;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/plan/docs.ts
import { readFileSync as readFileSync4 } from "node:fs";
import path9 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync as readdirSync3, realpath, realpathSync as realpathSync2, stat, statSync as statSync4 } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire as createRequire2 } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire2(import.meta.url);
function cleanPath(path37) {
  let normalized = normalize(path37);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path37, separator) {
  return path37.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path37) {
  return path37 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path37);
}
function normalizePath(path37, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path37.includes("/") || path37.startsWith(".");
  if (resolvePaths) path37 = resolve(path37);
  if (normalizePath$1 || pathNeedsCleaning) path37 = cleanPath(path37);
  if (path37 === ".") return "";
  const needsSeperator = path37[path37.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path37 + pathSeparator : path37, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path37 = directoryPath || ".";
  if (filters.every((filter) => filter(path37, true))) paths.push(path37);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path37, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path37, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path37, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path37, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path37);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path37, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path37, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path37);
  let depth2 = 1;
  while (parent !== state.root && depth2 < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth2++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path37, resolved);
  return depth2 > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build2(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build2(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth2) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry2 = entries[i];
      if (entry2.isFile() || entry2.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry2.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry2.isDirectory()) {
        let path37 = joinDirectoryPath(entry2.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry2.name, path37)) continue;
        this.pushDirectory(path37, paths, filters);
        this.walkDirectory(this.state, path37, path37, depth2 - 1, this.walk);
      } else if (this.resolveSymlink && entry2.isSymbolicLink()) {
        let path37 = joinPathWithBasePath(entry2.name, directoryPath);
        this.resolveSymlink(path37, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry2.name, useRealPaths ? resolvedPath : path37 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path37 + pathSeparator, depth2 - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path37;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth2) {
    this.options.maxDepth = depth2;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path37) => isMatch(path37));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir2) => p.slice(start, isDir2 ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir2) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir2 ? result.slice(0, -1) : result;
    };
    return (p, isDir2) => isDir2 && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path37) {
  return path37.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path37) {
  var _result$parts;
  const result = import_picomatch.default.scan(path37, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path37];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path37) => path37.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path37) => path37.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory2) => {
      const path37 = format(p, isDirectory2);
      const matches2 = matcher(path37) && !ignore(path37);
      if (matches2) log(`matched ${path37}`);
      return matches2;
    } : (p, isDirectory2) => {
      const path37 = format(p, isDirectory2);
      return matcher(path37) && !ignore(path37);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync3,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync4
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative2) : [];
}

// src/plan/docs.ts
function documentFiles(model) {
  const { docs, baseDir } = model.policy;
  if (docs.length === 0) return [];
  return globSync(docs, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ["**/node_modules/**", "**/.git/**"] }).map((f) => path9.resolve(f)).sort();
}
function servicePathMentions(line, rootName) {
  const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, "g");
  const out = [];
  for (const match of line.matchAll(mention)) out.push({ index: match.index, rel: match[1], text: match[0] });
  return out;
}
function documentEdits(model, moves) {
  if (moves.moves.length === 0) return [];
  const rootName = path9.basename(model.root);
  const edits = [];
  for (const file of documentFiles(model)) {
    let text;
    try {
      text = readFileSync4(file, "utf8");
    } catch {
      continue;
    }
    const where2 = moves.final(file);
    text.split("\n").forEach((raw, index) => {
      const line = raw.replace(/\r$/, "");
      let changed = line;
      for (const m of servicePathMentions(line, rootName).reverse()) {
        const trailing = m.rel.match(/[./]*$/)[0];
        const rel = m.rel.slice(0, m.rel.length - trailing.length);
        if (!rel) continue;
        const end = moves.final(path9.join(model.root, rel));
        const newRel = path9.relative(model.root, end).split(path9.sep).join("/");
        if (newRel === rel || newRel.startsWith("..")) continue;
        changed = changed.slice(0, m.index) + `${rootName}/${newRel}${trailing}` + changed.slice(m.index + m.text.length);
      }
      if (changed === line) return;
      edits.push({
        op: "edit",
        phase: 5,
        file: where2,
        line: index + 1,
        old: line,
        new: changed,
        reason: "The document names a services path that moves."
      });
    });
  }
  return edits;
}

// src/plan/index.ts
import path17 from "node:path";

// src/plan/compose-edits.ts
import path10 from "node:path";
function defaultProjectName(dir) {
  return path10.basename(dir).toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[^a-z0-9]+/, "");
}
function implicitProjectName(stack) {
  if (stack.resolved.name !== void 0 && stack.resolved.name !== null) return null;
  if (stack.env.has("COMPOSE_PROJECT_NAME")) return null;
  return defaultProjectName(stack.dir);
}
var YAML_WORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
function yamlScalar(value) {
  return /^[a-z][a-z0-9_-]*$/.test(value) && !YAML_WORDS.test(value) ? value : JSON.stringify(value);
}
function keepProjectName(stack, newDir) {
  const current = implicitProjectName(stack);
  if (current === null || current === defaultProjectName(newDir)) return { edit: null, flow: false };
  const file = stack.files[0];
  const lines = file.text.split("\n").map((line) => line.replace(/\r$/, ""));
  const index = lines.findIndex((line) => line.trim() !== "" && !/^\s*#/.test(line) && !/^(---|%)/.test(line));
  if (index < 0) return { edit: null, flow: false };
  if (lines[index].trimStart().startsWith("{")) return { edit: null, flow: true };
  return {
    edit: {
      op: "edit",
      phase: 2,
      file: file.abs,
      line: index + 1,
      old: lines[index],
      new: `name: ${yamlScalar(current)}
${lines[index]}`,
      reason: `Keep the Compose project name '${current}' when the folder becomes '${path10.basename(newDir)}/' (containers, networks and volumes are named after it).`
    },
    flow: false
  };
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isRelativePath(raw) {
  return raw !== "" && !raw.includes("${") && !raw.startsWith("/") && !raw.startsWith("~") && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !raw.startsWith("git@");
}
function pathReferences(data) {
  if (!data) return [];
  const out = [];
  const add = (keyPath, value) => {
    if (typeof value === "string" && isRelativePath(value)) out.push({ keyPath, raw: value });
  };
  const listOrOne = (keyPath, value, objectKey) => {
    if (Array.isArray(value)) value.forEach((item, i) => isRecord2(item) ? add([...keyPath, i, objectKey], item[objectKey]) : add([...keyPath, i], item));
    else if (isRecord2(value)) add([...keyPath, objectKey], value[objectKey]);
    else add(keyPath, value);
  };
  const services = isRecord2(data.services) ? data.services : {};
  for (const [name, service] of Object.entries(services)) {
    if (!isRecord2(service)) continue;
    const base = ["services", name];
    if (typeof service.build === "string") add([...base, "build"], service.build);
    else if (isRecord2(service.build)) add([...base, "build", "context"], service.build.context);
    if (Array.isArray(service.volumes)) {
      service.volumes.forEach((volume, i) => {
        if (typeof volume === "string") {
          const source = volume.split(":")[0];
          if ((source.startsWith(".") || source.includes("/")) && isRelativePath(source)) out.push({ keyPath: [...base, "volumes", i], raw: source });
        } else if (isRecord2(volume) && volume.type === "bind") {
          add([...base, "volumes", i, "source"], volume.source);
        }
      });
    }
    if (service.env_file !== void 0) listOrOne([...base, "env_file"], service.env_file, "path");
    if (isRecord2(service.extends)) add([...base, "extends", "file"], service.extends.file);
  }
  if (data.include !== void 0) {
    const items = Array.isArray(data.include) ? data.include : [data.include];
    items.forEach((item, i) => {
      const keyPath = Array.isArray(data.include) ? ["include", i] : ["include"];
      if (typeof item === "string") add(keyPath, item);
      else if (isRecord2(item)) listOrOne([...keyPath, "path"], item.path, "path");
    });
  }
  for (const section of ["secrets", "configs"]) {
    const entries = isRecord2(data[section]) ? data[section] : {};
    for (const [key, entry2] of Object.entries(entries)) if (isRecord2(entry2)) add([section, key, "file"], entry2.file);
  }
  return out;
}
function spell(rel, original) {
  let out = rel.split(path10.sep).join("/") || ".";
  if ((original.startsWith("./") || original === ".") && !out.startsWith(".")) out = `./${out}`;
  if (original.endsWith("/") && !out.endsWith("/")) out = `${out}/`;
  return out;
}
function relativePathEdits(stack, finalOf) {
  const newDir = finalOf(stack.dir);
  const out = [];
  for (const file of stack.files) {
    let split = null;
    const linesOf2 = () => split ??= file.text.split("\n").map((line) => line.replace(/\r$/, ""));
    for (const ref of pathReferences(file.data)) {
      const target = path10.resolve(stack.dir, ref.raw);
      const next = spell(path10.relative(newDir, finalOf(target)), ref.raw);
      if (path10.resolve(newDir, ref.raw) === finalOf(target)) continue;
      const lines = linesOf2();
      const holding = lines.flatMap((line, index) => line.includes(ref.raw) ? [index + 1] : []);
      const loc = holding.length === 1 ? null : stack.locate(ref.keyPath);
      const lineNo = holding.length === 1 ? holding[0] : loc && loc.file === file.abs ? loc.line : null;
      const text = lineNo === null ? void 0 : lines[lineNo - 1];
      if (text === void 0 || text.split(ref.raw).length !== 2) {
        out.push({ edit: null, manual: { file: file.abs, line: lineNo, raw: ref.raw, next }, target });
        continue;
      }
      out.push({
        edit: {
          op: "edit",
          phase: 2,
          file: file.abs,
          line: lineNo,
          old: text,
          new: text.replace(ref.raw, next),
          reason: `'${ref.raw}' must still reach '${path10.basename(target)}' once the moves are done ('${next}' from the new folder).`
        },
        manual: null,
        target
      });
    }
  }
  return out;
}

// src/plan/migration.ts
import path15 from "node:path";

// src/plan/checks.ts
import path11 from "node:path";

// src/compose/traefik.ts
var ROUTER_LABEL = /^traefik\.(http|tcp|udp)\.routers\.([^.]+)\.(.+)$/;
function isTraefikDisabled(labels) {
  return (labels.get("traefik.enable") ?? "").trim().toLowerCase() === "false";
}
function traefikRouters(labels) {
  const routers = /* @__PURE__ */ new Map();
  for (const [key, value] of labels) {
    const match = ROUTER_LABEL.exec(key);
    if (!match) continue;
    const [, protocol, name, option] = match;
    if (name.includes("${")) continue;
    const id = `${protocol}.${name}`;
    let router = routers.get(id);
    if (!router) routers.set(id, router = { protocol, name, labelKey: key, rule: null, entrypoints: [], routes: [] });
    if (option === "rule") {
      router.labelKey = key;
      router.rule = value;
      router.routes = protocol === "http" ? hostRoutes(value) : [];
    } else if (option === "entrypoints") {
      router.entrypoints = value.split(",").map((e) => e.trim()).filter(Boolean);
    }
  }
  return [...routers.values()];
}
var MATCHER = /\b([A-Za-z]+)\s*\(([^()]*)\)/g;
function hostRoutes(rule) {
  const routes = [];
  for (const branch of splitTopLevelOr(rule)) {
    const hosts = [];
    const others = [];
    for (const match of branch.matchAll(MATCHER)) {
      const [, name, args] = match;
      if (name === "Host") hosts.push(...splitArgs(args));
      else others.push(`${name}(${splitArgs(args).join(",")})`);
    }
    const conditions = [...new Set(others)].sort().join(" && ");
    for (const host of hosts) if (host && !host.includes("${")) routes.push({ host: host.toLowerCase(), conditions });
  }
  return routes;
}
function splitArgs(args) {
  return args.split(",").map((a) => a.trim().replace(/^[`"']|[`"']$/g, "").trim()).filter(Boolean);
}
function splitTopLevelOr(rule) {
  const branches = [];
  let depth2 = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < rule.length; i++) {
    const ch = rule[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "`" || ch === '"') quote = ch;
    else if (ch === "(") depth2++;
    else if (ch === ")") depth2--;
    else if (depth2 === 0 && ch === "|" && rule[i + 1] === "|") {
      branches.push(rule.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  branches.push(rule.slice(start));
  return branches;
}

// src/plan/checks.ts
function migrationChecks(model, moves, created, removed) {
  const stacks = /* @__PURE__ */ new Set();
  for (const stack of model.stacks) {
    if (stack.archived || removed.has(stack.file)) continue;
    const end = moves.final(stack.file);
    if (!isInside(path11.join(model.root, archiveFolder(model)), end)) stacks.add(end);
  }
  for (const file of created) stacks.add(file);
  const urls = [];
  const seen = /* @__PURE__ */ new Set();
  for (const service of model.services) {
    if (service.stack.archived || isTraefikDisabled(service.labels)) continue;
    const labels = service.labels;
    for (const router of traefikRouters(labels)) {
      if (router.protocol !== "http") continue;
      const tls = [...labels.keys()].some((k) => k.startsWith(`traefik.http.routers.${router.name}.tls`));
      const secure = tls || router.entrypoints.some((e) => /secure|https|443/i.test(e));
      for (const route of router.routes) {
        const prefix = /PathPrefix\(([^)]*)\)/.exec(route.conditions)?.[1]?.split(",")[0]?.replace(/[`"']/g, "") ?? "";
        const url = `${secure ? "https" : "http"}://${route.host}${prefix.startsWith("/") ? prefix : ""}`;
        if (seen.has(url)) continue;
        seen.add(url);
        urls.push({ service: service.name, router: router.name, url });
      }
    }
  }
  return { stacks: [...stacks].sort(), urls: urls.sort((a, b) => a.url < b.url ? -1 : a.url > b.url ? 1 : 0) };
}
function archiveFolder(model) {
  return [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
}

// src/plan/moves.ts
import path12 from "node:path";
function moveMap(actions) {
  const moves = actions.filter((a) => a.op === "move").map((a) => ({ from: a.from, to: a.to }));
  const bridges = actions.filter((a) => a.op === "symlink").map((a) => ({ path: a.path, target: a.target }));
  const bySource = indexBy(moves.map((m, i) => [m.from, i]));
  const byTarget = indexBy(moves.map((m, i) => [m.to, i]));
  const final = (abs) => {
    let current = abs;
    let after = -1;
    for (; ; ) {
      const i = firstAncestorMove(current, bySource, after, 1);
      if (i === null) return current;
      const { from, to } = moves[i];
      current = current === from ? to : path12.join(to, path12.relative(from, current));
      after = i;
    }
  };
  const original = (abs) => {
    let current = abs;
    let before = moves.length;
    for (; ; ) {
      const i = firstAncestorMove(current, byTarget, before, -1);
      if (i === null) return current;
      const { from, to } = moves[i];
      current = current === to ? from : path12.join(from, path12.relative(to, current));
      before = i;
    }
  };
  const reachableEarly = (abs) => {
    const end = final(abs);
    if (end === abs) return true;
    return bridges.some((b) => isInside(b.path, end) && final(b.target) === b.path && isInside(b.target, abs));
  };
  return { final, reachableEarly, original, moves };
}
function indexBy(entries) {
  const map2 = /* @__PURE__ */ new Map();
  for (const [key, i] of entries) {
    const list2 = map2.get(key);
    if (list2) list2.push(i);
    else map2.set(key, [i]);
  }
  return map2;
}
function firstAncestorMove(abs, index, bound, direction) {
  if (index.size === 0) return null;
  let best = null;
  for (let current = abs; ; ) {
    for (const i of index.get(current) ?? []) {
      if (direction === 1 ? i > bound && (best === null || i < best) : i < bound && (best === null || i > best)) best = i;
    }
    const parent = path12.dirname(current);
    if (parent === current) return best;
    current = parent;
  }
}
function relativeReference(original, baseDir, target) {
  let rel = path12.relative(baseDir, target).split(path12.sep).join("/");
  if (rel === "") rel = ".";
  else if (!rel.startsWith("../") && rel !== ".." && (original.startsWith("./") || original === ".")) rel = `./${rel}`;
  if (original.endsWith("/") && !rel.endsWith("/")) rel += "/";
  return rel;
}

// src/plan/rewrites.ts
import path13 from "node:path";
function followUpSteps(model, moves) {
  if (moves.moves.length === 0) return [];
  return [...archiveReads(model, moves), ...symlinkSteps(model, moves)];
}
function archiveReads(model, moves) {
  const archive = path13.join(model.root, [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive");
  const steps = [];
  for (const stack of model.stacks) {
    if (stack.archived || isInside(archive, moves.final(stack.file))) continue;
    for (const file of stack.files) {
      for (const ref of pathReferences(file.data)) {
        const target = path13.resolve(stack.dir, ref.raw);
        const end = moves.final(target);
        if (end === target || !isInside(archive, end)) continue;
        steps.push({
          op: "manual",
          phase: 4,
          path: moves.final(file.abs),
          reason: `It reads '${ref.raw}' (${ref.keyPath.join(".")}) from a folder that goes to ${path13.basename(archive)}/ (archived services must not be used).`,
          steps: [`Move what it needs out of '${path13.relative(model.root, end)}' into its own folder, or drop the reference.`]
        });
      }
    }
  }
  return steps;
}
function symlinkSteps(model, moves) {
  const steps = [];
  const bridges = new Set(model.serviceDirs.filter((d) => d.symlink).map((d) => d.abs));
  for (const entry2 of model.tree.entries) {
    if (entry2.kind !== "symlink" || !entry2.symlink || bridges.has(entry2.abs)) continue;
    const text = entry2.symlink.target;
    const target = path13.resolve(path13.dirname(entry2.abs), text);
    if (path13.isAbsolute(text) && !isInside(model.root, target)) continue;
    const link = moves.final(entry2.abs);
    const end = moves.final(target);
    const next = path13.isAbsolute(text) ? end : path13.relative(path13.dirname(link), end) || ".";
    if (next === text || !path13.isAbsolute(text) && path13.relative(path13.dirname(entry2.abs), target) === next) continue;
    steps.push({
      op: "manual",
      phase: 4,
      path: link,
      reason: `The symlink '${path13.basename(entry2.abs)}' (-> ${text}) would point at the wrong place once the folders move.`,
      steps: [`ln -sfn '${next.replace(/'/g, `'\\''`)}' '${link.replace(/'/g, `'\\''`)}'`]
    });
  }
  return steps;
}

// src/plan/split.ts
var import_yaml4 = __toESM(require_dist(), 1);
import path14 from "node:path";
var ENV_FILES = [".env", ".env.example"];
function effectiveProjectName(stack) {
  const named = stack.resolved.name;
  if (typeof named === "string" && named !== "") return named.includes("${") ? null : normalizeProjectName(named);
  const fromEnv = stack.env.get("COMPOSE_PROJECT_NAME");
  if (fromEnv) return fromEnv;
  return defaultProjectName(stack.dir);
}
function normalizeProjectName(name) {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[_-]+/, "");
}
function splitStack(model, split, moves, taken) {
  const stack = model.stacks.find((s) => s.file === split.file);
  if (!stack) return { automated: false, why: "the stack did not load" };
  if (stack.files.length > 1) return { automated: false, why: "it has override files (definitions merged from several files)" };
  const file = stack.files[0];
  if (file.documents.length !== 1 || !file.data) return { automated: false, why: "it is not one plain YAML document" };
  const doc = file.documents[0];
  if (usesAnchors(doc)) return { automated: false, why: "it uses YAML anchors, aliases or merge keys that the definitions share" };
  if (Object.keys(file.data).some((k) => k.startsWith("x-"))) return { automated: false, why: "it has `x-` fragments the definitions may share" };
  const project = effectiveProjectName(stack);
  if (!project) return { automated: false, why: "a variable sets its project name" };
  const leavingNames = new Set(split.services.map((s) => s.name));
  const staying = stack.services.filter((s) => !leavingNames.has(s.name));
  const lines = file.text.split("\n").map((l) => l.replace(/\r$/, ""));
  const usesVariables = /* @__PURE__ */ new Map();
  const steps = { actions: [], created: [], removed: [], covered: /* @__PURE__ */ new Map() };
  const creates = [];
  const notes = [];
  const targets = /* @__PURE__ */ new Map();
  for (const { name } of split.services) {
    const service = stack.services.find((s) => s.name === name);
    if (!service) return { automated: false, why: `'${name}' is not defined in it` };
    const folder = service.serviceDir && service.serviceDir.stack === null ? service.serviceDir : null;
    if (!folder || folder.symlink) return { automated: false, why: `'${name}' has no folder of its own to hold its stack` };
    const finalDir = moves.final(folder.abs);
    const target = path14.join(folder.abs, "docker-compose.yml");
    if (COMPOSE_FILE_NAMES.some((n) => taken(path14.join(folder.abs, n)) || taken(path14.join(finalDir, n)))) {
      return { automated: false, why: `'${path14.basename(finalDir)}/' already has a compose file` };
    }
    const problem = leansOnNeighbours(stack, service);
    if (problem) return { automated: false, why: problem };
    const block = serviceBlock(doc, file.text, lines, name);
    if (!block) return { automated: false, why: `the definition of '${name}' is not a block mapping svclint can lift` };
    const rewritten = rewriteBlockPaths(stack, name, block, moves, finalDir);
    if (typeof rewritten === "string") return { automated: false, why: rewritten };
    const carried = carriedDeclarations(stack, service, staying, project);
    if (typeof carried === "string") return { automated: false, why: carried };
    usesVariables.set(name, /\$\{?[A-Za-z_]/.test(rewritten.join("\n")));
    const relFile = path14.relative(model.root, split.file).split(path14.sep).join("/");
    const content = [`# Split out of ${path14.basename(model.root)}/${relFile} by svclint migrate.`, "services:", ...rewritten, ...carried].join("\n");
    creates.push({
      op: "edit",
      phase: 2,
      file: target,
      line: 1,
      old: "",
      new: content,
      whole: "create",
      reason: `'${name}' gets a stack of its own in its folder (its definition leaves the shared stack ${relFile}).`
    });
    targets.set(name, path14.join(finalDir, "docker-compose.yml"));
    const blockLines = steps.covered.get(split.file) ?? /* @__PURE__ */ new Set();
    for (let line = block.first; line <= block.last; line++) blockLines.add(line);
    steps.covered.set(split.file, blockLines);
    const newProject = defaultProjectName(finalDir);
    const shown2 = (abs) => path14.relative(model.policy.baseDir, abs).split(path14.sep).join("/");
    notes.push({
      op: "manual",
      phase: 4,
      path: path14.join(finalDir, "docker-compose.yml"),
      reason: `'${name}' now runs in Compose project '${newProject}' instead of '${project}' (a shared project cannot be kept by two stack files); its volumes keep their Docker names, so its data stays.`,
      steps: [
        `docker compose -p ${project} rm --stop --force ${name}`,
        `docker compose -f ${shown2(path14.join(finalDir, "docker-compose.yml"))} up -d`
      ]
    });
  }
  const envFiles = ENV_FILES.map((n) => path14.join(stack.dir, n)).filter((abs) => model.tree.byRel.has(path14.relative(model.root, abs).split(path14.sep).join("/")));
  const envMoves = [];
  if (envFiles.length > 0) {
    const users = [...usesVariables].filter(([, uses]) => uses).map(([name]) => name);
    const remainingUse = staying.length > 0;
    if (users.length > 1) return { automated: false, why: `${users.map((u) => `'${u}'`).join(" and ")} both read variables from its .env, which svclint will not split (it holds secrets)` };
    if (users.length === 1 && remainingUse) return { automated: false, why: `'${users[0]}' reads variables from the .env the services that stay also need` };
    if (!remainingUse) {
      const heir = users[0] ?? split.services[0].name;
      const heirDir = path14.dirname(targets.get(heir));
      for (const env of envFiles) {
        const to = path14.join(heirDir, path14.basename(env));
        if (taken(to)) return { automated: false, why: `'${path14.basename(heirDir)}/' already has ${path14.basename(env)}` };
        envMoves.push({ op: "move", phase: 4, from: env, to, reason: `The stack's ${path14.basename(env)} goes with '${heir}', whose new stack reads it.` });
      }
    }
  }
  steps.actions.push(...creates);
  if (staying.length === 0) {
    steps.actions.push({
      op: "edit",
      phase: 4,
      file: split.file,
      line: 1,
      old: lines[0] ?? "",
      new: "",
      whole: "remove",
      reason: "Every service it defined has a stack of its own now (the migration journal keeps the file for a rollback)."
    });
    steps.removed.push(split.file);
  } else {
    steps.actions.push(...removeBlocks(doc, lines, split));
  }
  steps.actions.push(...envMoves, ...notes);
  steps.created.push(...targets.values());
  return { automated: true, steps };
}
function usesAnchors(doc) {
  let found = false;
  (0, import_yaml4.visit)(doc, {
    Node(_key, node) {
      if ((0, import_yaml4.isAlias)(node) || node.anchor) found = true;
    },
    Pair(_key, pair) {
      if (pair.key?.value === "<<" || String(pair.key?.value) === "Symbol(<<)") found = true;
    }
  });
  return found;
}
function leansOnNeighbours(stack, service) {
  const c = service.config;
  const others = stack.services.filter((s) => s !== service).map((s) => s.name);
  const names = (v) => Array.isArray(v) ? v.map(String) : v && typeof v === "object" ? Object.keys(v) : [];
  const dependsOn = names(c.depends_on).filter((n) => others.includes(n));
  if (dependsOn.length > 0) return `'${service.name}' depends on ${dependsOn.map((n) => `'${n}'`).join(", ")} in the same file`;
  if (names(c.links).length > 0) return `'${service.name}' uses links`;
  if (names(c.volumes_from).length > 0) return `'${service.name}' uses volumes_from`;
  if (typeof c.network_mode === "string" && c.network_mode.startsWith("service:")) return `'${service.name}' shares the network of another service`;
  const ext = c.extends;
  if (ext && (typeof ext === "string" || typeof ext === "object" && !ext.file)) return `'${service.name}' extends a service of the same file`;
  if (names(c.configs).length > 0 || names(c.secrets).length > 0) return `'${service.name}' uses configs or secrets declared in the file`;
  for (const other of stack.services) {
    if (other === service) continue;
    const o = other.config;
    const mode = typeof o.network_mode === "string" ? o.network_mode : "";
    if ([...names(o.depends_on), ...names(o.links).map((l) => l.split(":")[0]), ...names(o.volumes_from).map((v) => v.split(":")[0])].includes(service.name) || mode === `service:${service.name}`) {
      return `'${other.name}' in the same file depends on '${service.name}'`;
    }
  }
  return null;
}
function serviceBlock(doc, text, lines, name) {
  const services = findNode(doc, ["services"])?.value;
  if (!(0, import_yaml4.isMap)(services) || services.flow) return null;
  const pair = services.items.find((p) => (0, import_yaml4.isPair)(p) && String(p.key.value) === name);
  const keyRange = pair?.key?.range;
  const valueRange = pair?.value?.range;
  if (!pair || !keyRange || !valueRange) return null;
  const lineOf = (offset) => text.slice(0, offset).split("\n").length;
  const first = lineOf(keyRange[0]);
  let last = lineOf(Math.max(valueRange[1] - 1, keyRange[0]));
  while (last > first && (lines[last - 1] ?? "").trim() === "") last--;
  const indent = (lines[first - 1] ?? "").length - (lines[first - 1] ?? "").trimStart().length;
  return { first, last, indent };
}
function rewriteBlockPaths(stack, name, block, moves, finalDir) {
  const file = stack.files[0];
  const lines = file.text.split("\n").map((l) => l.replace(/\r$/, "")).slice(block.first - 1, block.last);
  const replacements = [];
  for (const ref of pathReferences(file.data)) {
    if (ref.keyPath[0] !== "services" || ref.keyPath[1] !== name) continue;
    const scalar = locateScalar(file, ref.keyPath);
    if (!scalar) return `a path of '${name}' (${ref.keyPath.slice(2).join(".")}) is not a one-line value`;
    const end = moves.final(path14.resolve(stack.dir, ref.raw));
    const next = relativeReference(ref.raw, finalDir, end);
    if (next === ref.raw) continue;
    const value = String(scalar.node.value);
    if (!value.startsWith(ref.raw)) return `a path of '${name}' (${ref.keyPath.slice(2).join(".")}) is written in a way svclint does not rewrite`;
    replacements.push({ line: scalar.line, column: scalar.column, source: scalar.source, text: renderScalar(scalar.node, next + value.slice(ref.raw.length)) });
  }
  if (/\$\{[^}]*\}/.test(lines.join("\n")) && pathsWithVariables(stack, name)) return `a path of '${name}' comes from a variable`;
  for (const r of replacements.sort((a, b) => b.column - a.column)) {
    const i = r.line - block.first;
    const line = lines[i];
    lines[i] = line.slice(0, r.column - 1) + r.text + line.slice(r.column - 1 + r.source.length);
  }
  return lines.map((line) => line.trim() === "" ? "" : `  ${line.slice(Math.min(block.indent, line.length - line.trimStart().length))}`);
}
function locateScalar(file, keyPath) {
  let found = null;
  for (const doc of file.documents) {
    const hit = findNode(doc, keyPath);
    if (hit?.value) found = hit.value;
  }
  if (!found || !(0, import_yaml4.isScalar)(found) || !found.range || typeof found.value !== "string") return null;
  if (found.type !== import_yaml4.Scalar.PLAIN && found.type !== import_yaml4.Scalar.QUOTE_DOUBLE && found.type !== import_yaml4.Scalar.QUOTE_SINGLE) return null;
  const source = file.text.slice(found.range[0], found.range[1]);
  if (source.includes("\n")) return null;
  const pos = file.lineCounter.linePos(found.range[0]);
  return { node: found, line: pos.line, column: pos.col, source };
}
var PLAIN_SAFE = /^[A-Za-z0-9_./~@+=,-][A-Za-z0-9_./~:@+=,-]*$/;
function renderScalar(node, value) {
  if (node.type === import_yaml4.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (node.type === import_yaml4.Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || value.includes(": ")) return JSON.stringify(value);
  return value;
}
function pathsWithVariables(stack, name) {
  const service = stack.files[0].data?.services?.[name] ?? {};
  const values = [service.build, service.build?.context, service.env_file, ...Array.isArray(service.volumes) ? service.volumes : []];
  return values.some((v) => {
    if (typeof v === "string") return v.includes("${") && (v.split(":")[0] ?? "").includes("${");
    if (v && typeof v === "object") return JSON.stringify(v).includes("${");
    return false;
  });
}
function carriedDeclarations(stack, service, staying, project) {
  const data = stack.files[0].data;
  const declared = (section) => data[section] && typeof data[section] === "object" ? data[section] : {};
  const out = [];
  const volumes = namedVolumes(service);
  if (volumes.length > 0) {
    out.push("volumes:");
    for (const key of volumes) {
      if (staying.some((s) => namedVolumes(s).includes(key)) || stackServicesUsing(stack, key).length > 1) return `the volume '${key}' is shared with another service of the stack`;
      const decl = declared("volumes")[key] ?? {};
      const name = typeof decl?.name === "string" ? decl.name : `${project}_${key}`;
      if (name.includes("${")) return `the name of volume '${key}' comes from a variable`;
      const rest = Object.keys(decl ?? {}).filter((k) => k !== "name" && k !== "external");
      if (rest.length > 0) return `the volume '${key}' has options (${rest.join(", ")}) svclint does not carry`;
      out.push(`  ${key}:`, `    name: ${name}`);
      if (decl?.external) out.push("    external: true");
    }
  }
  const networks = serviceNetworks2(service);
  if (networks === null) {
    if (stack.services.length > 1 && typeof service.config.network_mode !== "string") return `'${service.name}' is on the project's default network with its neighbours`;
  } else if (networks.length > 0) {
    out.push("networks:");
    for (const key of networks) {
      const decl = declared("networks")[key];
      if (!decl?.external) return `the network '${key}' belongs to the project (only external networks can be shared by two stacks)`;
      out.push(`  ${key}:`, "    external: true");
      if (typeof decl.name === "string") out.push(`    name: ${decl.name}`);
    }
  }
  return out;
}
function namedVolumes(service) {
  const list2 = Array.isArray(service.config.volumes) ? service.config.volumes : [];
  const names = [];
  for (const v of list2) {
    const source = typeof v === "string" ? v.includes(":") ? v.split(":")[0] : "" : v && typeof v === "object" && v.type !== "bind" ? String(v.source ?? "") : "";
    if (source && !/^[./~$]/.test(source)) names.push(source);
  }
  return names;
}
function stackServicesUsing(stack, volume) {
  return stack.services.filter((s) => namedVolumes(s).includes(volume));
}
function serviceNetworks2(service) {
  const n = service.config.networks;
  if (n === void 0 || n === null) return null;
  return Array.isArray(n) ? n.map(String) : Object.keys(n);
}
function removeBlocks(doc, lines, split) {
  const edits = [];
  for (const { name } of split.services) {
    const block = serviceBlock(doc, lines.join("\n"), lines, name);
    if (!block) continue;
    for (let line = block.first; line <= block.last; line++) {
      edits.push({ op: "edit", phase: 4, file: split.file, line, old: lines[line - 1], new: "", reason: `The definition of '${name}' moved to its own stack.` });
    }
  }
  return edits;
}
function manualSplit(model, split, moves, why) {
  const rel = (abs) => path14.relative(model.root, abs).split(path14.sep).join("/") || ".";
  const stack = model.stacks.find((s) => s.file === split.file);
  const project = stack ? effectiveProjectName(stack) ?? "its current project" : "its current project";
  const steps = split.services.map(({ name, to }) => {
    const service = stack?.services.find((s) => s.name === name);
    const home = service?.serviceDir ? moves.final(service.serviceDir.abs) : to;
    return `Move the definition of '${name}' from ${rel(split.file)} into ${rel(home)}/docker-compose.yml (create it), with the top-level volumes and networks it uses.`;
  });
  steps.push(
    `Keep each moved named volume's data: declare it with \`name: ${project}_<volume>\` (the name Docker gave it), or mark it external.`,
    "Give it external networks to reach the services it talked to on the old project network.",
    "Rewrite its relative paths (build, bind mounts, env_file) for the new folder, and give the new stack the variables it reads from the old stack's .env.",
    `Restart it in its new project: docker compose -p ${project} rm --stop --force <service>, then docker compose -f <new stack file> up -d.`
  );
  return {
    op: "manual",
    phase: 2,
    path: split.file,
    reason: `Its services go to ${new Set(split.services.map((s) => s.to)).size > 1 ? "different capabilities" : "another capability"}, and svclint will not split it automatically: ${why}.`,
    steps
  };
}

// src/plan/migration.ts
function extendPlan(model, plan) {
  const causeOf2 = /* @__PURE__ */ new Map();
  for (const cause of plan.causes) for (const action of cause.actions) addCause(causeOf2, action, cause.key);
  const actions = [...plan.actions];
  const replace2 = (old, next) => {
    const i = actions.indexOf(old);
    if (i < 0) return;
    actions.splice(i, 1, ...next);
    const keys = causeOf2.get(old) ?? /* @__PURE__ */ new Set();
    for (const action of next) for (const key of keys) addCause(causeOf2, action, key);
  };
  const add = (action, ...keys) => {
    actions.push(action);
    for (const key of keys) if (key) addCause(causeOf2, action, key);
  };
  const planned = moveMap(actions);
  const existing = (abs) => abs === model.root || model.tree.byRel.has(path15.relative(model.root, abs).split(path15.sep).join("/"));
  const claimed = /* @__PURE__ */ new Set();
  for (const a of actions) if (a.op === "move") claimed.add(a.to);
  const taken = (abs) => existing(abs) || claimed.has(abs);
  for (const folder of plan.folders) {
    if (folder.fate !== "retire") continue;
    const manual = actions.find((a) => a.op === "manual" && a.path === folder.dir);
    const dir = model.serviceDirs.find((d) => d.abs === folder.dir);
    if (!manual || !dir || dir.symlink || plan.moves.some((m) => isInside(m.from, dir.abs) && m.from !== dir.abs)) continue;
    const to = archiveTarget(model, dir.name, taken);
    claimed.add(to);
    const key = [...causeOf2.get(manual) ?? []][0] ?? null;
    const pin = dir.stack ? keepProjectName(dir.stack, to).edit : null;
    if (pin) add(pin, key);
    add({ op: "move", phase: 4, from: dir.abs, to, reason: `A second copy of '${dir.classification.canonicalName}': archived, not deleted (archive/ holds what no longer runs).` }, key);
    replace2(manual, [{ ...manual, steps: manual.steps.filter((s) => !/^Remove '/.test(s)).concat(`svclint moves it to '${path15.relative(model.root, to)}/' (archived stacks are not part of the running host).`) }]);
  }
  const created = [];
  const removed = /* @__PURE__ */ new Set();
  const covered = /* @__PURE__ */ new Map();
  for (const split of [...plan.stackSplits, ...followingDefinitions(model, plan, planned)]) {
    const manual = actions.find((a) => a.op === "manual" && a.phase === 2 && a.path === split.file);
    const outcome = splitStack(model, split, planned, taken);
    if (outcome.automated) {
      for (const file of outcome.steps.created) claimed.add(file);
      for (const a of outcome.steps.actions) if (a.op === "move") claimed.add(a.to);
      created.push(...outcome.steps.created);
      for (const f of outcome.steps.removed) removed.add(f);
      for (const [file, lines] of outcome.steps.covered) covered.set(file, /* @__PURE__ */ new Set([...covered.get(file) ?? [], ...lines]));
      if (manual) replace2(manual, outcome.steps.actions);
      else for (const a of outcome.steps.actions) add(a, split.cause);
    } else {
      const step = manualSplit(model, split, planned, outcome.why);
      if (manual) replace2(manual, [step]);
      else add(step, split.cause);
    }
  }
  for (const action of [...actions]) {
    if (action.op !== "edit" || action.whole || action.phase !== 2) continue;
    if (removed.has(action.file) || covered.get(action.file)?.has(action.line)) replace2(action, []);
  }
  const moves = moveMap(actions);
  for (const manual of followUpSteps(model, moves)) add(manual, moveCause(plan, causeOf2, actions, manual.path));
  for (const edit of documentEdits(model, moves)) add(edit, docCause(plan, edit.old, model.root));
  for (const action of [...actions]) {
    if (action.op !== "delete-empty") continue;
    const left = leftBehind(model, actions, action.path);
    if (left.length === 0) continue;
    const shown2 = (abs) => path15.relative(model.root, abs).split(path15.sep).join("/");
    replace2(action, [{
      op: "manual",
      phase: 4,
      path: action.path,
      reason: `'${shown2(action.path)}/' still holds ${left.slice(0, 3).map((l) => `'${path15.basename(l)}'`).join(", ")}${left.length > 3 ? ` and ${left.length - 3} more` : ""} once the automated steps are done.`,
      steps: [`When the manual steps above have emptied it, remove it: rmdir ${shown2(action.path)}`]
    }]);
  }
  const ordered = orderForExecution(actions);
  const causes = plan.causes.map((cause) => ({ ...cause, actions: ordered.filter((a) => causeOf2.get(a)?.has(cause.key)) }));
  return { ...plan, actions: ordered, causes, checks: migrationChecks(model, moves, created, removed) };
}
function followingDefinitions(model, plan, moves) {
  const known2 = new Set(plan.stackSplits.flatMap((s) => s.services.map((x) => `${s.file}#${x.name}`)));
  const byFile = /* @__PURE__ */ new Map();
  const capability = (abs) => path15.relative(model.root, abs).split(path15.sep)[0];
  for (const move of plan.moves) {
    if (move.bridged || capability(move.from) === capability(move.to)) continue;
    const dir = model.serviceDirs.find((d) => d.abs === move.dir);
    for (const service of dir?.composeServices ?? []) {
      const stack = service.stack;
      if (isInside(move.from, stack.dir) || moves.final(stack.file) !== stack.file || known2.has(`${stack.file}#${service.name}`)) continue;
      const split = byFile.get(stack.file) ?? { file: stack.file, services: [], cause: move.cause };
      split.services.push({ name: service.name, to: path15.join(model.root, capability(move.to)), cause: move.cause, reasons: move.reasons });
      byFile.set(stack.file, split);
    }
  }
  return [...byFile.values()];
}
function leftBehind(model, actions, dir) {
  const gone = /* @__PURE__ */ new Set();
  for (const a of actions) {
    if (a.op === "move") gone.add(a.from);
    else if (a.op === "edit" && a.whole === "remove") gone.add(a.file);
  }
  const emptied = new Set(actions.filter((a) => a.op === "delete-empty").map((a) => a.path));
  const rel = path15.relative(model.root, dir).split(path15.sep).join("/");
  const left = [];
  for (const child of model.tree.children.get(rel) ?? []) {
    if (gone.has(child.abs)) continue;
    if (emptied.has(child.abs) && leftBehind(model, actions, child.abs).length === 0) continue;
    left.push(child.abs);
  }
  return left;
}
function addCause(map2, action, key) {
  const set2 = map2.get(action);
  if (set2) set2.add(key);
  else map2.set(action, /* @__PURE__ */ new Set([key]));
}
function orderForExecution(actions) {
  const rank2 = (a) => a.phase !== 4 ? 0 : a.op === "move" ? 0 : a.op === "edit" ? 1 : a.op === "manual" ? 2 : 3;
  return actions.map((action, index) => ({ action, index })).sort((a, b) => a.action.phase - b.action.phase || rank2(a.action) - rank2(b.action) || a.index - b.index).map(({ action }) => action);
}
function moveCause(plan, causeOf2, actions, abs) {
  for (const a of actions) {
    if (a.op !== "move") continue;
    if (isInside(a.from, abs) || isInside(a.to, abs)) return [...causeOf2.get(a) ?? []][0] ?? null;
  }
  const move = plan.moves.find((m) => isInside(m.from, abs) || isInside(m.to, abs));
  return move?.cause ?? null;
}
function archiveTarget(model, name, taken) {
  const archive = [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
  let to = path15.join(model.root, archive, name);
  for (let n = 2; taken(to); n++) to = path15.join(model.root, archive, `${name}-${n}`);
  return to;
}
function docCause(plan, line, root) {
  const rootName = path15.basename(root);
  const move = plan.moves.find((m) => line.includes(`${rootName}/${path15.relative(root, m.from).split(path15.sep).join("/")}`));
  return move?.cause ?? null;
}

// src/plan/decide.ts
import { realpathSync as realpathSync3 } from "node:fs";
import path16 from "node:path";
function isKebabCase(name) {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}
function toKebab(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "service";
}
function archiveName(model) {
  return [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
}
function legacyEntry(model, dir) {
  const entry2 = dir.classification.catalog;
  if (!entry2?.legacy || dir.capability?.inactive) return null;
  const image = dir.primary?.image;
  if (image && !image.includes("${") && !findCatalogByImage(model.policy, image)?.legacy) return null;
  return entry2;
}
function isBridge(model, dir) {
  const link = dir.symlink;
  return !!link && link.status === "ok" && link.targetKind === "dir" && !!link.resolved && !!dir.capability && isInside(realRoot(model), link.resolved);
}
var realRoots = /* @__PURE__ */ new WeakMap();
function realRoot(model) {
  let root = realRoots.get(model);
  if (root === void 0) {
    root = realAbs(model.root);
    realRoots.set(model, root);
  }
  return root;
}
function realAbs(abs) {
  try {
    return realpathSync3(abs);
  } catch {
    return abs;
  }
}
function canonicalFolderName(dir) {
  const name = dir.classification.canonicalName;
  return isKebabCase(name) ? name : toKebab(name);
}
function decideFolder(model, dir, bridgeTargets, holderCapability = null) {
  if (dir.symlink) {
    if (!isBridge(model, dir)) return { fate: "skip" };
    const from = fromRoot(model, dir.symlink.resolved);
    return { fate: "move", from, to: dir.abs, kind: "place", reasons: [`'${dir.name}' is a Phase 1 bridge to the folder it replaces`], bridged: true };
  }
  if (bridgeTargets.size > 0 && bridgeTargets.has(realAbs(dir.abs))) return { fate: "skip" };
  if (dir.capability?.inactive) return { fate: "stay" };
  const legacy = legacyEntry(model, dir);
  if (legacy) {
    const to = path16.join(model.root, archiveName(model), legacy.name);
    return to === dir.abs ? { fate: "stay" } : { fate: "move", from: dir.abs, to, kind: "archive", reasons: [`superseded: ${legacy.reason}`], bridged: false };
  }
  const name = canonicalFolderName(dir);
  const reasons = dir.classification.reasons.map((r) => r.text);
  const capability = dir.classification.capability ?? (dir.parentKind === "service" ? holderCapability : null);
  if (capability) {
    const to = path16.join(model.root, capability, name);
    if (to === dir.abs) return { fate: "stay" };
    const kind = dir.parentKind === "service" ? "flatten" : path16.dirname(to) === path16.dirname(dir.abs) ? "rename" : "place";
    if (kind === "flatten") reasons.push("services sit at capability/service/");
    if (kind === "rename") reasons.unshift(name !== dir.name && dir.classification.catalog ? `'${dir.name}' is an alias of ${name}` : `folder names are kebab-case`);
    return { fate: "move", from: dir.abs, to, kind, reasons, bridged: false };
  }
  if (dir.parentKind === "capability") {
    if (name === dir.name) return { fate: "stay" };
    return { fate: "move", from: dir.abs, to: path16.join(path16.dirname(dir.abs), name), kind: "rename", reasons: ["folder names are kebab-case"], bridged: false };
  }
  return { fate: "unplaced", reasons: [`no rule says what '${dir.name}' provides`] };
}
function fromRoot(model, real) {
  return path16.join(model.root, path16.relative(realRoot(model), real));
}

// src/plan/groups.ts
function groupingFolders(model) {
  const catchAll = new Set(model.policy.catchAll);
  const technology = new Set(model.policy.technologyDirs);
  const serviceParents = new Set(model.serviceDirs.map((d) => d.parentRel));
  const found = [];
  for (const entry2 of model.tree.entries) {
    if (!isDirLike(entry2)) continue;
    const name = entry2.name.toLowerCase();
    const kind = catchAll.has(name) ? "catch-all" : technology.has(name) ? "technology" : null;
    if (!kind) continue;
    if (entry2.depth > 1 && !serviceParents.has(entry2.rel)) continue;
    found.push({ entry: entry2, kind });
  }
  return found;
}

// src/plan/index.ts
var groupKey = (abs) => `group:${abs}`;
var systemKey = (name) => `system:${name}`;
var folderKey = (abs) => `folder:${abs}`;
var composeServiceKey = (service) => `compose-service:${service.stack.file}#${service.name}`;
var Causes = class {
  parent = /* @__PURE__ */ new Map();
  add(key) {
    if (!this.parent.has(key)) this.parent.set(key, key);
    return key;
  }
  find(key) {
    let root = this.add(key);
    while (this.parent.get(root) !== root) root = this.parent.get(root);
    this.parent.set(key, root);
    return root;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = rank(ra) <= rank(rb) ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
  }
};
function rank(key) {
  const order = key.startsWith("group:") ? 0 : key.startsWith("system:") ? 1 : key.startsWith("folder:") ? 2 : 3;
  return `${order}${key}`;
}
function buildPlacementPlan(model) {
  const bridgeTargets = /* @__PURE__ */ new Set();
  for (const dir of model.serviceDirs) if (isBridge(model, dir)) bridgeTargets.add(realAbs(dir.symlink.resolved));
  const groups = groupingFolders(model);
  const groupRels = new Set(groups.map((g) => g.entry.rel));
  const decisions = /* @__PURE__ */ new Map();
  const byAbs = new Map(model.serviceDirs.map((d) => [d.abs, d]));
  const decide = (dir) => {
    const known2 = decisions.get(dir);
    if (known2) return known2;
    let decision;
    if (groupRels.has(dir.rel)) decision = { fate: "stay" };
    else decision = decideFolder(model, dir, bridgeTargets, dir.parentKind === "service" ? holderCapability(dir) : null);
    decisions.set(dir, decision);
    return decision;
  };
  const holderCapability = (dir) => {
    for (let parent = path17.dirname(dir.abs); isInside(model.root, parent) && parent !== model.root; parent = path17.dirname(parent)) {
      const holder = byAbs.get(parent);
      if (!holder) continue;
      const decision = decide(holder);
      const final = decision.fate === "move" ? decision.to : holder.abs;
      const parts = relOf(model, final).split("/");
      return parts.length >= 2 ? parts[0] : null;
    }
    return dir.capability?.name ?? null;
  };
  for (const dir of model.serviceDirs) decide(dir);
  const byFinal = /* @__PURE__ */ new Map();
  for (const [dir, decision] of decisions) {
    const final = decision.fate === "move" ? decision.to : decision.fate === "stay" && !dir.symlink && !groupRels.has(dir.rel) ? dir.abs : null;
    if (final === null) continue;
    if (decision.fate === "stay" && !dir.classification.catalog && !dir.primary) continue;
    const list2 = byFinal.get(final);
    if (list2) list2.push(dir);
    else byFinal.set(final, [dir]);
  }
  const retired = /* @__PURE__ */ new Map();
  for (const dirs of byFinal.values()) {
    if (dirs.length < 2) continue;
    const [keep, ...rest] = [...dirs].sort((a, b) => compareKeep(model, decisions, a, b));
    for (const dir of rest) retired.set(dir, keep);
  }
  const existing = (abs) => abs === model.root || model.tree.byRel.has(relOf(model, abs));
  const causes = new Causes();
  const folderCause = /* @__PURE__ */ new Map();
  for (const [dir, decision] of decisions) {
    if (decision.fate === "move" || decision.fate === "unplaced" || retired.has(dir)) folderCause.set(dir, causes.add(folderKey(dir.abs)));
  }
  if (bridgeTargets.size > 0) {
    const realDirs = new Map(model.serviceDirs.filter((d) => !d.symlink).map((d) => [realAbs(d.abs), d]));
    for (const dir of model.serviceDirs) {
      if (!isBridge(model, dir)) continue;
      const real = realDirs.get(realAbs(dir.symlink.resolved));
      if (!real) continue;
      folderCause.set(real, causes.add(folderKey(real.abs)));
      causes.union(folderKey(dir.abs), folderKey(real.abs));
    }
  }
  for (const group of groups) {
    const key = causes.add(groupKey(group.entry.abs));
    for (const [dir, cause] of folderCause) if (dir.abs !== group.entry.abs && isInside(group.entry.abs, dir.abs)) causes.union(key, cause);
  }
  const emptied = new Set(groups.map((g) => g.entry.abs));
  const byCapability = /* @__PURE__ */ new Map();
  for (const d of model.serviceDirs) {
    if (!d.capability) continue;
    const list2 = byCapability.get(d.capability.abs);
    if (list2) list2.push(d);
    else byCapability.set(d.capability.abs, [d]);
  }
  for (const cap of model.capabilityDirs) {
    if (cap.declared) continue;
    const inside = byCapability.get(cap.abs) ?? [];
    const isBridgeTarget = (d) => bridgeTargets.size > 0 && bridgeTargets.has(realAbs(d.abs));
    if (inside.length === 0 || !inside.every((d) => retired.has(d) || decisions.get(d).fate === "move" || isBridgeTarget(d))) continue;
    const key = causes.add(groupKey(cap.abs));
    emptied.add(cap.abs);
    for (const dir of inside) if (folderCause.has(dir)) causes.union(key, folderCause.get(dir));
  }
  for (const system of model.policy.systems) {
    const members = model.serviceDirs.filter((d) => !d.symlink && system.members.includes(d.classification.canonicalName));
    const homes = new Set(members.map((m) => m.parentKind === "root" ? "" : m.rel.split("/")[0]));
    if (homes.size < 2) continue;
    const key = causes.add(systemKey(system.name));
    for (const member of members) if (folderCause.has(member)) causes.union(key, folderCause.get(member));
  }
  for (const [dir, cause] of folderCause) {
    if (dir.parentKind !== "service") continue;
    const holder = [...folderCause.keys()].find((d) => d !== dir && d.parentKind !== "service" && isInside(d.abs, dir.abs));
    if (holder) causes.union(folderCause.get(holder), cause);
  }
  const stackSplits = [];
  const stackMoves = [];
  const finalOf = (dir) => {
    if (!dir) return null;
    const keep = retired.get(dir);
    if (keep) return finalOf(keep);
    const decision = decisions.get(dir);
    return decision.fate === "move" ? decision.to : decision.fate === "stay" ? dir.abs : null;
  };
  const capabilityOf = (abs) => abs && isInside(model.root, abs) && abs !== model.root ? path17.join(model.root, relOf(model, abs).split("/")[0]) : null;
  const stackDirs = new Set(model.stacks.map((s) => s.dir));
  for (const groupAbs of emptied) {
    const stack = model.stacks.find((s) => s.dir === groupAbs);
    const key = causes.find(groupKey(groupAbs));
    if (!stack) continue;
    const targets = stack.services.map((service) => ({ service, to: capabilityOf(finalOf(service.serviceDir)) }));
    const capabilities = new Set(targets.map((t) => t.to));
    const only = capabilities.size === 1 ? [...capabilities][0] : null;
    const loose = (model.tree.children.get(relOf(model, groupAbs)) ?? []).filter((entry2) => !model.serviceDirs.some((d) => d.abs === entry2.abs)).map((entry2) => entry2.abs);
    const clash = only && loose.some((abs) => existing(path17.join(only, path17.basename(abs))));
    if (only && !stackDirs.has(only) && !clash && !stackMoves.some((m) => m.to === only)) {
      stackMoves.push({ stack, group: groupAbs, to: only, loose });
    } else {
      stackSplits.push({
        file: stack.file,
        services: targets.map(({ service, to }) => {
          const decision = service.serviceDir ? decisions.get(service.serviceDir) : void 0;
          return { name: service.name, to: to ?? groupAbs, cause: key, reasons: decision && "reasons" in decision ? decision.reasons : [] };
        }),
        cause: key
      });
    }
  }
  const capabilityByAbs = new Map(model.capabilityDirs.map((c) => [c.abs, c]));
  for (const service of model.services) {
    if (service.serviceDir || service.stack.archived) continue;
    const cap = capabilityByAbs.get(service.stack.dir);
    if (!cap) continue;
    const target = composeServiceTarget(model, service, cap.name);
    if (!target) continue;
    const key = causes.add(composeServiceKey(service));
    stackSplits.push({ file: service.stack.file, services: [{ name: service.name, to: target.to, cause: key, reasons: target.reasons }], cause: key });
  }
  const moves = [];
  for (const [dir, decision] of decisions) {
    if (decision.fate !== "move" || retired.has(dir)) continue;
    moves.push({ dir: dir.abs, from: decision.from, to: decision.to, reasons: decision.reasons, kind: decision.kind, bridged: decision.bridged, cause: causes.find(folderCause.get(dir)) });
  }
  moves.sort((a, b) => depth(b.from) - depth(a.from) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const tagged = [];
  const mkdirs = /* @__PURE__ */ new Map();
  const add = (action, cause) => {
    tagged.push({ action, causes: /* @__PURE__ */ new Set([cause]) });
  };
  const mkdir = (abs, cause) => {
    if (existing(abs)) return;
    const known2 = mkdirs.get(abs);
    if (known2) {
      known2.causes.add(cause);
      return;
    }
    const entry2 = { action: { op: "mkdir", phase: 1, path: abs, reason: "New capability directory." }, causes: /* @__PURE__ */ new Set([cause]) };
    mkdirs.set(abs, entry2);
    tagged.push(entry2);
  };
  for (const move of moves) {
    if (move.bridged) continue;
    mkdir(path17.dirname(move.to), move.cause);
    add({ op: "symlink", phase: 1, path: move.to, target: move.from, reason: `Bridge: '${path17.basename(move.to)}' answers at its new place while the folder stays where it is.` }, move.cause);
  }
  for (const { to, group } of stackMoves) mkdir(to, causes.find(groupKey(group)));
  for (const move of moves) {
    const stack = stackIn(model, move.from);
    if (!stack) continue;
    const { edit, flow } = keepProjectName(stack, move.to);
    if (edit) add(edit, move.cause);
    else if (flow) add(manualProjectName(stack, move.to), move.cause);
  }
  for (const { stack, group, to } of stackMoves) {
    const { edit, flow } = keepProjectName(stack, to);
    if (edit) add(edit, causes.find(groupKey(group)));
    else if (flow) add(manualProjectName(stack, to), causes.find(groupKey(group)));
  }
  const relocations = [
    ...moves.map((m) => ({ from: m.from, to: m.to, cause: m.cause })),
    ...stackMoves.flatMap(({ group, to, loose }) => loose.map((abs) => ({ from: abs, to: path17.join(to, path17.basename(abs)), cause: causes.find(groupKey(group)) })))
  ].sort((a, b) => depth(b.from) - depth(a.from));
  const relocationOf = (abs) => relocations.length === 0 ? null : relocations.find((r) => abs === r.from || abs.startsWith(`${r.from}${path17.sep}`)) ?? null;
  const finalPath = (abs) => {
    const r = relocationOf(abs);
    return r ? path17.join(r.to, path17.relative(r.from, abs)) : abs;
  };
  const retiredDirs = [...retired.keys()].map((d) => d.abs);
  for (const stack of relocations.length > 0 ? model.stacks : []) {
    if (retiredDirs.some((abs) => isInside(abs, stack.dir))) continue;
    const finalOfStack = (abs) => abs === stack.dir ? path17.dirname(finalPath(stack.file)) : finalPath(abs);
    for (const { edit, manual, target } of relativePathEdits(stack, finalOfStack)) {
      const cause = relocationOf(stack.file)?.cause ?? relocationOf(target)?.cause;
      if (!cause) continue;
      if (edit) add(edit, cause);
      else if (manual) add(manualPathEdit(model, manual), cause);
    }
  }
  mergeSameLineEdits(tagged);
  for (const split of stackSplits) add(splitAction(model, split), causes.find(split.cause));
  for (const move of moves) {
    const action = { op: "move", phase: 4, from: move.from, to: move.to, reason: move.reasons[0] ?? "decision tree" };
    if (move.bridged) action.replacesBridge = true;
    add(action, move.cause);
  }
  for (const { group, to, loose } of stackMoves) {
    for (const abs of loose) add({ op: "move", phase: 4, from: abs, to: path17.join(to, path17.basename(abs)), reason: `The stack of '${path17.basename(group)}/' follows its services to '${path17.basename(to)}/'.` }, causes.find(groupKey(group)));
  }
  for (const [dir, keep] of retired) add(retireAction(model, dir, keep), causes.find(folderCause.get(dir)));
  for (const [dir, decision] of decisions) {
    if (decision.fate !== "unplaced" || retired.has(dir)) continue;
    add(unplacedAction(model, dir, decision.reasons), causes.find(folderCause.get(dir)));
  }
  const emptiedOrder = [...emptied].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
  for (const abs of emptiedOrder) add({ op: "delete-empty", phase: 4, path: abs, reason: "Nothing is left in it once its services have moved." }, causes.find(groupKey(abs)));
  for (const t of tagged) t.causes = new Set([...t.causes].map((c) => causes.find(c)));
  const ordered = orderTagged(tagged);
  const actions = ordered.map((t) => t.action);
  const folders = model.serviceDirs.map((dir) => {
    const decision = decisions.get(dir);
    const cause = folderCause.has(dir) ? causes.find(folderCause.get(dir)) : null;
    const keep = retired.get(dir);
    if (keep) return { dir: dir.abs, fate: "retire", to: null, keep: keep.abs, cause };
    if (decision.fate === "move") return { dir: dir.abs, fate: "move", to: decision.to, keep: null, cause };
    if (decision.fate === "unplaced") return { dir: dir.abs, fate: "unplaced", to: null, keep: null, cause };
    const bridge = bridgeTargets.size > 0 && !dir.symlink && bridgeTargets.has(realAbs(dir.abs)) ? moves.find((m) => realAbs(m.from) === realAbs(dir.abs)) : void 0;
    if (bridge) return { dir: dir.abs, fate: "move", to: bridge.to, keep: null, cause: bridge.cause };
    return { dir: dir.abs, fate: "stay", to: null, keep: null, cause: null };
  });
  const causeKeys = /* @__PURE__ */ new Set();
  for (const t of ordered) for (const c of t.causes) causeKeys.add(c);
  for (const f of folders) if (f.cause) causeKeys.add(f.cause);
  const causeList = [...causeKeys].sort().map((key) => ({
    key,
    kind: key.startsWith("group:") ? "group" : key.startsWith("system:") ? "system" : key.startsWith("folder:") ? "folder" : "compose-service",
    path: causePath(model, key),
    folders: folders.filter((f) => f.cause === key).map((f) => f.dir),
    actions: ordered.filter((t) => t.causes.has(key)).map((t) => t.action)
  }));
  return extendPlan(model, { root: model.root, moves, actions, folders, causes: causeList, stackSplits });
}
function orderTagged(tagged) {
  return tagged.map((t, index) => ({ t, index })).sort((a, b) => a.t.action.phase - b.t.action.phase || a.index - b.index).map(({ t }) => t);
}
function causePath(model, key) {
  if (key.startsWith("system:")) {
    const system = model.policy.systems.find((s) => s.name === key.slice(7));
    return path17.join(model.root, system?.capability ?? "");
  }
  if (key.startsWith("compose-service:")) return key.slice(16, key.lastIndexOf("#"));
  return key.slice(key.indexOf(":") + 1);
}
function compareKeep(model, decisions, a, b) {
  const score = (d) => [
    decisions.get(d).fate === "stay" ? 0 : 1,
    d.primary && d.primary === model.database.shared ? 0 : 1,
    d.capability?.declared ? 0 : 1
  ];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}
function composeServiceTarget(model, service, current) {
  const classification = classifyService({ name: service.name, labels: service.labels, ignoreImage: true }, model.policy);
  if (!classification.capability || classification.catalog?.legacy || classification.capability === current) return null;
  if (classification.catalog?.provides.some((kind) => kind === "database" || kind === "cache")) return null;
  return { to: path17.join(model.root, classification.capability), reasons: classification.reasons.map((r) => r.text) };
}
function stackIn(model, abs) {
  return model.stacks.find((s) => s.dir === abs) ?? null;
}
function relOf(model, abs) {
  return path17.relative(model.root, abs).split(path17.sep).join("/");
}
function depth(abs) {
  return abs.split(path17.sep).length;
}
function shownRel(model, abs) {
  return relOf(model, abs) || ".";
}
function manualProjectName(stack, to) {
  return {
    op: "manual",
    phase: 2,
    path: stack.file,
    reason: "The compose file is a flow mapping ({...}); svclint edits block mappings only.",
    steps: [`Add name: ${path17.basename(stack.dir)} at the top level of the compose file, so the project keeps its name when the folder becomes '${path17.basename(to)}/'.`]
  };
}
function manualPathEdit(model, manual) {
  return {
    op: "manual",
    phase: 2,
    path: manual.file,
    reason: `'${manual.raw}' is written so that svclint cannot edit it safely (${manual.line === null ? "its line is not known" : `line ${manual.line} holds it more than once`}).`,
    steps: [`Change '${manual.raw}' to '${manual.next}' in '${shownRel(model, manual.file)}'${manual.line === null ? "" : ` (line ${manual.line})`}.`]
  };
}
function mergeSameLineEdits(tagged) {
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i];
    if (t.action.op !== "edit") continue;
    const key = `${t.action.file}\0${t.action.line}`;
    const first = seen.get(key);
    if (!first || first.action.op !== "edit") {
      seen.set(key, t);
      continue;
    }
    const original = first.action.old;
    const changed = t.action.new;
    first.action.new = first.action.new.replace(original, changed);
    first.action.reason = `${first.action.reason ?? ""} ${t.action.reason ?? ""}`.trim();
    for (const c of t.causes) first.causes.add(c);
    tagged.splice(i, 1);
    i--;
  }
}
function splitAction(model, split) {
  const steps = split.services.map(({ name, to }) => `Move the definition of '${name}' into the stack of '${shownRel(model, to)}/' (create ${shownRel(model, to)}/docker-compose.yml if it has none).`);
  steps.push("Keep project-scoped volume names: give each moved volume `name: <old project>_<volume>` (or mark it external) so its data stays.");
  steps.push("Fix the relative paths of moved definitions (build contexts, bind mounts, env_file) for their new stack folder.");
  return {
    op: "manual",
    phase: 2,
    path: split.file,
    reason: `Its services go to ${new Set(split.services.map((s) => s.to)).size > 1 ? "different capabilities" : "another capability"}: the definitions must be split between stacks (svclint does not yet rewrite stacks).`,
    steps
  };
}
function retireAction(model, dir, keep) {
  return {
    op: "manual",
    phase: 4,
    path: dir.abs,
    reason: `'${shownRel(model, dir.abs)}/' is a second copy of '${dir.classification.canonicalName}' (kept: '${shownRel(model, keep.abs)}/'); what to keep from it is a judgement call.`,
    steps: [
      `Compare '${shownRel(model, dir.abs)}/' with '${shownRel(model, keep.abs)}/' and move anything only it has (config, init scripts, data) into the kept copy.`,
      ...dir.stack ? [`Stop its stack (docker compose -f ${shownRel(model, dir.stack.file)} down) once its clients use the kept service.`] : [],
      `Remove '${shownRel(model, dir.abs)}/'.`
    ]
  };
}
function unplacedAction(model, dir, reasons) {
  return {
    op: "manual",
    phase: 4,
    path: dir.abs,
    reason: `${reasons[0] ?? "No rule places it"}, so svclint cannot choose its capability directory.`,
    steps: [
      `Run \`svclint place ${dir.name}\` (with --provides KIND or --system NAME), or declare it under services: in the config.`,
      `Move '${shownRel(model, dir.abs)}/' into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`
    ]
  };
}
var plans = /* @__PURE__ */ new WeakMap();
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(plan) {
  let index = indexes.get(plan);
  if (!index) {
    const byPath = /* @__PURE__ */ new Map();
    for (const cause of plan.causes) if (cause.kind === "group" || cause.kind === "folder") byPath.set(cause.path, cause);
    index = { folders: new Map(plan.folders.map((f) => [f.dir, f])), causes: new Map(plan.causes.map((c) => [c.key, c])), byPath };
    indexes.set(plan, index);
  }
  return index;
}
function placementPlan(model) {
  let plan = plans.get(model);
  if (!plan) {
    plan = buildPlacementPlan(model);
    plans.set(model, plan);
  }
  return plan;
}
function causeByKey(plan, key) {
  return indexOf(plan).causes.get(key) ?? null;
}
function folderPlan(plan, abs) {
  return indexOf(plan).folders.get(abs) ?? null;
}
function causeOf(plan, subject) {
  const index = indexOf(plan);
  if (typeof subject !== "string") {
    const own = index.causes.get(composeServiceKey(subject));
    if (own) return own;
    return subject.serviceDir ? causeOf(plan, subject.serviceDir.abs) : null;
  }
  const folder = index.folders.get(subject);
  if (folder?.cause) return index.causes.get(folder.cause) ?? null;
  return index.byPath.get(subject) ?? null;
}

// src/errors.ts
var UsageError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(oneLine2(message));
    this.name = "UsageError";
  }
};
var ConfigError = class extends UsageError {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
function oneLine2(message) {
  return message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    const named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

// src/engine/lint.ts
import path36 from "node:path";
import { statSync as statSync8 } from "node:fs";

// rules/structure/archived-service-active.ts
import path19 from "node:path";

// rules/support.ts
import path18 from "node:path";
var DOCS_BASE = "https://github.com/svclint/svclint/blob/main/docs/rules.md";
function defineRule(meta, check) {
  return { meta: { ...meta, docs: meta.docs ?? `${DOCS_BASE}#${meta.id}` }, check };
}
function shown(model, abs, folder = true) {
  const rel = path18.relative(model.cwd, abs).split(path18.sep).join("/") || ".";
  return folder && !rel.endsWith("/") ? `${rel}/` : rel;
}
function where(model, loc, fallbackFile) {
  const file = loc?.file ?? fallbackFile;
  if (!file) return "?";
  const rel = shown(model, file, false);
  return loc ? `${rel}:${loc.line}:${loc.column}` : rel;
}
function decidingReason(dir) {
  return dir.classification.reasons[0]?.text ?? "no rule places it";
}
function isSharedInfrastructure(entry2) {
  return !!entry2 && entry2.provides.some((kind) => kind === "database" || kind === "cache");
}
var ODD_REASONS = ["legacy", "outside-capability", "not-shared", "archived"];
function oddRank(reason) {
  const index = ODD_REASONS.indexOf(reason);
  return index < 0 ? ODD_REASONS.length : index;
}
function isSharedInstance(model, service) {
  if (service === model.database.shared) return true;
  return model.database.stores.some((s) => s.kind === "cache" && s.service === service && path18.relative(model.root, service.stack.dir).split(path18.sep)[0] === "core-infra");
}
function serviceSide(context, service, loc, extra = []) {
  const { model } = context;
  const odd = [];
  const image = service.image && !service.image.includes("${") ? findCatalogByImage(model.policy, service.image) : null;
  if (image?.legacy || service.serviceDir && service.serviceDir.primary === service && legacyEntry(model, service.serviceDir)) odd.push("legacy");
  const folder = service.serviceDir ? folderPlan(context.plan, service.serviceDir.abs) : null;
  if (folder && folder.fate !== "stay" || causeOf(context.plan, service)?.kind === "compose-service") odd.push("outside-capability");
  if (service.stack.archived) odd.push("archived");
  odd.push(...extra);
  return { item: service, loc, path: service.stack.file, folder: service.serviceDir?.abs ?? null, odd };
}
function folderSide(context, dir, extra = []) {
  const odd = [];
  if (legacyEntry(context.model, dir)) odd.push("legacy");
  const plan = folderPlan(context.plan, dir.abs);
  if (plan && plan.fate !== "stay") odd.push("outside-capability");
  if (dir.capability?.inactive) odd.push("archived");
  odd.push(...extra);
  return { item: dir, loc: null, path: dir.abs, folder: dir.abs, odd };
}
function blameOrder(context, sides) {
  const { model, changed } = context;
  const shared = sides.map((s) => isServiceLike(s.item) && isSharedInstance(model, s.item));
  const ranked = sides.map((side, index) => {
    const odd = shared.some(Boolean) && !shared[index] && !side.odd.includes("not-shared") ? [...side.odd, "not-shared"] : side.odd;
    const touched = changed !== null && (changed.touches(side.loc?.file ?? side.path) || !!side.folder && changed.touches(side.folder));
    return { side: { ...side, odd }, index, touched, ranks: odd.map(oddRank).sort((a, b) => a - b) };
  });
  ranked.sort((a, b) => Number(b.touched) - Number(a.touched) || compareOdd(a.ranks, b.ranks) || b.index - a.index);
  return ranked.map((r) => r.side);
}
function compareOdd(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return b.length - a.length;
}
function isServiceLike(item) {
  return typeof item === "object" && item !== null && "stack" in item && "resolved" in item;
}
function blameWhy(context, side) {
  if (context.changed && (context.changed.touches(side.loc?.file ?? side.path) || !!side.folder && context.changed.touches(side.folder))) return "the change under review touches it";
  const reason = side.odd[0];
  switch (reason) {
    case void 0:
      return null;
    case "legacy":
      return "it is a superseded service";
    case "outside-capability":
      return "it is not where the placement plan keeps it";
    case "not-shared":
      return "the other is the shared instance";
    case "archived":
      return "it is archived";
    default:
      return reason.replace(/-/g, " ");
  }
}
function relatedSide(side, message) {
  return { path: side.loc?.file ?? side.path, loc: side.loc, message };
}
function removalCause(context, service) {
  const dir = service.serviceDir;
  if (!dir) return void 0;
  const folder = folderPlan(context.plan, dir.abs);
  if (!folder?.cause) return void 0;
  if (folder.fate === "retire") return folder.cause;
  if (folder.fate === "move" && context.plan.moves.some((m) => m.dir === dir.abs && m.kind === "archive")) return folder.cause;
  return void 0;
}
function moveCause2(context, service, capability) {
  const dir = service.serviceDir;
  if (!dir || dir.primary !== service) return void 0;
  const folder = folderPlan(context.plan, dir.abs);
  if (folder?.fate !== "move" || !folder.to || !folder.cause) return void 0;
  return path18.relative(context.model.root, folder.to).split(path18.sep)[0] === capability ? folder.cause : void 0;
}

// rules/structure/archived-service-active.ts
function namedDependencies(service) {
  const out = [];
  const r = service.resolved;
  const dependsOn = r.depends_on;
  if (Array.isArray(dependsOn)) for (const d of dependsOn) out.push({ name: String(d), key: "depends_on" });
  else if (isRecord(dependsOn)) for (const d of Object.keys(dependsOn)) out.push({ name: d, key: "depends_on" });
  if (Array.isArray(r.links)) for (const l of r.links) out.push({ name: String(l).split(":")[0], key: "links" });
  if (Array.isArray(r.volumes_from)) for (const v of r.volumes_from) out.push({ name: String(v).replace(/^service:/, "").split(":")[0], key: "volumes_from" });
  for (const key of ["network_mode", "pid", "ipc"]) {
    const value = r[key];
    if (typeof value === "string" && value.startsWith("service:")) out.push({ name: value.slice(8), key });
  }
  return out;
}
var archived_service_active_default = defineRule(
  {
    id: "archived-service-active",
    group: "structure",
    severity: "error",
    description: "A service under archive/ that an active stack still references or that still routes traffic",
    rationale: "archive/ holds deprecated services kept for rollback (nginx replaced by Traefik, acme-companion by Cloudflare); an archived service that is still referenced or routed is not archived."
  },
  ({ model, report: report2 }) => {
    const archiveDirs = model.capabilityDirs.filter((c) => c.inactive);
    if (archiveDirs.length === 0) return;
    const archivedServices = /* @__PURE__ */ new Map();
    for (const s of model.services) if (s.stack.archived) archivedServices.set(s.name, s);
    const activeNames = new Set(model.services.filter((s) => !s.stack.archived).map((s) => s.name));
    const inArchive = (p) => archiveDirs.some((a) => isInside(a.abs, p));
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const include = stack.resolved.include;
      if (Array.isArray(include)) {
        include.forEach((item, i) => {
          const files = typeof item === "string" ? [item] : isRecord(item) ? [].concat(item.path ?? []) : [];
          for (const file of files) {
            if (typeof file !== "string" || file.includes("${")) continue;
            const abs = path19.resolve(stack.dir, file);
            if (!inArchive(abs)) continue;
            report2({
              loc: stack.locate(["include", i]),
              path: stack.file,
              message: `Active stack includes '${shown(model, abs, false)}' from archive/.`,
              fix: `Remove this include; archived services must not run.`
            });
          }
        });
      }
      for (const service of stack.services) {
        for (const dep of namedDependencies(service)) {
          const archived = archivedServices.get(dep.name);
          if (!archived || activeNames.has(dep.name)) continue;
          report2({
            loc: stack.locate(["services", service.name, dep.key]) ?? service.loc,
            path: stack.file,
            message: `'${service.name}' depends on '${dep.name}' (${dep.key}), which is archived in '${shown(model, archived.stack.dir)}'.`,
            fix: `Point '${service.name}' at the active replacement and remove '${dep.name}' from ${dep.key}.`
          });
        }
        for (const source of referencedPaths(service, stack.dir)) {
          if (!inArchive(source)) continue;
          report2({
            loc: stack.locate(["services", service.name, "volumes"]) ?? stack.locate(["services", service.name, "build"]) ?? service.loc,
            path: stack.file,
            message: `'${service.name}' mounts or builds from '${shown(model, source, false)}' inside archive/.`,
            fix: `Copy what it needs into its own service folder; archived folders must not be used by running services.`
          });
        }
      }
    }
    for (const service of archivedServices.values()) {
      if (service.labels.get("traefik.enable")?.toLowerCase() !== "true") continue;
      report2({
        loc: service.stack.locate(["services", service.name, "labels"]) ?? service.loc,
        path: service.stack.file,
        message: `Archived service '${service.name}' still has Traefik routing enabled (traefik.enable=true).`,
        fix: `Set traefik.enable=false (or remove its router labels) so an accidental start does not take traffic.`
      });
    }
  }
);

// rules/structure/broken-symlink.ts
var broken_symlink_default = defineRule(
  {
    id: "broken-symlink",
    group: "structure",
    severity: "error",
    description: "A dangling or looping symlink",
    rationale: "Migration bridges are symlinks (Phase 1); a bridge whose target moved or loops breaks the service it stands for and the rollback it exists for."
  },
  ({ model, report: report2 }) => {
    for (const entry2 of model.tree.entries) {
      const link = entry2.symlink;
      if (!link || link.status === "ok") continue;
      report2({
        path: entry2.abs,
        message: link.status === "loop" ? `Symlink '${shown(model, entry2.abs, false)}' -> '${link.target}' loops.` : `Symlink '${shown(model, entry2.abs, false)}' -> '${link.target}' points to nothing.`,
        fix: `Remove the link, or point it at an existing folder (Phase 4: replace a bridge by the moved folder).`
      });
    }
  }
);

// rules/structure/build-context.ts
import { existsSync as existsSync2, statSync as statSync5 } from "node:fs";
import path20 from "node:path";
var build_context_default = defineRule(
  {
    id: "build-context",
    group: "structure",
    severity: "error",
    description: "A compose build context or Dockerfile that does not exist, or that escapes its capability directory",
    rationale: 'Phase 2 of the migration updates compose paths ("build: ./memory-gateway \u2014 relative path within new structure"); a context that points elsewhere breaks on the next build or ties a capability to another one.'
  },
  ({ model, report: report2 }) => {
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const top = path20.relative(model.root, stack.dir).split(path20.sep)[0] ?? "";
      const capability = model.capabilityDirs.find((c) => c.name === top) ?? null;
      for (const service of stack.services) {
        const build3 = service.resolved.build;
        if (build3 === void 0 || build3 === null) continue;
        const context = typeof build3 === "string" ? build3 : isRecord(build3) ? typeof build3.context === "string" ? build3.context : "." : null;
        if (context === null || !isLocalBuildContext(context)) continue;
        const keyPath = typeof build3 === "string" ? ["services", service.name, "build"] : ["services", service.name, "build", "context"];
        const where2 = () => stack.locate(keyPath) ?? stack.locate(["services", service.name, "build"]) ?? service.loc;
        const abs = path20.resolve(stack.dir, context);
        if (!isDirectory(abs)) {
          report2({
            loc: where2(),
            path: stack.file,
            message: `Build context '${context}' of '${service.name}' does not exist ('${shown(model, abs)}').`,
            fix: `Point build.context at the service folder (e.g. ./${service.name}) or create it.`
          });
          continue;
        }
        if (capability && !isInside(capability.abs, abs)) {
          report2({
            loc: where2(),
            path: stack.file,
            message: `Build context '${context}' of '${service.name}' escapes its capability directory '${shown(model, capability.abs)}'.`,
            fix: `Move the sources into '${shown(model, path20.join(capability.abs, service.name))}' and use build: ./${path20.relative(stack.dir, path20.join(capability.abs, service.name)).split(path20.sep).join("/") || "."}.`
          });
          continue;
        }
        if (isRecord(build3) && typeof build3.dockerfile_inline === "string") continue;
        const dockerfile = isRecord(build3) && typeof build3.dockerfile === "string" ? build3.dockerfile : "Dockerfile";
        if (dockerfile.includes("${")) continue;
        const dockerfileAbs = path20.resolve(abs, dockerfile);
        if (!existsSync2(dockerfileAbs)) {
          report2({
            loc: isRecord(build3) && typeof build3.dockerfile === "string" ? stack.locate(["services", service.name, "build", "dockerfile"]) ?? where2() : where2(),
            path: stack.file,
            message: `Dockerfile '${shown(model, dockerfileAbs, false)}' for '${service.name}' does not exist.`,
            fix: `Add the Dockerfile or set build.dockerfile to the file that exists.`
          });
        }
      }
    }
  }
);
function isDirectory(abs) {
  try {
    return statSync5(abs).isDirectory();
  } catch {
    return false;
  }
}

// rules/structure/duplicate-service.ts
var duplicate_service_default = defineRule(
  {
    id: "duplicate-service",
    group: "structure",
    severity: "error",
    description: "The same service in two places (postgres/ and docker/postgres/, or one compose service defined in two stacks)",
    rationale: 'The seed finds "postgres/ \u2014 duplicate or misplaced?": one service, one folder, one definition.'
  },
  (context) => {
    const { model, report: report2, plan } = context;
    const byAbs = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    const reportedDirs = /* @__PURE__ */ new Set();
    for (const folder of plan.folders) {
      if (folder.fate !== "retire" || !folder.keep) continue;
      const retired = byAbs.get(folder.dir);
      const kept = byAbs.get(folder.keep);
      reportedDirs.add(retired).add(kept);
      const [blamed, other] = blameOrder(context, [folderSide(context, kept), folderSide(context, retired, ["second-copy"])]);
      const name = retired.classification.canonicalName;
      const blamedIsCopy = blamed.item === retired;
      report2({
        path: blamed.path,
        message: `Service '${name}' is in two places: '${shown(model, kept.abs)}' and '${shown(model, retired.abs)}'.`,
        fix: blamedIsCopy ? `Keep '${shown(model, kept.abs)}' (the placement plan's copy): move anything only this copy has into it, then remove '${shown(model, retired.abs)}'.` : `Keep this folder (the placement plan's copy): move anything only '${shown(model, retired.abs)}' has into it, then remove '${shown(model, retired.abs)}'.`,
        related: [relatedSide(other, blamedIsCopy ? `The copy of '${name}' the placement plan keeps.` : `The second copy of '${name}', which the placement plan retires.`)],
        cause: folder.cause ?? void 0,
        key: name
      });
    }
    const byName = /* @__PURE__ */ new Map();
    for (const service of model.services) {
      if (service.stack.archived) continue;
      const known2 = model.policy.catalog.find((e) => e.name === service.name || e.aliases.includes(service.name));
      if (!known2 || isSharedInfrastructure(known2)) continue;
      if (known2.images.length > 0 && (!service.image || findCatalogByImage(model.policy, service.image) !== known2)) continue;
      byName.set(known2.name, [...byName.get(known2.name) ?? [], service]);
    }
    for (const [name, services] of byName) {
      const stacks = new Set(services.map((s) => s.stack.file));
      if (stacks.size < 2) continue;
      const first = services[0];
      for (const service of services.slice(1)) {
        if (service.stack.file === first.stack.file) continue;
        if (service.serviceDir && first.serviceDir && reportedDirs.has(service.serviceDir) && reportedDirs.has(first.serviceDir)) continue;
        if (service.serviceDir && service.serviceDir === first.serviceDir) continue;
        const [blamed, other] = blameOrder(context, [serviceSide(context, first, first.loc), serviceSide(context, service, service.loc)]);
        report2({
          loc: blamed.loc,
          path: blamed.path,
          message: `Compose service '${name}' is defined in two stacks: '${shown(model, first.stack.file, false)}' and '${shown(model, service.stack.file, false)}'.`,
          fix: `Remove this definition of '${name}' and keep the one in '${shown(model, other.path, false)}' (define a service once, in the stack of its capability directory).`,
          related: [relatedSide(other, `The other definition of '${name}'.`)],
          cause: removalCause(context, blamed.item),
          key: name
        });
      }
    }
  }
);

// rules/structure/legacy-service.ts
var legacy_service_default = defineRule(
  {
    id: "legacy-service",
    group: "structure",
    severity: "warning",
    description: "A superseded service (nginx-proxy, acme-companion) outside archive/",
    rationale: "Legacy nginx-proxy was replaced by Traefik (2025-11-13) and Cloudflare handles SSL; superseded services go to archive/ (kept for rollback)."
  },
  (context) => {
    const { model, report: report2, plan } = context;
    const archive = archiveName(model);
    const reported = /* @__PURE__ */ new Set();
    for (const dir of model.serviceDirs) {
      if (dir.symlink) continue;
      const entry2 = legacyEntry(model, dir);
      if (!entry2) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire") continue;
      const target = folder?.fate === "move" ? folder.to : null;
      reported.add(dir.abs);
      report2({
        path: dir.abs,
        ...target ? { target } : {},
        message: `'${dir.name}' is a superseded service (${entry2.reason}) outside ${archive}/.`,
        fix: target ? `Stop it and move '${shown(model, dir.abs)}' to '${shown(model, target)}'.` : `Stop it and move '${shown(model, dir.abs)}' into '${archive}/'.`,
        cause: folder?.cause ?? void 0
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry2 = findCatalogByImage(model.policy, service.image);
      if (!entry2?.legacy) continue;
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry2)) continue;
      const cause = removalCause(context, service);
      report2({
        loc: service.loc,
        path: service.stack.file,
        message: `Compose service '${service.name}' runs superseded ${entry2.name} (${entry2.reason}).`,
        fix: cause && dir ? `It stops when '${shown(model, dir.abs)}' moves to ${archive}/ (keep its definition there).` : `Remove it from this stack and keep its definition under '${archive}/${entry2.name}/'.`,
        cause,
        key: service.name
      });
    }
  }
);

// rules/structure/migration-symlink.ts
var migration_symlink_default = defineRule(
  {
    id: "migration-symlink",
    group: "structure",
    severity: "warning",
    description: "A service directory that is a symlink bridge (Phase 1 of the migration): finish Phase 4",
    rationale: "Symlinks allow a zero-downtime, reversible migration; once stable for a week, Phase 4 removes each symlink and moves the real directory."
  },
  ({ model, report: report2, plan }) => {
    for (const move of plan.moves) {
      if (!move.bridged) continue;
      report2({
        path: move.dir,
        message: `'${shown(model, move.dir, false)}' is a migration bridge to '${shown(model, move.from)}' (Phase 1).`,
        fix: `Phase 4: rm '${shown(model, move.dir, false)}' && mv '${shown(model, move.from, false)}' '${shown(model, move.dir, false)}'.`,
        cause: move.cause
      });
    }
  }
);

// rules/structure/misplaced-service.ts
import path21 from "node:path";
var misplaced_service_default = defineRule(
  {
    id: "misplaced-service",
    group: "structure",
    severity: "error",
    description: "A service whose capability is known (policy, label, catalog, image) but that sits in another directory",
    rationale: 'The placement table and decision tree give each service one home ("Memory/planning/knowledge? -> memory-orchestration/", "User-facing UI? -> interfaces/", ...).'
  },
  ({ model, report: report2, plan }) => {
    const byDir = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    for (const move of plan.moves) {
      const dir = byDir.get(move.dir);
      if (dir.parentKind === "root" || move.bridged || move.kind === "archive" || move.kind === "rename") continue;
      const actual = path21.relative(model.root, move.from).split(path21.sep)[0];
      if (actual === path21.relative(model.root, move.to).split(path21.sep)[0]) continue;
      const { canonicalName } = dir.classification;
      const named = canonicalName !== dir.name ? ` (${canonicalName})` : "";
      report2({
        path: dir.abs,
        target: move.to,
        message: `Service '${dir.name}'${named} is in '${shown(model, path21.join(model.root, actual))}'; it belongs in '${shown(model, move.to)}' (${decidingReason(dir)}).`,
        fix: `Move '${shown(model, dir.abs)}' to '${shown(model, move.to)}'.`,
        cause: move.cause
      });
    }
    for (const split of plan.stackSplits) {
      for (const entry2 of split.services) {
        if (!entry2.cause.startsWith("compose-service:")) continue;
        const service = model.services.find((s) => s.stack.file === split.file && s.name === entry2.name);
        if (!service) continue;
        const target = path21.join(entry2.to, service.name);
        report2({
          loc: service.loc,
          path: service.stack.file,
          target,
          message: `Compose service '${service.name}' is defined in the '${path21.basename(service.stack.dir)}' stack; it belongs in '${shown(model, target)}' (${entry2.reasons[0] ?? "decision tree"}).`,
          fix: `Move '${service.name}' to the stack of '${shown(model, entry2.to)}' (folder '${shown(model, target)}').`,
          cause: entry2.cause,
          key: service.name
        });
      }
    }
  }
);

// rules/structure/missing-stack-file.ts
var missing_stack_file_default = defineRule(
  {
    id: "missing-stack-file",
    group: "structure",
    severity: "warning",
    description: "A capability directory with services but no stack compose file at its top",
    rationale: 'Each capability directory carries its own stack (core-infra/docker-compose.yml: "Core infrastructure stack"), so related services share one compose project.'
  },
  ({ model, report: report2 }) => {
    const stackDirs = new Set(model.stacks.map((s) => s.dir));
    const servicesOf = /* @__PURE__ */ new Map();
    for (const d of model.serviceDirs) {
      if (d.capability && d.parentKind === "capability") servicesOf.set(d.capability.abs, [...servicesOf.get(d.capability.abs) ?? [], d.name]);
    }
    for (const cap of model.capabilityDirs) {
      if (cap.inactive || stackDirs.has(cap.abs)) continue;
      const services = servicesOf.get(cap.abs) ?? [];
      if (services.length === 0) continue;
      report2({
        path: cap.abs,
        message: `Capability directory '${shown(model, cap.abs)}' holds ${services.length} service(s) but no stack compose file at its top.`,
        fix: `Add '${shown(model, cap.abs)}docker-compose.yml' defining (or including) ${services.join(", ")}.`
      });
    }
  }
);

// rules/structure/grouping-fix.ts
import path22 from "node:path";
function movesOutOf(model, folder) {
  const plan = placementPlan(model);
  const cause = causeOf(plan, folder);
  return plan.moves.filter((m) => m.cause === cause?.key && isInside(folder, m.from)).map((m) => `${path22.basename(m.from)} -> ${path22.relative(model.root, m.to).split(path22.sep).join("/")}/`);
}
function groupingFix(model, folder, otherwise) {
  const moves = movesOutOf(model, folder.entry.abs);
  const name = folder.entry.name;
  return moves.length > 0 ? `Move its services to their capability directories (${moves.join(", ")}) and remove '${name}/'.` : `${otherwise} and remove '${name}/'.`;
}

// rules/structure/no-catch-all-dir.ts
var no_catch_all_dir_default = defineRule(
  {
    id: "no-catch-all-dir",
    group: "structure",
    severity: "error",
    description: "A directory named like a catch-all (apps, misc, other, stuff, general, tmp, ...)",
    rationale: '"apps" is an antipattern: a catch-all directory mixes unrelated services (chat interface \u2260 log viewer \u2260 LLM proxy). When in doubt, create a capability-specific directory; do not dump in "apps" or "misc".'
  },
  ({ model, report: report2, plan }) => {
    for (const folder of groupingFolders(model).filter((f) => f.kind === "catch-all")) {
      const { entry: entry2 } = folder;
      report2({
        path: entry2.abs,
        message: `'${shown(model, entry2.abs)}' is a catch-all directory: group services by what they do (capability), not in '${entry2.name}/'.`,
        fix: groupingFix(model, folder, "Move each service into a capability-specific directory (e.g. communications/)"),
        cause: causeOf(plan, entry2.abs)?.key
      });
    }
  }
);

// rules/structure/no-technology-dir.ts
var no_technology_dir_default = defineRule(
  {
    id: "no-technology-dir",
    group: "structure",
    severity: "error",
    description: "A directory that groups services by what they are (docker, containers, compose, stacks, ...) instead of what they do",
    rationale: "Services should be grouped by what they do (capability/domain), not what they are (technology stack)."
  },
  ({ model, report: report2, plan }) => {
    for (const folder of groupingFolders(model).filter((f) => f.kind === "technology")) {
      const { entry: entry2 } = folder;
      report2({
        path: entry2.abs,
        message: `'${shown(model, entry2.abs)}' groups services by technology: group them by capability instead.`,
        fix: groupingFix(model, folder, "Move each service into the capability directory of what it does"),
        cause: causeOf(plan, entry2.abs)?.key
      });
    }
  }
);

// rules/structure/non-canonical-name.ts
import path23 from "node:path";
var non_canonical_name_default = defineRule(
  {
    id: "non-canonical-name",
    group: "structure",
    severity: "warning",
    description: "A service folder named by an alias (openweb -> open-webui) or a folder not in kebab-case",
    rationale: 'The placement table renames aliases ("openweb -> interfaces/open-webui/, rename from openweb") so documentation references stay consistent.'
  },
  ({ model, report: report2, plan }) => {
    for (const dir of model.serviceDirs) {
      const alias = dir.classification.reasons.find((r) => r.kind === "catalog-alias");
      const canonical = dir.classification.canonicalName;
      const misnamed = alias && canonical !== dir.name;
      if (!misnamed && isKebabCase(dir.name)) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire" || folder?.fate === "stay") continue;
      const cause = folder?.cause ?? void 0;
      const fix = folder?.to ? `Rename '${shown(model, dir.abs)}' to '${shown(model, folder.to)}'${path23.dirname(folder.to) !== path23.dirname(dir.abs) ? " (its move and rename are one step)" : ""}.` : `Rename it to '${misnamed ? canonical : toKebab(dir.name)}' when you move it into its capability directory.`;
      report2({
        path: dir.abs,
        ...folder?.to ? { target: folder.to } : {},
        message: misnamed ? `Folder '${dir.name}' is an alias; the canonical name is '${canonical}'.` : `Service folder '${dir.name}' is not in kebab-case.`,
        fix,
        cause
      });
    }
    for (const cap of model.capabilityDirs) {
      if (isKebabCase(cap.name)) continue;
      report2({
        path: cap.abs,
        message: `Capability folder '${cap.name}' is not in kebab-case.`,
        fix: `Rename it to '${toKebab(cap.name)}'.`
      });
    }
  }
);

// rules/structure/service-outside-capability.ts
var service_outside_capability_default = defineRule(
  {
    id: "service-outside-capability",
    group: "structure",
    severity: "error",
    description: "A service directory directly under the services root (e.g. n8n/, traefik/)",
    rationale: 'Every service lives in the capability directory of what it does, so "where is the planning service?" has one answer: memory-orchestration/planner-api/.'
  },
  ({ model, report: report2, plan }) => {
    for (const dir of model.serviceDirs) {
      if (dir.parentKind !== "root") continue;
      const folder = folderPlan(plan, dir.abs);
      if (!folder || folder.fate === "stay") continue;
      if (folder.fate === "retire" && folder.keep) {
        report2({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, and '${shown(model, folder.keep)}' holds the copy the placement plan keeps.`,
          fix: `Move anything only '${shown(model, dir.abs)}' has into '${shown(model, folder.keep)}', then remove it.`,
          cause: folder.cause ?? void 0
        });
        continue;
      }
      if (folder.fate === "move" && folder.to) {
        if (plan.moves.some((m) => m.bridged && m.from === dir.abs)) continue;
        report2({
          path: dir.abs,
          target: folder.to,
          message: `Service '${dir.name}' sits directly under the services root; it belongs in '${shown(model, folder.to)}' (${decidingReason(dir)}).`,
          fix: `Move '${shown(model, dir.abs)}' to '${shown(model, folder.to)}'.`,
          cause: folder.cause ?? void 0
        });
      } else {
        report2({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, outside any capability directory.`,
          fix: `Run \`svclint place ${dir.name}\` and move it into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`,
          cause: folder.cause ?? void 0
        });
      }
    }
  }
);

// rules/structure/split-system.ts
import path24 from "node:path";
var split_system_default = defineRule(
  {
    id: "split-system",
    group: "structure",
    severity: "error",
    description: "Members of one system in different capability directories",
    rationale: `"Is this part of an existing system? Yes -> add to that system's directory." Related services are co-located (planner + memory + archon together) so they share configs, compose files and documentation.`
  },
  ({ model, report: report2, plan }) => {
    for (const system of model.policy.systems) {
      const members = model.serviceDirs.filter(
        (d) => !d.symlink && system.members.includes(d.classification.canonicalName)
      );
      const homeOf = (m) => m.parentKind === "root" ? "" : m.rel.split("/")[0];
      const homes = /* @__PURE__ */ new Map();
      for (const member of members) homes.set(homeOf(member), [...homes.get(homeOf(member)) ?? [], member]);
      if (homes.size < 2) continue;
      const where2 = [...homes.entries()].map(([home2, list2]) => `${shown(model, path24.join(model.root, home2))} (${list2.map((m) => m.name).join(", ")})`).join("; ");
      const away = members.filter((m) => homeOf(m) !== system.capability);
      const first = away[0];
      const home = path24.join(model.root, system.capability);
      const targets = away.map((m) => ({ member: m, to: folderPlan(plan, m.abs)?.to ?? null }));
      const firstPlan = folderPlan(plan, first.abs);
      report2({
        path: first.abs,
        ...firstPlan?.to ? { target: firstPlan.to } : {},
        message: `System '${system.name}' is split across ${homes.size} directories: ${where2}. All its members belong in '${shown(model, home)}'.`,
        fix: `Move ${targets.map(({ member, to }) => `'${shown(model, member.abs)}' ${to ? `to '${shown(model, to)}'` : `into '${shown(model, home)}'`}`).join(", ")}.`,
        cause: firstPlan?.cause ?? void 0,
        key: system.name
      });
    }
  }
);

// rules/structure/stale-doc-path.ts
import { existsSync as existsSync3, readFileSync as readFileSync5 } from "node:fs";
import path25 from "node:path";
var stale_doc_path_default = defineRule(
  {
    id: "stale-doc-path",
    group: "structure",
    severity: "warning",
    description: "A document (config docs: globs) that names a services path that does not exist",
    rationale: 'Phase 5 of the migration updates documentation; success means "documentation references consistent (all docs point to same paths)".'
  },
  ({ model, report: report2 }) => {
    const { docs, baseDir } = model.policy;
    if (docs.length === 0) return;
    const files = globSync(docs, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ["**/node_modules/**", "**/.git/**"] }).sort();
    const rootName = path25.basename(model.root);
    const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, "g");
    for (const file of files) {
      let text;
      try {
        text = readFileSync5(file, "utf8");
      } catch {
        continue;
      }
      const lines = text.split(/\r?\n/);
      lines.forEach((line, index) => {
        for (const match of line.matchAll(mention)) {
          const rel = match[1].replace(/[./]+$/, "");
          if (!rel || rel.includes("{") || rel.includes("*")) continue;
          if (existsSync3(path25.join(model.root, rel))) continue;
          report2({
            path: file,
            line: index + 1,
            column: match.index + 1,
            message: `'${rootName}/${rel}' does not exist in the services tree.`,
            fix: `Update the path (e.g. from \`svclint place ${rel.split("/").pop()}\`) or remove the reference.`
          });
        }
      });
    }
  }
);

// rules/structure/too-deep.ts
var too_deep_default = defineRule(
  {
    id: "too-deep",
    group: "structure",
    severity: "warning",
    description: "A service directory deeper than capability/service/",
    rationale: "Capability grouping adds exactly one level (core-infra/postgres/ vs postgres/); deeper nesting hides services and lengthens compose paths."
  },
  ({ model, report: report2, plan }) => {
    for (const dir of model.serviceDirs) {
      if (dir.depth <= 2) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire") continue;
      const to = folder?.fate === "move" ? folder.to : null;
      report2({
        path: dir.abs,
        ...to ? { target: to } : {},
        message: `Service '${dir.name}' is ${dir.depth} levels deep ('${shown(model, dir.abs)}'); services sit at capability/service/.`,
        fix: to ? `Move it to '${shown(model, to)}'.` : `Move it to the capability directory of what it does (\`svclint place ${dir.name}\`), one level below it.`,
        cause: folder?.cause ?? void 0
      });
    }
  }
);

// rules/structure/undeclared-capability.ts
var undeclared_capability_default = defineRule(
  {
    id: "undeclared-capability",
    group: "structure",
    severity: "warning",
    description: "A capability directory the policy does not declare",
    rationale: 'The decision tree allows new capability directories ("create a capability-specific directory, e.g. communications/"), but each one is a decision: declare it so the next service has an obvious home.'
  },
  ({ model, report: report2, plan }) => {
    for (const cap of model.capabilityDirs) {
      if (cap.declared) continue;
      const cause = causeOf(plan, cap.abs)?.key;
      report2({
        path: cap.abs,
        message: `'${shown(model, cap.abs)}' is not a declared capability directory (declared: ${[...model.policy.capabilities.keys()].join(", ")}).`,
        fix: cause ? `Its services all belong in declared capabilities: move them (${movesOutOf(model, cap.abs).join(", ")}) and remove '${cap.name}/'.` : `Declare it in svclint.config.yaml (capabilities: { ${cap.name}: { provides: [...], description: ... } }), or move its services into a declared capability.`,
        // When the plan moves every service out of it, it is the cause of those moves.
        cause
      });
    }
  }
);

// rules/database/single-postgres.ts
import path26 from "node:path";
var single_postgres_default = defineRule(
  {
    id: "single-postgres",
    group: "database",
    severity: "error",
    description: "More than one Postgres-family container across active stacks (unless declared in database.isolated), or the shared one outside core-infra/",
    rationale: 'The seed: "One Postgres container, multiple databases" in core-infra/ \u2014 1 Postgres process (~150MB) vs 4 processes (~600MB).'
  },
  (context) => {
    const { model, report: report2 } = context;
    const { postgres, shared } = model.database;
    const policy = model.policy.database;
    const isolated = (name) => policy.isolated.some((i) => i.service === name && i.reason.trim() !== "");
    const capability = policy.postgres?.capability ?? "core-infra";
    if (shared) {
      const top = path26.relative(model.root, shared.stack.dir).split(path26.sep)[0];
      if (top !== capability && shared.serviceDir?.capability?.name !== capability) {
        const target = path26.join(model.root, capability, policy.postgres?.service ?? "postgres");
        report2({
          loc: shared.loc,
          path: shared.stack.file,
          target,
          message: `The shared Postgres '${shared.name}' runs outside ${capability}/.`,
          fix: `Move it, with its init scripts, to '${shown(model, target)}' and define it in the ${capability}/ stack.`,
          key: shared.name,
          // The placement plan's move of its folder into the capability is this finding's cause.
          cause: moveCause2(context, shared, capability)
        });
      }
    }
    for (const service of postgres) {
      if (service === shared || isolated(service.name) || isolated(service.containerName)) continue;
      const loc = service.stack.locate(["services", service.name, "image"]) ?? service.loc;
      const other = shared ? `the shared '${shared.name}' (${where(model, shared.loc, shared.stack.file)})` : "another Postgres";
      const [blamed, kept] = shared ? blameOrder(context, [serviceSide(context, shared, shared.loc), serviceSide(context, service, loc)]) : [null, null];
      const atShared = blamed?.item === shared;
      report2({
        loc: atShared ? blamed.loc : loc,
        path: atShared ? blamed.path : service.stack.file,
        ...shared ? { related: [atShared ? relatedSide(kept, `The second Postgres-family container '${service.name}' (${service.image}).`) : relatedSide(kept, `The shared Postgres '${shared.name}'.`)] } : {},
        key: service.name,
        cause: removalCause(context, service),
        message: `'${service.name}' is a second Postgres-family container (${service.image}) besides ${other}.`,
        fix: shared ? `Give the data of '${service.name}' a database and role in the shared Postgres (CREATE ROLE \u2026 LOGIN; CREATE DATABASE \u2026 OWNER \u2026; in its init script), point the clients at host '${shared.containerName ?? shared.name}', and remove the '${service.name}' container; or declare it in database.isolated with a reason.` : `Keep one Postgres in ${capability}/ and remove this one, or declare it in database.isolated with a reason.`
      });
    }
  }
);

// rules/database/support.ts
var SQL_KEYWORDS = /* @__PURE__ */ new Set(["all", "user", "public", "role", "group", "order", "table", "select", "grant", "database", "default", "to", "from", "with", "owner"]);
function sqlIdent(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !SQL_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function roleFor(service, model) {
  return allocationsFor(service, model)[0]?.allocation.role ?? `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_user`;
}
function databaseFor(service, model, connection) {
  return allocationsFor(service, model)[0]?.allocation.database ?? connection?.database?.value ?? service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}
function sharedConnections(model) {
  return model.database.connections.filter((c) => c.toShared);
}
function initScriptHint(model) {
  const first = model.database.initScripts.find((s) => s.postgres === model.database.shared);
  if (first) return `in '${where(model, null, first.file)}'`;
  return "in an init script mounted at /docker-entrypoint-initdb.d";
}
function provisionSql(role, database) {
  const r = sqlIdent(role);
  const d = sqlIdent(database);
  return `CREATE ROLE ${r} WITH LOGIN PASSWORD '\u2026'; CREATE DATABASE ${d} OWNER ${r}; REVOKE ALL ON DATABASE ${d} FROM PUBLIC;`;
}
function setPiece(connection, piece2, value) {
  const variable = connection[piece2]?.variable ?? connection.name;
  return connection.source === "url" ? `Use '${value}' as the ${piece2} in ${variable}` : `Set ${variable} to '${value}'`;
}

// rules/database/postgres-superuser.ts
var postgres_superuser_default = defineRule(
  {
    id: "postgres-superuser",
    group: "database",
    severity: "error",
    description: "A service that connects to the shared Postgres as its superuser (postgres or the POSTGRES_USER value)",
    rationale: 'The seed: "Role isolation (prevent cross-service access)" \u2014 every service logs in with its own role, never the superuser.'
  },
  ({ model, report: report2 }) => {
    const superusers = new Set(model.database.superusers);
    for (const connection of sharedConnections(model)) {
      const user = connection.user?.value;
      if (!user || !superusers.has(user)) continue;
      const service = connection.service;
      const role = roleFor(service, model);
      const database = databaseFor(service, model, connection);
      const allocated = allocationsFor(service, model).length > 0;
      const tableHint = !allocated && model.policy.database.allocations.length > 0 ? ` and add { service: ${[...serviceNames(service, model)][0]}, database: ${database}, role: ${role} } to database.allocations` : "";
      report2({
        loc: connection.user.loc ?? service.loc,
        path: service.stack.file,
        message: `'${service.name}' connects to the shared Postgres as the superuser '${user}' (${connection.user.variable}).`,
        fix: `${setPiece(connection, "user", role)}; create the role ${initScriptHint(model)} if it does not exist (${provisionSql(role, database)})${tableHint}.`
      });
    }
  }
);

// rules/database/shared-db-role.ts
var shared_db_role_default = defineRule(
  {
    id: "shared-db-role",
    group: "database",
    severity: "error",
    description: "Two services that use the same role, unless the allocation table gives them the same database and role",
    rationale: 'The seed: "Security: Mitigated by separate database users (SQL-level isolation)" \u2014 a shared role defeats it.'
  },
  (context) => {
    const { model, report: report2 } = context;
    const superusers = new Set(model.database.superusers);
    const byRole = /* @__PURE__ */ new Map();
    for (const connection of sharedConnections(model)) {
      const role = connection.user?.value;
      if (!role || superusers.has(role)) continue;
      byRole.set(role, [...byRole.get(role) ?? [], connection]);
    }
    for (const [role, connections] of byRole) {
      const services = [...new Set(connections.map((c) => c.service))];
      if (services.length < 2) continue;
      const entitled = (s) => allocationsFor(s, model).filter((a) => a.allocation.role === role);
      const owner = services.find((s) => entitled(s).length > 0) ?? services[0];
      const ownerConnection = connections.find((c) => c.service === owner);
      for (const service of services) {
        if (service === owner) continue;
        const own = allocationsFor(service, model);
        if (own.length > 0 && own.every((a) => a.allocation.role !== role)) continue;
        const ownerDatabases = new Set(entitled(owner).map((a) => a.allocation.database));
        if (entitled(service).some((a) => ownerDatabases.has(a.allocation.database))) continue;
        const connection = connections.find((c) => c.service === service);
        const wanted = entitled(service).length > 0 ? `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_user` : roleFor(service, model);
        const database = databaseFor(service, model, connection);
        const [blamed, kept] = blameOrder(context, [
          serviceSide(context, owner, ownerConnection.user.loc ?? owner.loc),
          serviceSide(context, service, connection.user.loc ?? service.loc, ["not-allocated"])
        ]);
        report2({
          loc: blamed.loc,
          path: blamed.path,
          related: [relatedSide(kept, `'${kept.item.name}' logs in as '${role}' too.`)],
          key: `${role}:${service.name}`,
          cause: removalCause(context, service),
          message: `'${service.name}' logs in as '${role}', the role '${owner.name}' also uses (${where(model, ownerConnection.user.loc, owner.stack.file)}); either can reach the other's data.`,
          fix: `${blamed.item === service ? "" : `In '${service.name}' (${where(model, connection.user.loc, service.stack.file)}): `}${setPiece(connection, "user", wanted)} and give it its own database: ${provisionSql(wanted, database)}`
        });
      }
    }
  }
);

// rules/database/db-allocation.ts
var db_allocation_default = defineRule(
  {
    id: "db-allocation",
    group: "database",
    severity: "error",
    description: "A service whose database, role or host differs from the allocation table, or that uses the shared Postgres with no allocation entry",
    rationale: "The seed keeps a Database Allocation Table: which service owns which database on which container. The compose files must agree with it."
  },
  ({ model, report: report2 }) => {
    const { allocations } = model.policy.database;
    const shared = model.database.shared;
    if (allocations.length === 0 || !shared) return;
    const superusers = new Set(model.database.superusers);
    const sharedHost = shared.containerName ?? shared.name;
    const servicesByRole = /* @__PURE__ */ new Map();
    for (const c of model.database.connections) {
      if (c.toShared && c.user?.value) servicesByRole.set(c.user.value, (servicesByRole.get(c.user.value) ?? /* @__PURE__ */ new Set()).add(c.service));
    }
    const byService = /* @__PURE__ */ new Map();
    for (const c of model.database.connections) byService.set(c.service, [...byService.get(c.service) ?? [], c]);
    for (const [service, connections] of byService) {
      const entries = allocationsFor(service, model).map((e) => e.allocation);
      if (entries.length === 0) {
        const connection = connections.find((c) => c.toShared);
        if (!connection) continue;
        const role = connection.user?.value ?? null;
        if (role && (superusers.has(role) || (servicesByRole.get(role)?.size ?? 0) > 1)) continue;
        const database = databaseFor(service, model, connection);
        report2({
          loc: connection.host?.loc ?? service.loc,
          path: service.stack.file,
          message: `'${service.name}' uses the shared Postgres (${connection.host?.variable ?? connection.name}) but has no entry in database.allocations.`,
          fix: `Add { service: ${[...serviceNames(service, model)][0]}, database: ${database}, role: ${role ?? roleFor(service, model)} } to database.allocations in ${where(model, null, model.policy.configFile ?? void 0)}.`
        });
        continue;
      }
      for (const connection of connections) {
        if (connection.host?.value && !connection.toShared) {
          report2({
            loc: connection.host.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' connects to host '${connection.host.value}', not the shared Postgres '${sharedHost}' its allocation (${entries[0].database}/${entries[0].role}) is on.`,
            fix: `${setPiece(connection, "host", sharedHost)}.`
          });
          continue;
        }
        if (!connection.toShared) continue;
        const database = connection.database?.value ?? null;
        const entry2 = entries.find((e) => e.database === database) ?? entries[0];
        if (database !== null && !entries.some((e) => e.database === database)) {
          report2({
            loc: connection.database.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' uses database '${database}', but the allocation table gives it '${entry2.database}'.`,
            fix: `${setPiece(connection, "database", entry2.database)} (or change its entry in database.allocations).`
          });
        }
        const role = connection.user?.value ?? null;
        if (role !== null && !superusers.has(role) && role !== entry2.role) {
          report2({
            loc: connection.user.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' logs in as '${role}', but the allocation table gives it role '${entry2.role}'.`,
            fix: `${setPiece(connection, "user", entry2.role)} (or change its entry in database.allocations).`
          });
        }
      }
    }
  }
);

// rules/database/unused-allocation.ts
var unused_allocation_default = defineRule(
  {
    id: "unused-allocation",
    group: "database",
    severity: "warning",
    description: "An allocation entry no service uses",
    rationale: "The allocation table documents what runs; an entry for a service that does not connect is stale (or the service is not wired up yet)."
  },
  ({ model, report: report2 }) => {
    const active = model.services.filter((s) => !s.stack.archived);
    const byName = /* @__PURE__ */ new Map();
    for (const service of active) for (const name of serviceNames(service, model)) byName.set(name, [...byName.get(name) ?? [], service]);
    const connected = new Set(model.database.connections.map((c) => c.service));
    model.policy.database.allocations.forEach((entry2, index) => {
      const services = byName.get(entry2.service) ?? [];
      const used = services.some((service) => connected.has(service));
      if (used) return;
      const loc = model.policy.locate(["database", "allocations", index]);
      report2({
        loc,
        path: loc?.file ?? model.policy.configFile ?? model.root,
        message: services.length === 0 ? `Allocation '${entry2.service}' (database ${entry2.database}, role ${entry2.role}) names no active compose service.` : `Allocation '${entry2.service}' (database ${entry2.database}, role ${entry2.role}): the service has no Postgres connection in its environment.`,
        fix: services.length === 0 ? `Remove the entry, or fix its service name to the compose service that uses database '${entry2.database}'.` : `Point '${entry2.service}' at the shared Postgres (e.g. DATABASE_URL=postgresql://${entry2.role}:\${\u2026}@${model.database.shared?.containerName ?? model.database.shared?.name ?? "postgres"}:5432/${entry2.database}), or remove the entry.`
      });
    });
  }
);

// rules/database/initdb-missing.ts
import path27 from "node:path";
var initdb_missing_default = defineRule(
  {
    id: "initdb-missing",
    group: "database",
    severity: "error",
    description: "An allocated database or role that the init scripts (mounted at /docker-entrypoint-initdb.d) never create",
    rationale: 'The seed: "Databases created via init script" \u2014 each allocated database and role must exist when the shared Postgres first starts.'
  },
  ({ model, report: report2 }) => {
    const { shared, matrix } = model.database;
    if (!shared || !matrix) return;
    const scripts = model.database.initScripts.filter((s) => s.postgres === shared);
    const mounts = model.database.initMounts.filter((m) => m.postgres === shared);
    for (const { script } of scripts) {
      if (script.kind === "ignored" || script.kind === "unsupported") continue;
      for (const error of script.errors) {
        report2({
          loc: error.loc,
          message: `Init script error: ${error.message}. The image stops at the first error, so nothing after it is created.`,
          fix: "Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it)."
        });
      }
    }
    const allocations = model.policy.database.allocations;
    if (allocations.length === 0) return;
    const unknowable = scripts.some((s) => s.script.kind === "unsupported") || mounts.some((m) => m.kind === "volume") || matrix.databases.some((d) => /[$:]/.test(d.name)) || matrix.roles.some((r) => /[$:]/.test(r.name));
    if (unknowable) return;
    const mount = mounts.find((m) => m.files.length > 0) ?? mounts[0] ?? null;
    const loc = mount?.loc ?? shared.loc;
    const firstScript = scripts[0]?.file;
    const into = firstScript ? `to '${where(model, null, firstScript)}'` : `to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'`;
    const skipped = mounts.flatMap((m) => m.skippedDirs).map((d) => path27.relative(model.cwd, d).split(path27.sep).join("/"));
    const skippedNote = skipped.length > 0 ? ` (the image does not run scripts inside sub-directories: ${skipped.join(", ")})` : "";
    const seenDb = /* @__PURE__ */ new Set();
    const seenRole = /* @__PURE__ */ new Set();
    const createdRoles = new Map(matrix.roles.filter((r) => r.created).map((r) => [r.name, r]));
    const createdDatabases = new Set(matrix.databases.filter((d) => d.created).map((d) => d.name));
    for (const entry2 of allocations) {
      if (!seenRole.has(entry2.role)) {
        seenRole.add(entry2.role);
        const role = createdRoles.get(entry2.role);
        if (!role) {
          report2({
            loc,
            path: shared.stack.file,
            message: `Role '${entry2.role}' (allocated to ${entry2.service}) is never created by the shared Postgres's init scripts${skippedNote}.`,
            fix: `Add ${into}: CREATE ROLE ${sqlIdent(entry2.role)} WITH LOGIN PASSWORD '\u2026';`
          });
        } else if (!role.login && !role.superuser) {
          report2({
            loc: role.createdAt ?? loc,
            message: `Role '${entry2.role}' (allocated to ${entry2.service}) is created without LOGIN, so the service cannot log in with it.`,
            fix: `Write CREATE ROLE ${sqlIdent(entry2.role)} WITH LOGIN \u2026 (or add ALTER ROLE ${sqlIdent(entry2.role)} LOGIN;).`
          });
        }
      }
      if (!seenDb.has(entry2.database)) {
        seenDb.add(entry2.database);
        if (!createdDatabases.has(entry2.database)) {
          report2({
            loc,
            path: shared.stack.file,
            message: `Database '${entry2.database}' (allocated to ${entry2.service}) is never created by the shared Postgres's init scripts${skippedNote}.`,
            fix: `Add ${into}: CREATE DATABASE ${sqlIdent(entry2.database)} OWNER ${sqlIdent(entry2.role)}; REVOKE ALL ON DATABASE ${sqlIdent(entry2.database)} FROM PUBLIC;`
          });
        }
      }
    }
  }
);

// rules/database/initdb-public-connect.ts
var MAINTENANCE = /* @__PURE__ */ new Set(["postgres", "template0", "template1"]);
var initdb_public_connect_default = defineRule(
  {
    id: "initdb-public-connect",
    group: "database",
    severity: "error",
    description: "A database created without REVOKE ALL (or CONNECT) ON DATABASE \u2026 FROM PUBLIC: every role can connect to it by default",
    rationale: `Postgres grants CONNECT on a new database to PUBLIC; the seed's "Role isolation (prevent cross-service access)" holds only once it is revoked.`
  },
  ({ model, report: report2 }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    for (const database of matrix.databases) {
      if (!database.created || !database.createdAt) continue;
      if (MAINTENANCE.has(database.name)) continue;
      const answer = matrix.publicConnect(database.name);
      if (!answer.allowed) continue;
      const reopened = answer.changedAt !== null;
      report2({
        loc: reopened ? answer.changedAt : database.createdAt,
        message: reopened ? `GRANT \u2026 TO PUBLIC on database '${database.name}' lets every role connect to it.` : `Database '${database.name}' is created without revoking PUBLIC's CONNECT: every role can connect to it.`,
        fix: reopened ? `Remove this GRANT and grant CONNECT to the database's own role only.` : `Add after it: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;`
      });
    }
  }
);

// rules/database/initdb-cross-grant.ts
function ownership(model) {
  const rolesOf = /* @__PURE__ */ new Map();
  const servicesOf = /* @__PURE__ */ new Map();
  const add = (database, role, service) => {
    rolesOf.set(database, (rolesOf.get(database) ?? /* @__PURE__ */ new Set()).add(role));
    servicesOf.set(database, (servicesOf.get(database) ?? /* @__PURE__ */ new Set()).add(service));
  };
  const { allocations } = model.policy.database;
  if (allocations.length > 0) {
    for (const a of allocations) add(a.database, a.role, a.service);
  } else {
    const superusers = new Set(model.database.superusers);
    for (const c of model.database.connections) {
      const role = c.user?.value;
      const database = c.database?.value;
      if (c.toShared && role && database && !superusers.has(role)) add(database, role, c.service.name);
    }
  }
  return { rolesOf, servicesOf };
}
var initdb_cross_grant_default = defineRule(
  {
    id: "initdb-cross-grant",
    group: "database",
    severity: "error",
    description: "A role granted privileges on a database allocated to another service",
    rationale: `The seed: "Role isolation (prevent cross-service access)": a role reaches its own service's database only.`
  },
  ({ model, report: report2 }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const { rolesOf, servicesOf } = ownership(model);
    const serviceRoles = new Set([...rolesOf.values()].flatMap((roles) => [...roles]));
    for (const [database, own] of rolesOf) {
      for (const role of matrix.grantedConnectors(database)) {
        if (own.has(role) || !serviceRoles.has(role)) continue;
        const answer = matrix.canConnect(role, database);
        if (!answer.allowed || answer.via === "public" || answer.via === "superuser" || !answer.loc) continue;
        const services = [...servicesOf.get(database) ?? []].join(", ");
        const how = answer.via === "owner" ? "owns" : answer.via === "membership" ? "can connect (through role membership) to" : "is granted CONNECT on";
        const fix = answer.via === "owner" ? `Make the database's own role its owner: ALTER DATABASE ${sqlIdent(database)} OWNER TO ${sqlIdent([...own][0])};` : answer.via === "membership" ? `Remove the membership that gives '${role}' the access (REVOKE <role> FROM ${sqlIdent(role)};) at this line.` : `Remove this grant, or add: REVOKE ALL ON DATABASE ${sqlIdent(database)} FROM ${sqlIdent(role)};`;
        report2({
          loc: answer.loc,
          message: `Role '${role}' ${how} database '${database}', which is allocated to ${services}.`,
          fix
        });
      }
    }
  }
);

// rules/database/initdb-env-placeholder.ts
var initdb_env_placeholder_default = defineRule(
  {
    id: "initdb-env-placeholder",
    group: "database",
    severity: "error",
    description: "${VAR} in a .sql init file: the image does not interpolate .sql files, so the literal text becomes the password",
    rationale: "The seed's init script writes PASSWORD '${N8N_DB_PASSWORD}' in SQL; psql sends it as is, and the role's password is that text."
  },
  ({ model, report: report2 }) => {
    for (const { script } of model.database.initScripts) {
      if (script.kind !== "sql" && script.kind !== "sql.gz" && script.kind !== "sh") continue;
      for (const placeholder of script.placeholders) {
        const inSql = script.kind !== "sh";
        const name = placeholder.name;
        const psqlVar = name.toLowerCase();
        report2({
          loc: placeholder.loc,
          message: inSql ? `'\${${name}}' in a .${script.kind} init script is not interpolated: Postgres receives the text '\${${name}}' itself (as the password, if it is one).` : `'\${${name}}' is in a quoted here-document or single-quoted argument: the shell does not expand it, so Postgres receives the text itself.`,
          fix: inSql ? `Read it from the container's environment with psql: add '\\getenv ${psqlVar} ${name}' before the statement and write :'${psqlVar}' instead of '\${${name}}' (pass ${name} in the postgres service's environment); or move the statement to a .sh script with an unquoted here-document.` : `Use an unquoted here-document (<<EOSQL, not <<'EOSQL') or double quotes so the shell expands \${${name}} (pass ${name} in the postgres service's environment).`
        });
      }
    }
  }
);

// src/database/secrets.ts
var SECRET_WORDS = /* @__PURE__ */ new Set(["PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "SECRETS", "TOKEN", "APIKEY", "AUTHKEY", "PASSPHRASE", "CREDENTIAL", "CREDENTIALS", "PRIVATEKEY", "SECRETKEY"]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set(["API", "SECRET", "PRIVATE", "ENCRYPTION", "ENC", "MASTER", "SIGNING", "ACCESS", "AUTH", "SERVICE", "LICENSE", "SESSION", "JWT", "CRYPTO", "HMAC", "ADMIN", "APP", "CLIENT", "SSH", "ROOT"]);
var NOT_SECRET_LAST = /* @__PURE__ */ new Set([
  "FILE",
  "PATH",
  "DIR",
  "LOCATION",
  "URL",
  "URI",
  "ENDPOINT",
  "HOST",
  "PORT",
  "LENGTH",
  "LEN",
  "MIN",
  "MAX",
  "SIZE",
  "BITS",
  "POLICY",
  "ENABLED",
  "ENABLE",
  "DISABLED",
  "DISABLE",
  "REQUIRED",
  "ALLOWED",
  "RESET",
  "LOGIN",
  "MODE",
  "METHOD",
  "TYPE",
  "ALGORITHM",
  "ALG",
  "FORMAT",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "TTL",
  "TIMEOUT",
  "LIFETIME",
  "AGE",
  "ROTATION",
  "INTERVAL",
  "HEADER",
  "NAME",
  "ID",
  "PREFIX",
  "HASH",
  "HASHED",
  "USERS",
  "COMMAND",
  "CMD",
  "SCRIPT",
  "SOURCE",
  "PROVIDER",
  "STORE",
  "COST",
  "ROUNDS",
  "ITERATIONS",
  "STRENGTH",
  "COMPLEXITY",
  "HINT",
  "USER",
  "USERNAME"
]);
var PUBLIC_WORDS = /* @__PURE__ */ new Set(["PUBLIC", "PUBLISHABLE", "PUB"]);
function isSecretName(name) {
  const words = name.toUpperCase().split(/[_\-.]+/).filter(Boolean);
  const last = words.at(-1);
  if (!last || NOT_SECRET_LAST.has(last)) return false;
  if (words.some((w) => PUBLIC_WORDS.has(w))) return false;
  return words.some((w, i) => SECRET_WORDS.has(w) || w === "KEY" && (i === words.length - 1 || KEY_QUALIFIERS.has(words[i - 1] ?? "")));
}
function isLiteralSecret(raw) {
  if (raw === null) return false;
  const text = raw.trim();
  if (text === "" || text === '""' || text === "''") return false;
  if (/(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(text)) return false;
  if (/^(true|false|yes|no|on|off|null|none|nil|0|1|-1)$/i.test(text)) return false;
  if (/^\d{1,6}$/.test(text)) return false;
  if (/^(\.{0,2}\/|~\/|%[\w.]+%\/)\S*$/.test(text)) return false;
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) /.test(text)) return false;
  if (/^user[_-]provided$/i.test(text)) return false;
  return true;
}
function urlPasswordOffset(text) {
  const m = /^\s*[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@/\s]+)@/i.exec(text);
  if (!m) return -1;
  const password = m[2];
  if (/(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(password)) return -1;
  return m.index + m[0].indexOf(":", m[0].indexOf("//") + 2) + 1;
}

// rules/database/plaintext-secret.ts
var plaintext_secret_default = defineRule(
  {
    id: "plaintext-secret",
    group: "database",
    severity: "error",
    description: "A literal password, token or key in a compose file or init script (use ${VAR}, env_file or *_FILE secrets)",
    rationale: "The seed keeps every password as ${VAR} (POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}); a literal in a tracked file is a leaked secret."
  },
  ({ model, report: report2 }) => {
    for (const service of model.services) {
      for (const variable of service.environment) {
        if (variable.envFile) continue;
        const raw = variable.raw;
        if (raw === null) continue;
        const urlAt = urlPasswordOffset(raw);
        if (urlAt >= 0) {
          report2({
            loc: valueLoc(service, variable, urlAt) ?? service.loc,
            path: service.stack.file,
            message: `${variable.name} of '${service.name}' holds a URL with a literal password.`,
            fix: `Write the password as \${${variable.name}_PASSWORD} (or another variable) and set it in the stack's .env, which stays out of git.`
          });
          continue;
        }
        if (!isSecretName(variable.name) || !isLiteralSecret(raw)) continue;
        report2({
          loc: valueLoc(service, variable) ?? service.loc,
          path: service.stack.file,
          message: `${variable.name} of '${service.name}' is a literal secret in the compose file.`,
          fix: `Write ${variable.name}: \${${variable.name}} and set it in the stack's .env (kept out of git), or use ${variable.name}_FILE with a Docker secret where the image supports it.`
        });
      }
    }
    for (const { script } of model.database.initScripts) {
      if (script.kind !== "sql" && script.kind !== "sql.gz" && script.kind !== "sh") continue;
      for (const literal of script.literalPasswords) {
        report2({
          loc: literal.loc,
          message: `The password of role '${literal.role}' is written literally in the init script.`,
          fix: script.kind === "sh" ? `Use a variable from the container's environment: PASSWORD '\${${literal.role.toUpperCase()}_PASSWORD}' in an unquoted here-document, with ${literal.role.toUpperCase()}_PASSWORD passed in the postgres service's environment.` : `Read it with psql: '\\getenv ${literal.role}_password ${literal.role.toUpperCase()}_PASSWORD' and PASSWORD :'${literal.role}_password', with ${literal.role.toUpperCase()}_PASSWORD passed in the postgres service's environment.`
        });
      }
    }
  }
);

// rules/database/isolated-store.ts
var isolated_store_default = defineRule(
  {
    id: "isolated-store",
    group: "database",
    severity: "error",
    description: "A vector or graph store that is not isolated: vector/graph data in the shared Postgres, or a store sharing a container or volume with another service",
    rationale: 'The seed: Qdrant (vector) and Neo4j (graph) are "Isolated \u2705" \u2014 different resource profile and query patterns than Postgres OLTP.'
  },
  (context) => {
    const { model, report: report2 } = context;
    const { shared, matrix } = model.database;
    if (shared) {
      const product = postgresVectorProduct(shared.image);
      if (product) {
        report2({
          loc: shared.stack.locate(["services", shared.name, "image"]) ?? shared.loc,
          path: shared.stack.file,
          message: `The shared Postgres runs ${shared.image} (${product}): vector/graph data would live in the operational database.`,
          fix: `Use the plain image (e.g. postgres:16-alpine) for the shared Postgres and run the vector store in its own container (e.g. qdrant/qdrant in memory-orchestration/qdrant/).`
        });
      }
      for (const database of matrix?.databases ?? []) {
        for (const extension of database.extensions) {
          const name = VECTOR_GRAPH_EXTENSIONS.get(extension.name);
          if (!name) continue;
          report2({
            loc: extension.loc,
            message: `CREATE EXTENSION ${extension.name} puts ${name} vector/graph data in the shared Postgres.`,
            fix: `Remove this statement and keep the ${extension.name === "age" ? "graph in its own store (e.g. neo4j)" : "embeddings in their own store (e.g. qdrant)"}.`
          });
        }
      }
    }
    const stores = model.database.stores.filter((s) => s.kind === "vector" || s.kind === "graph");
    const storeServices = new Set(stores.map((s) => s.service));
    const reportedPairs = /* @__PURE__ */ new Set();
    for (const store of stores) {
      const service = store.service;
      for (const other of model.services) {
        if (other === service || other.stack.archived) continue;
        const link = containerLink(service, other);
        if (!link) continue;
        const pair = [service.name, other.name, service.stack.file, other.stack.file].join("|");
        if (reportedPairs.has(pair)) continue;
        reportedPairs.add(pair);
        const holder = link.at;
        const peer = holder === service ? other : service;
        const [blamed, kept] = blameOrder(context, [serviceSide(context, peer, peer.loc), serviceSide(context, holder, link.loc ?? holder.loc)]);
        report2({
          loc: blamed.loc,
          path: blamed.path,
          related: [relatedSide(kept, `'${kept.item.name}' is the other side of ${link.how}.`)],
          key: `container:${service.name}:${other.name}`,
          cause: removalCause(context, blamed.item),
          message: `${store.product} ('${service.name}') shares a container with '${other.name}' (${link.how}).`,
          fix: `Give '${service.name}' its own container: remove ${link.how} and connect over the network instead.`
        });
      }
      for (const mount of model.database.volumes.filter((v) => v.service === service)) {
        for (const other of model.database.volumes) {
          if (other.service === service || !sameData(mount, other) || mount.readOnly && other.readOnly) continue;
          const key = [mount.loc?.file, mount.loc?.line, other.service.name].join("|");
          const reverse = [other.loc?.file, other.loc?.line, service.name].join("|");
          if (reportedPairs.has(key) || storeServices.has(other.service) && reportedPairs.has(reverse)) continue;
          reportedPairs.add(key);
          const [blamed, kept] = blameOrder(context, [
            serviceSide(context, other.service, other.loc ?? other.service.loc),
            serviceSide(context, service, mount.loc ?? service.loc)
          ]);
          report2({
            loc: blamed.loc,
            path: blamed.path,
            related: [relatedSide(kept, `'${kept.item.name}' mounts the same data.`)],
            key: `volume:${service.name}:${mount.source}`,
            cause: removalCause(context, blamed.item),
            message: `${store.product} ('${service.name}') shares ${describe2(mount)} with '${other.service.name}' (${where(model, other.loc, other.service.stack.file)}).`,
            fix: `Give '${service.name}' a volume of its own (e.g. ${service.name}_data:${mount.target}) and keep '${other.service.name}' off it.`
          });
        }
      }
    }
  }
);
function describe2(mount) {
  return mount.kind === "volume" ? `volume '${mount.source}'` : `bind path '${mount.source}'`;
}
function containerLink(store, other) {
  const names = (s) => [`service:${s.name}`, ...s.containerName ? [`container:${s.containerName}`] : []];
  for (const [from, to] of [
    [other, store],
    [store, other]
  ]) {
    if (from.stack !== to.stack && !names(to).some((n) => n.startsWith("container:"))) continue;
    const mode = from.resolved.network_mode;
    if (typeof mode === "string" && names(to).includes(mode) && (mode.startsWith("container:") || from.stack === to.stack)) {
      return { how: `network_mode: ${mode} on '${from.name}'`, loc: from.stack.locate(["services", from.name, "network_mode"]), at: from };
    }
    const volumesFrom = from.resolved.volumes_from;
    if (Array.isArray(volumesFrom)) {
      const index = volumesFrom.findIndex((v) => {
        const ref = String(v).split(":")[0];
        return from.stack === to.stack && ref === to.name || ref === `container:${to.containerName}` || ref === `service:${to.name}`;
      });
      if (index >= 0) return { how: `volumes_from on '${from.name}'`, loc: from.stack.locate(["services", from.name, "volumes_from", index]), at: from };
    }
  }
  return null;
}

// rules/database/single-cache.ts
import path28 from "node:path";
var CORE = "core-infra";
var single_cache_default = defineRule(
  {
    id: "single-cache",
    group: "database",
    severity: "warning",
    description: "More than one Valkey/Redis-compatible cache, or the shared one outside core-infra/",
    rationale: 'The seed: "Valkey (Cache) \u2014 Shared \u2705 \u2014 Lightweight, key-value only", one instance in core-infra/valkey/.'
  },
  (context) => {
    const { model, report: report2 } = context;
    const caches = model.database.stores.filter((s) => s.kind === "cache");
    if (caches.length === 0) return;
    const inCore = (s) => path28.relative(model.root, s.stack.dir).split(path28.sep)[0] === CORE;
    const shared = caches.find((c) => inCore(c.service)) ?? caches[0];
    if (!inCore(shared.service)) {
      const target = path28.join(model.root, CORE, shared.product === "redis" ? "redis" : "valkey");
      report2({
        loc: shared.service.loc,
        path: shared.service.stack.file,
        target,
        message: `The shared cache '${shared.service.name}' (${shared.product}) runs outside ${CORE}/.`,
        fix: `Move it to '${shown(model, target)}' and define it in the ${CORE}/ stack.`,
        key: shared.service.name,
        // The placement plan's move of its folder into core-infra/ is this finding's cause.
        cause: moveCause2(context, shared.service, CORE)
      });
    }
    for (const cache of caches) {
      if (cache === shared) continue;
      const service = cache.service;
      const loc = service.stack.locate(["services", service.name, "image"]) ?? service.loc;
      const [blamed, kept] = blameOrder(context, [serviceSide(context, shared.service, shared.service.loc), serviceSide(context, service, loc)]);
      report2({
        loc: blamed.loc,
        path: blamed.path,
        related: [relatedSide(kept, kept.item === shared.service ? `The shared cache '${shared.service.name}'.` : `The other ${cache.product} cache '${service.name}'.`)],
        key: service.name,
        cause: removalCause(context, service),
        message: `'${service.name}' is another ${cache.product} cache besides the shared '${shared.service.name}' (${where(model, shared.service.loc, shared.service.stack.file)}).`,
        fix: `Point '${service.name}''s clients at the shared cache with a database number or key prefix of its own (e.g. redis://${shared.service.containerName ?? shared.service.name}:6379/1) and remove the '${service.name}' container.`
      });
    }
  }
);

// rules/compose/compose-parse.ts
import path29 from "node:path";

// rules/compose/shared.ts
var lazyLoc = memo;
function activeStacks(model) {
  return model.stacks.filter((stack) => !stack.archived);
}
function firstTime() {
  const seen = /* @__PURE__ */ new Set();
  return (loc, message) => {
    const identity = `${loc?.file}:${loc?.line}:${loc?.column}\0${message}`;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  };
}

// rules/compose/compose-parse.ts
var COMPOSE_NAMES = /* @__PURE__ */ new Set([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_FILE_NAMES]);
var compose_parse_default = defineRule(
  {
    id: "compose-parse",
    group: "compose",
    severity: "error",
    description: "A compose file (or its `.env`, an env_file, an included or extended file) that does not parse: YAML, an invalid `${...}` template, `.env` syntax (line and column of the error); or a compose file Docker Compose never reads",
    rationale: "A stack that does not load does not start; every other compose file is still linted, so one broken file does not hide the rest."
  },
  ({ model, report: report2 }) => {
    const used = /* @__PURE__ */ new Set();
    const once = firstTime();
    for (const stack of model.stacks) {
      for (const file of [...stack.files, ...stack.imported ?? []]) {
        used.add(file.abs);
        for (const error of file.errors) {
          const loc = { file: file.abs, line: error.line, column: error.column };
          if (!once(loc, error.message)) continue;
          report2({
            loc,
            message: `Compose file does not load: ${error.message}.`,
            fix: "Fix the YAML at this position (indent with spaces, quote values holding `: ` or `#`, close every quote and bracket); `docker compose config` shows the same error."
          });
        }
      }
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== "compose-parse" || !once(issue.loc, issue.message)) continue;
        report2({
          loc: issue.loc,
          path: stack.file,
          message: `Compose file does not load: ${issue.message}.`,
          fix: /interpolation|template/.test(issue.message) ? "Write `${NAME}`, `${NAME:-default}`, `${NAME:?error}` or `${NAME:+alternative}` (a name of letters, digits and _), or `$$` for a literal `$`." : /required variable/.test(issue.message) ? "Give the variable a value in `.env`, or a default with `${NAME:-default}`." : "Fix the line as Docker Compose reads env files: `KEY=value`, quotes closed, no space in the key, `$$` for a literal `$`."
        });
      }
    }
    for (const stack of model.stacks) {
      const names = new Set((model.tree.children.get(relDir(model.root, stack.dir)) ?? []).filter((e) => e.kind === "file").map((e) => e.name));
      const main = path29.basename(stack.file);
      const overrides = stack.files.slice(1).map((f) => path29.basename(f.abs));
      for (const name of names) {
        if (!COMPOSE_NAMES.has(name) || used.has(path29.join(stack.dir, name))) continue;
        const isOverride = COMPOSE_OVERRIDE_FILE_NAMES.includes(name);
        const reads = isOverride ? `${main} with ${overrides.join(", ")}` : main;
        report2({
          loc: { file: path29.join(stack.dir, name), line: 1, column: 1 },
          message: `Docker Compose ignores ${name}: in this folder it reads ${reads}.`,
          fix: isOverride ? `Merge ${name} into ${overrides[0] ?? "the override file in use"} and delete it.` : `Merge what ${name} adds into ${main} and delete ${name} (or pass it with -f, under a name Compose does not pick up by itself).`
        });
      }
    }
  }
);
function relDir(root, dir) {
  return path29.relative(root, dir).split(path29.sep).join("/");
}

// rules/compose/compose-schema.ts
var compose_schema_default = defineRule(
  {
    id: "compose-schema",
    group: "compose",
    severity: "error",
    description: "A compose file Docker Compose would refuse: the Compose Specification schema (on the merged model) and the checks its loader runs after it; the message names the key and its line",
    rationale: "Docker Compose refuses a file with an unknown or mistyped key, a value it cannot convert, an extends or include it cannot follow, or a dependency cycle; otherwise that only shows on the host, at deploy time."
  },
  async ({ model, report: report2 }) => {
    const stacks = model.stacks.filter((stack) => (stack.stages ?? []).length > 0 || (stack.issues ?? []).length > 0);
    if (stacks.length === 0) return;
    const { validateStack } = await import("./stack-5K47Y3AA.js");
    const once = firstTime();
    for (const stack of stacks) {
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== "compose-schema" || !once(issue.loc, issue.message)) continue;
        report2({ loc: issue.loc, path: stack.file, message: `${issue.message}.`, fix: "Change it to what Docker Compose accepts; `docker compose config` shows the same error." });
      }
      for (const problem of validateStack(stack)) {
        if (!once(problem.loc, problem.message)) continue;
        report2({
          loc: problem.loc,
          path: stack.file,
          message: `${problem.message}.`,
          fix: problem.suggestion ? `Write '${problem.suggestion}' here instead.` : `Change '${problem.keyPath || "the top level"}' to what Docker Compose accepts (https://github.com/compose-spec/compose-spec/blob/main/spec.md); \`docker compose config\` shows the same error.`
        });
      }
    }
  }
);

// src/compose/profiles.ts
function serviceProfiles(service) {
  const profiles = service.resolved.profiles;
  return Array.isArray(profiles) ? profiles.map(String) : [];
}
function mayRunTogether(a, b) {
  if (a.stack !== b.stack) return true;
  const pa = serviceProfiles(a);
  const pb = serviceProfiles(b);
  if (pa.length === 0 || pb.length === 0) return true;
  return pa.some((p) => pb.includes(p));
}

// rules/compose/duplicate-container-name.ts
var duplicate_container_name_default = defineRule(
  {
    id: "duplicate-container-name",
    group: "compose",
    severity: "error",
    description: "One container_name used twice on the host, across all stacks",
    rationale: 'Container names are global on a Docker host: the second stack fails with "container name already in use", which per-file linters cannot see.'
  },
  (context) => {
    const { model, report: report2 } = context;
    const byName = /* @__PURE__ */ new Map();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const name = service.containerName;
        if (!name || hasUnknown(name)) continue;
        const list2 = byName.get(name);
        if (list2) list2.push(service);
        else byName.set(name, [service]);
      }
    }
    for (const [name, services] of byName) {
      if (services.length < 2) continue;
      const sides = services.map((s) => serviceSide(context, s, s.stack.locate(["services", s.name, "container_name"]) ?? s.loc));
      const ordered = blameOrder(context, sides);
      ordered.forEach((side, index) => {
        const others = ordered.slice(index + 1).filter((o) => mayRunTogether(o.item, side.item));
        if (others.length === 0) return;
        const service = side.item;
        const first = others[others.length - 1];
        const other = first.item.stack === service.stack ? `service '${first.item.name}' of this stack` : `service '${first.item.name}'`;
        const why = blameWhy(context, side);
        report2({
          loc: side.loc,
          path: side.path,
          message: `Container name '${name}' of service '${service.name}' is already used by ${other} at ${where(model, first.loc, first.item.stack.file)}; the second container fails to start.`,
          fix: `Give '${service.name}' a unique container_name (e.g. '${service.name === name ? `${name}-2` : service.name}')${why ? ` (this side should change: ${why})` : ""}, or remove it if it is the same service.`,
          related: others.map((o) => relatedSide(o, `Service '${o.item.name}' also uses container name '${name}'.`)),
          key: name,
          cause: removalCause(context, service)
        });
      });
    }
  }
);

// src/compose/ports.ts
import { isIP } from "node:net";
function publishedPorts(ports) {
  if (!Array.isArray(ports)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  ports.forEach((entry2, index) => {
    const parsed = typeof entry2 === "string" || typeof entry2 === "number" ? parseShort(String(entry2)) : parseLong(entry2);
    if (!parsed) return;
    const identity = `${parsed.hostIp || "0.0.0.0"}:${parsed.start}-${parsed.end}:${parsed.target}/${parsed.protocol}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    const text = typeof entry2 === "object" && entry2 !== null ? `published: ${String(entry2.published)}` : String(entry2);
    const { target: _target, ...port } = parsed;
    out.push({ ...port, index, text });
  });
  return out;
}
function parseShort(text) {
  if (text.includes("${")) return null;
  let rest = text.trim();
  let protocol = "tcp";
  const slash = rest.lastIndexOf("/");
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase() || "tcp";
    rest = rest.slice(0, slash);
  }
  let hostIp = "";
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return null;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 1).replace(/^:/, "");
  }
  const parts = rest.split(":");
  if (parts.length < 2) return null;
  const container = parts.pop().trim();
  const host = parts.pop();
  if (parts.length > 0) hostIp = parts.join(":");
  if (host === "" || !/^\d+(-\d+)?$/.test(container)) return null;
  const range = parseRange(host);
  const containerRange = parseRange(container);
  if (!range || !containerRange) return null;
  const address = canonicalIp(hostIp);
  if (address === null) return null;
  const pool = range.end > range.start && containerRange.end === containerRange.start;
  return { hostIp: address, ...range, protocol, pool, target: container };
}
function parseLong(entry2) {
  if (entry2 === null || typeof entry2 !== "object" || Array.isArray(entry2)) return null;
  const record3 = entry2;
  const published = record3.published;
  if (published === void 0 || published === null || published === "") return null;
  const text = String(published);
  if (text.includes("${")) return null;
  const range = parseRange(text);
  if (!range) return null;
  const rawIp = typeof record3.host_ip === "string" ? record3.host_ip : "";
  if (rawIp.includes("${")) return null;
  const hostIp = canonicalIp(rawIp);
  if (hostIp === null) return null;
  const protocol = typeof record3.protocol === "string" && record3.protocol ? record3.protocol.toLowerCase() : "tcp";
  return { hostIp, ...range, protocol, pool: range.end > range.start, target: String(record3.target) };
}
function parseRange(text) {
  const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === void 0 ? start : Number(match[2]);
  if (start < 1 || end < start || end > 65535) return null;
  return { start, end };
}
function canonicalIp(ip) {
  let text = ip.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  if (text === "") return "";
  text = text.replace(/%.*$/, "");
  const kind = isIP(text);
  if (kind === 4) return text;
  if (kind !== 6) return null;
  const compressed = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (mapped) {
    const high = parseInt(mapped[1], 16);
    const low = parseInt(mapped[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return compressed;
}
function isWildcardIp(ip) {
  return ip === "" || ip === "0.0.0.0" || ip === "::";
}
function addressesConflict(a, b) {
  if (a === "" || b === "") return true;
  const v6a = a.includes(":");
  const v6b = b.includes(":");
  if (v6a !== v6b) return false;
  return a === b || isWildcardIp(a) || isWildcardIp(b);
}
var INDEXED_RANGE = 1024;
function clashGroups(uses, mayRunTogether2 = () => true) {
  const groups = [];
  const fixed = new FixedIndex();
  const sameGroup = /* @__PURE__ */ new Map();
  const position = new Map(uses.map((use, i) => [use, i]));
  const compatible = (a, b) => a.port.protocol === b.port.protocol && addressesConflict(a.port.hostIp, b.port.hostIp) && (a.service === b.service || mayRunTogether2(a.service, b.service));
  for (const use of uses) {
    if (use.port.pool) continue;
    if (use.replicas > 1) groups.push({ kind: "replicas", ports: { start: use.port.start, end: use.port.end }, protocol: use.port.protocol, hostIp: use.port.hostIp, uses: [use] });
    const earlier = fixed.candidates(use.port).filter((other) => compatible(other, use) && overlap(other.port, use.port));
    const first = earlier[0];
    if (first) {
      const shared = overlap(first.port, use.port);
      const key = `${position.get(first)}|${shared.start}-${shared.end}|${use.port.protocol}`;
      let group = sameGroup.get(key);
      if (!group) {
        group = { kind: "same-port", ports: shared, protocol: use.port.protocol, hostIp: use.port.hostIp || first.port.hostIp, uses: [first] };
        sameGroup.set(key, group);
        groups.push(group);
      }
      group.uses.push(use);
    }
    fixed.add(use);
  }
  const taken = [];
  for (const use of uses) {
    if (!use.port.pool) continue;
    for (let replica = 0; replica < use.replicas; replica++) {
      const holders = (port) => [
        ...fixed.candidates({ ...use.port, start: port, end: port }).filter((other) => compatible(other, use) && port >= other.port.start && port <= other.port.end),
        ...taken.filter((t) => t.port === port && compatible(t.use, use)).map((t) => t.use)
      ];
      let free = null;
      for (let port = use.port.start; port <= use.port.end && free === null; port++) if (holders(port).length === 0) free = port;
      if (free !== null) {
        taken.push({ use, port: free });
        continue;
      }
      const others = [];
      for (let port = use.port.start; port <= use.port.end; port++) for (const holder of holders(port)) if (!others.includes(holder)) others.push(holder);
      groups.push({ kind: "pool", ports: { start: use.port.start, end: use.port.end }, protocol: use.port.protocol, hostIp: use.port.hostIp, uses: [...others, use] });
      break;
    }
  }
  return groups;
}
function overlap(a, b) {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}
var FixedIndex = class {
  byPort = /* @__PURE__ */ new Map();
  wide = [];
  all = [];
  order = /* @__PURE__ */ new Map();
  add(use) {
    this.order.set(use, this.all.length);
    this.all.push(use);
    const { start, end, protocol } = use.port;
    if (end - start >= INDEXED_RANGE) {
      this.wide.push(use);
      return;
    }
    for (let port = start; port <= end; port++) {
      const key = `${protocol}/${port}`;
      const list2 = this.byPort.get(key);
      if (list2) list2.push(use);
      else this.byPort.set(key, [use]);
    }
  }
  /** Bindings that may share a port with `port`, in the order they were added. */
  candidates(port) {
    if (port.end - port.start >= INDEXED_RANGE) return this.all.slice();
    const found = new Set(this.wide);
    for (let p = port.start; p <= port.end; p++) for (const use of this.byPort.get(`${port.protocol}/${p}`) ?? []) found.add(use);
    return [...found].sort((a, b) => this.order.get(a) - this.order.get(b));
  }
};
function describePort(range, protocol, hostIp = "") {
  const ports = range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
  const ip = hostIp === "" ? "" : `${hostIp.includes(":") ? `[${hostIp}]` : hostIp}:`;
  return `${ip}${ports}/${protocol}`;
}

// rules/compose/duplicate-host-port.ts
var duplicate_host_port_default = defineRule(
  {
    id: "duplicate-host-port",
    group: "compose",
    severity: "error",
    description: "One host port (same host IP and protocol) published twice on the host, across all stacks",
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.'
  },
  (context) => {
    const { model, report: report2 } = context;
    const uses = [];
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        for (const port of publishedPorts(service.resolved.ports)) uses.push({ service, port, replicas: replicasOf(service) });
      }
    }
    const locOf = (use) => lazyLoc(() => use.service.stack.locate(["services", use.service.name, "ports", use.port.index]) ?? use.service.loc);
    for (const group of clashGroups(uses, mayRunTogether)) {
      const shared = describePort(group.ports, group.protocol, group.hostIp);
      if (group.kind === "replicas") {
        const [use] = group.uses;
        report2({
          loc: locOf(use)(),
          path: use.service.stack.file,
          message: `Host port ${shared} of service '${use.service.name}' is published by each of its ${use.replicas} containers (scale/deploy.replicas); the second fails with "port is already allocated".`,
          fix: `Publish a host port range as large as the replica count (e.g. '${group.ports.start}-${group.ports.start + use.replicas - 1}:<container port>'), or run one container.`,
          key: `${shared}:replicas`
        });
        continue;
      }
      const sides = group.uses.map((use) => ({ ...serviceSide(context, use.service, locOf(use)()), use }));
      const ordered = group.kind === "pool" ? [sides.at(-1), ...sides.slice(0, -1)] : blameOrder(context, sides);
      const kept = group.kind === "pool" ? sides.slice(0, -1) : ordered.slice(-1);
      for (const side of group.kind === "pool" ? ordered.slice(0, 1) : ordered.slice(0, -1)) {
        const { use } = side;
        const others = kept.filter((o) => o !== side);
        const named = others.map((o) => `${o.use.service === use.service ? "this service" : `service '${o.use.service.name}'`} at ${where(model, o.loc, o.use.service.stack.file)}`).join(", ");
        const why = group.kind === "pool" ? null : blameWhy(context, side);
        report2({
          loc: side.loc,
          path: use.service.stack.file,
          message: group.kind === "pool" ? `Every host port of ${shared} (the range of service '${use.service.name}') is already published, by ${named}; the container fails with "port is already allocated".` : `Host port ${shared} of service '${use.service.name}' is already published by ${named}; the second container fails with "port is already allocated".`,
          fix: `Publish '${use.service.name}' on a free host port (change the host side of '${use.port.text}')${why ? ` (this side should change: ${why})` : ""}, bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.`,
          related: others.map((o) => relatedSide(o, `Service '${o.use.service.name}' publishes host port ${shared} too ('${o.use.port.text}').`)),
          key: shared,
          cause: removalCause(context, use.service)
        });
      }
    }
  }
);
function replicasOf(service) {
  const { scale, deploy } = service.resolved;
  const count2 = typeof scale === "number" ? scale : typeof deploy?.replicas === "number" ? deploy.replicas : 1;
  return Number.isInteger(count2) && count2 > 1 ? count2 : 1;
}

// rules/compose/duplicate-router.ts
var duplicate_router_default = defineRule(
  {
    id: "duplicate-router",
    group: "compose",
    severity: "error",
    description: "One Traefik router name, or one Host() rule, used by two services",
    rationale: "Traefik keeps one router per name and one route per host: the other service silently gets no traffic, or traffic flips between the two."
  },
  (context) => {
    const { model, report: report2 } = context;
    const sidesOf = (earlier, later) => blameOrder(context, [
      { ...serviceSide(context, earlier.service, earlier.loc()), seen: earlier },
      { ...serviceSide(context, later.service, later.loc()), seen: later }
    ]);
    const byName = /* @__PURE__ */ new Map();
    const byHost = /* @__PURE__ */ new Map();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        if (isTraefikDisabled(service.labels)) continue;
        for (const router of traefikRouters(service.labels)) {
          const loc = lazyLoc(() => labelLoc(service, router.labelKey));
          const current = { service, router, loc };
          const nameKey = `${router.protocol}.${router.name}`;
          const sameName = byName.get(nameKey);
          if (sameName && sameName.service !== service) {
            const [blamed, kept] = sidesOf(sameName, current);
            const mine = blamed.seen.service;
            const why = blameWhy(context, blamed);
            report2({
              loc: blamed.loc,
              path: blamed.path,
              message: `Traefik router '${router.name}' of service '${mine.name}' is also defined by service '${kept.seen.service.name}' at ${where(model, kept.loc, kept.path)}; Traefik merges or drops one of them.`,
              fix: `Rename the router in '${mine.name}''s labels (e.g. traefik.${router.protocol}.routers.${mine.name}.rule) so each service has its own${why ? ` (this side should change: ${why})` : ""}.`,
              related: [relatedSide(kept, `Service '${kept.seen.service.name}' defines router '${router.name}' too.`)],
              key: `router:${router.protocol}.${router.name}`,
              cause: removalCause(context, mine)
            });
          } else if (!sameName) {
            byName.set(nameKey, current);
          }
          for (const route of router.routes) {
            const hostKey = `${route.host}\0${route.conditions}`;
            const earlier = byHost.get(hostKey) ?? [];
            const clash = earlier.find((e) => e.service !== service && entrypointsMeet(e.router, router));
            if (clash) {
              const on = route.conditions ? ` with ${route.conditions}` : "";
              const [blamed, kept] = sidesOf(clash, current);
              const mine = blamed.seen;
              const theirs = kept.seen;
              const why = blameWhy(context, blamed);
              report2({
                loc: blamed.loc,
                path: blamed.path,
                message: `Host '${route.host}'${on} is routed to service '${mine.service.name}' by router '${mine.router.name}' and to service '${theirs.service.name}' by router '${theirs.router.name}' at ${where(model, kept.loc, kept.path)}; only one of them gets the traffic.`,
                fix: `Give '${mine.service.name}' another host, or tell the two apart with a PathPrefix() in its rule (or set traefik.enable=false on it if it should not be routed)${why ? `; this side should change: ${why}` : ""}.`,
                related: [relatedSide(kept, `Service '${theirs.service.name}' is routed for host '${route.host}' too (router '${theirs.router.name}').`)],
                key: `host:${route.host}${on}`,
                cause: removalCause(context, mine.service)
              });
            }
            if (!earlier.includes(current)) byHost.set(hostKey, [...earlier, current]);
          }
        }
      }
    }
  }
);
function entrypointsMeet(a, b) {
  if (a.entrypoints.length === 0 || b.entrypoints.length === 0) return true;
  return a.entrypoints.some((e) => b.entrypoints.includes(e));
}
function labelLoc(service, key) {
  const labels = service.resolved.labels;
  const stack = service.stack;
  if (Array.isArray(labels)) {
    const index = labels.findIndex((item) => String(item).split("=")[0] === key);
    if (index >= 0) return stack.locate(["services", service.name, "labels", index]) ?? service.loc;
  } else if (labels && typeof labels === "object") {
    return stack.locateKey(["services", service.name, "labels", key]) ?? service.loc;
  }
  return service.loc;
}

// src/compose/locate-file.ts
function locateInFile(file, path37, atKey) {
  if (!file.lineCounter) return null;
  for (let length = path37.length; length >= 0; length--) {
    const prefix = path37.slice(0, length);
    for (let d = file.documents.length - 1; d >= 0; d--) {
      const found = findNode(file.documents[d], prefix);
      if (!found) continue;
      const preferKey = atKey || length < path37.length;
      const first = preferKey ? found.key : found.value;
      const second = preferKey ? found.value : found.key;
      const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
      if (loc) return loc;
    }
  }
  return { file: file.abs, line: 1, column: 1 };
}

// rules/compose/obsolete-version.ts
var obsolete_version_default = defineRule(
  {
    id: "obsolete-version",
    group: "compose",
    severity: "warning",
    description: "A top-level `version:` key",
    rationale: "The Compose Specification made `version:` obsolete: Docker Compose ignores it and warns on every run."
  },
  ({ model, report: report2 }) => {
    for (const stack of model.stacks) {
      for (const file of stack.files) {
        if (!file.data || !Object.hasOwn(file.data, "version")) continue;
        report2({
          loc: locateInFile(file, ["version"], true),
          message: `Top-level 'version: ${String(file.data.version)}' is obsolete: Docker Compose ignores it and warns "the attribute \`version\` is obsolete".`,
          fix: `Delete the 'version:' line (set a top-level 'name:' if you want a fixed project name).`
        });
      }
    }
  }
);

// rules/compose/unpinned-image.ts
var MOVING_TAGS = /* @__PURE__ */ new Set([
  "latest",
  "stable",
  "edge",
  "nightly",
  "dev",
  "develop",
  "development",
  "canary",
  "lts",
  "main",
  "master",
  "rolling",
  "beta",
  "alpha",
  "next",
  "unstable",
  "testing",
  "preview",
  "mainline",
  "current",
  "release"
]);
var BARE_VARIANTS = /* @__PURE__ */ new Set(["alpine", "slim"]);
function movingTag(tag) {
  if (tag === null) return "has no tag (Docker pulls :latest)";
  const lower = tag.toLowerCase();
  if (MOVING_TAGS.has(lower)) return `uses the moving tag ':${tag}'`;
  if (BARE_VARIANTS.has(lower)) return `uses ':${tag}', the latest ${tag} build`;
  const [head, ...rest] = lower.split("-");
  if (MOVING_TAGS.has(head) && rest.length > 0 && !/\d/.test(rest.join("-"))) return `uses the moving tag ':${tag}'`;
  return null;
}
var unpinned_image_default = defineRule(
  {
    id: "unpinned-image",
    group: "compose",
    severity: "warning",
    description: "An image with no tag or a moving tag (`latest`, `stable`, \u2026) and no digest",
    rationale: "A moving tag changes what runs on the next pull or host rebuild: upgrades happen unplanned and a rollback has no version to return to."
  },
  ({ model, report: report2 }) => {
    for (const stack of model.stacks) {
      const built = new Set(stack.services.filter((s) => s.resolved.build !== void 0 && s.image).map((s) => s.image));
      for (const service of stack.services) {
        const image = service.image;
        if (!image || service.resolved.build !== void 0 || built.has(image)) continue;
        if (service.resolved.pull_policy === "never" || service.resolved.pull_policy === "build") continue;
        const ref = parseImage(image);
        if (ref.digest !== null) continue;
        if (ref.tag !== null ? ref.tag.includes("${") : image.includes("${")) continue;
        const why = movingTag(ref.tag);
        if (!why) continue;
        report2({
          loc: stack.locate(["services", service.name, "image"]) ?? service.loc,
          path: stack.file,
          message: `Image '${image}' of service '${service.name}' ${why}: it changes on the next pull.`,
          fix: `Pin a version tag (${withoutTag(image, ref.tag)}:<version>, the release you run now) or a digest (@sha256:\u2026), and upgrade on purpose.`
        });
      }
    }
  }
);
function withoutTag(image, tag) {
  return tag === null ? image.trim() : image.trim().slice(0, -(tag.length + 1));
}

// src/util/bytes.ts
var UNITS = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  tib: 1024 ** 4
};
function parseBytes(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!match) return null;
  const unit = UNITS[match[2].toLowerCase()];
  if (unit === void 0) return null;
  return Math.round(Number(match[1]) * unit);
}
function formatBytes(bytes) {
  if (bytes >= 1024 ** 3) return `${trim(bytes / 1024 ** 3)} GiB`;
  if (bytes >= 1024 ** 2) return `${trim(bytes / 1024 ** 2)} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
function trim(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, "");
}

// src/model/memory.ts
function memoryBudget(model) {
  const usages = model.stacks.filter((stack) => !stack.archived).flatMap((stack) => stack.services).filter((s) => serviceProfiles(s).length === 0).map((s) => memoryUsage(s, model.policy));
  const declared = sumBytes(usages.filter((u) => u.declared));
  const estimated = sumBytes(usages.filter((u) => !u.declared));
  return { budget: model.policy.budget.memory, usages, declared, estimated, total: declared + estimated };
}
function memoryUsage(service, policy) {
  const replicas = replicaCount(service);
  const limit = declaredLimit(service);
  if (limit !== null) return { service, bytes: limit * replicas, declared: true, replicas };
  const entry2 = findCatalogEntry(policy, service.name)?.entry ?? (service.image ? findCatalogByImage(policy, service.image) : null);
  const estimate = entry2?.memory ?? null;
  return { service, bytes: estimate === null ? null : estimate * replicas, declared: false, replicas };
}
function sumBytes(usages) {
  return usages.reduce((total, u) => total + (u.bytes ?? 0), 0);
}
function declaredLimit(service) {
  const deploy = record2(service.resolved.deploy);
  const fromDeploy = parseBytes(record2(record2(deploy.resources).limits).memory);
  return fromDeploy ?? parseBytes(service.resolved.mem_limit);
}
function replicaCount(service) {
  const raw = record2(service.resolved.deploy).replicas ?? service.resolved.scale;
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : 1;
  return Number.isInteger(n) && n >= 0 ? n : 1;
}
function record2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function memoryJson(budget, displayPath2) {
  return {
    budget: budget.budget,
    total: budget.total,
    declared: budget.declared,
    estimated: budget.estimated,
    services: budget.usages.map((u) => ({ service: u.service.name, path: displayPath2(u.service.stack.file), bytes: u.bytes, limit: u.declared, replicas: u.replicas }))
  };
}

// rules/compose/memory-budget.ts
var memory_budget_default = defineRule(
  {
    id: "memory-budget",
    group: "compose",
    severity: "warning",
    description: "Declared memory limits (or the catalog's estimates) that add up past budget.memory, listing services with no limit",
    rationale: 'The seed plans a 4 GB droplet ("fits easily within 4GB droplet budget"): past the budget the kernel OOM-kills whichever container it picks.'
  },
  ({ model, report: report2 }) => {
    const { budget, usages, declared, estimated, total } = memoryBudget(model);
    if (budget === null || total <= budget) return;
    const declaredList = summarise(usages.filter((u) => u.declared), "");
    const estimatedList = summarise(usages.filter((u) => !u.declared && u.bytes !== null), "~");
    const unknownList = summarise(usages.filter((u) => u.bytes === null), "");
    const parts = [declaredList ? `declared limits ${formatBytes(declared)} (${declaredList})` : "no service declares a limit"];
    if (estimatedList) parts.push(`no limit, counted at the catalog's estimate: ${formatBytes(estimated)} (${estimatedList})`);
    if (unknownList) parts.push(`no limit and no estimate, not counted: ${unknownList}`);
    const noLimit = [...new Set(usages.filter((u) => !u.declared).map((u) => u.service.name))];
    report2({
      ...budgetLocation(model.policy, activeStacks(model), usages),
      message: `Memory adds up to ${formatBytes(total)}, over budget.memory ${formatBytes(budget)}: ${parts.join("; ")}.`,
      fix: `Set deploy.resources.limits.memory on every service${noLimit.length ? ` (${noLimit.length} have none)` : ""} and lower the largest limits until they add up to at most ${formatBytes(budget)}, or raise budget.memory if the host has more memory.`
    });
  }
);
function summarise(usages, approx) {
  const groups = /* @__PURE__ */ new Map();
  for (const u of usages) {
    const each = u.bytes === null ? null : u.bytes / Math.max(1, u.replicas);
    const key = `${u.service.name}\0${each}`;
    const group = groups.get(key) ?? { bytes: each, count: 0 };
    group.count += Math.max(1, u.replicas);
    groups.set(key, group);
  }
  return [...groups.entries()].sort((a, b) => (b[1].bytes ?? 0) * b[1].count - (a[1].bytes ?? 0) * a[1].count || (a[0] < b[0] ? -1 : 1)).map(([key, g]) => `${key.split("\0")[0]}${g.bytes === null ? "" : ` ${approx}${formatBytes(g.bytes)}`}${g.count > 1 ? ` \xD7${g.count}` : ""}`).join(", ");
}
function budgetLocation(policy, stacks, usages) {
  const loc = policy.locate(["budget", "memory"]);
  if (loc) return { loc };
  const perStack = /* @__PURE__ */ new Map();
  for (const u of usages) perStack.set(u.service.stack, (perStack.get(u.service.stack) ?? 0) + (u.bytes ?? 0));
  const largest = [...perStack].sort((a, b) => b[1] - a[1])[0]?.[0] ?? stacks[0];
  if (!largest) return { path: policy.configFile ?? policy.baseDir };
  return { loc: { file: largest.file, line: 1, column: 1 } };
}

// rules/meta/unreadable-path.ts
var unreadable_path_default = defineRule(
  {
    id: "unreadable-path",
    group: "meta",
    severity: "warning",
    description: "A folder or file svclint could not read (permissions, non-UTF-8 name, depth limit)",
    rationale: "A linter that silently skips part of the tree gives a false all-clear; what was not read is said."
  },
  ({ model, report: report2 }) => {
    for (const problem of model.tree.problems) {
      report2({ path: problem.abs, message: `Not linted: ${problem.message}.`, fix: "Fix the permissions or rename it; then run svclint again." });
    }
  }
);

// rules/meta/unused-directive.ts
var unused_directive_default = defineRule(
  {
    id: "unused-directive",
    group: "meta",
    severity: "warning",
    description: "An inline svclint-disable directive or a config exception that suppressed nothing, is malformed, or has no reason",
    rationale: "A suppression outlives the problem it was written for unless someone is told; a reason says why it is there."
  },
  // The work happens in the engine's suppression pass (src/engine/suppress.ts), after every rule
  // ran: only then is it known what each directive suppressed.
  () => {
  }
);

// rules/index.ts
var allRules = [
  // Structure
  no_catch_all_dir_default,
  no_technology_dir_default,
  service_outside_capability_default,
  undeclared_capability_default,
  misplaced_service_default,
  split_system_default,
  non_canonical_name_default,
  duplicate_service_default,
  missing_stack_file_default,
  too_deep_default,
  archived_service_active_default,
  legacy_service_default,
  broken_symlink_default,
  migration_symlink_default,
  build_context_default,
  stale_doc_path_default,
  // Database
  single_postgres_default,
  postgres_superuser_default,
  shared_db_role_default,
  db_allocation_default,
  unused_allocation_default,
  initdb_missing_default,
  initdb_public_connect_default,
  initdb_cross_grant_default,
  initdb_env_placeholder_default,
  plaintext_secret_default,
  isolated_store_default,
  single_cache_default,
  // Compose
  compose_parse_default,
  compose_schema_default,
  duplicate_container_name_default,
  duplicate_host_port_default,
  duplicate_router_default,
  obsolete_version_default,
  unpinned_image_default,
  memory_budget_default,
  // Meta
  unreadable_path_default,
  unused_directive_default
];

// src/policy/config.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync6 } from "node:fs";
import path30 from "node:path";

// src/policy/recommended.ts
var MB = 1024 * 1024;
var GB = 1024 * MB;
var RECOMMENDED_CAPABILITIES = [
  {
    name: "core-infra",
    description: "Foundation services: reverse proxy, shared database, cache",
    provides: ["proxy", "database", "db", "cache", "foundation", "dns", "vpn", "backup", "storage"]
  },
  {
    name: "memory-orchestration",
    description: "Memory, planning, knowledge management",
    provides: ["memory", "planning", "knowledge", "rag", "vector-store", "graph-store", "scheduler"]
  },
  { name: "automation", description: "Workflow orchestration", provides: ["workflow", "automation"] },
  { name: "interfaces", description: "User-facing UIs", provides: ["ui", "chat-ui", "dashboard", "status-page", "app-builder"] },
  {
    name: "integrations",
    description: "External API integrations, MCP servers",
    provides: ["integration", "api-integration", "mcp", "llm-proxy", "api-proxy"]
  },
  { name: "monitoring", description: "Observability & logging", provides: ["logging", "logs", "metrics", "monitoring", "tracing", "alerting"] },
  { name: "archive", description: "Deprecated services (keep for rollback)", provides: ["deprecated"], inactive: true }
];
var RECOMMENDED_CATCH_ALL = [
  "apps",
  "app",
  "misc",
  "miscellaneous",
  "other",
  "others",
  "stuff",
  "general",
  "tmp",
  "temp",
  "various",
  "etc",
  "things",
  "random",
  "unsorted",
  "new"
];
var RECOMMENDED_TECHNOLOGY_DIRS = [
  "docker",
  "dockers",
  "containers",
  "container",
  "compose",
  "docker-compose",
  "stacks",
  "stack",
  "images",
  "dockerfiles",
  "podman",
  "k8s"
];
function entry(name, capability, reason, extra = {}) {
  return { name, capability, reason, aliases: [], images: [], provides: [], ...extra };
}
var RECOMMENDED_CATALOG = [
  // --- the seed's Service Placement Rules table
  entry("traefik", "core-infra", "Foundation service, all traffic flows through it", {
    images: ["traefik", "traefik/*"],
    provides: ["proxy"],
    memory: 64 * MB
  }),
  entry("postgres", "core-infra", "Shared operational database", {
    aliases: ["postgresql", "pg"],
    images: ["postgres"],
    provides: ["database"],
    memory: 150 * MB
  }),
  entry("valkey", "core-infra", "Shared cache layer", {
    aliases: ["cache"],
    images: ["valkey/valkey", "bitnami/valkey"],
    provides: ["cache"],
    memory: 64 * MB
  }),
  entry("memory-gateway", "memory-orchestration", "Memory system component", { provides: ["memory"] }),
  entry("planner-api", "memory-orchestration", "Planning system component", { provides: ["planning"] }),
  entry("archon-server", "memory-orchestration", "Knowledge/memory management (archon)", {
    images: ["*/archon-server"],
    provides: ["knowledge"]
  }),
  entry("archon-mcp", "memory-orchestration", "Knowledge/memory management (archon MCP server for IDE integration)", {
    images: ["*/archon-mcp"],
    provides: ["knowledge"]
  }),
  entry("archon-ui", "memory-orchestration", "Knowledge/memory management (archon knowledge browser UI)", {
    images: ["*/archon-ui", "*/archon-frontend"],
    provides: ["knowledge"]
  }),
  entry("n8n", "automation", "Workflow orchestration", { images: ["n8nio/n8n", "docker.n8n.io/n8nio/n8n"], provides: ["workflow"], memory: 300 * MB }),
  entry("open-webui", "interfaces", "User-facing chat interface", {
    aliases: ["openweb", "openwebui", "open-web-ui"],
    images: ["ghcr.io/open-webui/open-webui"],
    provides: ["chat-ui"],
    memory: 500 * MB
  }),
  entry("uptime-kuma", "interfaces", "User-facing monitoring UI", {
    aliases: ["uptimekuma", "kuma"],
    images: ["louislam/uptime-kuma"],
    provides: ["status-page"],
    memory: 128 * MB
  }),
  entry("dozzle", "monitoring", "Observability tool", { images: ["amir20/dozzle"], provides: ["logs"], memory: 32 * MB }),
  entry("coda-mcp", "integrations", "External API integration", { provides: ["mcp"] }),
  entry("litellm", "integrations", "LLM API proxy", { images: ["ghcr.io/berriai/litellm", "ghcr.io/berriai/litellm-*", "berriai/litellm"], provides: ["llm-proxy"], memory: 500 * MB }),
  // --- the seed's archive/ (superseded)
  entry("nginx", "archive", "Legacy nginx-proxy (replaced by Traefik 2025-11-13)", {
    aliases: ["nginx-proxy"],
    images: ["nginxproxy/nginx-proxy", "jwilder/nginx-proxy"],
    legacy: true
  }),
  entry("acme-companion", "archive", "Legacy ACME (Cloudflare handles SSL now)", {
    aliases: ["letsencrypt-companion", "nginx-proxy-acme"],
    images: ["nginxproxy/acme-companion", "jrcs/letsencrypt-nginx-proxy-companion"],
    legacy: true
  }),
  // --- the seed's database section (isolated specialised stores; Phase 2 / 3 locations)
  entry("qdrant", "memory-orchestration", "Vector search is a memory system component (isolated store)", {
    images: ["qdrant/qdrant"],
    provides: ["vector-store"],
    memory: 500 * MB
  }),
  entry("neo4j", "memory-orchestration", "Knowledge graph is a memory system component (isolated store)", {
    images: ["neo4j"],
    provides: ["graph-store"],
    memory: 4 * GB
  }),
  entry("tooljet", "interfaces", "User-facing app builder (ToolJet, Phase 5)", { images: ["tooljet/tooljet", "tooljet/tooljet-ce"], provides: ["app-builder"] }),
  // --- common self-hosted services, placed by the decision tree
  entry("grafana", "monitoring", "Metrics dashboards (observability)", { images: ["grafana/grafana", "grafana/grafana-oss"], provides: ["metrics"], memory: 128 * MB }),
  entry("prometheus", "monitoring", "Metrics collection (observability)", { images: ["prom/prometheus"], provides: ["metrics"], memory: 256 * MB }),
  entry("loki", "monitoring", "Log aggregation (observability)", { images: ["grafana/loki"], provides: ["logs"] }),
  entry("promtail", "monitoring", "Log shipping (observability)", { images: ["grafana/promtail"], provides: ["logs"] }),
  entry("cadvisor", "monitoring", "Container metrics (observability)", { images: ["gcr.io/cadvisor/cadvisor"], provides: ["metrics"] }),
  entry("netdata", "monitoring", "Host metrics (observability)", { images: ["netdata/netdata"], provides: ["metrics"] }),
  entry("portainer", "interfaces", "User-facing container management UI", { images: ["portainer/portainer-ce", "portainer/portainer"], provides: ["ui"] }),
  entry("homepage", "interfaces", "User-facing dashboard", { images: ["ghcr.io/gethomepage/homepage"], provides: ["dashboard"] }),
  entry("caddy", "core-infra", "Reverse proxy (foundation)", { images: ["caddy"], provides: ["proxy"] }),
  entry("pgbouncer", "core-infra", "Connection pooling for the shared Postgres (foundation)", { images: ["*/pgbouncer"], provides: ["database"] }),
  entry("redis", "core-infra", "Cache layer (Redis; the shared cache belongs to core-infra)", { images: ["redis", "bitnami/redis"], provides: ["cache"], memory: 64 * MB }),
  entry("flowise", "automation", "LLM workflow builder", { images: ["flowiseai/flowise"], provides: ["workflow"] }),
  entry("ollama", "integrations", "Local LLM API", { images: ["ollama/ollama"], provides: ["llm-proxy"] })
];
var RECOMMENDED_SYSTEMS = [
  {
    name: "planner-memory",
    capability: "memory-orchestration",
    members: ["memory-gateway", "planner-api", "archon-server", "archon-mcp", "archon-ui"]
  }
];
var RECOMMENDED_POSTGRES = { service: "postgres", capability: "core-infra" };

// src/policy/validate-config.generated.js
function codePointLength(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://svclint.dev/schemas/svclint.config.schema.json", "title": "svclint configuration (svclint.config.yaml)", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "extends": { "enum": ["recommended", "none"], "description": "Built-in policy to start from (default: recommended)." }, "root": { "type": "string", "minLength": 1, "description": "The services tree, relative to this file." }, "capabilities": { "type": "object", "description": "Capability directories: name -> what it holds.", "propertyNames": { "pattern": "^[^/\\\\]+$" }, "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "provides": { "type": "array", "items": { "type": "string" } }, "description": { "type": "string" }, "inactive": { "type": "boolean", "description": "Not part of the running host (like archive/)." } } } }, "catchAll": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Adds to the built-in catch-all names." }, "technologyDirs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Adds to the built-in technology folder names." }, "services": { "type": "object", "description": "Placement table: adds to / overrides the built-in catalog.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capability"], "properties": { "capability": { "type": "string", "minLength": 1 }, "aliases": { "type": "array", "items": { "type": "string" } }, "images": { "type": "array", "items": { "type": "string" } }, "provides": { "type": "array", "items": { "type": "string" } }, "reason": { "type": "string" }, "memory": { "type": ["string", "number"] }, "legacy": { "type": "boolean" } } } }, "systems": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capability", "members"], "properties": { "capability": { "type": "string", "minLength": 1 }, "members": { "type": "array", "items": { "type": "string" }, "minItems": 1 } } } }, "database": { "type": "object", "additionalProperties": false, "properties": { "postgres": { "type": "object", "additionalProperties": false, "required": ["service"], "properties": { "service": { "type": "string" }, "capability": { "type": "string" } } }, "allocations": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "database", "role"], "properties": { "service": { "type": "string", "minLength": 1 }, "database": { "type": "string", "minLength": 1 }, "role": { "type": "string", "minLength": 1 } } } }, "isolated": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "reason"], "properties": { "service": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 } } } } } }, "budget": { "type": "object", "additionalProperties": false, "properties": { "memory": { "type": ["string", "number"], "description": "e.g. 4GiB" } } }, "rules": { "type": "object", "additionalProperties": { "enum": ["off", "warn", "warning", "error", 0, 1, 2] } }, "exceptions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "path", "reason"], "properties": { "rule": { "type": "string", "minLength": 1 }, "path": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 } } } }, "docs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of documents checked by stale-doc-path." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = codePointLength;
var pattern0 = new RegExp("^[^/\\\\]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (!(data1 === "recommended" || data1 === "none")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data2 = data.root;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err3 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data3 = data.capabilities;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err5 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\]+$" }, message: 'must match pattern "^[^/\\\\]+$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          var valid1 = _errs9 === errors;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
            const err7 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/type", keyword: "type", params: { type: schema11.properties.capabilities.additionalProperties.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === "provides" || key3 === "description" || key3 === "inactive")) {
                const err8 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.provides !== void 0) {
              let data5 = data4.provides;
              if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data5[i0] !== "string") {
                    const err9 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides/" + i0, schemaPath: "#/properties/capabilities/additionalProperties/properties/provides/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides", schemaPath: "#/properties/capabilities/additionalProperties/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              if (typeof data4.description !== "string") {
                const err11 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/capabilities/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.inactive !== void 0) {
              if (typeof data4.inactive !== "boolean") {
                const err12 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/inactive", schemaPath: "#/properties/capabilities/additionalProperties/properties/inactive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.catchAll !== void 0) {
      let data9 = data.catchAll;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (typeof data10 === "string") {
            if (func3(data10) < 1) {
              const err14 = { instancePath: instancePath + "/catchAll/" + i1, schemaPath: "#/properties/catchAll/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/catchAll/" + i1, schemaPath: "#/properties/catchAll/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/catchAll", schemaPath: "#/properties/catchAll/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.technologyDirs !== void 0) {
      let data11 = data.technologyDirs;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === "string") {
            if (func3(data12) < 1) {
              const err17 = { instancePath: instancePath + "/technologyDirs/" + i2, schemaPath: "#/properties/technologyDirs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/technologyDirs/" + i2, schemaPath: "#/properties/technologyDirs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/technologyDirs", schemaPath: "#/properties/technologyDirs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data13 = data.services;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          let data14 = data13[key4];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.capability === void 0) {
              const err20 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key5 in data14) {
              if (!(key5 === "capability" || key5 === "aliases" || key5 === "images" || key5 === "provides" || key5 === "reason" || key5 === "memory" || key5 === "legacy")) {
                const err21 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data14.capability !== void 0) {
              let data15 = data14.capability;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err22 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/properties/services/additionalProperties/properties/capability/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/properties/services/additionalProperties/properties/capability/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data14.aliases !== void 0) {
              let data16 = data14.aliases;
              if (Array.isArray(data16)) {
                const len3 = data16.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (typeof data16[i3] !== "string") {
                    const err24 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i3, schemaPath: "#/properties/services/additionalProperties/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/properties/services/additionalProperties/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data14.images !== void 0) {
              let data18 = data14.images;
              if (Array.isArray(data18)) {
                const len4 = data18.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data18[i4] !== "string") {
                    const err26 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/images/" + i4, schemaPath: "#/properties/services/additionalProperties/properties/images/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/images", schemaPath: "#/properties/services/additionalProperties/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data14.provides !== void 0) {
              let data20 = data14.provides;
              if (Array.isArray(data20)) {
                const len5 = data20.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data20[i5] !== "string") {
                    const err28 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides/" + i5, schemaPath: "#/properties/services/additionalProperties/properties/provides/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides", schemaPath: "#/properties/services/additionalProperties/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data14.reason !== void 0) {
              if (typeof data14.reason !== "string") {
                const err30 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/reason", schemaPath: "#/properties/services/additionalProperties/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.memory !== void 0) {
              let data23 = data14.memory;
              if (typeof data23 !== "string" && !(typeof data23 == "number")) {
                const err31 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/properties/services/additionalProperties/properties/memory/type", keyword: "type", params: { type: schema11.properties.services.additionalProperties.properties.memory.type }, message: "must be string,number" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data14.legacy !== void 0) {
              if (typeof data14.legacy !== "boolean") {
                const err32 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/legacy", schemaPath: "#/properties/services/additionalProperties/properties/legacy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/services/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data25 = data.systems;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key6 in data25) {
          let data26 = data25[key6];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.capability === void 0) {
              const err35 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data26.members === void 0) {
              const err36 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key7 in data26) {
              if (!(key7 === "capability" || key7 === "members")) {
                const err37 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data26.capability !== void 0) {
              let data27 = data26.capability;
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err38 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/properties/systems/additionalProperties/properties/capability/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/properties/systems/additionalProperties/properties/capability/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data26.members !== void 0) {
              let data28 = data26.members;
              if (Array.isArray(data28)) {
                if (data28.length < 1) {
                  const err40 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/systems/additionalProperties/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                const len6 = data28.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (typeof data28[i6] !== "string") {
                    const err41 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i6, schemaPath: "#/properties/systems/additionalProperties/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/systems/additionalProperties/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/systems/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/systems", schemaPath: "#/properties/systems/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.database !== void 0) {
      let data30 = data.database;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key8 in data30) {
          if (!(key8 === "postgres" || key8 === "allocations" || key8 === "isolated")) {
            const err45 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data30.postgres !== void 0) {
          let data31 = data30.postgres;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.service === void 0) {
              const err46 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key9 in data31) {
              if (!(key9 === "service" || key9 === "capability")) {
                const err47 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data31.service !== void 0) {
              if (typeof data31.service !== "string") {
                const err48 = { instancePath: instancePath + "/database/postgres/service", schemaPath: "#/properties/database/properties/postgres/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data31.capability !== void 0) {
              if (typeof data31.capability !== "string") {
                const err49 = { instancePath: instancePath + "/database/postgres/capability", schemaPath: "#/properties/database/properties/postgres/properties/capability/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data30.allocations !== void 0) {
          let data34 = data30.allocations;
          if (Array.isArray(data34)) {
            const len7 = data34.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data35 = data34[i7];
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.service === void 0) {
                  const err51 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data35.database === void 0) {
                  const err52 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data35.role === void 0) {
                  const err53 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                for (const key10 in data35) {
                  if (!(key10 === "service" || key10 === "database" || key10 === "role")) {
                    const err54 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data35.service !== void 0) {
                  let data36 = data35.service;
                  if (typeof data36 === "string") {
                    if (func3(data36) < 1) {
                      const err55 = { instancePath: instancePath + "/database/allocations/" + i7 + "/service", schemaPath: "#/properties/database/properties/allocations/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  } else {
                    const err56 = { instancePath: instancePath + "/database/allocations/" + i7 + "/service", schemaPath: "#/properties/database/properties/allocations/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data35.database !== void 0) {
                  let data37 = data35.database;
                  if (typeof data37 === "string") {
                    if (func3(data37) < 1) {
                      const err57 = { instancePath: instancePath + "/database/allocations/" + i7 + "/database", schemaPath: "#/properties/database/properties/allocations/items/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/database/allocations/" + i7 + "/database", schemaPath: "#/properties/database/properties/allocations/items/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data35.role !== void 0) {
                  let data38 = data35.role;
                  if (typeof data38 === "string") {
                    if (func3(data38) < 1) {
                      const err59 = { instancePath: instancePath + "/database/allocations/" + i7 + "/role", schemaPath: "#/properties/database/properties/allocations/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/database/allocations/" + i7 + "/role", schemaPath: "#/properties/database/properties/allocations/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/database/allocations", schemaPath: "#/properties/database/properties/allocations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data30.isolated !== void 0) {
          let data39 = data30.isolated;
          if (Array.isArray(data39)) {
            const len8 = data39.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data40 = data39[i8];
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                if (data40.service === void 0) {
                  const err63 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data40.reason === void 0) {
                  const err64 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                for (const key11 in data40) {
                  if (!(key11 === "service" || key11 === "reason")) {
                    const err65 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data40.service !== void 0) {
                  let data41 = data40.service;
                  if (typeof data41 === "string") {
                    if (func3(data41) < 1) {
                      const err66 = { instancePath: instancePath + "/database/isolated/" + i8 + "/service", schemaPath: "#/properties/database/properties/isolated/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = { instancePath: instancePath + "/database/isolated/" + i8 + "/service", schemaPath: "#/properties/database/properties/isolated/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data40.reason !== void 0) {
                  let data42 = data40.reason;
                  if (typeof data42 === "string") {
                    if (func3(data42) < 1) {
                      const err68 = { instancePath: instancePath + "/database/isolated/" + i8 + "/reason", schemaPath: "#/properties/database/properties/isolated/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/database/isolated/" + i8 + "/reason", schemaPath: "#/properties/database/properties/isolated/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
              } else {
                const err70 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/database/isolated", schemaPath: "#/properties/database/properties/isolated/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.budget !== void 0) {
      let data43 = data.budget;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key12 in data43) {
          if (!(key12 === "memory")) {
            const err73 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data43.memory !== void 0) {
          let data44 = data43.memory;
          if (typeof data44 !== "string" && !(typeof data44 == "number")) {
            const err74 = { instancePath: instancePath + "/budget/memory", schemaPath: "#/properties/budget/properties/memory/type", keyword: "type", params: { type: schema11.properties.budget.properties.memory.type }, message: "must be string,number" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data45 = data.rules;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key13 in data45) {
          let data46 = data45[key13];
          if (!(data46 === "off" || data46 === "warn" || data46 === "warning" || data46 === "error" || data46 === 0 || data46 === 1 || data46 === 2)) {
            const err76 = { instancePath: instancePath + "/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data47 = data.exceptions;
      if (Array.isArray(data47)) {
        const len9 = data47.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data48 = data47[i9];
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (data48.rule === void 0) {
              const err78 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data48.path === void 0) {
              const err79 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data48.reason === void 0) {
              const err80 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key14 in data48) {
              if (!(key14 === "rule" || key14 === "path" || key14 === "reason")) {
                const err81 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data48.rule !== void 0) {
              let data49 = data48.rule;
              if (typeof data49 === "string") {
                if (func3(data49) < 1) {
                  const err82 = { instancePath: instancePath + "/exceptions/" + i9 + "/rule", schemaPath: "#/properties/exceptions/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/exceptions/" + i9 + "/rule", schemaPath: "#/properties/exceptions/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data48.path !== void 0) {
              let data50 = data48.path;
              if (typeof data50 === "string") {
                if (func3(data50) < 1) {
                  const err84 = { instancePath: instancePath + "/exceptions/" + i9 + "/path", schemaPath: "#/properties/exceptions/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/exceptions/" + i9 + "/path", schemaPath: "#/properties/exceptions/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data48.reason !== void 0) {
              let data51 = data48.reason;
              if (typeof data51 === "string") {
                if (func3(data51) < 1) {
                  const err86 = { instancePath: instancePath + "/exceptions/" + i9 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/exceptions/" + i9 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
          } else {
            const err88 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      let data52 = data.docs;
      if (Array.isArray(data52)) {
        const len10 = data52.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data53 = data52[i10];
          if (typeof data53 === "string") {
            if (func3(data53) < 1) {
              const err90 = { instancePath: instancePath + "/docs/" + i10, schemaPath: "#/properties/docs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/docs/" + i10, schemaPath: "#/properties/docs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
  } else {
    const err93 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err93];
    } else {
      vErrors.push(err93);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/policy/schema.ts
function validateConfigSchema(data) {
  if (validate(data)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword !== "if").map(toIssue);
}
function toIssue(error) {
  const path37 = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  const at = path37.length ? path37.join(".") : "(top level)";
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      return { path: [...path37, key], message: `unknown key '${[...path37, key].join(".")}'` };
    }
    case "required":
      return { path: path37, message: `${at}: missing required key '${error.params.missingProperty}'` };
    case "enum":
      return { path: path37, message: `${at} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` };
    case "type":
      return { path: path37, message: `${at} must be ${error.params.type}` };
    default:
      return { path: path37, message: `${at} ${error.message ?? "is invalid"}` };
  }
}

// src/policy/config.ts
function loadConfigFile(file) {
  let text;
  try {
    text = readFileSync6(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${file}: cannot read config (${error.code ?? String(error)})`);
  }
  const isJson = file.endsWith(".json");
  let data;
  let doc = null;
  const lineCounter = new import_yaml5.LineCounter();
  if (isJson) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`${file}: config is not valid JSON (${error.message})`);
    }
  } else {
    const fast = isPlainYaml(text) ? fastLoadDocuments(text) : null;
    if (fast && fast.length <= 1) {
      data = fast[0];
    } else {
      doc = fullDocument(file, text, lineCounter);
      try {
        data = doc.toJS({ maxAliasCount: 1e3 });
      } catch (error) {
        throw new ConfigError(`${file}: config could not be read: ${firstLine(error.message)}`);
      }
    }
  }
  if (data === null || data === void 0) data = {};
  const locate = (keyPath) => {
    if (isJson) return null;
    doc ??= fullDocument(file, text, lineCounter);
    const found = findNode(doc, keyPath);
    return nodeLoc(file, lineCounter, found?.key ?? found?.value ?? null);
  };
  const issues = validateConfigSchema(data);
  if (issues.length > 0) {
    const issue = issues[0];
    const loc = locate(issue.path) ?? locate(issue.path.slice(0, -1));
    const where2 = loc ? `${file}:${loc.line}:${loc.column}` : file;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    throw new ConfigError(`${where2}: invalid config: ${issue.message}${more}`);
  }
  return { file, raw: data, locate };
}
function fullDocument(file, text, lineCounter) {
  const doc = (0, import_yaml5.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`${file}:${line}:${col}: config is not valid YAML: ${firstLine(first.message)}`);
  }
  return doc;
}
var LEVELS = { off: "off", "0": "off", warn: "warn", warning: "warn", "1": "warn", error: "error", "2": "error" };
function parseRuleLevel(value) {
  return LEVELS[String(value)] ?? null;
}
function buildPolicy(config, fallbackBaseDir) {
  const raw = config?.raw ?? {};
  const recommended = raw.extends !== "none";
  const file = config?.file ?? null;
  const baseDir = file ? path30.dirname(file) : fallbackBaseDir;
  const capabilities = new Map(recommended ? RECOMMENDED_CAPABILITIES.map((c) => [c.name, { ...c }]) : []);
  for (const [name, value] of Object.entries(raw.capabilities ?? {})) {
    const previous = capabilities.get(name);
    capabilities.set(name, {
      name,
      description: value?.description ?? previous?.description ?? "",
      provides: [...previous?.provides ?? [], ...value?.provides ?? []],
      inactive: value?.inactive ?? previous?.inactive ?? name === "archive"
    });
  }
  const catalog = recommended ? RECOMMENDED_CATALOG.map((e) => ({ ...e })) : [];
  for (const [name, value] of Object.entries(raw.services ?? {})) {
    const index = catalog.findIndex((e) => e.name === name);
    const previous = index >= 0 ? catalog[index] : void 0;
    const memory = value.memory === void 0 ? previous?.memory : parseBytes(value.memory) ?? void 0;
    const merged = {
      name,
      capability: value.capability,
      aliases: [.../* @__PURE__ */ new Set([...previous?.aliases ?? [], ...value.aliases ?? []])],
      images: [.../* @__PURE__ */ new Set([...previous?.images ?? [], ...value.images ?? []])],
      provides: value.provides ?? previous?.provides ?? [],
      reason: value.reason ?? `placement table in ${path30.basename(file ?? "config")}`,
      fromConfig: true,
      ...memory !== void 0 ? { memory } : {},
      ...value.legacy !== void 0 ? { legacy: value.legacy } : previous?.legacy ? { legacy: true } : {}
    };
    if (index >= 0) catalog[index] = merged;
    else catalog.push(merged);
  }
  const systems = recommended ? RECOMMENDED_SYSTEMS.map((s) => ({ ...s, members: [...s.members] })) : [];
  for (const [name, value] of Object.entries(raw.systems ?? {})) {
    const index = systems.findIndex((s) => s.name === name);
    const system = { name, capability: value.capability, members: value.members };
    if (index >= 0) systems[index] = system;
    else systems.push(system);
  }
  const rules = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    const level = parseRuleLevel(value);
    if (level) rules.set(id, level);
  }
  const exceptions = (raw.exceptions ?? []).map((e, i) => ({
    rule: e.rule,
    path: e.path,
    reason: e.reason,
    loc: config?.locate(["exceptions", i]) ?? null
  }));
  let memoryBudget2 = null;
  if (raw.budget?.memory !== void 0) {
    memoryBudget2 = parseBytes(raw.budget.memory);
    if (memoryBudget2 === null) {
      const loc = config?.locate(["budget", "memory"]);
      throw new ConfigError(`${file}${loc ? `:${loc.line}:${loc.column}` : ""}: invalid config: budget.memory '${String(raw.budget.memory)}' is not a size (use e.g. 4GiB, 512m)`);
    }
  }
  return {
    configFile: file,
    capabilities,
    catchAll: [...new Set([...recommended ? RECOMMENDED_CATCH_ALL : [], ...raw.catchAll ?? []].map((n) => n.toLowerCase()))],
    technologyDirs: [...new Set([...recommended ? RECOMMENDED_TECHNOLOGY_DIRS : [], ...raw.technologyDirs ?? []].map((n) => n.toLowerCase()))],
    catalog,
    systems,
    database: {
      postgres: raw.database?.postgres ? { service: raw.database.postgres.service, capability: raw.database.postgres.capability ?? RECOMMENDED_POSTGRES.capability } : recommended ? { ...RECOMMENDED_POSTGRES } : null,
      allocations: raw.database?.allocations ?? [],
      isolated: raw.database?.isolated ?? []
    },
    budget: { memory: memoryBudget2 },
    rules,
    exceptions,
    docs: raw.docs ?? [],
    baseDir,
    locate: config ? config.locate : () => null
  };
}
function firstLine(message) {
  return message.split("\n")[0].trim();
}

// src/policy/discover.ts
import { existsSync as existsSync4, statSync as statSync6 } from "node:fs";
import path31 from "node:path";
var CONFIG_FILE_NAMES = ["svclint.config.yaml", "svclint.config.yml", ".svclintrc.yaml", ".svclintrc.yml", ".svclintrc.json"];
function findConfigFile(startDir) {
  let dir = path31.resolve(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path31.join(dir, name);
      if (isFile2(candidate)) return candidate;
    }
    if (existsSync4(path31.join(dir, ".git"))) return null;
    const parent = path31.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function resolveRoot(dir, configFile, configRoot) {
  const abs = path31.resolve(dir);
  if (configFile && configRoot) return path31.resolve(path31.dirname(configFile), configRoot);
  const services = path31.join(abs, "services");
  if (isDir(services)) return services;
  return abs;
}
function isFile2(p) {
  try {
    return statSync6(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p) {
  try {
    return statSync6(p).isDirectory();
  } catch {
    return false;
  }
}

// src/engine/anchors.ts
import { readFileSync as readFileSync7, statSync as statSync7 } from "node:fs";
import path32 from "node:path";
var MAX_READ = 1024 * 1024;
var FileTexts = class {
  texts = /* @__PURE__ */ new Map();
  constructor(model) {
    for (const stack of model.stacks) for (const file of stack.files) this.texts.set(file.abs, file.text);
    for (const script of model.database.initScripts) if (script.text !== null) this.texts.set(script.file, script.text);
  }
  /** Whether the loaders already read it (their files are known to be text). */
  has(file) {
    return this.texts.has(file);
  }
  get(file) {
    if (this.texts.has(file)) return this.texts.get(file);
    let text = null;
    try {
      const stats = statSync7(file);
      if (stats.isFile() && stats.size <= MAX_READ) text = readFileSync7(file, "utf8");
    } catch {
      text = null;
    }
    this.texts.set(file, text);
    return text;
  }
};
function lineKey(texts, file, line) {
  if (line === null) return void 0;
  const text = texts.get(file);
  if (text === null) return void 0;
  const content = text.split("\n")[line - 1];
  return content === void 0 ? void 0 : `line:${content.trim()}`;
}
function anchorFor(model, abs, changes) {
  if (!isInside(model.root, abs)) return null;
  const rel = path32.relative(model.root, abs).split(path32.sep).join("/");
  const entry2 = rel === "" ? null : model.tree.byRel.get(rel);
  if (entry2?.kind === "file") return { file: abs, line: 1 };
  if (rel !== "" && entry2?.kind !== "dir") return anchorFor(model, path32.dirname(abs), changes);
  if (changes) {
    const changed = changes.files.filter((f) => isInside(abs, f) && model.tree.byRel.get(path32.relative(model.root, f).split(path32.sep).join("/"))?.kind === "file").sort()[0];
    if (changed) return { file: changed, line: 1 };
  }
  const stack = model.stacks.find((s) => s.dir === abs);
  if (stack) return { file: stack.file, line: 1 };
  const first = firstFile(model, rel);
  return first ? { file: first, line: 1 } : null;
}
function firstFile(model, rel) {
  const children = [...model.tree.children.get(rel) ?? []].filter((e) => !e.name.startsWith(".") || e.kind === "file").sort((a, b) => a.name < b.name ? -1 : 1);
  const file = children.find((e) => e.kind === "file" && !e.name.startsWith("."));
  if (file) return file.abs;
  for (const child of children) {
    if (child.kind !== "dir") continue;
    const found = firstFile(model, child.rel);
    if (found) return found;
  }
  return children.find((e) => e.kind === "file")?.abs ?? null;
}

// src/engine/changes.ts
import { execFileSync } from "node:child_process";
import { realpathSync as realpathSync4 } from "node:fs";
import path33 from "node:path";
function makeChangeSet(files) {
  const changed = new Set(files);
  const holders = /* @__PURE__ */ new Set();
  for (const file of files) {
    for (let dir = path33.dirname(file); !holders.has(dir); dir = path33.dirname(dir)) {
      holders.add(dir);
      if (path33.dirname(dir) === dir) break;
    }
  }
  return {
    files,
    touches(abs) {
      if (changed.has(abs) || holders.has(abs)) return true;
      for (let dir = path33.dirname(abs); dir !== path33.dirname(dir); dir = path33.dirname(dir)) if (changed.has(dir)) return true;
      return false;
    }
  };
}
function belongsToChange(finding, changes) {
  return changes.touches(finding.path) || (finding.related ?? []).some((r) => changes.touches(r.path));
}
function placeOnChangedSide(finding, changes) {
  if (changes.touches(finding.path)) return finding;
  const related = finding.related ?? [];
  const index = [...related.keys()].filter((i) => changes.touches(related[i].path)).sort((a, b) => (related[a].line === null ? 1 : 0) - (related[b].line === null ? 1 : 0) || a - b)[0];
  if (index === void 0) return finding;
  const place = related[index];
  const rest = related.filter((_, i) => i !== index);
  return {
    ...finding,
    path: place.path,
    line: place.line,
    column: place.column,
    related: [{ path: finding.path, line: finding.line, column: finding.column, message: finding.message }, ...rest]
  };
}
function git(cwd, args) {
  return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}
function gitError(error) {
  const stderr = String(error.stderr ?? "").trim();
  return (stderr || error.message || String(error)).split("\n")[0].replace(/^fatal:\s*/, "");
}
function realpathOr(p) {
  try {
    return realpathSync4(p);
  } catch {
    return path33.resolve(p);
  }
}
function changedSince(ref, dir, cwd) {
  let toplevel;
  try {
    toplevel = git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch (error) {
    throw new UsageError(`--changed-since: ${path33.relative(cwd, dir) || "."} is not in a git repository (${gitError(error)})`);
  }
  try {
    git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--changed-since: unknown revision '${ref}' (a branch, tag or commit of this repository)`);
  }
  let base = ref;
  try {
    base = git(dir, ["merge-base", ref, "HEAD"]).trim() || ref;
  } catch {
  }
  let names;
  try {
    const tracked = git(dir, ["diff", "--name-only", "--no-renames", "-z", base, "--"]);
    const untracked = git(dir, ["ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"]);
    names = [...tracked.split("\0"), ...untracked.split("\0")].filter(Boolean);
  } catch (error) {
    throw new UsageError(`--changed-since: git cannot list the changes since '${ref}' (${gitError(error)})`);
  }
  const top = realpathOr(toplevel);
  const realCwd = realpathOr(cwd);
  return [...new Set(names)].map((name) => path33.join(cwd, path33.relative(realCwd, path33.join(top, name))));
}

// src/engine/levels.ts
function selectRules(rules, configLevels, cliLevels, groups, describeConfigKey) {
  const known2 = new Set(rules.map((r) => r.meta.id));
  for (const id of configLevels.keys()) {
    if (!known2.has(id)) throw new UsageError(`${describeConfigKey(id)}: unknown rule '${id}' (see \`svclint rules\`)`);
  }
  for (const id of cliLevels.keys()) {
    if (!known2.has(id)) throw new UsageError(`--rule: unknown rule '${id}' (see \`svclint rules\`)`);
  }
  const selected = [];
  for (const rule of rules) {
    if (groups && rule.meta.group !== "meta" && !groups.includes(rule.meta.group)) continue;
    const level = cliLevels.get(rule.meta.id) ?? configLevels.get(rule.meta.id) ?? (rule.meta.severity === "error" ? "error" : "warn");
    if (level === "off") continue;
    selected.push({ rule, severity: level === "error" ? "error" : "warning" });
  }
  return selected;
}
function parseRuleFlags(values) {
  const levels = /* @__PURE__ */ new Map();
  for (const value of values) {
    const match = /^([a-z0-9-]+):(off|warn|warning|error|0|1|2)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule expects ID:off|warn|error, got '${value}'`);
    const raw = match[2];
    levels.set(match[1], raw === "off" || raw === "0" ? "off" : raw === "error" || raw === "2" ? "error" : "warn");
  }
  return levels;
}

// src/engine/merge.ts
var SPECIFICITY = [
  "no-catch-all-dir",
  "no-technology-dir",
  "split-system",
  "undeclared-capability",
  "single-postgres",
  "single-cache",
  "isolated-store",
  "legacy-service",
  "duplicate-service",
  "migration-symlink",
  "misplaced-service",
  "service-outside-capability",
  "too-deep",
  "non-canonical-name",
  "duplicate-container-name",
  "duplicate-host-port",
  "duplicate-router",
  "shared-db-role"
];
function specificity(rule) {
  const index = SPECIFICITY.indexOf(rule);
  return index < 0 ? SPECIFICITY.length : index;
}
function comparePrimary(a, b) {
  return specificity(a.rule) - specificity(b.rule) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.line === null ? 1 : 0) - (b.line === null ? 1 : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}
function groupByCause(findings) {
  const byCause = /* @__PURE__ */ new Map();
  const out = [];
  for (const finding of findings) {
    if (!finding.cause) {
      out.push(finding);
      continue;
    }
    const list2 = byCause.get(finding.cause);
    if (list2) list2.push(finding);
    else byCause.set(finding.cause, [finding]);
  }
  for (const list2 of byCause.values()) {
    const [primary, ...members] = [...list2].sort(comparePrimary);
    out.push(members.length > 0 ? { ...primary, members } : primary);
  }
  return out;
}
var SEVERITY_RANK = { error: 2, warning: 1 };
function foldMembers(finding) {
  const { members, ...primary } = finding;
  if (!members || members.length === 0) return primary;
  const also = [...primary.also ?? []];
  const related = [...primary.related ?? []];
  const place = (p) => `${p.path}\0${p.line ?? ""}\0${p.column ?? ""}`;
  const seen = /* @__PURE__ */ new Set([place(primary), ...related.map(place)]);
  let severity = primary.severity;
  for (const member of members) {
    if (member.rule !== primary.rule && !also.includes(member.rule)) also.push(member.rule);
    if (SEVERITY_RANK[member.severity] > SEVERITY_RANK[severity]) severity = member.severity;
    const own = { path: member.path, line: member.line, column: member.column, message: `${member.rule}: ${member.message}` };
    for (const r of [own, ...member.related ?? []]) {
      if (seen.has(place(r))) continue;
      seen.add(place(r));
      related.push(r);
    }
  }
  const merged = { ...primary, severity };
  if (also.length > 0) merged.also = also;
  if (related.length > 0) merged.related = related;
  if (!merged.actions) {
    const withActions = members.find((m) => m.actions && m.actions.length > 0);
    if (withActions) merged.actions = withActions.actions;
  }
  if (!merged.target) {
    const withTarget = members.find((m) => m.target);
    if (withTarget) merged.target = withTarget.target;
  }
  return merged;
}

// src/engine/suppress.ts
import path35 from "node:path";

// src/directives/parse.ts
import path34 from "node:path";
function commentMarkers(file) {
  const ext = path34.extname(file).toLowerCase();
  return ext === ".sql" || ext === ".psql" || ext === ".pgsql" ? ["--"] : ["#"];
}
var DIRECTIVE = /^svclint-(disable-next-line|disable)(?=\s|$)(.*)$/;
function parseDirectives(file, text) {
  const markers = commentMarkers(file);
  const lines = text.split(/\r\n?|\n/);
  const directives = [];
  let firstContent = lines.findIndex((l) => l.trim() !== "");
  if (firstContent >= 0 && lines[firstContent].trimStart().startsWith("#!")) {
    const next = lines.slice(firstContent + 1).findIndex((l) => l.trim() !== "");
    firstContent = next < 0 ? -1 : firstContent + 1 + next;
  }
  lines.forEach((lineText, index) => {
    if (!lineText.includes("svclint-")) return;
    const comment = findComment(lineText, markers);
    if (!comment) return;
    const match = DIRECTIVE.exec(comment.body);
    if (!match) return;
    const kind = match[1];
    const { rules, reason } = splitDirective(match[2]);
    const directive = {
      kind,
      file,
      line: index + 1,
      column: comment.column,
      rules,
      reason,
      appliesTo: kind === "disable" ? null : index + 2,
      problem: null
    };
    if (rules.length === 0) directive.problem = `names no rule (write svclint-${kind} RULE -- reason)`;
    else if (reason === null) directive.problem = 'has no reason: it is ignored until one is given after " -- "';
    else if (kind === "disable" && index !== firstContent) directive.problem = "only works on the first line of the file (use svclint-disable-next-line here)";
    directives.push(directive);
  });
  return directives;
}
function splitDirective(rest) {
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulePart = separator < 0 ? rest : rest.slice(0, separator);
  const reasonText = separator < 0 ? "" : rest.slice(separator).replace(/^\s*--/, "").trim();
  const rules = rulePart.split(/[,\s]+/).map((r) => r.trim()).filter(Boolean);
  return { rules, reason: reasonText === "" ? null : reasonText };
}
function findComment(line, markers) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s:=[,{(]/.test(line[i - 1]))) {
      quote = ch;
      continue;
    }
    for (const marker of markers) {
      if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]))) {
        return { body: line.slice(i + marker.length).trim(), column: i + 1 };
      }
    }
  }
  return null;
}

// src/engine/suppress.ts
var UNUSED_DIRECTIVE = "unused-directive";
function applySuppressions(findings, model, selection, texts = new FileTexts(model)) {
  const ran = new Set((selection ?? allRules.map((rule) => ({ rule }))).map((s) => s.rule.meta.id));
  const known2 = new Set(allRules.map((rule) => rule.meta.id));
  const unusedSeverity = selection ? selection.find((s) => s.rule.meta.id === UNUSED_DIRECTIVE)?.severity ?? null : allRules.find((r) => r.meta.id === UNUSED_DIRECTIVE)?.meta.severity ?? "warning";
  const byFile = /* @__PURE__ */ new Map();
  const load2 = (file, text) => {
    if (!byFile.has(file)) byFile.set(file, parseDirectives(file, text).map((directive) => ({ directive, used: /* @__PURE__ */ new Set() })));
  };
  for (const stack of model.stacks) for (const file of stack.files) load2(file.abs, file.text);
  for (const script of model.database.initScripts) if (script.text !== null) load2(script.file, script.text);
  const loadFor = (finding) => {
    if (byFile.has(finding.path)) return;
    const text = texts.get(finding.path);
    load2(finding.path, text !== null && text.includes("svclint-") ? text : "");
  };
  for (const finding of findings) {
    loadFor(finding);
    for (const member of finding.members ?? []) loadFor(member);
  }
  const exceptions = model.policy.exceptions.map((exception2) => ({
    exception: exception2,
    abs: path35.resolve(model.policy.baseDir, exception2.path),
    used: false
  }));
  const suppressed = (finding) => {
    const directive = (byFile.get(finding.path) ?? []).find(({ directive: d }) => d.problem === null && d.rules.includes(finding.rule) && (d.appliesTo === null || d.appliesTo === finding.line));
    if (directive) {
      directive.used.add(finding.rule);
      return true;
    }
    const exception2 = exceptions.find((e) => e.exception.rule === finding.rule && isInside(e.abs, finding.path));
    if (exception2) {
      exception2.used = true;
      return true;
    }
    return false;
  };
  const kept = [];
  for (const finding of findings) {
    const members = (finding.members ?? []).filter((member) => !suppressed(member));
    if (suppressed(finding)) continue;
    kept.push(finding.members ? { ...finding, members } : finding);
  }
  if (unusedSeverity === null) return kept;
  const report2 = (file, line, column, message, fix) => kept.push({ rule: UNUSED_DIRECTIVE, severity: unusedSeverity, path: file, line, column: line === null ? null : column, message, fix });
  for (const tracked of [...byFile.values()].flat()) {
    const { directive: d } = tracked;
    const name = `svclint-${d.kind}`;
    if (d.problem !== null) {
      report2(d.file, d.line, d.column, `Directive ${name} ${d.problem}.`, d.reason === null && d.rules.length > 0 ? `Say why after " -- ": # ${name} ${d.rules.join(", ")} -- <reason>.` : `Write it as: # ${d.kind === "disable" ? `${name} RULE -- <reason> on the first line` : `${name} RULE -- <reason>`}.`);
      continue;
    }
    for (const rule of d.rules) {
      if (rule === UNUSED_DIRECTIVE) {
        report2(d.file, d.line, d.column, `Directive ${name} cannot suppress ${UNUSED_DIRECTIVE}: those reports are made after suppression.`, `Remove '${rule}' from the directive, and remove or fix the directive it is about.`);
      } else if (!known2.has(rule)) {
        report2(d.file, d.line, d.column, `Directive ${name} names unknown rule '${rule}'.`, "Use a rule id from `svclint rules`, or remove the directive.");
      } else if (ran.has(rule) && !tracked.used.has(rule)) {
        const scope = d.appliesTo === null ? "in this file" : `on line ${d.appliesTo}`;
        report2(d.file, d.line, d.column, `Directive ${name} ${rule} suppressed nothing: no ${rule} finding ${scope}.`, `Remove '${rule}' from the directive${d.rules.length > 1 ? "" : " (delete the comment)"}; the problem it was written for is gone or moved.`);
      }
    }
  }
  for (const { exception: exception2, used } of exceptions) {
    const loc = exception2.loc;
    const file = loc?.file ?? model.policy.configFile ?? model.policy.baseDir;
    if (!known2.has(exception2.rule)) {
      report2(file, loc?.line ?? null, loc?.column ?? null, `Config exception names unknown rule '${exception2.rule}'.`, "Use a rule id from `svclint rules`, or remove the exception.");
    } else if (!used && ran.has(exception2.rule)) {
      report2(file, loc?.line ?? null, loc?.column ?? null, `Config exception for ${exception2.rule} at '${exception2.path}' suppressed nothing: no ${exception2.rule} finding is at or inside that path.`, "Remove the exception from exceptions:; the problem it was written for is gone or moved.");
    }
  }
  return kept;
}

// src/engine/lint.ts
function resolveTarget2(pathArg, cwd, configFile) {
  const dir = path36.resolve(cwd, pathArg);
  let stats;
  try {
    stats = statSync8(dir);
  } catch {
    throw new UsageError(`${pathArg}: no such directory`);
  }
  if (!stats.isDirectory()) throw new UsageError(`${pathArg}: not a directory`);
  const file = configFile ? path36.resolve(cwd, configFile) : findConfigFile(dir);
  const config = file ? loadConfigFile(file) : null;
  const root = resolveRoot(dir, file, config?.raw.root ?? null);
  try {
    if (!statSync8(root).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new UsageError(`${file ?? pathArg}: root '${path36.relative(cwd, root) || "."}' is not a directory`);
  }
  return { root, config, policy: buildPolicy(config, dir) };
}
async function lint(options) {
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const targets = paths.map((p) => resolveTarget2(p, options.cwd, options.configFile));
  const seen = /* @__PURE__ */ new Set();
  const results = [];
  for (const target of targets) {
    if (seen.has(target.root)) continue;
    seen.add(target.root);
    results.push(await lintTarget(target, options));
  }
  return results;
}
async function lintTarget(target, options) {
  const { policy } = target;
  const selection = selectRules(allRules, policy.rules, options.ruleLevels ?? /* @__PURE__ */ new Map(), options.groups ?? null, (id) => {
    const loc = policy.locate(["rules", id]);
    return loc ? `${path36.relative(options.cwd, loc.file)}:${loc.line}:${loc.column}` : String(policy.configFile);
  });
  const model = await buildHostModel(target.root, policy, options.cwd, {
    database: selection.some(({ rule }) => rule.meta.group === "database")
  });
  let changes = options.changed ? makeChangeSet(options.changed) : null;
  let scope;
  if (changes && policy.configFile && changes.touches(policy.configFile)) {
    scope = { changedFiles: changes.files.length, reported: 0, total: 0, everything: `the svclint config ${displayPath(policy.configFile, options.cwd)} changed, so every finding is reported` };
    changes = null;
  }
  const raw = await runRules(model, selection, changes);
  const texts = new FileTexts(model);
  let kept = applySuppressions(groupByCause(raw), model, selection, texts).map(foldMembers);
  if (changes) kept = kept.map((f) => placeOnChangedSide(f, changes));
  const total = kept.length;
  if (changes && options.onlyChanged) kept = kept.filter((f) => belongsToChange(f, changes));
  if (options.changed) scope ??= { changedFiles: options.changed.length, reported: kept.length, total };
  if (scope) scope.reported = kept.length;
  if (scope) scope.total = total;
  const findings = kept.map((f) => finishFinding(f, model, texts, changes, options.cwd)).sort(compareFindings);
  return {
    root: target.root,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      services: countServices(model),
      stacks: model.stacks.length
    },
    model,
    ...scope ? { scope } : {}
  };
}
async function runRules(model, selection, changed = null) {
  const raw = [];
  for (const { rule, severity } of selection) {
    const context = {
      model,
      changed,
      report: (r) => {
        raw.push(toRawFinding(rule.meta.id, severity, r, model));
      },
      get plan() {
        return placementPlan(model);
      }
    };
    try {
      await rule.check(context);
    } catch (error) {
      throw new Error(`rule ${rule.meta.id} failed: ${error.message}`, { cause: error });
    }
  }
  return raw;
}
function toRawFinding(rule, severity, r, model) {
  const finding = {
    rule,
    severity,
    path: r.loc?.file ?? r.path ?? model.root,
    line: r.loc?.line ?? r.line ?? null,
    column: r.loc?.column ?? r.column ?? null,
    message: r.message,
    fix: r.fix ?? null
  };
  if (r.target) finding.target = r.target;
  if (r.related && r.related.length > 0) {
    finding.related = r.related.map((x) => ({ path: x.loc?.file ?? x.path ?? model.root, line: x.loc?.line ?? null, column: x.loc?.column ?? null, message: x.message }));
  }
  if (r.key !== void 0) finding.key = r.key;
  if (r.cause) finding.cause = r.cause;
  const actions = r.actions ?? (r.cause ? causeByKey(placementPlan(model), r.cause)?.actions : void 0);
  if (actions && actions.length > 0) finding.actions = actions;
  return finding;
}
function displayPath(abs, cwd) {
  const rel = path36.relative(cwd, abs);
  return (rel === "" ? "." : rel).split(path36.sep).join("/");
}
function displayAction(action, cwd) {
  switch (action.op) {
    case "move":
      return { ...action, from: displayPath(action.from, cwd), to: displayPath(action.to, cwd) };
    case "symlink":
      return { ...action, path: displayPath(action.path, cwd), target: displayPath(action.target, cwd) };
    case "edit":
      return { ...action, file: displayPath(action.file, cwd) };
    default:
      return { ...action, path: displayPath(action.path, cwd) };
  }
}
function toFinding(f, cwd) {
  const finding = {
    rule: f.rule,
    severity: f.severity,
    path: displayPath(f.path, cwd),
    line: f.line,
    column: f.line === null ? null : f.column,
    message: f.message,
    fix: f.fix
  };
  if (f.also && f.also.length > 0) finding.also = [...f.also];
  if (f.related && f.related.length > 0) {
    finding.related = f.related.map((r) => ({ path: displayPath(r.path, cwd), line: r.line, column: r.line === null ? null : r.column, message: r.message }));
  }
  if (f.actions && f.actions.length > 0) finding.actions = f.actions.map((a) => displayAction(a, cwd));
  if (f.key !== void 0) finding.key = f.key;
  if (f.target) finding.target = displayPath(f.target, cwd);
  return finding;
}
function finishFinding(f, model, texts, changes, cwd) {
  const finding = toFinding(f, cwd);
  finding.key ??= lineKey(texts, f.path, f.line);
  const anchor = (abs, line) => {
    if (line !== null) return null;
    const found = anchorFor(model, abs, changes);
    return found ? { path: displayPath(found.file, cwd), line: found.line } : null;
  };
  finding.anchor = anchor(f.path, f.line);
  if (f.related) finding.relatedAnchors = f.related.map((r) => anchor(r.path, r.line));
  return finding;
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.column ?? 0;
  const cb = b.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function countServices(model) {
  const loose = model.services.filter((s) => !s.serviceDir && !s.stack.archived).length;
  return model.serviceDirs.length + loose;
}

export {
  isInside,
  classifyService,
  allocationsFor,
  buildHostModel,
  defaultProjectName,
  migrationChecks,
  documentFiles,
  moveMap,
  effectiveProjectName,
  buildPlacementPlan,
  placementPlan,
  memoryBudget,
  memoryJson,
  allRules,
  UsageError,
  parseRuleFlags,
  changedSince,
  resolveTarget2 as resolveTarget,
  lint,
  lintTarget,
  displayPath
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  VECTOR_GRAPH_EXTENSIONS,
  allocationsFor,
  envValue,
  isDirLike,
  isLiteralSecret,
  isLocalBuildContext,
  isRecord,
  isSecretName,
  mayRunTogether,
  memo,
  memoryBudget,
  postgresVectorProduct,
  referencedPaths,
  sameData,
  serviceNames,
  urlPasswordOffset,
  valueLoc
} from "./chunk-YTUJFJCZ.js";
import {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  classifyService,
  findCatalogByImage,
  findNode,
  formatBytes,
  isInside,
  nodeLoc,
  require_dist
} from "./chunk-UD5R6TDC.js";
import {
  escapeRegex,
  parseImage
} from "./chunk-HD7RUNM3.js";
import {
  UsageError
} from "./chunk-TSAJO3IN.js";
import {
  hasUnknown
} from "./chunk-VFVSZFIG.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3DAIKRF3.js";

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
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
    exports.basename = (path22, { windows } = {}) => {
      const segs = path22.split(windows ? /[\\/]/ : "/");
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
      let str = input;
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
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
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
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
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
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
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
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
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
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
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
      const create = (str) => {
        switch (str) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str);
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
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
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
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
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

// src/plan/docs.ts
import { readFileSync } from "node:fs";
import path from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path22) {
  let normalized = normalize(path22);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path22, separator) {
  return path22.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path22) {
  return path22 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path22);
}
function normalizePath(path22, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path22.includes("/") || path22.startsWith(".");
  if (resolvePaths) path22 = resolve(path22);
  if (normalizePath$1 || pathNeedsCleaning) path22 = cleanPath(path22);
  if (path22 === ".") return "";
  const needsSeperator = path22[path22.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path22 + pathSeparator : path22, pathSeparator);
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
  const path22 = directoryPath || ".";
  if (filters.every((filter) => filter(path22, true))) paths.push(path22);
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
var resolveSymlinksAsync = function(path22, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path22, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path22, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path22, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path22);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path22, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path22, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path22);
  let depth2 = 1;
  while (parent !== state.root && depth2 < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth2++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path22, resolved);
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
function build(isSynchronous) {
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
    this.walkDirectory = build(this.isSynchronous);
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
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path22 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path22)) continue;
        this.pushDirectory(path22, paths, filters);
        this.walkDirectory(this.state, path22, path22, depth2 - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path22 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path22, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path22 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path22 + pathSeparator, depth2 - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path22;
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
  __require.resolve("picomatch");
  pm = __require("picomatch");
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
    this.options.filters.push((path22) => isMatch(path22));
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
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
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
function ensureNonDriveRelativePath(path22) {
  return path22.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path22) {
  var _result$parts;
  const result = import_picomatch.default.scan(path22, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path22];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path22) => path22.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path22) => path22.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
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
      const path22 = format(p, isDirectory2);
      const matches = matcher(path22) && !ignore(path22);
      if (matches) log(`matched ${path22}`);
      return matches;
    } : (p, isDirectory2) => {
      const path22 = format(p, isDirectory2);
      return matcher(path22) && !ignore(path22);
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
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
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
  return globSync(docs, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ["**/node_modules/**", "**/.git/**"] }).map((f) => path.resolve(f)).sort();
}
function servicePathMentions(line, rootName) {
  const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, "g");
  const out = [];
  for (const match of line.matchAll(mention)) out.push({ index: match.index, rel: match[1], text: match[0] });
  return out;
}
function documentEdits(model, moves) {
  if (moves.moves.length === 0) return [];
  const rootName = path.basename(model.root);
  const edits = [];
  for (const file of documentFiles(model)) {
    let text;
    try {
      text = readFileSync(file, "utf8");
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
        const end = moves.final(path.join(model.root, rel));
        const newRel = path.relative(model.root, end).split(path.sep).join("/");
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
import path9 from "node:path";

// src/plan/compose-edits.ts
import path2 from "node:path";
function defaultProjectName(dir) {
  return path2.basename(dir).toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[^a-z0-9]+/, "");
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
      reason: `Keep the Compose project name '${current}' when the folder becomes '${path2.basename(newDir)}/' (containers, networks and volumes are named after it).`
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
    for (const [key, entry] of Object.entries(entries)) if (isRecord2(entry)) add([section, key, "file"], entry.file);
  }
  return out;
}
function spell(rel, original) {
  let out = rel.split(path2.sep).join("/") || ".";
  if ((original.startsWith("./") || original === ".") && !out.startsWith(".")) out = `./${out}`;
  if (original.endsWith("/") && !out.endsWith("/")) out = `${out}/`;
  return out;
}
function relativePathEdits(stack, finalOf) {
  const newDir = finalOf(stack.dir);
  const out = [];
  for (const file of stack.files) {
    let split = null;
    const linesOf = () => split ??= file.text.split("\n").map((line) => line.replace(/\r$/, ""));
    for (const ref of pathReferences(file.data)) {
      const target = path2.resolve(stack.dir, ref.raw);
      const next = spell(path2.relative(newDir, finalOf(target)), ref.raw);
      if (path2.resolve(newDir, ref.raw) === finalOf(target)) continue;
      const lines = linesOf();
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
          reason: `'${ref.raw}' must still reach '${path2.basename(target)}' once the moves are done ('${next}' from the new folder).`
        },
        manual: null,
        target
      });
    }
  }
  return out;
}

// src/plan/migration.ts
import path7 from "node:path";

// src/plan/checks.ts
import path3 from "node:path";

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
    if (!isInside(path3.join(model.root, archiveFolder(model)), end)) stacks.add(end);
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
import path4 from "node:path";
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
      current = current === from ? to : path4.join(to, path4.relative(from, current));
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
      current = current === to ? from : path4.join(from, path4.relative(to, current));
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
  const map = /* @__PURE__ */ new Map();
  for (const [key, i] of entries) {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  return map;
}
function firstAncestorMove(abs, index, bound, direction) {
  if (index.size === 0) return null;
  let best = null;
  for (let current = abs; ; ) {
    for (const i of index.get(current) ?? []) {
      if (direction === 1 ? i > bound && (best === null || i < best) : i < bound && (best === null || i > best)) best = i;
    }
    const parent = path4.dirname(current);
    if (parent === current) return best;
    current = parent;
  }
}
function relativeReference(original, baseDir, target) {
  let rel = path4.relative(baseDir, target).split(path4.sep).join("/");
  if (rel === "") rel = ".";
  else if (!rel.startsWith("../") && rel !== ".." && (original.startsWith("./") || original === ".")) rel = `./${rel}`;
  if (original.endsWith("/") && !rel.endsWith("/")) rel += "/";
  return rel;
}

// src/plan/rewrites.ts
import path5 from "node:path";
function followUpSteps(model, moves) {
  if (moves.moves.length === 0) return [];
  return [...archiveReads(model, moves), ...symlinkSteps(model, moves)];
}
function archiveReads(model, moves) {
  const archive = path5.join(model.root, [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive");
  const steps = [];
  for (const stack of model.stacks) {
    if (stack.archived || isInside(archive, moves.final(stack.file))) continue;
    for (const file of stack.files) {
      for (const ref of pathReferences(file.data)) {
        const target = path5.resolve(stack.dir, ref.raw);
        const end = moves.final(target);
        if (end === target || !isInside(archive, end)) continue;
        steps.push({
          op: "manual",
          phase: 4,
          path: moves.final(file.abs),
          reason: `It reads '${ref.raw}' (${ref.keyPath.join(".")}) from a folder that goes to ${path5.basename(archive)}/ (archived services must not be used).`,
          steps: [`Move what it needs out of '${path5.relative(model.root, end)}' into its own folder, or drop the reference.`]
        });
      }
    }
  }
  return steps;
}
function symlinkSteps(model, moves) {
  const steps = [];
  const bridges = new Set(model.serviceDirs.filter((d) => d.symlink).map((d) => d.abs));
  for (const entry of model.tree.entries) {
    if (entry.kind !== "symlink" || !entry.symlink || bridges.has(entry.abs)) continue;
    const text = entry.symlink.target;
    const target = path5.resolve(path5.dirname(entry.abs), text);
    if (path5.isAbsolute(text) && !isInside(model.root, target)) continue;
    const link = moves.final(entry.abs);
    const end = moves.final(target);
    const next = path5.isAbsolute(text) ? end : path5.relative(path5.dirname(link), end) || ".";
    if (next === text || !path5.isAbsolute(text) && path5.relative(path5.dirname(entry.abs), target) === next) continue;
    steps.push({
      op: "manual",
      phase: 4,
      path: link,
      reason: `The symlink '${path5.basename(entry.abs)}' (-> ${text}) would point at the wrong place once the folders move.`,
      steps: [`ln -sfn '${next.replace(/'/g, `'\\''`)}' '${link.replace(/'/g, `'\\''`)}'`]
    });
  }
  return steps;
}

// src/plan/split.ts
var import_yaml = __toESM(require_dist(), 1);
import path6 from "node:path";
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
  if (!file.data) return { automated: false, why: "it is not one plain YAML document" };
  if (Object.keys(file.data).some((k) => k.startsWith("x-"))) return { automated: false, why: "it has `x-` fragments the definitions may share" };
  const project = effectiveProjectName(stack);
  if (!project) return { automated: false, why: "a variable sets its project name" };
  const leavingNames = new Set(split.services.map((s) => s.name));
  const staying = stack.services.filter((s) => !leavingNames.has(s.name));
  const usesVariables = /* @__PURE__ */ new Map();
  const steps = { actions: [], created: [], removed: [], covered: /* @__PURE__ */ new Map() };
  const creates = [];
  const notes = [];
  const targets = /* @__PURE__ */ new Map();
  const lifted = [];
  for (const { name } of split.services) {
    const service = stack.services.find((s) => s.name === name);
    if (!service) return { automated: false, why: `'${name}' is not defined in it` };
    const folder = service.serviceDir && service.serviceDir.stack === null ? service.serviceDir : null;
    if (!folder || folder.symlink) return { automated: false, why: `'${name}' has no folder of its own to hold its stack` };
    const finalDir = moves.final(folder.abs);
    if (COMPOSE_FILE_NAMES.some((n) => taken(path6.join(folder.abs, n)) || taken(path6.join(finalDir, n)))) {
      return { automated: false, why: `'${path6.basename(finalDir)}/' already has a compose file` };
    }
    const problem = leansOnNeighbours(stack, service);
    if (problem) return { automated: false, why: problem };
    const carried = carriedDeclarations(stack, service, staying, project);
    if (typeof carried === "string") return { automated: false, why: carried };
    lifted.push({ name, folder, finalDir, carried });
  }
  if (file.documents.length !== 1) return { automated: false, why: "it is not one plain YAML document" };
  const doc = file.documents[0];
  if (/[&*]|<</.test(file.text) && usesAnchors(doc)) return { automated: false, why: "it uses YAML anchors, aliases or merge keys that the definitions share" };
  const lines = file.text.split("\n").map((l) => l.replace(/\r$/, ""));
  for (const { name, folder, finalDir, carried } of lifted) {
    const target = path6.join(folder.abs, "docker-compose.yml");
    const block = serviceBlock(doc, file.text, lines, name);
    if (!block) return { automated: false, why: `the definition of '${name}' is not a block mapping svclint can lift` };
    const rewritten = rewriteBlockPaths(stack, name, block, moves, finalDir, lines);
    if (typeof rewritten === "string") return { automated: false, why: rewritten };
    usesVariables.set(name, /\$\{?[A-Za-z_]/.test(rewritten.join("\n")));
    const relFile = path6.relative(model.root, split.file).split(path6.sep).join("/");
    const content = [`# Split out of ${path6.basename(model.root)}/${relFile} by svclint migrate.`, "services:", ...rewritten, ...carried].join("\n");
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
    targets.set(name, path6.join(finalDir, "docker-compose.yml"));
    const blockLines = steps.covered.get(split.file) ?? /* @__PURE__ */ new Set();
    for (let line = block.first; line <= block.last; line++) blockLines.add(line);
    steps.covered.set(split.file, blockLines);
    const newProject = defaultProjectName(finalDir);
    const shown2 = (abs) => path6.relative(model.policy.baseDir, abs).split(path6.sep).join("/");
    notes.push({
      op: "manual",
      phase: 4,
      path: path6.join(finalDir, "docker-compose.yml"),
      reason: `'${name}' now runs in Compose project '${newProject}' instead of '${project}' (a shared project cannot be kept by two stack files); its volumes keep their Docker names, so its data stays.`,
      steps: [
        `docker compose -p ${project} rm --stop --force ${name}`,
        `docker compose -f ${shown2(path6.join(finalDir, "docker-compose.yml"))} up -d`
      ]
    });
  }
  const envFiles = ENV_FILES.map((n) => path6.join(stack.dir, n)).filter((abs) => model.tree.byRel.has(path6.relative(model.root, abs).split(path6.sep).join("/")));
  const envMoves = [];
  if (envFiles.length > 0) {
    const users = [...usesVariables].filter(([, uses]) => uses).map(([name]) => name);
    const remainingUse = staying.length > 0;
    if (users.length > 1) return { automated: false, why: `${users.map((u) => `'${u}'`).join(" and ")} both read variables from its .env, which svclint will not split (it holds secrets)` };
    if (users.length === 1 && remainingUse) return { automated: false, why: `'${users[0]}' reads variables from the .env the services that stay also need` };
    if (!remainingUse) {
      const heir = users[0] ?? split.services[0].name;
      const heirDir = path6.dirname(targets.get(heir));
      for (const env of envFiles) {
        const to = path6.join(heirDir, path6.basename(env));
        if (taken(to)) return { automated: false, why: `'${path6.basename(heirDir)}/' already has ${path6.basename(env)}` };
        envMoves.push({ op: "move", phase: 4, from: env, to, reason: `The stack's ${path6.basename(env)} goes with '${heir}', whose new stack reads it.` });
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
  (0, import_yaml.visit)(doc, {
    Node(_key, node) {
      if ((0, import_yaml.isAlias)(node) || node.anchor) found = true;
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
  if (!(0, import_yaml.isMap)(services) || services.flow) return null;
  const pair = services.items.find((p) => (0, import_yaml.isPair)(p) && String(p.key.value) === name);
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
function rewriteBlockPaths(stack, name, block, moves, finalDir, fileLines) {
  const file = stack.files[0];
  const lines = fileLines.slice(block.first - 1, block.last);
  const replacements = [];
  for (const ref of pathReferences(file.data)) {
    if (ref.keyPath[0] !== "services" || ref.keyPath[1] !== name) continue;
    const scalar = locateScalar(file, ref.keyPath);
    if (!scalar) return `a path of '${name}' (${ref.keyPath.slice(2).join(".")}) is not a one-line value`;
    const end = moves.final(path6.resolve(stack.dir, ref.raw));
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
  if (!found || !(0, import_yaml.isScalar)(found) || !found.range || typeof found.value !== "string") return null;
  if (found.type !== import_yaml.Scalar.PLAIN && found.type !== import_yaml.Scalar.QUOTE_DOUBLE && found.type !== import_yaml.Scalar.QUOTE_SINGLE) return null;
  const source = file.text.slice(found.range[0], found.range[1]);
  if (source.includes("\n")) return null;
  const pos = file.lineCounter.linePos(found.range[0]);
  return { node: found, line: pos.line, column: pos.col, source };
}
var PLAIN_SAFE = /^[A-Za-z0-9_./~@+=,-][A-Za-z0-9_./~:@+=,-]*$/;
function renderScalar(node, value) {
  if (node.type === import_yaml.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (node.type === import_yaml.Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || value.includes(": ")) return JSON.stringify(value);
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
  const networks = serviceNetworks(service);
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
  const list = Array.isArray(service.config.volumes) ? service.config.volumes : [];
  const names = [];
  for (const v of list) {
    const source = typeof v === "string" ? v.includes(":") ? v.split(":")[0] : "" : v && typeof v === "object" && v.type !== "bind" ? String(v.source ?? "") : "";
    if (source && !/^[./~$]/.test(source)) names.push(source);
  }
  return names;
}
function stackServicesUsing(stack, volume) {
  return stack.services.filter((s) => namedVolumes(s).includes(volume));
}
function serviceNetworks(service) {
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
  const rel = (abs) => path6.relative(model.root, abs).split(path6.sep).join("/") || ".";
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
  const replace = (old, next) => {
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
  const existing = (abs) => abs === model.root || model.tree.byRel.has(path7.relative(model.root, abs).split(path7.sep).join("/"));
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
    replace(manual, [{ ...manual, steps: manual.steps.filter((s) => !/^Remove '/.test(s)).concat(`svclint moves it to '${path7.relative(model.root, to)}/' (archived stacks are not part of the running host).`) }]);
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
      if (manual) replace(manual, outcome.steps.actions);
      else for (const a of outcome.steps.actions) add(a, split.cause);
    } else {
      const step = manualSplit(model, split, planned, outcome.why);
      if (manual) replace(manual, [step]);
      else add(step, split.cause);
    }
  }
  for (const action of [...actions]) {
    if (action.op !== "edit" || action.whole || action.phase !== 2) continue;
    if (removed.has(action.file) || covered.get(action.file)?.has(action.line)) replace(action, []);
  }
  const moves = moveMap(actions);
  for (const manual of followUpSteps(model, moves)) add(manual, moveCause(plan, causeOf2, actions, manual.path));
  for (const edit of documentEdits(model, moves)) add(edit, docCause(plan, edit.old, model.root));
  for (const action of [...actions]) {
    if (action.op !== "delete-empty") continue;
    const left = leftBehind(model, actions, action.path);
    if (left.length === 0) continue;
    const shown2 = (abs) => path7.relative(model.root, abs).split(path7.sep).join("/");
    replace(action, [{
      op: "manual",
      phase: 4,
      path: action.path,
      reason: `'${shown2(action.path)}/' still holds ${left.slice(0, 3).map((l) => `'${path7.basename(l)}'`).join(", ")}${left.length > 3 ? ` and ${left.length - 3} more` : ""} once the automated steps are done.`,
      steps: [`When the manual steps above have emptied it, remove it: rmdir ${shown2(action.path)}`]
    }]);
  }
  const ordered = orderForExecution(actions);
  const causes = plan.causes.map((cause) => ({ ...cause, actions: ordered.filter((a) => causeOf2.get(a)?.has(cause.key)) }));
  return { ...plan, actions: ordered, causes, checks: migrationChecks(model, moves, created, removed) };
}
function followingDefinitions(model, plan, moves) {
  const known = new Set(plan.stackSplits.flatMap((s) => s.services.map((x) => `${s.file}#${x.name}`)));
  const byFile = /* @__PURE__ */ new Map();
  const capability = (abs) => path7.relative(model.root, abs).split(path7.sep)[0];
  for (const move of plan.moves) {
    if (move.bridged || capability(move.from) === capability(move.to)) continue;
    const dir = model.serviceDirs.find((d) => d.abs === move.dir);
    for (const service of dir?.composeServices ?? []) {
      const stack = service.stack;
      if (isInside(move.from, stack.dir) || moves.final(stack.file) !== stack.file || known.has(`${stack.file}#${service.name}`)) continue;
      const split = byFile.get(stack.file) ?? { file: stack.file, services: [], cause: move.cause };
      split.services.push({ name: service.name, to: path7.join(model.root, capability(move.to)), cause: move.cause, reasons: move.reasons });
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
  const rel = path7.relative(model.root, dir).split(path7.sep).join("/");
  const left = [];
  for (const child of model.tree.children.get(rel) ?? []) {
    if (gone.has(child.abs)) continue;
    if (emptied.has(child.abs) && leftBehind(model, actions, child.abs).length === 0) continue;
    left.push(child.abs);
  }
  return left;
}
function addCause(map, action, key) {
  const set = map.get(action);
  if (set) set.add(key);
  else map.set(action, /* @__PURE__ */ new Set([key]));
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
  let to = path7.join(model.root, archive, name);
  for (let n = 2; taken(to); n++) to = path7.join(model.root, archive, `${name}-${n}`);
  return to;
}
function docCause(plan, line, root) {
  const rootName = path7.basename(root);
  const move = plan.moves.find((m) => line.includes(`${rootName}/${path7.relative(root, m.from).split(path7.sep).join("/")}`));
  return move?.cause ?? null;
}

// src/plan/decide.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path8 from "node:path";
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
  const entry = dir.classification.catalog;
  if (!entry?.legacy || dir.capability?.inactive) return null;
  const image = dir.primary?.image;
  if (image && !image.includes("${") && !findCatalogByImage(model.policy, image)?.legacy) return null;
  return entry;
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
    return realpathSync2(abs);
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
    const to = path8.join(model.root, archiveName(model), legacy.name);
    return to === dir.abs ? { fate: "stay" } : { fate: "move", from: dir.abs, to, kind: "archive", reasons: [`superseded: ${legacy.reason}`], bridged: false };
  }
  const name = canonicalFolderName(dir);
  const reasons = dir.classification.reasons.map((r) => r.text);
  const capability = dir.classification.capability ?? (dir.parentKind === "service" ? holderCapability : null);
  if (capability) {
    const to = path8.join(model.root, capability, name);
    if (to === dir.abs) return { fate: "stay" };
    const kind = dir.parentKind === "service" ? "flatten" : path8.dirname(to) === path8.dirname(dir.abs) ? "rename" : "place";
    if (kind === "flatten") reasons.push("services sit at capability/service/");
    if (kind === "rename") reasons.unshift(name !== dir.name && dir.classification.catalog ? `'${dir.name}' is an alias of ${name}` : `folder names are kebab-case`);
    return { fate: "move", from: dir.abs, to, kind, reasons, bridged: false };
  }
  if (dir.parentKind === "capability") {
    if (name === dir.name) return { fate: "stay" };
    return { fate: "move", from: dir.abs, to: path8.join(path8.dirname(dir.abs), name), kind: "rename", reasons: ["folder names are kebab-case"], bridged: false };
  }
  return { fate: "unplaced", reasons: [`no rule says what '${dir.name}' provides`] };
}
function fromRoot(model, real) {
  return path8.join(model.root, path8.relative(realRoot(model), real));
}

// src/plan/groups.ts
function groupingFolders(model) {
  const catchAll = new Set(model.policy.catchAll);
  const technology = new Set(model.policy.technologyDirs);
  const serviceParents = new Set(model.serviceDirs.map((d) => d.parentRel));
  const found = [];
  for (const entry of model.tree.entries) {
    if (!isDirLike(entry)) continue;
    const name = entry.name.toLowerCase();
    const kind = catchAll.has(name) ? "catch-all" : technology.has(name) ? "technology" : null;
    if (!kind) continue;
    if (entry.depth > 1 && !serviceParents.has(entry.rel)) continue;
    found.push({ entry, kind });
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
    const known = decisions.get(dir);
    if (known) return known;
    let decision;
    if (groupRels.has(dir.rel)) decision = { fate: "stay" };
    else decision = decideFolder(model, dir, bridgeTargets, dir.parentKind === "service" ? holderCapability(dir) : null);
    decisions.set(dir, decision);
    return decision;
  };
  const holderCapability = (dir) => {
    for (let parent = path9.dirname(dir.abs); isInside(model.root, parent) && parent !== model.root; parent = path9.dirname(parent)) {
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
    const list = byFinal.get(final);
    if (list) list.push(dir);
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
    const list = byCapability.get(d.capability.abs);
    if (list) list.push(d);
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
  const capabilityOf = (abs) => abs && isInside(model.root, abs) && abs !== model.root ? path9.join(model.root, relOf(model, abs).split("/")[0]) : null;
  const stackDirs = new Set(model.stacks.map((s) => s.dir));
  for (const groupAbs of emptied) {
    const stack = model.stacks.find((s) => s.dir === groupAbs);
    const key = causes.find(groupKey(groupAbs));
    if (!stack) continue;
    const targets = stack.services.map((service) => ({ service, to: capabilityOf(finalOf(service.serviceDir)) }));
    const capabilities = new Set(targets.map((t) => t.to));
    const only = capabilities.size === 1 ? [...capabilities][0] : null;
    const loose = (model.tree.children.get(relOf(model, groupAbs)) ?? []).filter((entry) => !model.serviceDirs.some((d) => d.abs === entry.abs)).map((entry) => entry.abs);
    const clash = only && loose.some((abs) => existing(path9.join(only, path9.basename(abs))));
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
    const known = mkdirs.get(abs);
    if (known) {
      known.causes.add(cause);
      return;
    }
    const entry = { action: { op: "mkdir", phase: 1, path: abs, reason: "New capability directory." }, causes: /* @__PURE__ */ new Set([cause]) };
    mkdirs.set(abs, entry);
    tagged.push(entry);
  };
  for (const move of moves) {
    if (move.bridged) continue;
    mkdir(path9.dirname(move.to), move.cause);
    add({ op: "symlink", phase: 1, path: move.to, target: move.from, reason: `Bridge: '${path9.basename(move.to)}' answers at its new place while the folder stays where it is.` }, move.cause);
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
    ...stackMoves.flatMap(({ group, to, loose }) => loose.map((abs) => ({ from: abs, to: path9.join(to, path9.basename(abs)), cause: causes.find(groupKey(group)) })))
  ].sort((a, b) => depth(b.from) - depth(a.from));
  const relocationOf = (abs) => relocations.length === 0 ? null : relocations.find((r) => abs === r.from || abs.startsWith(`${r.from}${path9.sep}`)) ?? null;
  const finalPath = (abs) => {
    const r = relocationOf(abs);
    return r ? path9.join(r.to, path9.relative(r.from, abs)) : abs;
  };
  const retiredDirs = [...retired.keys()].map((d) => d.abs);
  for (const stack of relocations.length > 0 ? model.stacks : []) {
    if (retiredDirs.some((abs) => isInside(abs, stack.dir))) continue;
    const finalOfStack = (abs) => abs === stack.dir ? path9.dirname(finalPath(stack.file)) : finalPath(abs);
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
    for (const abs of loose) add({ op: "move", phase: 4, from: abs, to: path9.join(to, path9.basename(abs)), reason: `The stack of '${path9.basename(group)}/' follows its services to '${path9.basename(to)}/'.` }, causes.find(groupKey(group)));
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
    return path9.join(model.root, system?.capability ?? "");
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
  return { to: path9.join(model.root, classification.capability), reasons: classification.reasons.map((r) => r.text) };
}
function stackIn(model, abs) {
  return model.stacks.find((s) => s.dir === abs) ?? null;
}
function relOf(model, abs) {
  return path9.relative(model.root, abs).split(path9.sep).join("/");
}
function depth(abs) {
  return abs.split(path9.sep).length;
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
    steps: [`Add name: ${path9.basename(stack.dir)} at the top level of the compose file, so the project keeps its name when the folder becomes '${path9.basename(to)}/'.`]
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

// rules/structure/archived-service-active.ts
import path11 from "node:path";

// rules/support.ts
import path10 from "node:path";
var DOCS_BASE = "https://github.com/svclint/svclint/blob/main/docs/rules.md";
function defineRule(meta, check) {
  return { meta: { ...meta, docs: meta.docs ?? `${DOCS_BASE}#${meta.id}` }, check };
}
function shown(model, abs, folder = true) {
  const rel = path10.relative(model.cwd, abs).split(path10.sep).join("/") || ".";
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
function isSharedInfrastructure(entry) {
  return !!entry && entry.provides.some((kind) => kind === "database" || kind === "cache");
}
var ODD_REASONS = ["legacy", "outside-capability", "not-shared", "archived"];
function oddRank(reason) {
  const index = ODD_REASONS.indexOf(reason);
  return index < 0 ? ODD_REASONS.length : index;
}
function isSharedInstance(model, service) {
  if (service === model.database.shared) return true;
  return model.database.stores.some((s) => s.kind === "cache" && s.service === service && path10.relative(model.root, service.stack.dir).split(path10.sep)[0] === "core-infra");
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
  return path10.relative(context.model.root, folder.to).split(path10.sep)[0] === capability ? folder.cause : void 0;
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
            const abs = path11.resolve(stack.dir, file);
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
    for (const entry of model.tree.entries) {
      const link = entry.symlink;
      if (!link || link.status === "ok") continue;
      report2({
        path: entry.abs,
        message: link.status === "loop" ? `Symlink '${shown(model, entry.abs, false)}' -> '${link.target}' loops.` : `Symlink '${shown(model, entry.abs, false)}' -> '${link.target}' points to nothing.`,
        fix: `Remove the link, or point it at an existing folder (Phase 4: replace a bridge by the moved folder).`
      });
    }
  }
);

// rules/structure/build-context.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import path12 from "node:path";
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
      const top = path12.relative(model.root, stack.dir).split(path12.sep)[0] ?? "";
      const capability = model.capabilityDirs.find((c) => c.name === top) ?? null;
      for (const service of stack.services) {
        const build2 = service.resolved.build;
        if (build2 === void 0 || build2 === null) continue;
        const context = typeof build2 === "string" ? build2 : isRecord(build2) ? typeof build2.context === "string" ? build2.context : "." : null;
        if (context === null || !isLocalBuildContext(context)) continue;
        const keyPath = typeof build2 === "string" ? ["services", service.name, "build"] : ["services", service.name, "build", "context"];
        const where2 = () => stack.locate(keyPath) ?? stack.locate(["services", service.name, "build"]) ?? service.loc;
        const abs = path12.resolve(stack.dir, context);
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
            fix: `Move the sources into '${shown(model, path12.join(capability.abs, service.name))}' and use build: ./${path12.relative(stack.dir, path12.join(capability.abs, service.name)).split(path12.sep).join("/") || "."}.`
          });
          continue;
        }
        if (isRecord(build2) && typeof build2.dockerfile_inline === "string") continue;
        const dockerfile = isRecord(build2) && typeof build2.dockerfile === "string" ? build2.dockerfile : "Dockerfile";
        if (dockerfile.includes("${")) continue;
        const dockerfileAbs = path12.resolve(abs, dockerfile);
        if (!existsSync(dockerfileAbs)) {
          report2({
            loc: isRecord(build2) && typeof build2.dockerfile === "string" ? stack.locate(["services", service.name, "build", "dockerfile"]) ?? where2() : where2(),
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
    return statSync2(abs).isDirectory();
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
      const known = model.policy.catalog.find((e) => e.name === service.name || e.aliases.includes(service.name));
      if (!known || isSharedInfrastructure(known)) continue;
      if (known.images.length > 0 && (!service.image || findCatalogByImage(model.policy, service.image) !== known)) continue;
      byName.set(known.name, [...byName.get(known.name) ?? [], service]);
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
      const entry = legacyEntry(model, dir);
      if (!entry) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire") continue;
      const target = folder?.fate === "move" ? folder.to : null;
      reported.add(dir.abs);
      report2({
        path: dir.abs,
        ...target ? { target } : {},
        message: `'${dir.name}' is a superseded service (${entry.reason}) outside ${archive}/.`,
        fix: target ? `Stop it and move '${shown(model, dir.abs)}' to '${shown(model, target)}'.` : `Stop it and move '${shown(model, dir.abs)}' into '${archive}/'.`,
        cause: folder?.cause ?? void 0
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry = findCatalogByImage(model.policy, service.image);
      if (!entry?.legacy) continue;
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry)) continue;
      const cause = removalCause(context, service);
      report2({
        loc: service.loc,
        path: service.stack.file,
        message: `Compose service '${service.name}' runs superseded ${entry.name} (${entry.reason}).`,
        fix: cause && dir ? `It stops when '${shown(model, dir.abs)}' moves to ${archive}/ (keep its definition there).` : `Remove it from this stack and keep its definition under '${archive}/${entry.name}/'.`,
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
import path13 from "node:path";
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
      const actual = path13.relative(model.root, move.from).split(path13.sep)[0];
      if (actual === path13.relative(model.root, move.to).split(path13.sep)[0]) continue;
      const { canonicalName } = dir.classification;
      const named = canonicalName !== dir.name ? ` (${canonicalName})` : "";
      report2({
        path: dir.abs,
        target: move.to,
        message: `Service '${dir.name}'${named} is in '${shown(model, path13.join(model.root, actual))}'; it belongs in '${shown(model, move.to)}' (${decidingReason(dir)}).`,
        fix: `Move '${shown(model, dir.abs)}' to '${shown(model, move.to)}'.`,
        cause: move.cause
      });
    }
    for (const split of plan.stackSplits) {
      for (const entry of split.services) {
        if (!entry.cause.startsWith("compose-service:")) continue;
        const service = model.services.find((s) => s.stack.file === split.file && s.name === entry.name);
        if (!service) continue;
        const target = path13.join(entry.to, service.name);
        report2({
          loc: service.loc,
          path: service.stack.file,
          target,
          message: `Compose service '${service.name}' is defined in the '${path13.basename(service.stack.dir)}' stack; it belongs in '${shown(model, target)}' (${entry.reasons[0] ?? "decision tree"}).`,
          fix: `Move '${service.name}' to the stack of '${shown(model, entry.to)}' (folder '${shown(model, target)}').`,
          cause: entry.cause,
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
import path14 from "node:path";
function movesOutOf(model, folder) {
  const plan = placementPlan(model);
  const cause = causeOf(plan, folder);
  return plan.moves.filter((m) => m.cause === cause?.key && isInside(folder, m.from)).map((m) => `${path14.basename(m.from)} -> ${path14.relative(model.root, m.to).split(path14.sep).join("/")}/`);
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
      const { entry } = folder;
      report2({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' is a catch-all directory: group services by what they do (capability), not in '${entry.name}/'.`,
        fix: groupingFix(model, folder, "Move each service into a capability-specific directory (e.g. communications/)"),
        cause: causeOf(plan, entry.abs)?.key
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
      const { entry } = folder;
      report2({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' groups services by technology: group them by capability instead.`,
        fix: groupingFix(model, folder, "Move each service into the capability directory of what it does"),
        cause: causeOf(plan, entry.abs)?.key
      });
    }
  }
);

// rules/structure/non-canonical-name.ts
import path15 from "node:path";
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
      const fix = folder?.to ? `Rename '${shown(model, dir.abs)}' to '${shown(model, folder.to)}'${path15.dirname(folder.to) !== path15.dirname(dir.abs) ? " (its move and rename are one step)" : ""}.` : `Rename it to '${misnamed ? canonical : toKebab(dir.name)}' when you move it into its capability directory.`;
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
import path16 from "node:path";
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
      const where2 = [...homes.entries()].map(([home2, list]) => `${shown(model, path16.join(model.root, home2))} (${list.map((m) => m.name).join(", ")})`).join("; ");
      const away = members.filter((m) => homeOf(m) !== system.capability);
      const first = away[0];
      const home = path16.join(model.root, system.capability);
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
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path17 from "node:path";
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
    const rootName = path17.basename(model.root);
    const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, "g");
    for (const file of files) {
      let text;
      try {
        text = readFileSync2(file, "utf8");
      } catch {
        continue;
      }
      const lines = text.split(/\r?\n/);
      lines.forEach((line, index) => {
        for (const match of line.matchAll(mention)) {
          const rel = match[1].replace(/[./]+$/, "");
          if (!rel || rel.includes("{") || rel.includes("*")) continue;
          if (existsSync2(path17.join(model.root, rel))) continue;
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
import path18 from "node:path";
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
      const top = path18.relative(model.root, shared.stack.dir).split(path18.sep)[0];
      if (top !== capability && shared.serviceDir?.capability?.name !== capability) {
        const target = path18.join(model.root, capability, policy.postgres?.service ?? "postgres");
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
      const other = shared ? `the shared '${shared.name}' (${where(model, shared.loc, shared.stack.file)})` : "";
      const [blamed, kept] = shared ? blameOrder(context, [serviceSide(context, shared, shared.loc), serviceSide(context, service, loc)]) : [null, null];
      const atShared = blamed?.item === shared;
      report2({
        loc: atShared ? blamed.loc : loc,
        path: atShared ? blamed.path : service.stack.file,
        ...shared ? { related: [atShared ? relatedSide(kept, `The second Postgres-family container '${service.name}' (${service.image}).`) : relatedSide(kept, `The shared Postgres '${shared.name}'.`)] } : {},
        key: service.name,
        cause: removalCause(context, service),
        message: shared ? `'${service.name}' is a second Postgres-family container (${service.image}) besides ${other}.` : `'${service.name}' is one of ${postgres.length} Postgres-family containers (${service.image}), and none is the shared one.`,
        fix: shared ? `Give the data of '${service.name}' a database and role in the shared Postgres (CREATE ROLE \u2026 LOGIN; CREATE DATABASE \u2026 OWNER \u2026; in its init script), point the clients at host '${shared.containerName ?? shared.name}', and remove the '${service.name}' container; or declare it in database.isolated with a reason.` : `No Postgres is in ${capability}/ and none is declared the shared one: declare it (database.postgres: { service: NAME } in the config) or keep one in ${capability}/, then move this one's data there and remove it; or declare it in database.isolated with a reason.`
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
function setPiece(connection, piece, value) {
  const variable = connection[piece]?.variable ?? connection.name;
  return connection.source === "url" ? `Use '${value}' as the ${piece} in ${variable}` : `Set ${variable} to '${value}'`;
}
function initScriptLoc(model) {
  const shared = model.database.shared;
  if (!shared) return null;
  const mount = model.database.initMounts.find((m) => m.postgres === shared && m.files.length > 0) ?? model.database.initMounts.find((m) => m.postgres === shared);
  return mount?.loc ?? shared.loc;
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
        const entry = entries.find((e) => e.database === database) ?? entries[0];
        if (database !== null && !entries.some((e) => e.database === database)) {
          report2({
            loc: connection.database.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' uses database '${database}', but the allocation table gives it '${entry.database}'.`,
            fix: `${setPiece(connection, "database", entry.database)} (or change its entry in database.allocations).`
          });
        }
        const role = connection.user?.value ?? null;
        if (role !== null && !superusers.has(role) && role !== entry.role) {
          report2({
            loc: connection.user.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' logs in as '${role}', but the allocation table gives it role '${entry.role}'.`,
            fix: `${setPiece(connection, "user", entry.role)} (or change its entry in database.allocations).`
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
    model.policy.database.allocations.forEach((entry, index) => {
      const services = byName.get(entry.service) ?? [];
      const used = services.some((service) => connected.has(service));
      if (used) return;
      const loc = model.policy.locate(["database", "allocations", index]);
      report2({
        loc,
        path: loc?.file ?? model.policy.configFile ?? model.root,
        message: services.length === 0 ? `Allocation '${entry.service}' (database ${entry.database}, role ${entry.role}) names no active compose service.` : `Allocation '${entry.service}' (database ${entry.database}, role ${entry.role}): the service has no Postgres connection in its environment.`,
        fix: services.length === 0 ? `Remove the entry, or fix its service name to the compose service that uses database '${entry.database}'.` : `Point '${entry.service}' at the shared Postgres (e.g. DATABASE_URL=postgresql://${entry.role}:\${\u2026}@${model.database.shared?.containerName ?? model.database.shared?.name ?? "postgres"}:5432/${entry.database}), or remove the entry.`
      });
    });
  }
);

// rules/database/initdb-missing.ts
import path19 from "node:path";
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
    const reported = /* @__PURE__ */ new Set();
    const at = (loc2) => `${loc2.file}:${loc2.line}:${loc2.column}`;
    const verb = matrix.source === "server" ? "fails on a real server (--initdb-exec)" : "fails";
    if (matrix.stop) {
      reported.add(at(matrix.stop.loc));
      report2({
        loc: matrix.stop.loc,
        message: `Init script ${verb}: ${matrix.stop.message}. The image stops at the first error: nothing after it runs, so what follows is never created.`,
        fix: "Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it, or use svclint --initdb-exec)."
      });
    }
    for (const { script } of scripts) {
      if (script.kind === "ignored" || script.kind === "unsupported") continue;
      const inRuns = new Set(script.runs.flatMap((run) => run.steps.filter((s) => s.kind === "syntax-error").map((s) => at(s.loc))));
      const firsts = new Set(script.runs.map((run) => run.steps.find((s) => s.kind === "syntax-error")).filter((s) => s !== void 0).map((s) => at(s.loc)));
      for (const error of script.errors) {
        if (reported.has(at(error.loc)) || inRuns.has(at(error.loc)) && !firsts.has(at(error.loc))) continue;
        reported.add(at(error.loc));
        report2({
          loc: error.loc,
          message: `Init script error: ${error.message}. The image stops at the first error, so nothing after it is created.`,
          fix: "Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it)."
        });
      }
    }
    for (const lost of matrix.lost) {
      report2({
        loc: lost.loc,
        message: `BEGIN without COMMIT: ${lost.message}, so none of it is created.`,
        fix: "Add COMMIT; after the statements of this transaction."
      });
    }
    const allocations = model.policy.database.allocations;
    if (allocations.length === 0) return;
    const unknowable = matrix.unevaluated.length > 0 || mounts.some((m) => m.kind === "volume");
    if (unknowable) return;
    const mount = mounts.find((m) => m.files.length > 0) ?? mounts[0] ?? null;
    const loc = mount?.loc ?? shared.loc;
    const firstScript = scripts[0]?.file;
    let into = firstScript ? `to '${where(model, null, firstScript)}'` : `to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'`;
    const skipped = mounts.flatMap((m) => m.skippedDirs).map((d) => path19.relative(model.cwd, d).split(path19.sep).join("/"));
    const skippedNote = skipped.length > 0 ? ` (the image does not run scripts inside sub-directories: ${skipped.join(", ")})` : "";
    const audit = model.database.audit !== void 0;
    const absent = audit ? "does not exist on the server" : `is never created by the shared Postgres's init scripts${skippedNote}`;
    if (audit) into = "on the server";
    const seenDb = /* @__PURE__ */ new Set();
    const seenRole = /* @__PURE__ */ new Set();
    const createdRoles = new Map(matrix.roles.filter((r) => r.created).map((r) => [r.name, r]));
    const createdDatabases = new Set(matrix.databases.filter((d) => d.created).map((d) => d.name));
    for (const entry of allocations) {
      if (!seenRole.has(entry.role)) {
        seenRole.add(entry.role);
        const role = createdRoles.get(entry.role);
        if (!role) {
          report2({
            loc,
            path: shared.stack.file,
            message: `Role '${entry.role}' (allocated to ${entry.service}) ${absent}.`,
            fix: `${audit ? "Run" : "Add"} ${into}: CREATE ROLE ${sqlIdent(entry.role)} WITH LOGIN PASSWORD '\u2026';`
          });
        } else if (!role.login && !role.superuser) {
          report2({
            loc: role.createdAt ?? loc,
            message: `Role '${entry.role}' (allocated to ${entry.service}) is created without LOGIN, so the service cannot log in with it.`,
            fix: `Write CREATE ROLE ${sqlIdent(entry.role)} WITH LOGIN \u2026 (or add ALTER ROLE ${sqlIdent(entry.role)} LOGIN;).`
          });
        }
      }
      if (!seenDb.has(entry.database)) {
        seenDb.add(entry.database);
        if (!createdDatabases.has(entry.database)) {
          report2({
            loc,
            path: shared.stack.file,
            message: `Database '${entry.database}' (allocated to ${entry.service}) ${absent}.`,
            fix: `${audit ? "Run" : "Add"} ${into}: CREATE DATABASE ${sqlIdent(entry.database)} OWNER ${sqlIdent(entry.role)}; REVOKE ALL ON DATABASE ${sqlIdent(entry.database)} FROM PUBLIC;`
          });
        }
      }
    }
  }
);

// rules/database/initdb-public-connect.ts
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
    const postgresDb = model.database.shared ? envValue(model.database.shared, "POSTGRES_DB") : null;
    for (const database of matrix.databases) {
      if (!database.created || !database.createdAt) continue;
      const answer = matrix.publicConnect(database.name);
      if (!answer.allowed) continue;
      if (model.database.audit) {
        report2({
          loc: database.createdAt,
          message: `Database '${database.name}' is open to PUBLIC: every role can connect to it.`,
          fix: `Run: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC; (then GRANT CONNECT to its own role if it needs one).`
        });
        continue;
      }
      const reopened = answer.changedAt !== null;
      const byEntrypoint = database.name === postgresDb;
      report2({
        loc: reopened ? answer.changedAt : database.createdAt,
        message: reopened ? `GRANT \u2026 TO PUBLIC on database '${database.name}' lets every role connect to it.` : byEntrypoint ? `Database '${database.name}' (POSTGRES_DB, created by the image before the init scripts run) is open to PUBLIC: every role can connect to it.` : `Database '${database.name}' is created without revoking PUBLIC's CONNECT: every role can connect to it.`,
        fix: reopened ? `Remove this GRANT and grant CONNECT to the database's own role only.` : byEntrypoint ? `Add to an init script: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;` : `Add after it: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;`
      });
    }
  }
);

// rules/database/initdb-cross-grant.ts
function ownership(model) {
  const rolesOf = /* @__PURE__ */ new Map();
  const servicesOf = /* @__PURE__ */ new Map();
  const serviceRoles = /* @__PURE__ */ new Map();
  const add = (database, role, service) => {
    rolesOf.set(database, (rolesOf.get(database) ?? /* @__PURE__ */ new Set()).add(role));
    servicesOf.set(database, (servicesOf.get(database) ?? /* @__PURE__ */ new Set()).add(service));
    serviceRoles.set(role, (serviceRoles.get(role) ?? /* @__PURE__ */ new Set()).add(service));
  };
  const { allocations } = model.policy.database;
  const superusers = new Set(model.database.superusers);
  if (allocations.length > 0) {
    for (const a of allocations) add(a.database, a.role, a.service);
  } else {
    for (const c of model.database.connections) {
      const role = c.user?.value;
      const database = c.database?.value;
      if (c.toShared && role && database && !superusers.has(role)) add(database, role, c.service.name);
    }
  }
  for (const c of model.database.connections) {
    const role = c.user?.value;
    if (c.toShared && role && !superusers.has(role) && !serviceRoles.has(role)) serviceRoles.set(role, /* @__PURE__ */ new Set([c.service.name]));
  }
  return { rolesOf, servicesOf, serviceRoles };
}
var initdb_cross_grant_default = defineRule(
  {
    id: "initdb-cross-grant",
    group: "database",
    severity: "error",
    description: "A role other than a database's allocated role (including roles not in the table, and superuser service roles) that holds a privilege on it (CONNECT, CREATE, TEMP, ownership, membership)",
    rationale: `The seed: "Role isolation (prevent cross-service access)": a role reaches its own service's database only.`
  },
  ({ model, report: report2 }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const { rolesOf, servicesOf, serviceRoles } = ownership(model);
    const fallback = initScriptLoc(model);
    const describe2 = (role) => {
      const services = serviceRoles.get(role);
      return services ? `'${role}' (${[...services].join(", ")})` : `'${role}'`;
    };
    for (const role of matrix.roles) {
      if (!role.superuser || role.name === matrix.superuser || !serviceRoles.has(role.name)) continue;
      report2({
        loc: role.superuserAt ?? role.createdAt ?? fallback,
        message: `Service role ${describe2(role.name)} is a superuser: it can reach every database on the shared Postgres.`,
        fix: `Remove SUPERUSER here (or add: ALTER ROLE ${sqlIdent(role.name)} NOSUPERUSER;) and give it its own database's privileges only.`
      });
    }
    for (const database of matrix.databases) {
      if (!database.created) continue;
      const allocated = rolesOf.get(database.name);
      for (const holder of matrix.holders(database.name)) {
        const role = matrix.roles.find((r) => r.name === holder.role);
        if (role?.superuser) continue;
        if (allocated ? allocated.has(holder.role) : !serviceRoles.has(holder.role)) continue;
        const owners = allocated ? `allocated to ${[...servicesOf.get(database.name) ?? []].join(", ")}` : "not allocated to it";
        const what = holder.via === "owner" ? "owns" : holder.via === "membership" ? `reaches (as a member of '${holder.through}')` : `holds ${holder.privileges.map((p) => p.toUpperCase()).join(", ") || "privileges"} on`;
        const own = allocated ? [...allocated][0] : null;
        const fix = holder.via === "owner" ? own ? `Make the database's own role its owner: ALTER DATABASE ${sqlIdent(database.name)} OWNER TO ${sqlIdent(own)};` : `Give the database an owner role of its own: ALTER DATABASE ${sqlIdent(database.name)} OWNER TO <its role>;` : holder.via === "membership" ? `Remove the membership that gives '${holder.role}' the access: REVOKE ${sqlIdent(holder.through)} FROM ${sqlIdent(holder.role)};` : `Remove this grant, or add: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM ${sqlIdent(holder.role)};`;
        report2({
          loc: holder.loc ?? fallback,
          message: `Role ${describe2(holder.role)} ${what} database '${database.name}', which is ${owners}.`,
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

// rules/database/initdb-unevaluated.ts
var initdb_unevaluated_default = defineRule(
  {
    id: "initdb-unevaluated",
    group: "database",
    severity: "warning",
    description: "An init-script statement whose effect svclint cannot know without running it (dynamic SQL, \\gexec with format(), \\if, \\i, SQL in shell variables): run with --initdb-exec",
    rationale: "The database rules judge what the init scripts do; where that cannot be known statically, svclint says so instead of guessing."
  },
  ({ model, report: report2 }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    for (const item of matrix.unevaluated) {
      report2({
        loc: item.loc,
        message: `svclint cannot evaluate this statically: ${item.reason}. The database rules do not count what it does.`,
        fix: "Run svclint --initdb-exec to execute the init scripts in a throwaway PostgreSQL and judge the database rules on the real catalog (it runs the repository's scripts)."
      });
    }
  }
);

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
            message: `${store.product} ('${service.name}') shares ${describe(mount)} with '${other.service.name}' (${where(model, other.loc, other.service.stack.file)}).`,
            fix: `Give '${service.name}' a volume of its own (e.g. ${service.name}_data:${mount.target}) and keep '${other.service.name}' off it.`
          });
        }
      }
    }
  }
);
function describe(mount) {
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
import path20 from "node:path";
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
    const inCore = (s) => path20.relative(model.root, s.stack.dir).split(path20.sep)[0] === CORE;
    const shared = caches.find((c) => inCore(c.service)) ?? (caches.length === 1 ? caches[0] : null);
    if (!shared) {
      for (const cache of caches) {
        const service = cache.service;
        report2({
          loc: service.stack.locate(["services", service.name, "image"]) ?? service.loc,
          path: service.stack.file,
          message: `'${service.name}' is one of ${caches.length} ${cache.product === "redis" ? "Redis" : "Valkey/Redis"} caches, and none is the shared one in ${CORE}/.`,
          fix: `Keep one shared cache in '${shown(model, path20.join(model.root, CORE, "valkey"))}' and point this service at it (a database number or key prefix of its own, e.g. redis://valkey:6379/1), then remove this container.`
        });
      }
      return;
    }
    if (!inCore(shared.service)) {
      const target = path20.join(model.root, CORE, shared.product === "redis" ? "redis" : "valkey");
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
import path21 from "node:path";

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
      const main = path21.basename(stack.file);
      const overrides = stack.files.slice(1).map((f) => path21.basename(f.abs));
      for (const name of names) {
        if (!COMPOSE_NAMES.has(name) || used.has(path21.join(stack.dir, name))) continue;
        const isOverride = COMPOSE_OVERRIDE_FILE_NAMES.includes(name);
        const reads = isOverride ? `${main} with ${overrides.join(", ")}` : main;
        report2({
          loc: { file: path21.join(stack.dir, name), line: 1, column: 1 },
          message: `Docker Compose ignores ${name}: in this folder it reads ${reads}.`,
          fix: isOverride ? `Merge ${name} into ${overrides[0] ?? "the override file in use"} and delete it.` : `Merge what ${name} adds into ${main} and delete ${name} (or pass it with -f, under a name Compose does not pick up by itself).`
        });
      }
    }
  }
);
function relDir(root, dir) {
  return path21.relative(root, dir).split(path21.sep).join("/");
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
    const { validateStack } = await import("./stack-7UA4S72C.js");
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
        const list = byName.get(name);
        if (list) list.push(service);
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
  ports.forEach((entry, index) => {
    const parsed = typeof entry === "string" || typeof entry === "number" ? parseShort(String(entry)) : parseLong(entry);
    if (!parsed) return;
    const identity = `${parsed.hostIp || "0.0.0.0"}:${parsed.start}-${parsed.end}:${parsed.target}/${parsed.protocol}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    const text = typeof entry === "object" && entry !== null ? `published: ${String(entry.published)}` : String(entry);
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
function parseLong(entry) {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return null;
  const record = entry;
  const published = record.published;
  if (published === void 0 || published === null || published === "") return null;
  const text = String(published);
  if (text.includes("${")) return null;
  const range = parseRange(text);
  if (!range) return null;
  const rawIp = typeof record.host_ip === "string" ? record.host_ip : "";
  if (rawIp.includes("${")) return null;
  const hostIp = canonicalIp(rawIp);
  if (hostIp === null) return null;
  const protocol = typeof record.protocol === "string" && record.protocol ? record.protocol.toLowerCase() : "tcp";
  return { hostIp, ...range, protocol, pool: range.end > range.start, target: String(record.target) };
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
      const list = this.byPort.get(key);
      if (list) list.push(use);
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
  const count = typeof scale === "number" ? scale : typeof deploy?.replicas === "number" ? deploy.replicas : 1;
  return Number.isInteger(count) && count > 1 ? count : 1;
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
function locateInFile(file, path22, atKey) {
  if (!file.lineCounter) return null;
  for (let length = path22.length; length >= 0; length--) {
    const prefix = path22.slice(0, length);
    for (let d = file.documents.length - 1; d >= 0; d--) {
      const found = findNode(file.documents[d], prefix);
      if (!found) continue;
      const preferKey = atKey || length < path22.length;
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
  initdb_unevaluated_default,
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

// src/engine/levels.ts
function selectRules(rules, configLevels, cliLevels, groups, describeConfigKey) {
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of configLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`${describeConfigKey(id)}: unknown rule '${id}' (see \`svclint rules\`)`);
  }
  for (const id of cliLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}' (see \`svclint rules\`)`);
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

export {
  defaultProjectName,
  migrationChecks,
  documentFiles,
  moveMap,
  effectiveProjectName,
  buildPlacementPlan,
  placementPlan,
  causeByKey,
  allRules,
  selectRules,
  parseRuleFlags
};

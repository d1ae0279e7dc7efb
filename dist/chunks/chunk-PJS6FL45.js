import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  isDirLike,
  sameData
} from "./chunk-JYVNWJNS.js";
import {
  COMPOSE_FILE_NAMES,
  classifyService,
  findCatalogByImage,
  findNode,
  require_dist
} from "./chunk-XJRKILKQ.js";
import {
  escapeRegex
} from "./chunk-HD7RUNM3.js";
import {
  isInside
} from "./chunk-ZXHC4XCV.js";
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
    exports.basename = (path11, { windows } = {}) => {
      const segs = path11.split(windows ? /[\\/]/ : "/");
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

// src/api/define.ts
function defineRule(rule) {
  return rule;
}
function definePlugin(plugin) {
  return plugin;
}

// src/api/values.ts
function pathValue(abs) {
  return { $path: abs };
}
function folderValue(abs) {
  return { $path: abs, folder: true };
}
function placeValue(loc, fallbackFile) {
  return loc ? { $path: loc.file, line: loc.line, column: loc.column } : { $path: fallbackFile };
}
function isPathValue(value) {
  return typeof value === "object" && value !== null && "$path" in value && typeof value.$path === "string";
}
function textValue(...parts) {
  return { $text: parts };
}
function isTextValue(value) {
  return typeof value === "object" && value !== null && "$text" in value && Array.isArray(value.$text);
}

// src/plan/index.ts
import path10 from "node:path";

// src/plan/compose-edits.ts
import path from "node:path";
function defaultProjectName(dir) {
  return path.basename(dir).toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[^a-z0-9]+/, "");
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
      reason: `Keep the Compose project name '${current}' when the folder becomes '${path.basename(newDir)}/' (containers, networks and volumes are named after it).`
    },
    flow: false
  };
}
function isRecord(value) {
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
    if (Array.isArray(value)) value.forEach((item, i) => isRecord(item) ? add([...keyPath, i, objectKey], item[objectKey]) : add([...keyPath, i], item));
    else if (isRecord(value)) add([...keyPath, objectKey], value[objectKey]);
    else add(keyPath, value);
  };
  const services = isRecord(data.services) ? data.services : {};
  for (const [name, service] of Object.entries(services)) {
    if (!isRecord(service)) continue;
    const base = ["services", name];
    if (typeof service.build === "string") add([...base, "build"], service.build);
    else if (isRecord(service.build)) add([...base, "build", "context"], service.build.context);
    if (Array.isArray(service.volumes)) {
      service.volumes.forEach((volume, i) => {
        if (typeof volume === "string") {
          const source = volume.split(":")[0];
          if ((source.startsWith(".") || source.includes("/")) && isRelativePath(source)) out.push({ keyPath: [...base, "volumes", i], raw: source });
        } else if (isRecord(volume) && volume.type === "bind") {
          add([...base, "volumes", i, "source"], volume.source);
        }
      });
    }
    if (service.env_file !== void 0) listOrOne([...base, "env_file"], service.env_file, "path");
    if (isRecord(service.extends)) add([...base, "extends", "file"], service.extends.file);
  }
  if (data.include !== void 0) {
    const items = Array.isArray(data.include) ? data.include : [data.include];
    items.forEach((item, i) => {
      const keyPath = Array.isArray(data.include) ? ["include", i] : ["include"];
      if (typeof item === "string") add(keyPath, item);
      else if (isRecord(item)) listOrOne([...keyPath, "path"], item.path, "path");
    });
  }
  for (const section of ["secrets", "configs"]) {
    const entries = isRecord(data[section]) ? data[section] : {};
    for (const [key, entry] of Object.entries(entries)) if (isRecord(entry)) add([section, key, "file"], entry.file);
  }
  return out;
}
function spell(rel, original) {
  let out = rel.split(path.sep).join("/") || ".";
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
      const target = path.resolve(stack.dir, ref.raw);
      const next = spell(path.relative(newDir, finalOf(target)), ref.raw);
      if (path.resolve(newDir, ref.raw) === finalOf(target)) continue;
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
          reason: `'${ref.raw}' must still reach '${path.basename(target)}' once the moves are done ('${next}' from the new folder).`
        },
        manual: null,
        target
      });
    }
  }
  return out;
}

// src/plan/migration.ts
import path8 from "node:path";

// src/plan/checks.ts
import path2 from "node:path";

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
  return args.split(",").map(
    (a) => a.trim().replace(/^[`"']|[`"']$/g, "").trim()
  ).filter(Boolean);
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
function migrationChecks(model2, moves, created, removed) {
  const stacks = /* @__PURE__ */ new Set();
  for (const stack of model2.stacks) {
    if (stack.archived || removed.has(stack.file)) continue;
    const end = moves.final(stack.file);
    if (!isInside(path2.join(model2.root, archiveFolder(model2)), end)) stacks.add(end);
  }
  for (const file of created) stacks.add(file);
  const urls = [];
  const seen = /* @__PURE__ */ new Set();
  for (const service of model2.services) {
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
function archiveFolder(model2) {
  return [...model2.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
}

// src/plan/docs.ts
import path4 from "node:path";

// src/model/docs.ts
import path3 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path11) {
  let normalized = normalize(path11);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path11, separator) {
  return path11.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path11) {
  return path11 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path11);
}
function normalizePath(path11, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path11.includes("/") || path11.startsWith(".");
  if (resolvePaths) path11 = resolve(path11);
  if (normalizePath$1 || pathNeedsCleaning) path11 = cleanPath(path11);
  if (path11 === ".") return "";
  const needsSeperator = path11[path11.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path11 + pathSeparator : path11, pathSeparator);
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
  const path11 = directoryPath || ".";
  if (filters.every((filter) => filter(path11, true))) paths.push(path11);
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
var resolveSymlinksAsync = function(path11, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path11, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path11, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path11, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path11);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path11, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path11, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path11);
  let depth2 = 1;
  while (parent !== state.root && depth2 < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth2++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path11, resolved);
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
        let path11 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path11)) continue;
        this.pushDirectory(path11, paths, filters);
        this.walkDirectory(this.state, path11, path11, depth2 - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path11 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path11, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path11 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path11 + pathSeparator, depth2 - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path11;
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
    this.options.filters.push((path11) => isMatch(path11));
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
function ensureNonDriveRelativePath(path11) {
  return path11.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path11) {
  var _result$parts;
  const result = import_picomatch.default.scan(path11, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path11];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path11) => path11.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path11) => path11.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
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
    filters: [debug ? (p, isDirectory) => {
      const path11 = format(p, isDirectory);
      const matches = matcher(path11) && !ignore(path11);
      if (matches) log(`matched ${path11}`);
      return matches;
    } : (p, isDirectory) => {
      const path11 = format(p, isDirectory);
      return matcher(path11) && !ignore(path11);
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

// src/model/docs.ts
function documentFiles(model2) {
  const { docs, baseDir } = model2.policy;
  if (docs.length === 0) return [];
  return globSync(docs, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ["**/node_modules/**", "**/.git/**"] }).map((f) => path3.resolve(f)).sort();
}
function servicePathMentions(line, rootName) {
  const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, "g");
  const out = [];
  for (const match of line.matchAll(mention)) out.push({ index: match.index, rel: match[1], text: match[0] });
  return out;
}
function docReferences(model2) {
  const rootName = path3.basename(model2.root);
  const found = [];
  for (const file of documentFiles(model2)) {
    const lines = model2.files.lines(file);
    if (!lines) continue;
    lines.forEach((line, index) => {
      for (const m of servicePathMentions(line, rootName)) {
        const rel = m.rel.replace(/[./]+$/, "");
        if (!rel || rel.includes("{") || rel.includes("*")) continue;
        const abs = path3.join(model2.root, rel);
        found.push({ file, line: index + 1, column: m.index + 1, text: `${rootName}/${rel}`, rel, abs, exists: model2.files.kind(abs) !== null });
      }
    });
  }
  return found;
}

// src/plan/docs.ts
function documentEdits(model2, moves) {
  if (moves.moves.length === 0) return [];
  const rootName = path4.basename(model2.root);
  const edits = [];
  for (const file of documentFiles(model2)) {
    const text = model2.files.text(file);
    if (text === null) continue;
    const where = moves.final(file);
    text.split("\n").forEach((raw, index) => {
      const line = raw.replace(/\r$/, "");
      let changed = line;
      for (const m of servicePathMentions(line, rootName).reverse()) {
        const trailing = m.rel.match(/[./]*$/)[0];
        const rel = m.rel.slice(0, m.rel.length - trailing.length);
        if (!rel) continue;
        const end = moves.final(path4.join(model2.root, rel));
        const newRel = path4.relative(model2.root, end).split(path4.sep).join("/");
        if (newRel === rel || newRel.startsWith("..")) continue;
        changed = changed.slice(0, m.index) + `${rootName}/${newRel}${trailing}` + changed.slice(m.index + m.text.length);
      }
      if (changed === line) return;
      edits.push({
        op: "edit",
        phase: 5,
        file: where,
        line: index + 1,
        old: line,
        new: changed,
        reason: "The document names a services path that moves."
      });
    });
  }
  return edits;
}

// src/plan/moves.ts
import path5 from "node:path";
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
      current = current === from ? to : path5.join(to, path5.relative(from, current));
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
      current = current === to ? from : path5.join(from, path5.relative(to, current));
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
    const parent = path5.dirname(current);
    if (parent === current) return best;
    current = parent;
  }
}
function relativeReference(original, baseDir, target) {
  let rel = path5.relative(baseDir, target).split(path5.sep).join("/");
  if (rel === "") rel = ".";
  else if (!rel.startsWith("../") && rel !== ".." && (original.startsWith("./") || original === ".")) rel = `./${rel}`;
  if (original.endsWith("/") && !rel.endsWith("/")) rel += "/";
  return rel;
}

// src/plan/rewrites.ts
import path6 from "node:path";
function followUpSteps(model2, moves) {
  if (moves.moves.length === 0) return [];
  return [...archiveReads(model2, moves), ...symlinkSteps(model2, moves)];
}
function archiveReads(model2, moves) {
  const archive = path6.join(model2.root, [...model2.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive");
  const steps = [];
  for (const stack of model2.stacks) {
    if (stack.archived || isInside(archive, moves.final(stack.file))) continue;
    for (const file of stack.files) {
      for (const ref of pathReferences(file.data)) {
        const target = path6.resolve(stack.dir, ref.raw);
        const end = moves.final(target);
        if (end === target || !isInside(archive, end)) continue;
        steps.push({
          op: "manual",
          phase: 4,
          path: moves.final(file.abs),
          reason: `It reads '${ref.raw}' (${ref.keyPath.join(".")}) from a folder that goes to ${path6.basename(archive)}/ (archived services must not be used).`,
          steps: [`Move what it needs out of '${path6.relative(model2.root, end)}' into its own folder, or drop the reference.`]
        });
      }
    }
  }
  return steps;
}
function symlinkSteps(model2, moves) {
  const steps = [];
  const bridges = new Set(model2.serviceDirs.filter((d) => d.symlink).map((d) => d.abs));
  for (const entry of model2.tree.entries) {
    if (entry.kind !== "symlink" || !entry.symlink || bridges.has(entry.abs)) continue;
    const text = entry.symlink.target;
    const target = path6.resolve(path6.dirname(entry.abs), text);
    if (path6.isAbsolute(text) && !isInside(model2.root, target)) continue;
    const link = moves.final(entry.abs);
    const end = moves.final(target);
    const next = path6.isAbsolute(text) ? end : path6.relative(path6.dirname(link), end) || ".";
    if (next === text || !path6.isAbsolute(text) && path6.relative(path6.dirname(entry.abs), target) === next) continue;
    steps.push({
      op: "manual",
      phase: 4,
      path: link,
      reason: `The symlink '${path6.basename(entry.abs)}' (-> ${text}) would point at the wrong place once the folders move.`,
      steps: [`ln -sfn '${next.replace(/'/g, `'\\''`)}' '${link.replace(/'/g, `'\\''`)}'`]
    });
  }
  return steps;
}

// src/plan/split.ts
var import_yaml = __toESM(require_dist(), 1);
import path7 from "node:path";
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
function splitStack(model2, split, moves, taken) {
  const stack = model2.stacks.find((s) => s.file === split.file);
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
    if (COMPOSE_FILE_NAMES.some((n) => taken(path7.join(folder.abs, n)) || taken(path7.join(finalDir, n)))) {
      return { automated: false, why: `'${path7.basename(finalDir)}/' already has a compose file` };
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
    const target = path7.join(folder.abs, "docker-compose.yml");
    const block = serviceBlock(doc, file.text, lines, name);
    if (!block) return { automated: false, why: `the definition of '${name}' is not a block mapping svclint can lift` };
    const rewritten = rewriteBlockPaths(stack, name, block, moves, finalDir, lines);
    if (typeof rewritten === "string") return { automated: false, why: rewritten };
    usesVariables.set(name, /\$\{?[A-Za-z_]/.test(rewritten.join("\n")));
    const relFile = path7.relative(model2.root, split.file).split(path7.sep).join("/");
    const content = [`# Split out of ${path7.basename(model2.root)}/${relFile} by svclint migrate.`, "services:", ...rewritten, ...carried].join("\n");
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
    targets.set(name, path7.join(finalDir, "docker-compose.yml"));
    const blockLines = steps.covered.get(split.file) ?? /* @__PURE__ */ new Set();
    for (let line = block.first; line <= block.last; line++) blockLines.add(line);
    steps.covered.set(split.file, blockLines);
    const newProject = defaultProjectName(finalDir);
    const shown = (abs) => path7.relative(model2.policy.baseDir, abs).split(path7.sep).join("/");
    notes.push({
      op: "manual",
      phase: 4,
      path: path7.join(finalDir, "docker-compose.yml"),
      reason: `'${name}' now runs in Compose project '${newProject}' instead of '${project}' (a shared project cannot be kept by two stack files); its volumes keep their Docker names, so its data stays.`,
      steps: [`docker compose -p ${project} rm --stop --force ${name}`, `docker compose -f ${shown(path7.join(finalDir, "docker-compose.yml"))} up -d`]
    });
  }
  const envFiles = ENV_FILES.map((n) => path7.join(stack.dir, n)).filter(
    (abs) => model2.tree.byRel.has(path7.relative(model2.root, abs).split(path7.sep).join("/"))
  );
  const envMoves = [];
  if (envFiles.length > 0) {
    const users = [...usesVariables].filter(([, uses]) => uses).map(([name]) => name);
    const remainingUse = staying.length > 0;
    if (users.length > 1)
      return {
        automated: false,
        why: `${users.map((u) => `'${u}'`).join(" and ")} both read variables from its .env, which svclint will not split (it holds secrets)`
      };
    if (users.length === 1 && remainingUse) return { automated: false, why: `'${users[0]}' reads variables from the .env the services that stay also need` };
    if (!remainingUse) {
      const heir = users[0] ?? split.services[0].name;
      const heirDir = path7.dirname(targets.get(heir));
      for (const env of envFiles) {
        const to = path7.join(heirDir, path7.basename(env));
        if (taken(to)) return { automated: false, why: `'${path7.basename(heirDir)}/' already has ${path7.basename(env)}` };
        envMoves.push({ op: "move", phase: 4, from: env, to, reason: `The stack's ${path7.basename(env)} goes with '${heir}', whose new stack reads it.` });
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
  if (ext && (typeof ext === "string" || typeof ext === "object" && !ext.file))
    return `'${service.name}' extends a service of the same file`;
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
    const end = moves.final(path7.resolve(stack.dir, ref.raw));
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
  const values = [
    service.build,
    service.build?.context,
    service.env_file,
    ...Array.isArray(service.volumes) ? service.volumes : []
  ];
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
      if (staying.some((s) => namedVolumes(s).includes(key)) || stackServicesUsing(stack, key).length > 1)
        return `the volume '${key}' is shared with another service of the stack`;
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
    if (stack.services.length > 1 && typeof service.config.network_mode !== "string")
      return `'${service.name}' is on the project's default network with its neighbours`;
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
      edits.push({
        op: "edit",
        phase: 4,
        file: split.file,
        line,
        old: lines[line - 1],
        new: "",
        reason: `The definition of '${name}' moved to its own stack.`
      });
    }
  }
  return edits;
}
function manualSplit(model2, split, moves, why) {
  const rel = (abs) => path7.relative(model2.root, abs).split(path7.sep).join("/") || ".";
  const stack = model2.stacks.find((s) => s.file === split.file);
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
function extendPlan(model2, plan2) {
  const causeOf3 = /* @__PURE__ */ new Map();
  for (const cause of plan2.causes) for (const action of cause.actions) addCause(causeOf3, action, cause.key);
  const actions = [...plan2.actions];
  const replace = (old, next) => {
    const i = actions.indexOf(old);
    if (i < 0) return;
    actions.splice(i, 1, ...next);
    const keys = causeOf3.get(old) ?? /* @__PURE__ */ new Set();
    for (const action of next) for (const key of keys) addCause(causeOf3, action, key);
  };
  const add = (action, ...keys) => {
    actions.push(action);
    for (const key of keys) if (key) addCause(causeOf3, action, key);
  };
  const planned = moveMap(actions);
  const existing = (abs) => abs === model2.root || model2.tree.byRel.has(path8.relative(model2.root, abs).split(path8.sep).join("/"));
  const claimed = /* @__PURE__ */ new Set();
  for (const a of actions) if (a.op === "move") claimed.add(a.to);
  const taken = (abs) => existing(abs) || claimed.has(abs);
  for (const folder of plan2.folders) {
    if (folder.fate !== "retire") continue;
    const manual = actions.find((a) => a.op === "manual" && a.path === folder.dir);
    const dir = model2.serviceDirs.find((d) => d.abs === folder.dir);
    if (!manual || !dir || dir.symlink || plan2.moves.some((m) => isInside(m.from, dir.abs) && m.from !== dir.abs)) continue;
    const to = archiveTarget(model2, dir.name, taken);
    claimed.add(to);
    const key = [...causeOf3.get(manual) ?? []][0] ?? null;
    const pin = dir.stack ? keepProjectName(dir.stack, to).edit : null;
    if (pin) add(pin, key);
    add(
      {
        op: "move",
        phase: 4,
        from: dir.abs,
        to,
        reason: `A second copy of '${dir.classification.canonicalName}': archived, not deleted (archive/ holds what no longer runs).`
      },
      key
    );
    replace(manual, [
      {
        ...manual,
        steps: manual.steps.filter((s) => !/^Remove '/.test(s)).concat(`svclint moves it to '${path8.relative(model2.root, to)}/' (archived stacks are not part of the running host).`)
      }
    ]);
  }
  const created = [];
  const removed = /* @__PURE__ */ new Set();
  const covered = /* @__PURE__ */ new Map();
  for (const split of [...plan2.stackSplits, ...followingDefinitions(model2, plan2, planned)]) {
    const manual = actions.find((a) => a.op === "manual" && a.phase === 2 && a.path === split.file);
    const outcome = splitStack(model2, split, planned, taken);
    if (outcome.automated) {
      for (const file of outcome.steps.created) claimed.add(file);
      for (const a of outcome.steps.actions) if (a.op === "move") claimed.add(a.to);
      created.push(...outcome.steps.created);
      for (const f of outcome.steps.removed) removed.add(f);
      for (const [file, lines] of outcome.steps.covered) covered.set(file, /* @__PURE__ */ new Set([...covered.get(file) ?? [], ...lines]));
      if (manual) replace(manual, outcome.steps.actions);
      else for (const a of outcome.steps.actions) add(a, split.cause);
    } else {
      const step = manualSplit(model2, split, planned, outcome.why);
      if (manual) replace(manual, [step]);
      else add(step, split.cause);
    }
  }
  for (const action of [...actions]) {
    if (action.op !== "edit" || action.whole || action.phase !== 2) continue;
    if (removed.has(action.file) || covered.get(action.file)?.has(action.line)) replace(action, []);
  }
  const moves = moveMap(actions);
  for (const manual of followUpSteps(model2, moves)) add(manual, moveCause(plan2, causeOf3, actions, manual.path));
  for (const edit of documentEdits(model2, moves)) add(edit, docCause(plan2, edit.old, model2.root));
  for (const action of [...actions]) {
    if (action.op !== "delete-empty") continue;
    const left = leftBehind(model2, actions, action.path);
    if (left.length === 0) continue;
    const shown = (abs) => path8.relative(model2.root, abs).split(path8.sep).join("/");
    replace(action, [
      {
        op: "manual",
        phase: 4,
        path: action.path,
        reason: `'${shown(action.path)}/' still holds ${left.slice(0, 3).map((l) => `'${path8.basename(l)}'`).join(", ")}${left.length > 3 ? ` and ${left.length - 3} more` : ""} once the automated steps are done.`,
        steps: [`When the manual steps above have emptied it, remove it: rmdir ${shown(action.path)}`]
      }
    ]);
  }
  const ordered = orderForExecution(actions);
  const causes = plan2.causes.map((cause) => ({ ...cause, actions: ordered.filter((a) => causeOf3.get(a)?.has(cause.key)) }));
  return { ...plan2, actions: ordered, causes, checks: migrationChecks(model2, moves, created, removed) };
}
function followingDefinitions(model2, plan2, moves) {
  const known = new Set(plan2.stackSplits.flatMap((s) => s.services.map((x) => `${s.file}#${x.name}`)));
  const byFile = /* @__PURE__ */ new Map();
  const capability = (abs) => path8.relative(model2.root, abs).split(path8.sep)[0];
  for (const move of plan2.moves) {
    if (move.bridged || capability(move.from) === capability(move.to)) continue;
    const dir = model2.serviceDirs.find((d) => d.abs === move.dir);
    for (const service of dir?.composeServices ?? []) {
      const stack = service.stack;
      if (isInside(move.from, stack.dir) || moves.final(stack.file) !== stack.file || known.has(`${stack.file}#${service.name}`)) continue;
      const split = byFile.get(stack.file) ?? { file: stack.file, services: [], cause: move.cause };
      split.services.push({ name: service.name, to: path8.join(model2.root, capability(move.to)), cause: move.cause, reasons: move.reasons });
      byFile.set(stack.file, split);
    }
  }
  return [...byFile.values()];
}
function leftBehind(model2, actions, dir) {
  const gone = /* @__PURE__ */ new Set();
  for (const a of actions) {
    if (a.op === "move") gone.add(a.from);
    else if (a.op === "edit" && a.whole === "remove") gone.add(a.file);
  }
  const emptied = new Set(actions.filter((a) => a.op === "delete-empty").map((a) => a.path));
  const rel = path8.relative(model2.root, dir).split(path8.sep).join("/");
  const left = [];
  for (const child of model2.tree.children.get(rel) ?? []) {
    if (gone.has(child.abs)) continue;
    if (emptied.has(child.abs) && leftBehind(model2, actions, child.abs).length === 0) continue;
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
function moveCause(plan2, causeOf3, actions, abs) {
  for (const a of actions) {
    if (a.op !== "move") continue;
    if (isInside(a.from, abs) || isInside(a.to, abs)) return [...causeOf3.get(a) ?? []][0] ?? null;
  }
  const move = plan2.moves.find((m) => isInside(m.from, abs) || isInside(m.to, abs));
  return move?.cause ?? null;
}
function archiveTarget(model2, name, taken) {
  const archive = [...model2.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
  let to = path8.join(model2.root, archive, name);
  for (let n = 2; taken(to); n++) to = path8.join(model2.root, archive, `${name}-${n}`);
  return to;
}
function docCause(plan2, line, root) {
  const rootName = path8.basename(root);
  const move = plan2.moves.find((m) => line.includes(`${rootName}/${path8.relative(root, m.from).split(path8.sep).join("/")}`));
  return move?.cause ?? null;
}

// src/plan/decide.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path9 from "node:path";
function isKebabCase(name) {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}
function toKebab(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "service";
}
function archiveName(model2) {
  return [...model2.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
}
function legacyEntry(model2, dir) {
  const entry = dir.classification.catalog;
  if (!entry?.legacy || dir.capability?.inactive) return null;
  const image = dir.primary?.image;
  if (image && !image.includes("${") && !findCatalogByImage(model2.policy, image)?.legacy) return null;
  return entry;
}
function isBridge(model2, dir) {
  const link = dir.symlink;
  return !!link && link.status === "ok" && link.targetKind === "dir" && !!link.resolved && !!dir.capability && isInside(realRoot(model2), link.resolved);
}
var realRoots = /* @__PURE__ */ new WeakMap();
function realRoot(model2) {
  let root = realRoots.get(model2);
  if (root === void 0) {
    root = realAbs(model2.root);
    realRoots.set(model2, root);
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
function decideFolder(model2, dir, bridgeTargets, holderCapability = null) {
  if (dir.symlink) {
    if (!isBridge(model2, dir)) return { fate: "skip" };
    const from = fromRoot(model2, dir.symlink.resolved);
    return { fate: "move", from, to: dir.abs, kind: "place", reasons: [`'${dir.name}' is a Phase 1 bridge to the folder it replaces`], bridged: true };
  }
  if (bridgeTargets.size > 0 && bridgeTargets.has(realAbs(dir.abs))) return { fate: "skip" };
  if (dir.capability?.inactive) return { fate: "stay" };
  const legacy = legacyEntry(model2, dir);
  if (legacy) {
    const to = path9.join(model2.root, archiveName(model2), legacy.name);
    return to === dir.abs ? { fate: "stay" } : { fate: "move", from: dir.abs, to, kind: "archive", reasons: [`superseded: ${legacy.reason}`], bridged: false };
  }
  const name = canonicalFolderName(dir);
  const reasons = dir.classification.reasons.map((r) => r.text);
  const capability = dir.classification.capability ?? (dir.parentKind === "service" ? holderCapability : null);
  if (capability) {
    const to = path9.join(model2.root, capability, name);
    if (to === dir.abs) return { fate: "stay" };
    const kind = dir.parentKind === "service" ? "flatten" : path9.dirname(to) === path9.dirname(dir.abs) ? "rename" : "place";
    if (kind === "flatten") reasons.push("services sit at capability/service/");
    if (kind === "rename")
      reasons.unshift(name !== dir.name && dir.classification.catalog ? `'${dir.name}' is an alias of ${name}` : `folder names are kebab-case`);
    return { fate: "move", from: dir.abs, to, kind, reasons, bridged: false };
  }
  if (dir.parentKind === "capability") {
    if (name === dir.name) return { fate: "stay" };
    return {
      fate: "move",
      from: dir.abs,
      to: path9.join(path9.dirname(dir.abs), name),
      kind: "rename",
      reasons: ["folder names are kebab-case"],
      bridged: false
    };
  }
  return { fate: "unplaced", reasons: [`no rule says what '${dir.name}' provides`] };
}
function fromRoot(model2, real) {
  return path9.join(model2.root, path9.relative(realRoot(model2), real));
}

// src/plan/groups.ts
function groupingFolders(model2) {
  const catchAll = new Set(model2.policy.catchAll);
  const technology = new Set(model2.policy.technologyDirs);
  const serviceParents = new Set(model2.serviceDirs.map((d) => d.parentRel));
  const found = [];
  for (const entry of model2.tree.entries) {
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
function buildPlacementPlan(model2) {
  const bridgeTargets = /* @__PURE__ */ new Set();
  for (const dir of model2.serviceDirs) if (isBridge(model2, dir)) bridgeTargets.add(realAbs(dir.symlink.resolved));
  const groups = groupingFolders(model2);
  const groupRels = new Set(groups.map((g) => g.entry.rel));
  const decisions = /* @__PURE__ */ new Map();
  const byAbs = new Map(model2.serviceDirs.map((d) => [d.abs, d]));
  const decide = (dir) => {
    const known = decisions.get(dir);
    if (known) return known;
    let decision;
    if (groupRels.has(dir.rel)) decision = { fate: "stay" };
    else decision = decideFolder(model2, dir, bridgeTargets, dir.parentKind === "service" ? holderCapability(dir) : null);
    decisions.set(dir, decision);
    return decision;
  };
  const holderCapability = (dir) => {
    for (let parent = path10.dirname(dir.abs); isInside(model2.root, parent) && parent !== model2.root; parent = path10.dirname(parent)) {
      const holder = byAbs.get(parent);
      if (!holder) continue;
      const decision = decide(holder);
      const final = decision.fate === "move" ? decision.to : holder.abs;
      const parts = relOf(model2, final).split("/");
      return parts.length >= 2 ? parts[0] : null;
    }
    return dir.capability?.name ?? null;
  };
  for (const dir of model2.serviceDirs) decide(dir);
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
    const [keep, ...rest] = [...dirs].sort((a, b) => compareKeep(model2, decisions, a, b));
    for (const dir of rest) retired.set(dir, keep);
  }
  const existing = (abs) => abs === model2.root || model2.tree.byRel.has(relOf(model2, abs));
  const causes = new Causes();
  const folderCause = /* @__PURE__ */ new Map();
  for (const [dir, decision] of decisions) {
    if (decision.fate === "move" || decision.fate === "unplaced" || retired.has(dir)) folderCause.set(dir, causes.add(folderKey(dir.abs)));
  }
  if (bridgeTargets.size > 0) {
    const realDirs = new Map(model2.serviceDirs.filter((d) => !d.symlink).map((d) => [realAbs(d.abs), d]));
    for (const dir of model2.serviceDirs) {
      if (!isBridge(model2, dir)) continue;
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
  for (const d of model2.serviceDirs) {
    if (!d.capability) continue;
    const list = byCapability.get(d.capability.abs);
    if (list) list.push(d);
    else byCapability.set(d.capability.abs, [d]);
  }
  for (const cap of model2.capabilityDirs) {
    if (cap.declared) continue;
    const inside = byCapability.get(cap.abs) ?? [];
    const isBridgeTarget = (d) => bridgeTargets.size > 0 && bridgeTargets.has(realAbs(d.abs));
    if (inside.length === 0 || !inside.every((d) => retired.has(d) || decisions.get(d).fate === "move" || isBridgeTarget(d))) continue;
    const key = causes.add(groupKey(cap.abs));
    emptied.add(cap.abs);
    for (const dir of inside) if (folderCause.has(dir)) causes.union(key, folderCause.get(dir));
  }
  for (const system of model2.policy.systems) {
    const members = model2.serviceDirs.filter((d) => !d.symlink && system.members.includes(d.classification.canonicalName));
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
  const capabilityOf = (abs) => abs && isInside(model2.root, abs) && abs !== model2.root ? path10.join(model2.root, relOf(model2, abs).split("/")[0]) : null;
  const stackDirs = new Set(model2.stacks.map((s) => s.dir));
  for (const groupAbs of emptied) {
    const stack = model2.stacks.find((s) => s.dir === groupAbs);
    const key = causes.find(groupKey(groupAbs));
    if (!stack) continue;
    const targets = stack.services.map((service) => ({ service, to: capabilityOf(finalOf(service.serviceDir)) }));
    const capabilities = new Set(targets.map((t) => t.to));
    const only = capabilities.size === 1 ? [...capabilities][0] : null;
    const loose = (model2.tree.children.get(relOf(model2, groupAbs)) ?? []).filter((entry) => !model2.serviceDirs.some((d) => d.abs === entry.abs)).map((entry) => entry.abs);
    const clash = only && loose.some((abs) => existing(path10.join(only, path10.basename(abs))));
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
  const capabilityByAbs = new Map(model2.capabilityDirs.map((c) => [c.abs, c]));
  for (const service of model2.services) {
    if (service.serviceDir || service.stack.archived) continue;
    const cap = capabilityByAbs.get(service.stack.dir);
    if (!cap) continue;
    const target = composeServiceTarget(model2, service, cap.name);
    if (!target) continue;
    const key = causes.add(composeServiceKey(service));
    stackSplits.push({ file: service.stack.file, services: [{ name: service.name, to: target.to, cause: key, reasons: target.reasons }], cause: key });
  }
  const moves = [];
  for (const [dir, decision] of decisions) {
    if (decision.fate !== "move" || retired.has(dir)) continue;
    moves.push({
      dir: dir.abs,
      from: decision.from,
      to: decision.to,
      reasons: decision.reasons,
      kind: decision.kind,
      bridged: decision.bridged,
      cause: causes.find(folderCause.get(dir))
    });
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
    mkdir(path10.dirname(move.to), move.cause);
    add(
      {
        op: "symlink",
        phase: 1,
        path: move.to,
        target: move.from,
        reason: `Bridge: '${path10.basename(move.to)}' answers at its new place while the folder stays where it is.`
      },
      move.cause
    );
  }
  for (const { to, group } of stackMoves) mkdir(to, causes.find(groupKey(group)));
  for (const move of moves) {
    const stack = stackIn(model2, move.from);
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
    ...stackMoves.flatMap(
      ({ group, to, loose }) => loose.map((abs) => ({ from: abs, to: path10.join(to, path10.basename(abs)), cause: causes.find(groupKey(group)) }))
    )
  ].sort((a, b) => depth(b.from) - depth(a.from));
  const relocationOf = (abs) => relocations.length === 0 ? null : relocations.find((r) => abs === r.from || abs.startsWith(`${r.from}${path10.sep}`)) ?? null;
  const finalPath = (abs) => {
    const r = relocationOf(abs);
    return r ? path10.join(r.to, path10.relative(r.from, abs)) : abs;
  };
  const retiredDirs = [...retired.keys()].map((d) => d.abs);
  for (const stack of relocations.length > 0 ? model2.stacks : []) {
    if (retiredDirs.some((abs) => isInside(abs, stack.dir))) continue;
    const finalOfStack = (abs) => abs === stack.dir ? path10.dirname(finalPath(stack.file)) : finalPath(abs);
    for (const { edit, manual, target } of relativePathEdits(stack, finalOfStack)) {
      const cause = relocationOf(stack.file)?.cause ?? relocationOf(target)?.cause;
      if (!cause) continue;
      if (edit) add(edit, cause);
      else if (manual) add(manualPathEdit(model2, manual), cause);
    }
  }
  mergeSameLineEdits(tagged);
  for (const split of stackSplits) add(splitAction(model2, split), causes.find(split.cause));
  for (const move of moves) {
    const action = { op: "move", phase: 4, from: move.from, to: move.to, reason: move.reasons[0] ?? "decision tree" };
    if (move.bridged) action.replacesBridge = true;
    add(action, move.cause);
  }
  for (const { group, to, loose } of stackMoves) {
    for (const abs of loose)
      add(
        {
          op: "move",
          phase: 4,
          from: abs,
          to: path10.join(to, path10.basename(abs)),
          reason: `The stack of '${path10.basename(group)}/' follows its services to '${path10.basename(to)}/'.`
        },
        causes.find(groupKey(group))
      );
  }
  for (const [dir, keep] of retired) add(retireAction(model2, dir, keep), causes.find(folderCause.get(dir)));
  for (const [dir, decision] of decisions) {
    if (decision.fate !== "unplaced" || retired.has(dir)) continue;
    add(unplacedAction(model2, dir, decision.reasons), causes.find(folderCause.get(dir)));
  }
  const emptiedOrder = [...emptied].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
  for (const abs of emptiedOrder)
    add({ op: "delete-empty", phase: 4, path: abs, reason: "Nothing is left in it once its services have moved." }, causes.find(groupKey(abs)));
  for (const t of tagged) t.causes = new Set([...t.causes].map((c) => causes.find(c)));
  const ordered = orderTagged(tagged);
  const actions = ordered.map((t) => t.action);
  const folders = model2.serviceDirs.map((dir) => {
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
    path: causePath(model2, key),
    folders: folders.filter((f) => f.cause === key).map((f) => f.dir),
    actions: ordered.filter((t) => t.causes.has(key)).map((t) => t.action)
  }));
  return extendPlan(model2, { root: model2.root, moves, actions, folders, causes: causeList, stackSplits });
}
function orderTagged(tagged) {
  return tagged.map((t, index) => ({ t, index })).sort((a, b) => a.t.action.phase - b.t.action.phase || a.index - b.index).map(({ t }) => t);
}
function causePath(model2, key) {
  if (key.startsWith("system:")) {
    const system = model2.policy.systems.find((s) => s.name === key.slice(7));
    return path10.join(model2.root, system?.capability ?? "");
  }
  if (key.startsWith("compose-service:")) return key.slice(16, key.lastIndexOf("#"));
  return key.slice(key.indexOf(":") + 1);
}
function compareKeep(model2, decisions, a, b) {
  const score = (d) => [
    decisions.get(d).fate === "stay" ? 0 : 1,
    d.primary && d.primary === model2.database.shared ? 0 : 1,
    d.capability?.declared ? 0 : 1
  ];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}
function composeServiceTarget(model2, service, current) {
  const classification = classifyService({ name: service.name, labels: service.labels, ignoreImage: true }, model2.policy);
  if (!classification.capability || classification.catalog?.legacy || classification.capability === current) return null;
  if (classification.catalog?.provides.some((kind) => kind === "database" || kind === "cache")) return null;
  return { to: path10.join(model2.root, classification.capability), reasons: classification.reasons.map((r) => r.text) };
}
function stackIn(model2, abs) {
  return model2.stacks.find((s) => s.dir === abs) ?? null;
}
function relOf(model2, abs) {
  return path10.relative(model2.root, abs).split(path10.sep).join("/");
}
function depth(abs) {
  return abs.split(path10.sep).length;
}
function shownRel(model2, abs) {
  return relOf(model2, abs) || ".";
}
function manualProjectName(stack, to) {
  return {
    op: "manual",
    phase: 2,
    path: stack.file,
    reason: "The compose file is a flow mapping ({...}); svclint edits block mappings only.",
    steps: [
      `Add name: ${path10.basename(stack.dir)} at the top level of the compose file, so the project keeps its name when the folder becomes '${path10.basename(to)}/'.`
    ]
  };
}
function manualPathEdit(model2, manual) {
  return {
    op: "manual",
    phase: 2,
    path: manual.file,
    reason: `'${manual.raw}' is written so that svclint cannot edit it safely (${manual.line === null ? "its line is not known" : `line ${manual.line} holds it more than once`}).`,
    steps: [`Change '${manual.raw}' to '${manual.next}' in '${shownRel(model2, manual.file)}'${manual.line === null ? "" : ` (line ${manual.line})`}.`]
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
function splitAction(model2, split) {
  const steps = split.services.map(
    ({ name, to }) => `Move the definition of '${name}' into the stack of '${shownRel(model2, to)}/' (create ${shownRel(model2, to)}/docker-compose.yml if it has none).`
  );
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
function retireAction(model2, dir, keep) {
  return {
    op: "manual",
    phase: 4,
    path: dir.abs,
    reason: `'${shownRel(model2, dir.abs)}/' is a second copy of '${dir.classification.canonicalName}' (kept: '${shownRel(model2, keep.abs)}/'); what to keep from it is a judgement call.`,
    steps: [
      `Compare '${shownRel(model2, dir.abs)}/' with '${shownRel(model2, keep.abs)}/' and move anything only it has (config, init scripts, data) into the kept copy.`,
      ...dir.stack ? [`Stop its stack (docker compose -f ${shownRel(model2, dir.stack.file)} down) once its clients use the kept service.`] : [],
      `Remove '${shownRel(model2, dir.abs)}/'.`
    ]
  };
}
function unplacedAction(model2, dir, reasons) {
  return {
    op: "manual",
    phase: 4,
    path: dir.abs,
    reason: `${reasons[0] ?? "No rule places it"}, so svclint cannot choose its capability directory.`,
    steps: [
      `Run \`svclint place ${dir.name}\` (with --provides KIND or --system NAME), or declare it under services: in the config.`,
      `Move '${shownRel(model2, dir.abs)}/' into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`
    ]
  };
}
var plans = /* @__PURE__ */ new WeakMap();
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(plan2) {
  let index = indexes.get(plan2);
  if (!index) {
    const byPath = /* @__PURE__ */ new Map();
    for (const cause of plan2.causes) if (cause.kind === "group" || cause.kind === "folder") byPath.set(cause.path, cause);
    index = { folders: new Map(plan2.folders.map((f) => [f.dir, f])), causes: new Map(plan2.causes.map((c) => [c.key, c])), byPath };
    indexes.set(plan2, index);
  }
  return index;
}
function placementPlan(model2) {
  let plan2 = plans.get(model2);
  if (!plan2) {
    plan2 = buildPlacementPlan(model2);
    plans.set(model2, plan2);
  }
  return plan2;
}
function causeByKey(plan2, key) {
  return indexOf(plan2).causes.get(key) ?? null;
}
function folderPlan(plan2, abs) {
  return indexOf(plan2).folders.get(abs) ?? null;
}
function causeOf(plan2, subject) {
  const index = indexOf(plan2);
  if (typeof subject !== "string") {
    const own = index.causes.get(composeServiceKey(subject));
    if (own) return own;
    return subject.serviceDir ? causeOf(plan2, subject.serviceDir.abs) : null;
  }
  const folder = index.folders.get(subject);
  if (folder?.cause) return index.causes.get(folder.cause) ?? null;
  return index.byPath.get(subject) ?? null;
}

// src/api/helpers.ts
var model = (view) => view;
var plan = (view) => view;
function causeOf2(view, subject) {
  return causeOf(plan(view), subject);
}
function causeByKey2(view, key) {
  return causeByKey(plan(view), key);
}
function folderPlan2(view, abs) {
  return folderPlan(plan(view), abs);
}
function groupingFolders2(view) {
  return groupingFolders(model(view));
}
function legacyEntry2(view, dir) {
  return legacyEntry(model(view), dir);
}
function archiveName2(view) {
  return archiveName(model(view));
}
function sameData2(a, b) {
  return sameData(a, b);
}

export {
  isTraefikDisabled,
  traefikRouters,
  globSync,
  documentFiles,
  docReferences,
  defaultProjectName,
  migrationChecks,
  moveMap,
  effectiveProjectName,
  isKebabCase,
  toKebab,
  buildPlacementPlan,
  placementPlan,
  causeByKey,
  defineRule,
  definePlugin,
  pathValue,
  folderValue,
  placeValue,
  isPathValue,
  textValue,
  isTextValue,
  causeOf2 as causeOf,
  causeByKey2,
  folderPlan2 as folderPlan,
  groupingFolders2 as groupingFolders,
  legacyEntry2 as legacyEntry,
  archiveName2 as archiveName,
  sameData2 as sameData
};

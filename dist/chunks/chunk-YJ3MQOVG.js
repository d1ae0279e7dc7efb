import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  classifyService,
  escapeRegex,
  findCatalogByImage,
  findCatalogEntry,
  findComposeFiles,
  findNode,
  formatBytes,
  hasUnknown,
  interpolate,
  isInside,
  loadStack,
  nodeLoc,
  parseBytes,
  parseImage
} from "./chunk-H6PEJOER.js";
import {
  UsageError
} from "./chunk-TSAJO3IN.js";
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
    exports.basename = (path19, { windows } = {}) => {
      const segs = path19.split(windows ? /[\\/]/ : "/");
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
    var depth = (token) => {
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
            depth(tokens[idx]);
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
          depth(tokens[tokens.length - 1]);
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
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
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

// rules/structure/archived-service-active.ts
import path7 from "node:path";

// src/model/host.ts
import path5 from "node:path";

// src/scan/tree.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
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
      const abs = path.join(dir.abs, name);
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
      const entry = { abs, rel, name, kind: kindOf(dirent), depth: dir.depth };
      if (entry.kind === "symlink") entry.symlink = inspectSymlink(abs);
      entries.push(entry);
      byRel.set(rel, entry);
      list2.push(entry);
      if (entry.kind === "dir") {
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
function isDirLike(entry) {
  return entry.kind === "dir" || entry.kind === "symlink" && entry.symlink?.targetKind === "dir";
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
    const type = pick(prefix, "type", true);
    if (type?.value && !POSTGRES_TYPE.test(type.value) && OTHER_TYPE.test(type.value)) continue;
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
import path3 from "node:path";
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
  let count = 0;
  while (index < text.length && count < codePoints) {
    const code = text.codePointAt(index);
    index += code > 65535 ? 2 : 1;
    count++;
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
    const [type, node] = Object.entries(raw.stmt ?? {})[0] ?? ["Unknown", {}];
    const startByte = raw.stmt_location ?? 0;
    const start = base + toChar(startByte);
    const end = raw.stmt_len ? base + toChar(startByte + raw.stmt_len) : base + chunk.length;
    statements.push({ type, node, start, end, at: (location) => base + toChar(location) });
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
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text[i] === "/" && text[i + 1] === "*") {
      depth++;
      i += 2;
    } else if (text[i] === "*" && text[i + 1] === "/") {
      depth--;
      i += 2;
      if (depth === 0) return i;
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
    const type = this.t(node);
    if (type === "BinaryCmd" && Number(node.Op) === this.shell.ops.pipe) return this.pipeSources(node);
    if (type !== "Stmt") return [];
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
      const type = this.t(part);
      if (type === "Lit") out += String(part.Value).replace(/\\(.)/gs, "$1");
      else if (type === "SglQuoted") out += String(part.Value);
      else if (type === "DblQuoted") {
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
      const type = this.t(part);
      if (type === "Lit") this.appendRange(builder, start, end, { mode: "unquoted", stripTabs: false, expansions: [] });
      else if (type === "SglQuoted") this.appendRange(builder, Math.max(start, part.Pos().Offset() + (part.Dollar ? 2 : 1)), end - 1, { mode: "verbatim", stripTabs: false, expansions: [] });
      else if (type === "DblQuoted") {
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
import path2 from "node:path";
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
  const declared = typeof stack.resolved.name === "string" && !stack.resolved.name.includes("${") ? stack.resolved.name : path2.basename(stack.dir);
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
function readVolume(service, entry, index) {
  const locate = () => service.stack.locate(["services", service.name, "volumes", index]);
  let source;
  let target;
  let readOnly = false;
  let type = null;
  if (typeof entry === "string") {
    const parts = splitShortVolume(entry);
    if (parts.length < 2) return null;
    source = parts[0];
    target = parts[1];
    readOnly = (parts[2] ?? "").split(",").includes("ro");
  } else {
    const long = asRecord(entry);
    if (typeof long.source !== "string" || typeof long.target !== "string") return null;
    source = long.source;
    target = long.target;
    readOnly = long.read_only === true;
    type = typeof long.type === "string" ? long.type : null;
  }
  if (type === "tmpfs" || type === "npipe" || source === "") return null;
  const isBind = type === "bind" || type === null && /^[./~]/.test(source);
  if (isBind) {
    const key = source.startsWith("~") ? source : path2.resolve(service.stack.dir, source);
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
  return entries.map((entry, i) => readVolume(service, entry, i)).filter((v) => v !== null);
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
  entries.forEach((entry, i) => {
    const volume = readVolume(postgres, entry, i);
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
    const abs = path3.join(dir, name);
    let isDir = false;
    try {
      isDir = statSync2(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir) mount.skippedDirs.push(abs);
    else if (initScriptFormat(abs) !== null) mount.files.push(abs);
  }
}
async function readInitScripts(mounts) {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  files.sort((a, b) => {
    const na = path3.basename(a.file);
    const nb = path3.basename(b.file);
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
    const entry = findCatalogEntry(model.policy, name);
    if (entry) names.add(entry.entry.name);
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
import path4 from "node:path";
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
    const dirAbs = dirRel === "" ? tree.root : path4.join(tree.root, dirRel);
    stacks.push(
      loadStack(
        path4.join(dirAbs, main),
        overrides.map((o) => path4.join(dirAbs, o)),
        { archived: isInactivePath(dirRel, policy) }
      )
    );
  }
  stacks.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
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
  const stackByDir = new Map(stacks.map((s) => [path5.relative(root, s.dir).split(path5.sep).join("/"), s]));
  const services = stacks.flatMap((s) => s.services);
  const capabilityDirs = [];
  const groupDirs = [];
  const serviceDirs = [];
  const topLevel = (tree.children.get("") ?? []).filter((e) => isDirLike(e) && !e.name.startsWith("."));
  const addServiceDir = (entry, parentKind, parentRel, capability, why) => {
    const dir = {
      name: entry.name,
      abs: entry.abs,
      rel: entry.rel,
      capability,
      parentKind,
      parentRel,
      depth: entry.rel.split("/").length,
      symlink: entry.symlink ?? null,
      hasDockerfile: hasDockerfile(tree, entry.rel),
      stack: stackByDir.get(entry.rel) ?? null,
      composeServices: [],
      primary: null,
      classification: { capability: null, canonicalName: entry.name, reasons: [], catalog: null, system: null },
      why
    };
    serviceDirs.push(dir);
    return dir;
  };
  for (const entry of topLevel) {
    const lower = entry.name.toLowerCase();
    const declared = policy.capabilities.get(entry.name);
    if (declared) {
      const cap = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: true, inactive: declared.inactive === true };
      capabilityDirs.push(cap);
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, "capability", entry.rel, cap, "capability-child");
    } else if (policy.catchAll.includes(lower) || policy.technologyDirs.includes(lower)) {
      const kind = policy.catchAll.includes(lower) ? "catch-all" : "technology";
      groupDirs.push({ name: entry.name, abs: entry.abs, rel: entry.rel, kind });
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, kind, entry.rel, null, "capability-child");
    } else {
      const why = serviceEvidence(tree, entry, stackByDir.get(entry.rel) ?? null, policy);
      if (why) {
        addServiceDir(entry, "root", "", null, why);
      } else {
        const cap = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: false, inactive: false };
        capabilityDirs.push(cap);
        for (const child of childDirs(tree, entry.rel)) addServiceDir(child, "capability", entry.rel, cap, "capability-child");
      }
    }
  }
  for (const dir of [...serviceDirs]) {
    if (dir.symlink) continue;
    const names = new Set(dir.stack?.services.map((s) => s.name) ?? []);
    findNested(tree, dir.rel, names, stackByDir, policy, 1, (entry, why) => {
      addServiceDir(entry, "service", path5.posix.dirname(entry.rel), dir.capability, why);
    });
  }
  associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs);
  for (const dir of serviceDirs) {
    dir.primary = pickPrimary(dir, findCatalogEntry(policy, dir.name)?.entry.name ?? dir.name);
    dir.classification = classifyService(
      { name: dir.name, image: dir.primary?.image ?? null, labels: dir.primary?.labels ?? null, otherImages: dir.composeServices.map((s) => s.image) },
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
function serviceEvidence(tree, entry, stack, policy) {
  if (entry.kind === "dir" && hasDockerfile(tree, entry.rel)) return "dockerfile";
  if (stack && stack.services.length > 0) {
    const canonical = findCatalogEntry(policy, entry.name)?.entry.name;
    if (stack.services.some((s) => s.name === entry.name || s.name === canonical || s.containerName === entry.name)) return "compose";
    const children = childDirs(tree, entry.rel);
    const ownedByChild = stack.services.some(
      (service) => children.some((child) => {
        const context = buildContextOf(service, stack.dir);
        return child.name === service.name || context !== null && isInside(child.abs, context);
      })
    );
    const known2 = stack.services.filter((service) => findCatalogEntry(policy, service.name)).length;
    if (!ownedByChild && known2 < 2) return "compose";
  }
  if (findCatalogEntry(policy, entry.name)) return "known-name";
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
    const parent = path5.dirname(d.abs);
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
    const parent = path5.dirname(current);
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
  const build2 = service.resolved.build;
  const context = typeof build2 === "string" ? build2 : isRecord(build2) && typeof build2.context === "string" ? build2.context : isRecord(build2) ? "." : null;
  return context !== null && isLocalBuildContext(context) ? path5.resolve(stackDir, context) : null;
}
function referencedPaths(service, stackDir) {
  const out = [];
  const context = buildContextOf(service, stackDir);
  if (context) out.push(context);
  const volumes = Array.isArray(service.resolved.volumes) ? service.resolved.volumes : [];
  for (const volume of volumes) {
    const source = typeof volume === "string" ? volume.split(":")[0] ?? "" : isRecord(volume) && typeof volume.source === "string" ? volume.source : "";
    if (source.startsWith(".") || source.startsWith("/")) out.push(path5.resolve(stackDir, source));
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

// rules/support.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path6 from "node:path";
var DOCS_BASE = "https://github.com/svclint/svclint/blob/main/docs/rules.md";
function defineRule(meta, check) {
  return { meta: { ...meta, docs: meta.docs ?? `${DOCS_BASE}#${meta.id}` }, check };
}
function shown(model, abs, folder = true) {
  const rel = path6.relative(model.cwd, abs).split(path6.sep).join("/") || ".";
  return folder && !rel.endsWith("/") ? `${rel}/` : rel;
}
function where(model, loc, fallbackFile) {
  const file = loc?.file ?? fallbackFile;
  if (!file) return "?";
  const rel = shown(model, file, false);
  return loc ? `${rel}:${loc.line}:${loc.column}` : rel;
}
function expectedServicePath(model, capability, name) {
  return path6.join(model.root, capability, name);
}
function decidingReason(dir) {
  return dir.classification.reasons[0]?.text ?? "no rule places it";
}
var bridgeCache = /* @__PURE__ */ new WeakMap();
function bridgedTargets(model) {
  const cached = bridgeCache.get(model);
  if (cached) return cached;
  const targets = /* @__PURE__ */ new Set();
  bridgeCache.set(model, targets);
  for (const dir of model.serviceDirs) {
    if (dir.symlink?.status === "ok" && dir.symlink.resolved && dir.capability) targets.add(dir.symlink.resolved);
  }
  return targets;
}
function isBridgeTarget(model, dir, targets = bridgedTargets(model)) {
  return !dir.symlink && targets.size > 0 && targets.has(realAbs(dir.abs));
}
function realAbs(abs) {
  try {
    return realpathSync2(abs);
  } catch {
    return abs;
  }
}
function isKebabCase(name) {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}
function isSharedInfrastructure(entry) {
  return !!entry && entry.provides.some((kind) => kind === "database" || kind === "cache");
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
            const abs = path7.resolve(stack.dir, file);
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
import { existsSync, statSync as statSync3 } from "node:fs";
import path8 from "node:path";
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
      const top = path8.relative(model.root, stack.dir).split(path8.sep)[0] ?? "";
      const capability = model.capabilityDirs.find((c) => c.name === top) ?? null;
      for (const service of stack.services) {
        const build2 = service.resolved.build;
        if (build2 === void 0 || build2 === null) continue;
        const context = typeof build2 === "string" ? build2 : isRecord(build2) ? typeof build2.context === "string" ? build2.context : "." : null;
        if (context === null || !isLocalBuildContext(context)) continue;
        const keyPath = typeof build2 === "string" ? ["services", service.name, "build"] : ["services", service.name, "build", "context"];
        const where2 = () => stack.locate(keyPath) ?? stack.locate(["services", service.name, "build"]) ?? service.loc;
        const abs = path8.resolve(stack.dir, context);
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
            fix: `Move the sources into '${shown(model, path8.join(capability.abs, service.name))}' and use build: ./${path8.relative(stack.dir, path8.join(capability.abs, service.name)).split(path8.sep).join("/") || "."}.`
          });
          continue;
        }
        if (isRecord(build2) && typeof build2.dockerfile_inline === "string") continue;
        const dockerfile = isRecord(build2) && typeof build2.dockerfile === "string" ? build2.dockerfile : "Dockerfile";
        if (dockerfile.includes("${")) continue;
        const dockerfileAbs = path8.resolve(abs, dockerfile);
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
    return statSync3(abs).isDirectory();
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
  ({ model, report: report2 }) => {
    const bridges = bridgedTargets(model);
    const dirsByName = /* @__PURE__ */ new Map();
    for (const dir of model.serviceDirs) {
      if (dir.symlink || isBridgeTarget(model, dir, bridges)) continue;
      if (dir.capability?.inactive) continue;
      if (!dir.classification.catalog && !dir.primary) continue;
      const key = dir.classification.canonicalName;
      dirsByName.set(key, [...dirsByName.get(key) ?? [], dir]);
    }
    const reportedDirs = /* @__PURE__ */ new Set();
    for (const [name, dirs] of dirsByName) {
      if (dirs.length < 2) continue;
      for (const dir of dirs.slice(1)) {
        reportedDirs.add(dir);
        reportedDirs.add(dirs[0]);
        report2({
          path: dir.abs,
          message: `Service '${name}' is in two places: '${shown(model, dirs[0].abs)}' and '${shown(model, dir.abs)}'.`,
          fix: `Keep one folder (the one in its capability directory) and remove or archive the other.`
        });
      }
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
        report2({
          loc: service.loc,
          path: service.stack.file,
          message: `Compose service '${name}' is defined in two stacks: '${shown(model, first.stack.file, false)}' and '${shown(model, service.stack.file, false)}'.`,
          fix: `Define '${name}' once, in the stack of its capability directory, and remove the other definition.`
        });
      }
    }
  }
);

// rules/structure/legacy-service.ts
import path9 from "node:path";
var legacy_service_default = defineRule(
  {
    id: "legacy-service",
    group: "structure",
    severity: "warning",
    description: "A superseded service (nginx-proxy, acme-companion) outside archive/",
    rationale: "Legacy nginx-proxy was replaced by Traefik (2025-11-13) and Cloudflare handles SSL; superseded services go to archive/ (kept for rollback)."
  },
  ({ model, report: report2 }) => {
    const archive = [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
    const reported = /* @__PURE__ */ new Set();
    for (const dir of model.serviceDirs) {
      const entry = dir.classification.catalog;
      if (!entry?.legacy || dir.capability?.inactive || dir.symlink) continue;
      const image = dir.primary?.image;
      if (image && !image.includes("${") && !findCatalogByImage(model.policy, image)?.legacy) continue;
      const target = path9.join(model.root, archive, entry.name);
      reported.add(dir.abs);
      report2({
        path: dir.abs,
        target,
        message: `'${dir.name}' is a superseded service (${entry.reason}) outside ${archive}/.`,
        fix: `Stop it and move '${shown(model, dir.abs)}' to '${shown(model, target)}'.`
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry = findCatalogByImage(model.policy, service.image);
      if (!entry?.legacy) continue;
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry)) continue;
      report2({
        loc: service.loc,
        path: service.stack.file,
        message: `Compose service '${service.name}' runs superseded ${entry.name} (${entry.reason}).`,
        fix: `Remove it from this stack and keep its definition under '${archive}/${entry.name}/'.`
      });
    }
  }
);

// rules/structure/migration-symlink.ts
import path10 from "node:path";
var migration_symlink_default = defineRule(
  {
    id: "migration-symlink",
    group: "structure",
    severity: "warning",
    description: "A service directory that is a symlink bridge (Phase 1 of the migration): finish Phase 4",
    rationale: "Symlinks allow a zero-downtime, reversible migration; once stable for a week, Phase 4 removes each symlink and moves the real directory."
  },
  ({ model, report: report2 }) => {
    for (const dir of model.serviceDirs) {
      if (!dir.symlink || dir.symlink.status !== "ok" || dir.symlink.targetKind !== "dir") continue;
      const target = dir.symlink.resolved;
      const where2 = path10.relative(model.cwd, target).split(path10.sep).join("/");
      report2({
        path: dir.abs,
        message: `'${shown(model, dir.abs, false)}' is a migration bridge to '${where2}/' (Phase 1).`,
        fix: `Phase 4: rm '${shown(model, dir.abs, false)}' && mv '${where2}' '${shown(model, dir.abs, false)}'.`
      });
    }
  }
);

// rules/structure/misplaced-service.ts
import path11 from "node:path";
var misplaced_service_default = defineRule(
  {
    id: "misplaced-service",
    group: "structure",
    severity: "error",
    description: "A service whose capability is known (policy, label, catalog, image) but that sits in another directory",
    rationale: 'The placement table and decision tree give each service one home ("Memory/planning/knowledge? -> memory-orchestration/", "User-facing UI? -> interfaces/", ...).'
  },
  ({ model, report: report2 }) => {
    const bridges = bridgedTargets(model);
    for (const dir of model.serviceDirs) {
      if (dir.parentKind === "root" || dir.symlink || isBridgeTarget(model, dir, bridges)) continue;
      const { capability, canonicalName, catalog } = dir.classification;
      if (!capability || catalog?.legacy) continue;
      const actual = dir.rel.split("/")[0];
      if (actual === capability) continue;
      const target = expectedServicePath(model, capability, canonicalName);
      const named = canonicalName !== dir.name ? ` (${canonicalName})` : "";
      report2({
        path: dir.abs,
        target,
        message: `Service '${dir.name}'${named} is in '${shown(model, path11.join(model.root, actual))}'; it belongs in '${shown(model, target)}' (${decidingReason(dir)}).`,
        fix: `Move '${shown(model, dir.abs)}' to '${shown(model, target)}'.`
      });
    }
    const capabilityByAbs = new Map(model.capabilityDirs.map((c) => [c.abs, c]));
    for (const service of model.services) {
      if (service.serviceDir || service.stack.archived) continue;
      const cap = capabilityByAbs.get(service.stack.dir);
      if (!cap) continue;
      const classification = classifyService({ name: service.name, labels: service.labels, ignoreImage: true }, model.policy);
      if (!classification.capability || classification.catalog?.legacy || classification.capability === cap.name) continue;
      if (isSharedInfrastructure(classification.catalog)) continue;
      const target = expectedServicePath(model, classification.capability, classification.canonicalName);
      report2({
        loc: service.loc,
        path: service.stack.file,
        target,
        message: `Compose service '${service.name}' is defined in the '${cap.name}' stack; it belongs in '${shown(model, target)}' (${classification.reasons[0]?.text}).`,
        fix: `Move '${service.name}' to the stack of '${shown(model, path11.join(model.root, classification.capability))}' (folder '${shown(model, target)}').`
      });
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

// rules/structure/grouping-folders.ts
function groupingFolders(model, names) {
  const wanted = new Set(names);
  const serviceParents = new Set(model.serviceDirs.map((d) => d.parentRel));
  const found = [];
  for (const entry of model.tree.entries) {
    if (!isDirLike(entry) || !wanted.has(entry.name.toLowerCase())) continue;
    if (entry.depth > 1 && !serviceParents.has(entry.rel)) continue;
    const moves = model.serviceDirs.filter((d) => d.parentRel === entry.rel && d.classification.capability).map((d) => `${d.name} -> ${d.classification.capability}/${d.classification.canonicalName}/`);
    found.push({ entry, moves });
  }
  return found;
}
function groupingFix(folder, otherwise) {
  const name = folder.entry.name;
  return folder.moves.length > 0 ? `Move its services to their capability directories (${folder.moves.join(", ")}) and remove '${name}/'.` : `${otherwise} and remove '${name}/'.`;
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
  ({ model, report: report2 }) => {
    for (const folder of groupingFolders(model, model.policy.catchAll)) {
      const { entry } = folder;
      report2({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' is a catch-all directory: group services by what they do (capability), not in '${entry.name}/'.`,
        fix: groupingFix(folder, "Move each service into a capability-specific directory (e.g. communications/)")
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
  ({ model, report: report2 }) => {
    for (const folder of groupingFolders(model, model.policy.technologyDirs)) {
      const { entry } = folder;
      report2({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' groups services by technology: group them by capability instead.`,
        fix: groupingFix(folder, "Move each service into the capability directory of what it does")
      });
    }
  }
);

// rules/structure/non-canonical-name.ts
import path12 from "node:path";
var non_canonical_name_default = defineRule(
  {
    id: "non-canonical-name",
    group: "structure",
    severity: "warning",
    description: "A service folder named by an alias (openweb -> open-webui) or a folder not in kebab-case",
    rationale: 'The placement table renames aliases ("openweb -> interfaces/open-webui/, rename from openweb") so documentation references stay consistent.'
  },
  ({ model, report: report2 }) => {
    for (const dir of model.serviceDirs) {
      const alias = dir.classification.reasons.find((r) => r.kind === "catalog-alias");
      const canonical = dir.classification.canonicalName;
      if (alias && canonical !== dir.name) {
        const target = path12.join(path12.dirname(dir.abs), canonical);
        report2({
          path: dir.abs,
          message: `Folder '${dir.name}' is an alias; the canonical name is '${canonical}'.`,
          fix: `Rename '${shown(model, dir.abs)}' to '${shown(model, target)}'.`
        });
      } else if (!isKebabCase(dir.name)) {
        report2({
          path: dir.abs,
          message: `Service folder '${dir.name}' is not in kebab-case.`,
          fix: `Rename it to '${toKebab(dir.name)}'.`
        });
      }
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
function toKebab(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "service";
}

// rules/structure/service-outside-capability.ts
var service_outside_capability_default = defineRule(
  {
    id: "service-outside-capability",
    group: "structure",
    severity: "error",
    description: "A service directory directly under the services root (e.g. n8n/, traefik/)",
    rationale: 'Every service lives in the capability directory of what it does, so "where is the planning service?" has one answer: memory-orchestration/planner-api/.'
  },
  ({ model, report: report2 }) => {
    const bridges = bridgedTargets(model);
    for (const dir of model.serviceDirs) {
      if (dir.parentKind !== "root" || isBridgeTarget(model, dir, bridges)) continue;
      const { capability, canonicalName } = dir.classification;
      if (capability) {
        const target = expectedServicePath(model, capability, canonicalName);
        report2({
          path: dir.abs,
          target,
          message: `Service '${dir.name}' sits directly under the services root; it belongs in '${shown(model, target)}' (${decidingReason(dir)}).`,
          fix: `Move '${shown(model, dir.abs)}' to '${shown(model, target)}'.`
        });
      } else {
        report2({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, outside any capability directory.`,
          fix: `Run \`svclint place ${dir.name}\` and move it into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`
        });
      }
    }
  }
);

// rules/structure/split-system.ts
import path13 from "node:path";
var split_system_default = defineRule(
  {
    id: "split-system",
    group: "structure",
    severity: "error",
    description: "Members of one system in different capability directories",
    rationale: `"Is this part of an existing system? Yes -> add to that system's directory." Related services are co-located (planner + memory + archon together) so they share configs, compose files and documentation.`
  },
  ({ model, report: report2 }) => {
    for (const system of model.policy.systems) {
      const members = model.serviceDirs.filter(
        (d) => !d.symlink && system.members.includes(d.classification.canonicalName)
      );
      const homeOf = (m) => m.parentKind === "root" ? "" : m.rel.split("/")[0];
      const homes = /* @__PURE__ */ new Map();
      for (const member of members) homes.set(homeOf(member), [...homes.get(homeOf(member)) ?? [], member]);
      if (homes.size < 2) continue;
      const where2 = [...homes.entries()].map(([home2, list2]) => `${shown(model, path13.join(model.root, home2))} (${list2.map((m) => m.name).join(", ")})`).join("; ");
      const away = members.filter((m) => homeOf(m) !== system.capability);
      const first = away[0];
      const home = path13.join(model.root, system.capability);
      report2({
        path: first.abs,
        target: expectedServicePath(model, system.capability, first.classification.canonicalName),
        message: `System '${system.name}' is split across ${homes.size} directories: ${where2}. All its members belong in '${shown(model, home)}'.`,
        fix: `Move ${away.map((m) => `'${shown(model, m.abs)}'`).join(", ")} into '${shown(model, home)}'.`
      });
    }
  }
);

// rules/structure/stale-doc-path.ts
import { existsSync as existsSync2, readFileSync as readFileSync3 } from "node:fs";
import path14 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync as readdirSync3, realpath, realpathSync as realpathSync3, stat, statSync as statSync4 } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire as createRequire2 } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire2(import.meta.url);
function cleanPath(path19) {
  let normalized = normalize(path19);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path19, separator) {
  return path19.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path19) {
  return path19 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path19);
}
function normalizePath(path19, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path19.includes("/") || path19.startsWith(".");
  if (resolvePaths) path19 = resolve(path19);
  if (normalizePath$1 || pathNeedsCleaning) path19 = cleanPath(path19);
  if (path19 === ".") return "";
  const needsSeperator = path19[path19.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path19 + pathSeparator : path19, pathSeparator);
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
  const path19 = directoryPath || ".";
  if (filters.every((filter) => filter(path19, true))) paths.push(path19);
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
var resolveSymlinksAsync = function(path19, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path19, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path19, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path19, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path19);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path19, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path19, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path19);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path19, resolved);
  return depth > 1;
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
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path19 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path19)) continue;
        this.pushDirectory(path19, paths, filters);
        this.walkDirectory(this.state, path19, path19, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path19 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path19, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path19 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path19 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path19;
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
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
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
    this.options.filters.push((path19) => isMatch(path19));
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
function ensureNonDriveRelativePath(path19) {
  return path19.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path19) {
  var _result$parts;
  const result = import_picomatch.default.scan(path19, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path19];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path19) => path19.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path19) => path19.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
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
      const path19 = format(p, isDirectory2);
      const matches = matcher(path19) && !ignore(path19);
      if (matches) log(`matched ${path19}`);
      return matches;
    } : (p, isDirectory2) => {
      const path19 = format(p, isDirectory2);
      return matcher(path19) && !ignore(path19);
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
    realpathSync: opts.fs.realpathSync || realpathSync3,
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

// rules/structure/stale-doc-path.ts
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
    const rootName = path14.basename(model.root);
    const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, "g");
    for (const file of files) {
      let text;
      try {
        text = readFileSync3(file, "utf8");
      } catch {
        continue;
      }
      const lines = text.split(/\r?\n/);
      lines.forEach((line, index) => {
        for (const match of line.matchAll(mention)) {
          const rel = match[1].replace(/[./]+$/, "");
          if (!rel || rel.includes("{") || rel.includes("*")) continue;
          if (existsSync2(path14.join(model.root, rel))) continue;
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
  ({ model, report: report2 }) => {
    for (const dir of model.serviceDirs) {
      if (dir.depth <= 2) continue;
      const capability = dir.rel.split("/")[0];
      const target = expectedServicePath(model, dir.classification.capability ?? capability, dir.classification.canonicalName);
      report2({
        path: dir.abs,
        target,
        message: `Service '${dir.name}' is ${dir.depth} levels deep ('${shown(model, dir.abs)}'); services sit at capability/service/.`,
        fix: `Move it to '${shown(model, target)}'.`
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
  ({ model, report: report2 }) => {
    for (const cap of model.capabilityDirs) {
      if (cap.declared) continue;
      report2({
        path: cap.abs,
        message: `'${shown(model, cap.abs)}' is not a declared capability directory (declared: ${[...model.policy.capabilities.keys()].join(", ")}).`,
        fix: `Declare it in svclint.config.yaml (capabilities: { ${cap.name}: { provides: [...], description: ... } }), or move its services into a declared capability.`
      });
    }
  }
);

// rules/database/single-postgres.ts
import path15 from "node:path";
var single_postgres_default = defineRule(
  {
    id: "single-postgres",
    group: "database",
    severity: "error",
    description: "More than one Postgres-family container across active stacks (unless declared in database.isolated), or the shared one outside core-infra/",
    rationale: 'The seed: "One Postgres container, multiple databases" in core-infra/ \u2014 1 Postgres process (~150MB) vs 4 processes (~600MB).'
  },
  ({ model, report: report2 }) => {
    const { postgres, shared } = model.database;
    const policy = model.policy.database;
    const isolated = (name) => policy.isolated.some((i) => i.service === name && i.reason.trim() !== "");
    const capability = policy.postgres?.capability ?? "core-infra";
    if (shared) {
      const top = path15.relative(model.root, shared.stack.dir).split(path15.sep)[0];
      if (top !== capability && shared.serviceDir?.capability?.name !== capability) {
        const target = path15.join(model.root, capability, policy.postgres?.service ?? "postgres");
        report2({
          loc: shared.loc,
          path: shared.stack.file,
          target,
          message: `The shared Postgres '${shared.name}' runs outside ${capability}/.`,
          fix: `Move it, with its init scripts, to '${shown(model, target)}' and define it in the ${capability}/ stack.`
        });
      }
    }
    for (const service of postgres) {
      if (service === shared || isolated(service.name) || isolated(service.containerName)) continue;
      const loc = service.stack.locate(["services", service.name, "image"]) ?? service.loc;
      const other = shared ? `the shared '${shared.name}' (${where(model, shared.loc, shared.stack.file)})` : "another Postgres";
      report2({
        loc,
        path: service.stack.file,
        message: `'${service.name}' is a second Postgres-family container (${service.image}) besides ${other}.`,
        fix: shared ? `Give its data a database and role in the shared Postgres (CREATE ROLE \u2026 LOGIN; CREATE DATABASE \u2026 OWNER \u2026; in its init script), point the clients at host '${shared.containerName ?? shared.name}', and remove this container; or declare it in database.isolated with a reason.` : `Keep one Postgres in ${capability}/ and remove this one, or declare it in database.isolated with a reason.`
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
  ({ model, report: report2 }) => {
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
        report2({
          loc: connection.user.loc ?? service.loc,
          path: service.stack.file,
          message: `'${service.name}' logs in as '${role}', the role '${owner.name}' also uses (${where(model, ownerConnection.user.loc, owner.stack.file)}); either can reach the other's data.`,
          fix: `${setPiece(connection, "user", wanted)} and give it its own database: ${provisionSql(wanted, database)}`
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
import path16 from "node:path";
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
    const skipped = mounts.flatMap((m) => m.skippedDirs).map((d) => path16.relative(model.cwd, d).split(path16.sep).join("/"));
    const skippedNote = skipped.length > 0 ? ` (the image does not run scripts inside sub-directories: ${skipped.join(", ")})` : "";
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
            message: `Role '${entry.role}' (allocated to ${entry.service}) is never created by the shared Postgres's init scripts${skippedNote}.`,
            fix: `Add ${into}: CREATE ROLE ${sqlIdent(entry.role)} WITH LOGIN PASSWORD '\u2026';`
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
            message: `Database '${entry.database}' (allocated to ${entry.service}) is never created by the shared Postgres's init scripts${skippedNote}.`,
            fix: `Add ${into}: CREATE DATABASE ${sqlIdent(entry.database)} OWNER ${sqlIdent(entry.role)}; REVOKE ALL ON DATABASE ${sqlIdent(entry.database)} FROM PUBLIC;`
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
  ({ model, report: report2 }) => {
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
        report2({
          loc: link.loc ?? service.loc,
          path: link.at.stack.file,
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
          report2({
            loc: mount.loc ?? service.loc,
            path: service.stack.file,
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
import path17 from "node:path";
var CORE = "core-infra";
var single_cache_default = defineRule(
  {
    id: "single-cache",
    group: "database",
    severity: "warning",
    description: "More than one Valkey/Redis-compatible cache, or the shared one outside core-infra/",
    rationale: 'The seed: "Valkey (Cache) \u2014 Shared \u2705 \u2014 Lightweight, key-value only", one instance in core-infra/valkey/.'
  },
  ({ model, report: report2 }) => {
    const caches = model.database.stores.filter((s) => s.kind === "cache");
    if (caches.length === 0) return;
    const inCore = (s) => path17.relative(model.root, s.stack.dir).split(path17.sep)[0] === CORE;
    const shared = caches.find((c) => inCore(c.service)) ?? caches[0];
    if (!inCore(shared.service)) {
      const target = path17.join(model.root, CORE, shared.product === "redis" ? "redis" : "valkey");
      report2({
        loc: shared.service.loc,
        path: shared.service.stack.file,
        target,
        message: `The shared cache '${shared.service.name}' (${shared.product}) runs outside ${CORE}/.`,
        fix: `Move it to '${shown(model, target)}' and define it in the ${CORE}/ stack.`
      });
    }
    for (const cache of caches) {
      if (cache === shared) continue;
      const service = cache.service;
      report2({
        loc: service.stack.locate(["services", service.name, "image"]) ?? service.loc,
        path: service.stack.file,
        message: `'${service.name}' is another ${cache.product} cache besides the shared '${shared.service.name}' (${where(model, shared.service.loc, shared.service.stack.file)}).`,
        fix: `Use the shared cache with a database number or key prefix of its own (e.g. redis://${shared.service.containerName ?? shared.service.name}:6379/1) and remove this container.`
      });
    }
  }
);

// rules/compose/compose-parse.ts
import path18 from "node:path";
var COMPOSE_NAMES = /* @__PURE__ */ new Set([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_FILE_NAMES]);
var compose_parse_default = defineRule(
  {
    id: "compose-parse",
    group: "compose",
    severity: "error",
    description: "A compose file that does not parse as YAML (line and column of the error), or that Docker Compose never reads",
    rationale: "A stack that does not load does not start; every other compose file is still linted, so one broken file does not hide the rest."
  },
  ({ model, report: report2 }) => {
    const used = /* @__PURE__ */ new Set();
    for (const stack of model.stacks) {
      for (const file of stack.files) {
        used.add(file.abs);
        for (const error of file.errors) {
          report2({
            loc: { file: file.abs, line: error.line, column: error.column },
            message: `Compose file does not load: ${error.message}.`,
            fix: "Fix the YAML at this position (indent with spaces, quote values holding `: ` or `#`, close every quote and bracket); `docker compose config` shows the same error."
          });
        }
      }
    }
    for (const stack of model.stacks) {
      const names = new Set((model.tree.children.get(relDir(model.root, stack.dir)) ?? []).filter((e) => e.kind === "file").map((e) => e.name));
      const main = path18.basename(stack.file);
      const overrides = stack.files.slice(1).map((f) => path18.basename(f.abs));
      for (const name of names) {
        if (!COMPOSE_NAMES.has(name) || used.has(path18.join(stack.dir, name))) continue;
        const isOverride = COMPOSE_OVERRIDE_FILE_NAMES.includes(name);
        const reads = isOverride ? `${main} with ${overrides.join(", ")}` : main;
        report2({
          loc: { file: path18.join(stack.dir, name), line: 1, column: 1 },
          message: `Docker Compose ignores ${name}: in this folder it reads ${reads}.`,
          fix: isOverride ? `Merge ${name} into ${overrides[0] ?? "the override file in use"} and delete it.` : `Merge what ${name} adds into ${main} and delete ${name} (or pass it with -f, under a name Compose does not pick up by itself).`
        });
      }
    }
  }
);
function relDir(root, dir) {
  return path18.relative(root, dir).split(path18.sep).join("/");
}

// src/compose/locate-file.ts
function locateInFile(file, path19, atKey) {
  if (!file.lineCounter) return null;
  for (let length = path19.length; length >= 0; length--) {
    const prefix = path19.slice(0, length);
    for (let d = file.documents.length - 1; d >= 0; d--) {
      const found = findNode(file.documents[d], prefix);
      if (!found) continue;
      const preferKey = atKey || length < path19.length;
      const first = preferKey ? found.key : found.value;
      const second = preferKey ? found.value : found.key;
      const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
      if (loc) return loc;
    }
  }
  return { file: file.abs, line: 1, column: 1 };
}

// rules/compose/compose-schema.ts
var compose_schema_default = defineRule(
  {
    id: "compose-schema",
    group: "compose",
    severity: "error",
    description: "A compose file that breaks the Compose Specification schema; the message names the key and its line",
    rationale: "Docker Compose refuses a file with an unknown or mistyped key; a typo such as `enviroment` otherwise only shows on the host, at deploy time."
  },
  async ({ model, report: report2 }) => {
    const files = model.stacks.flatMap((stack) => stack.files).filter((file) => file.errors.length === 0 && file.data !== null);
    if (files.length === 0) return;
    const { validateComposeSchema } = await import("./schema-UJW7OJNH.js");
    for (const file of files) {
      for (const issue of validateComposeSchema(file.data)) {
        report2({
          loc: locateInFile(file, issue.path, issue.atKey),
          message: `${issue.message}.`,
          fix: issue.suggestion ? `Write '${issue.suggestion}' here instead.` : `Change '${issue.keyPath || "the top level"}' to what the Compose Specification allows there (https://github.com/compose-spec/compose-spec/blob/main/spec.md).`
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

// rules/compose/shared.ts
var lazyLoc = memo;
function activeStacks(model) {
  return model.stacks.filter((stack) => !stack.archived);
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
  ({ model, report: report2 }) => {
    const seen = /* @__PURE__ */ new Map();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const name = service.containerName;
        if (!name || hasUnknown(name)) continue;
        const loc = lazyLoc(() => stack.locate(["services", service.name, "container_name"]) ?? service.loc);
        const earlier = seen.get(name) ?? [];
        const first = earlier.find((e) => mayRunTogether(e.service, service));
        if (first) {
          const other = first.service.stack === stack ? `service '${first.service.name}' of this stack` : `service '${first.service.name}'`;
          report2({
            loc: loc(),
            path: stack.file,
            message: `Container name '${name}' of service '${service.name}' is already used by ${other} at ${where(model, first.loc(), first.service.stack.file)}; the second container fails to start.`,
            fix: `Give '${service.name}' a unique container_name (e.g. '${service.name === name ? `${name}-2` : service.name}'), or remove one of the two services if they are the same.`
          });
        }
        seen.set(name, [...earlier, { service, loc }]);
      }
    }
  }
);

// src/compose/ports.ts
var WILDCARD_IPS = /* @__PURE__ */ new Set(["", "0.0.0.0", "::", "[::]"]);
function publishedPorts(ports) {
  if (!Array.isArray(ports)) return [];
  const out = [];
  ports.forEach((entry, index) => {
    const port = typeof entry === "string" || typeof entry === "number" ? parseShort(String(entry)) : parseLong(entry);
    const text = typeof entry === "object" && entry !== null ? `published: ${String(entry.published)}` : String(entry);
    if (port) out.push({ ...port, index, text });
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
  const container = parts.pop();
  const host = parts.pop();
  if (parts.length > 0) hostIp = parts.join(":");
  if (host === "" || !/^\d+(-\d+)?$/.test(container.trim())) return null;
  const range = parseRange(host);
  return range ? { hostIp: normaliseIp(hostIp), ...range, protocol } : null;
}
function parseLong(entry) {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return null;
  const record3 = entry;
  const published = record3.published;
  if (published === void 0 || published === null || published === "") return null;
  const text = String(published);
  if (text.includes("${")) return null;
  const range = parseRange(text);
  if (!range) return null;
  const hostIp = typeof record3.host_ip === "string" ? record3.host_ip : "";
  if (hostIp.includes("${")) return null;
  const protocol = typeof record3.protocol === "string" && record3.protocol ? record3.protocol.toLowerCase() : "tcp";
  return { hostIp: normaliseIp(hostIp), ...range, protocol };
}
function parseRange(text) {
  const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === void 0 ? start : Number(match[2]);
  if (start < 1 || end < start || end > 65535) return null;
  return { start, end };
}
function normaliseIp(ip) {
  const trimmed = ip.trim();
  return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1) : trimmed;
}
function isWildcardIp(ip) {
  return WILDCARD_IPS.has(ip);
}
function portOverlap(a, b) {
  if (a.protocol !== b.protocol) return null;
  if (!isWildcardIp(a.hostIp) && !isWildcardIp(b.hostIp) && a.hostIp !== b.hostIp) return null;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}
function describePort(range, protocol, hostIp = "") {
  const ports = range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
  const ip = isWildcardIp(hostIp) ? "" : `${hostIp.includes(":") ? `[${hostIp}]` : hostIp}:`;
  return `${ip}${ports}/${protocol}`;
}

// rules/compose/duplicate-host-port.ts
var INDEXED_RANGE = 1024;
var PortIndex = class {
  byPort = /* @__PURE__ */ new Map();
  wide = [];
  count = 0;
  add(binding) {
    binding.order = this.count++;
    const { start, end, protocol } = binding.port;
    if (end - start >= INDEXED_RANGE) {
      this.wide.push(binding);
      return;
    }
    for (let port = start; port <= end; port++) {
      const key = `${protocol}/${port}`;
      const list2 = this.byPort.get(key);
      if (list2) list2.push(binding);
      else this.byPort.set(key, [binding]);
    }
  }
  candidates(port) {
    if (port.end - port.start >= INDEXED_RANGE) return [...this.wide, ...[...this.byPort.values()].flat()];
    const found = new Set(this.wide);
    for (let p = port.start; p <= port.end; p++) for (const b of this.byPort.get(`${port.protocol}/${p}`) ?? []) found.add(b);
    return [...found];
  }
};
var duplicate_host_port_default = defineRule(
  {
    id: "duplicate-host-port",
    group: "compose",
    severity: "error",
    description: "One host port (same host IP and protocol) published twice on the host, across all stacks",
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.'
  },
  ({ model, report: report2 }) => {
    const published = new PortIndex();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const own = [];
        for (const port of publishedPorts(service.resolved.ports)) {
          const loc = lazyLoc(() => stack.locate(["services", service.name, "ports", port.index]) ?? service.loc);
          const binding = { port, service, loc, order: 0 };
          const clash = [...published.candidates(port), ...own].sort((a, b) => a.order - b.order).find((earlier) => portOverlap(earlier.port, port) && (earlier.service === service || mayRunTogether(earlier.service, service)));
          if (clash) {
            const overlap = portOverlap(clash.port, port);
            const shared = describePort(overlap, port.protocol, port.hostIp || clash.port.hostIp);
            const other = clash.service === service ? "this service" : `service '${clash.service.name}'`;
            report2({
              loc: loc(),
              path: stack.file,
              message: `Host port ${shared} of service '${service.name}' is already published by ${other} at ${where(model, clash.loc(), clash.service.stack.file)}; the second container fails with "port is already allocated".`,
              fix: `Publish '${service.name}' on a free host port (change the host side of '${port.text}'), bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.`
            });
          }
          own.push(binding);
        }
        for (const binding of own) published.add(binding);
      }
    }
  }
);

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
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < rule.length; i++) {
    const ch = rule[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "`" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && ch === "|" && rule[i + 1] === "|") {
      branches.push(rule.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  branches.push(rule.slice(start));
  return branches;
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
  ({ model, report: report2 }) => {
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
            report2({
              loc: loc(),
              path: stack.file,
              message: `Traefik router '${router.name}' of service '${service.name}' is also defined by service '${sameName.service.name}' at ${where(model, sameName.loc(), sameName.service.stack.file)}; Traefik merges or drops one of them.`,
              fix: `Rename the router in '${service.name}''s labels (e.g. traefik.${router.protocol}.routers.${service.name}.rule) so each service has its own.`
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
              report2({
                loc: loc(),
                path: stack.file,
                message: `Host '${route.host}'${on} is routed to service '${service.name}' by router '${router.name}' and to service '${clash.service.name}' by router '${clash.router.name}' at ${where(model, clash.loc(), clash.service.stack.file)}; only one of them gets the traffic.`,
                fix: `Give one of the two services another host, or tell them apart with a PathPrefix() in its rule (or set traefik.enable=false on the one that should not be routed).`
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
    const budget = model.policy.budget.memory;
    if (budget === null) return;
    const stacks = activeStacks(model);
    const usages = stacks.flatMap((stack) => stack.services).filter((s) => serviceProfiles(s).length === 0).map((s) => usageOf(s, model.policy));
    const declared = sum(usages.filter((u) => u.declared));
    const estimated = sum(usages.filter((u) => !u.declared));
    const total = declared + estimated;
    if (total <= budget) return;
    const declaredList = summarise(usages.filter((u) => u.declared), "");
    const estimatedList = summarise(usages.filter((u) => !u.declared && u.bytes !== null), "~");
    const unknownList = summarise(usages.filter((u) => u.bytes === null), "");
    const parts = [declaredList ? `declared limits ${formatBytes(declared)} (${declaredList})` : "no service declares a limit"];
    if (estimatedList) parts.push(`no limit, counted at the catalog's estimate: ${formatBytes(estimated)} (${estimatedList})`);
    if (unknownList) parts.push(`no limit and no estimate, not counted: ${unknownList}`);
    const noLimit = [...new Set(usages.filter((u) => !u.declared).map((u) => u.service.name))];
    report2({
      ...budgetLocation(model.policy, stacks, usages),
      message: `Memory adds up to ${formatBytes(total)}, over budget.memory ${formatBytes(budget)}: ${parts.join("; ")}.`,
      fix: `Set deploy.resources.limits.memory on every service${noLimit.length ? ` (${noLimit.length} have none)` : ""} and lower the largest limits until they add up to at most ${formatBytes(budget)}, or raise budget.memory if the host has more memory.`
    });
  }
);
function usageOf(service, policy) {
  const replicas = replicaCount(service);
  const limit = declaredLimit(service);
  if (limit !== null) return { service, bytes: limit * replicas, declared: true, replicas };
  const entry = findCatalogEntry(policy, service.name)?.entry ?? (service.image ? findCatalogByImage(policy, service.image) : null);
  const estimate = entry?.memory ?? null;
  return { service, bytes: estimate === null ? null : estimate * replicas, declared: false, replicas };
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
function sum(usages) {
  return usages.reduce((total, u) => total + (u.bytes ?? 0), 0);
}
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
function record2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
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

export {
  buildHostModel,
  allRules,
  selectRules,
  parseRuleFlags
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  buildStores,
  isDirLike,
  isSecretName,
  readVolume,
  scanTree,
  serviceHostNames,
  serviceNetworks,
  serviceVolumes,
  withLazyLoc
} from "./chunk-JYVNWJNS.js";
import {
  classifyService,
  findCatalogByImage,
  findCatalogEntry,
  findComposeFiles,
  loadStack,
  parseBytes,
  require_dist
} from "./chunk-XJRKILKQ.js";
import {
  compareInitFiles,
  imageMajorVersion,
  initFileOrder
} from "./chunk-3VKYS3HJ.js";
import {
  parseImage
} from "./chunk-HD7RUNM3.js";
import {
  ALL_PRIVILEGES,
  Catalog,
  PUBLIC,
  aclGrant,
  aclNewOwner,
  aclRevoke,
  newDatabase,
  newRole,
  oneLine,
  renameRoleEverywhere,
  safeMessage
} from "./chunk-M2EK3JYW.js";
import {
  interpolate
} from "./chunk-VFVSZFIG.js";
import {
  isInside
} from "./chunk-ZXHC4XCV.js";
import {
  __toESM
} from "./chunk-3DAIKRF3.js";

// src/files/cache.ts
import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";

// src/files/comments.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var YAML_EXTENSIONS = /* @__PURE__ */ new Set([".yml", ".yaml"]);
var SQL_EXTENSIONS = /* @__PURE__ */ new Set([".sql", ".psql", ".pgsql"]);
function commentsOf(file, text, lines = text.split(/\r\n?|\n/)) {
  const ext = path.extname(file).toLowerCase();
  if (YAML_EXTENSIONS.has(ext)) return yamlComments(text);
  const gz = file.toLowerCase().endsWith(".sql.gz");
  return lineComments(lines, SQL_EXTENSIONS.has(ext) || gz ? "--" : "#");
}
function yamlComments(text) {
  const offsets = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const token = node;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      offsets.push({ offset: token.offset, source: token.source });
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== "source" && typeof value === "object") visit(value);
  };
  for (const token of new import_yaml.Parser().parse(text)) visit(token);
  if (offsets.length === 0) return [];
  const starts = lineStarts(text);
  return offsets.map(({ offset, source }) => {
    const line = lineAt(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1, body: source.replace(/^#/, "").trim() };
  });
}
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function lineAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
function lineComments(lines, marker) {
  const comments = [];
  lines.forEach((line, index) => {
    if (!line.includes("svclint-")) return;
    const found = findComment(line, marker);
    if (found) comments.push({ line: index + 1, column: found.column, body: found.body });
  });
  return comments;
}
function findComment(line, marker) {
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
    if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]))) return { body: line.slice(i + marker.length).trim(), column: i + 1 };
  }
  return null;
}

// src/directives/parse.ts
var DIRECTIVE = /^svclint-(disable-next-line|disable)(?=\s|$)(.*)$/;
function parseDirectives(file, text, comments) {
  const lines = text.split(/\r\n?|\n/);
  const directives = [];
  let firstContent = lines.findIndex((l) => l.trim() !== "");
  if (firstContent >= 0 && lines[firstContent].trimStart().startsWith("#!")) {
    const next = lines.slice(firstContent + 1).findIndex((l) => l.trim() !== "");
    firstContent = next < 0 ? -1 : firstContent + 1 + next;
  }
  for (const comment of comments ?? commentsOf(file, text, lines)) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const kind = match[1];
    const { rules, reason } = splitDirective(match[2]);
    const index = comment.line - 1;
    const directive = {
      kind,
      file,
      line: comment.line,
      column: comment.column,
      rules,
      reason,
      appliesTo: kind === "disable" ? null : comment.line + 1,
      problem: null
    };
    if (rules.length === 0) directive.problem = `names no rule (write svclint-${kind} RULE -- reason)`;
    else if (reason === null) directive.problem = 'has no reason: it is ignored until one is given after " -- "';
    else if (kind === "disable" && index !== firstContent) directive.problem = "only works on the first line of the file (use svclint-disable-next-line here)";
    directives.push(directive);
  }
  return directives;
}
function splitDirective(rest) {
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulePart = separator < 0 ? rest : rest.slice(0, separator);
  const reasonText = separator < 0 ? "" : rest.slice(separator).replace(/^\s*--/, "").trim();
  const rules = rulePart.split(/[,\s]+/).map((r) => r.trim()).filter(Boolean);
  return { rules, reason: reasonText === "" ? null : reasonText };
}

// src/files/cache.ts
var MAX_TEXT_READ = 1024 * 1024;
var FileCache = class {
  entries = /* @__PURE__ */ new Map();
  kinds = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new Map();
  reals = /* @__PURE__ */ new Map();
  /** Files read from disk, in order (each once). */
  readLog = [];
  entry(abs) {
    let entry = this.entries.get(abs);
    if (!entry) this.entries.set(abs, entry = {});
    return entry;
  }
  /** The file's bytes; null when it cannot be read (see `error`). */
  bytes(abs) {
    const entry = this.entry(abs);
    if (entry.released) return Buffer.from(entry.text ?? "", "utf8");
    if (entry.bytes === void 0) {
      try {
        this.readLog.push(abs);
        entry.bytes = readFileSync(abs);
      } catch (error) {
        entry.bytes = null;
        entry.error = error.code ?? "EIO";
      }
    }
    return entry.bytes;
  }
  /** The files read from disk so far, each once, in the order they were first read. */
  get readFiles() {
    return this.readLog;
  }
  /** Like fs.readFileSync: the bytes, or an error with the read's code. */
  read(abs) {
    const bytes = this.bytes(abs);
    if (bytes !== null) return bytes;
    const error = new Error(`cannot read ${abs}`);
    error.code = this.entry(abs).error;
    throw error;
  }
  /**
   * The text a loader decoded from a file it read here: kept as the file's text (keys, lines and
   * directives then use exactly what the loader parsed) and the bytes released, so a large tree is
   * not held twice in memory.
   */
  adopt(abs, text) {
    const entry = this.entry(abs);
    if (entry.bytes === null || entry.bytes === void 0) return;
    entry.text = text;
    entry.bytes = void 0;
    entry.released = true;
  }
  /** The read error's code (`ENOENT`, `EACCES`, `EISDIR`...), or null when the file was read. */
  error(abs) {
    this.bytes(abs);
    return this.entry(abs).error ?? null;
  }
  /** The file as UTF-8 text; null when it cannot be read. */
  text(abs) {
    const entry = this.entry(abs);
    if (entry.text === void 0) {
      const bytes = this.bytes(abs);
      entry.text = bytes === null ? null : bytes.toString("utf8");
    }
    return entry.text;
  }
  /**
   * The text of a file a finding points at, for its default key and its directives: only a regular
   * file up to MAX_TEXT_READ (a finding may point at a folder or a data file). The loaders' files are
   * in the cache already.
   */
  smallText(abs) {
    const entry = this.entries.get(abs);
    if (entry?.bytes !== void 0) return this.text(abs);
    if (this.kind(abs) !== "file" || (this.sizes.get(abs) ?? Infinity) > MAX_TEXT_READ) return null;
    return this.text(abs);
  }
  /** The text split into lines (`\r\n`, `\r` and `\n` end a line). */
  lines(abs) {
    const entry = this.entry(abs);
    if (entry.lines === void 0) {
      const text = this.smallText(abs);
      entry.lines = text === null ? null : text.split(/\r\n?|\n/);
    }
    return entry.lines;
  }
  /** A gzip file's text (`.sql.gz` init scripts); an error message when it cannot be read or decompressed. */
  gunzip(abs) {
    const entry = this.entry(abs);
    if (!entry.gunzipped) {
      const bytes = this.bytes(abs);
      if (bytes === null) entry.gunzipped = { error: entry.error ?? "EIO" };
      else {
        try {
          entry.gunzipped = { text: gunzipSync(bytes).toString("utf8") };
        } catch (error) {
          entry.gunzipped = { error: `cannot decompress: ${error.message.split("\n")[0]}` };
        }
      }
    }
    return entry.gunzipped;
  }
  /** What is at a path (links followed); null when nothing is. */
  kind(abs) {
    if (!this.kinds.has(abs)) {
      try {
        const stats = statSync(abs);
        this.kinds.set(abs, stats.isFile() ? "file" : stats.isDirectory() ? "dir" : "other");
        this.sizes.set(abs, stats.size);
      } catch {
        this.kinds.set(abs, null);
      }
    }
    return this.kinds.get(abs);
  }
  /** The path with every symlink resolved; itself when it does not resolve. */
  realPath(abs) {
    let real = this.reals.get(abs);
    if (real === void 0) {
      try {
        real = realpathSync(abs);
      } catch {
        real = abs;
      }
      this.reals.set(abs, real);
    }
    return real;
  }
  /** Remembers what the tree scan already knows about a path (no second stat). */
  knowKind(abs, kind) {
    if (!this.kinds.has(abs)) this.kinds.set(abs, kind);
  }
  /**
   * The suppression directives of a file: from its comments as the file's own syntax has them (YAML
   * comments from the parsed YAML, so text inside a block scalar is never a directive). `text` is the
   * text the loader read (a decompressed init script); default: the file's text.
   */
  directives(abs, text) {
    const entry = this.entry(abs);
    if (entry.directives === void 0) {
      const source = text !== void 0 ? text : this.smallText(abs);
      entry.directives = source !== null && source.includes("svclint-") ? parseDirectives(abs, source, entry.comments) : [];
    }
    return entry.directives;
  }
  /** The comments of a file as its loader's lexer read them (before its directives are first asked for). */
  setComments(abs, comments) {
    this.entry(abs).comments = comments;
  }
  /** sha256 of the file's bytes (the result cache's key); null when it cannot be read. */
  hash(abs) {
    const entry = this.entry(abs);
    if (entry.hash === void 0) {
      const bytes = this.bytes(abs);
      entry.hash = bytes === null ? null : createHash("sha256").update(bytes).digest("hex");
    }
    return entry.hash;
  }
};

// src/database/initdb/evaluate.ts
var LATEST_MAJOR = 18;
var Stop = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
};
var fail = (message, condition, loc) => ({ message, condition, loc });
function evaluateInit(files, options) {
  return new Evaluator(options).run(files);
}
var Evaluator = class {
  constructor(options) {
    this.options = options;
    this.superuser = options.superuser;
    this.defaultDatabase = options.defaultDatabase ?? options.superuser;
    this.version = options.version ?? LATEST_MAJOR;
    this.catalog = Catalog.initdb(this.version, this.superuser);
    this.outcome = { catalog: this.catalog, stop: null, lost: [], unevaluated: [] };
  }
  options;
  catalog;
  superuser;
  defaultDatabase;
  version;
  outcome;
  unevaluatedSeen = /* @__PURE__ */ new Set();
  run(files) {
    if (!this.catalog.databases.has(this.defaultDatabase)) {
      this.catalog.databases.set(this.defaultDatabase, newDatabase(this.defaultDatabase, this.superuser, this.options.defaultDatabaseLoc ?? null));
    }
    for (const script of files) {
      if (script.kind === "ignored") continue;
      if (script.kind === "unsupported") {
        this.note({ file: script.file, line: 1, column: 1 }, `${script.reason}; what it does is not known (run with --initdb-exec)`);
        continue;
      }
      for (const item of script.unevaluated) this.note(item.loc, item.reason);
      if (script.runs.length === 0 && script.errors.length > 0 && script.kind === "sh") {
        const error = script.errors[0];
        this.outcome.stop = { loc: error.loc, message: error.message };
        break;
      }
      if (this.runScript(script.kind === "sh", script.runs)) break;
    }
    this.outcome.catalog = this.catalog;
    return this.outcome;
  }
  /** Runs one file's psql processes; true when the entrypoint stops. */
  runScript(shell, runs) {
    for (const run of runs) {
      if (run.uncertain) this.note(run.loc, `a psql call ${run.uncertain}: whether and how often it runs is not known`);
      const error = this.runPsql(run);
      if (!error) continue;
      const stops = !shell || !run.uncertain && (run.errexit || run.last);
      if (stops) {
        this.outcome.stop = { loc: error.loc, message: error.message };
        return true;
      }
    }
    return false;
  }
  /** One psql process; the error that makes it exit non-zero, if any. */
  runPsql(run) {
    if (run.unreachable) return fail(run.unreachable, "connection_failure", run.loc);
    if (run.missingCommand)
      return fail(
        "docker_process_sql and the psql array exist only in a sourced script: this executable script cannot call them (the command is not found)",
        "undefined_function",
        run.loc
      );
    const session = {
      login: run.user ?? this.superuser,
      sessionUser: run.user ?? this.superuser,
      currentRole: run.user ?? this.superuser,
      database: run.database ?? this.defaultDatabase,
      connected: false,
      tx: null,
      onErrorStop: run.onErrorStop,
      inFunction: false,
      inImplicitBlock: false
    };
    const refused = this.loginError(session.login, session.database);
    if (refused) return fail(`connection failed: ${refused}`, "connection_failure", run.loc);
    session.connected = true;
    let status = null;
    try {
      if (run.mode === "command") {
        for (const command of run.commands ?? [run.steps]) {
          const error = this.runQueryString(command, session);
          status = error;
          if (error && session.onErrorStop) return error;
        }
        return status;
      }
      if (run.singleTransaction) this.begin(session, run.loc);
      for (const step of run.steps) {
        const error = this.step(step, session);
        if (error) {
          if (session.tx) session.tx.aborted = true;
          if (session.onErrorStop) {
            this.endSession(session, false);
            return error;
          }
        }
      }
      if (run.singleTransaction && session.tx) this.commit(session);
    } catch (signal) {
      if (!(signal instanceof Stop)) throw signal;
    }
    this.endSession(session, true);
    return null;
  }
  /** psql closes the connection: an open transaction is rolled back. */
  endSession(session, report) {
    if (session.tx) {
      if (report && !session.tx.aborted)
        this.outcome.lost.push({
          loc: session.tx.loc,
          message: "this transaction is never committed: when psql ends, the server rolls back everything since BEGIN"
        });
      this.rollbackTo(session, session.tx.snapshot, session.tx.session);
      session.tx = null;
    }
  }
  /** One `-c` string (or `\gexec` cell): several statements are one implicit transaction. */
  runQueryString(steps, session) {
    const syntax = steps.find((s) => s.kind === "syntax-error");
    if (syntax && session.connected) return this.step(syntax, session);
    const statements = steps.filter((s) => s.kind !== "on-error-stop");
    const implicit = statements.length > 1 && !session.tx && !statements.some((s) => s.kind === "transaction");
    if (!implicit) {
      for (const step of steps) {
        const error = this.step(step, session);
        if (error) {
          if (session.tx) session.tx.aborted = true;
          return error;
        }
      }
      return null;
    }
    const snapshot = this.catalog.clone();
    const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
    session.inImplicitBlock = true;
    try {
      for (const step of steps) {
        const error = this.step(step, session);
        if (error) {
          this.rollbackTo(session, snapshot, roles);
          return error;
        }
      }
    } finally {
      session.inImplicitBlock = false;
    }
    return null;
  }
  note(loc, reason) {
    const key = `${loc.file}:${loc.line}:${loc.column}:${reason}`;
    if (this.unevaluatedSeen.has(key)) return;
    this.unevaluatedSeen.add(key);
    this.outcome.unevaluated.push({ loc, reason });
  }
  // ------------------------------------------------------------------ steps
  step(step, session) {
    switch (step.kind) {
      case "syntax-error":
        return fail(step.message, "syntax_error", step.loc);
      case "unevaluated":
        this.note(step.loc, step.reason);
        return null;
      case "on-error-stop":
        if (step.value === null) this.note(step.loc, "ON_ERROR_STOP is set from a value svclint cannot know");
        else session.onErrorStop = step.value;
        return null;
      case "quit":
        throw new Stop("quit");
      case "connect":
        return this.connect(step, session);
    }
    if (!session.connected) return fail("you are currently not connected to a database", "connection_does_not_exist", step.loc);
    const tx = session.tx;
    if (tx?.aborted && !(step.kind === "transaction" && (step.action === "rollback" || step.action === "commit" || step.action === "rollback-to"))) {
      return fail("current transaction is aborted, commands ignored until end of transaction block", "in_failed_sql_transaction", step.loc);
    }
    return this.statement(step, session);
  }
  connect(step, session) {
    const database = step.target ?? session.database;
    const user = step.user ?? session.login;
    this.endSession(session, true);
    const refused = this.loginError(user, database);
    if (refused) {
      session.connected = false;
      return fail(`\\connect: connection failed: ${refused}`, "connection_failure", step.loc);
    }
    Object.assign(session, { login: user, sessionUser: user, currentRole: user, database, connected: true, tx: null });
    return null;
  }
  /** Why the server refuses a login, or null. */
  loginError(user, database) {
    const db = this.catalog.databases.get(database);
    if (!db) return `database "${database}" does not exist`;
    const role = this.catalog.roles.get(user);
    if (!role) return `role "${user}" does not exist`;
    if (!role.login) return `role "${user}" is not permitted to log in`;
    if (!db.allowConnections) return `database "${database}" is not currently accepting connections`;
    if (!this.catalog.privilegesOn(user, database).has("connect")) return `permission denied for database "${database}"`;
    return null;
  }
  statement(statement, session) {
    const loc = statement.loc;
    const cur = session.currentRole;
    const superuser = this.catalog.isSuperuser(cur);
    const unchecked = () => {
      this.note(loc, `'${cur}' is not a superuser here: svclint does not check what it may do for this statement`);
      return null;
    };
    switch (statement.kind) {
      case "transaction":
        return this.transaction(statement, session);
      case "set-role":
        return this.setRole(statement.role, statement.local, session, loc);
      case "set-session-authorization": {
        if (!this.catalog.isSuperuser(session.login)) return fail("permission denied to set session authorization", "insufficient_privilege", loc);
        const role = statement.role === null ? session.login : this.roleName(statement.role, session);
        if (!this.catalog.roles.has(role)) return fail(`role "${role}" does not exist`, "undefined_object", loc);
        session.sessionUser = role;
        session.currentRole = role;
        return null;
      }
      case "create-role":
        if (!superuser) return unchecked();
        return this.createRole(statement, session);
      case "alter-role": {
        const name = this.roleName(statement.role, session);
        const role = this.catalog.roles.get(name);
        if (!role) return fail(`role "${name}" does not exist`, "undefined_object", loc);
        if (!superuser) return unchecked();
        if (statement.superuser !== null && name === this.superuser && !statement.superuser)
          return fail("permission denied to alter role: the bootstrap superuser must stay a superuser", "insufficient_privilege", loc);
        if (statement.login !== null) {
          role.login = statement.login;
          role.loginAt = loc;
        }
        if (statement.superuser !== null) {
          role.superuser = statement.superuser;
          role.superuserAt = statement.superuser ? loc : null;
        }
        if (statement.inherit !== null) role.inherit = statement.inherit;
        if (statement.createdb !== null) role.createdb = statement.createdb;
        if (statement.createrole !== null) role.createrole = statement.createrole;
        return null;
      }
      case "create-database":
        return this.createDatabase(statement, session);
      case "alter-database-owner":
        return this.alterOwner(statement.name, this.roleName(statement.owner, session), session, loc);
      case "grant-database":
      case "revoke-database":
        return this.grantDatabase(statement, session);
      case "grant-role":
      case "revoke-role":
        if (statement.since16 && this.version < 16)
          return fail(
            `syntax error at or near "${statement.options.inherit !== void 0 || statement.optionOnly === "inherit" ? "INHERIT" : "SET"}" (WITH INHERIT / SET options need PostgreSQL 16)`,
            "syntax_error",
            loc
          );
        if (!superuser) return unchecked();
        return this.grantRole(statement, session);
      case "create-extension": {
        const db = this.catalog.databases.get(session.database);
        if (db && !db.extensions.some((e) => e.name === statement.name)) db.extensions.push({ name: statement.name, loc });
        return null;
      }
      case "drop-role":
        if (!superuser) return unchecked();
        return this.dropRole(
          statement.roles.map((r) => this.roleName(r, session)),
          statement.missingOk,
          session,
          loc
        );
      case "drop-database":
        return this.dropDatabase(statement.name, statement.missingOk, session, loc);
      case "rename-database":
        return this.renameDatabase(statement.from, statement.to, session, loc);
      case "rename-role":
        if (!superuser) return unchecked();
        return this.renameRole(this.roleName(statement.from, session), statement.to, session, loc);
      case "reassign-owned":
      case "drop-owned":
        if (!superuser) return unchecked();
        return this.owned(
          statement.kind,
          statement.roles.map((r) => this.roleName(r, session)),
          statement.newOwner ? this.roleName(statement.newOwner, session) : null,
          loc
        );
      case "connect":
        return this.connect(statement, session);
      case "gexec":
        return this.gexec(statement, session);
      case "do":
        return this.doBlock(statement, session);
      case "other": {
        for (const role of statement.roles ?? []) {
          const name = this.roleName(role, session);
          if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, "undefined_object", loc);
        }
        for (const database of statement.databases ?? []) {
          if (!this.catalog.databases.has(database)) return fail(`database "${database}" does not exist`, "invalid_catalog_name", loc);
        }
        for (const role of statement.dependents ?? []) {
          const state = this.catalog.roles.get(this.roleName(role, session));
          if (state) state.otherDependencies = true;
        }
        if (cur !== this.superuser && /^(Create|Alter|Define|Comment|Index|View|Rule|Composite)/.test(statement.node)) {
          const state = this.catalog.roles.get(cur);
          if (state) state.otherDependencies = true;
        }
        return null;
      }
    }
  }
  /** CURRENT_USER, SESSION_USER, CURRENT_ROLE as the role they name. */
  roleName(name, session) {
    if (name === "current_user" || name === "current_role") return session.currentRole;
    if (name === "session_user") return session.sessionUser;
    return name;
  }
  // ------------------------------------------------------------------ transactions
  begin(session, loc) {
    session.tx = {
      snapshot: this.catalog.clone(),
      session: { sessionUser: session.sessionUser, currentRole: session.currentRole },
      savepoints: [],
      aborted: false,
      localRestore: null,
      loc
    };
  }
  commit(session) {
    const tx = session.tx;
    if (tx.aborted) this.rollbackTo(session, tx.snapshot, tx.session);
    else if (tx.localRestore) Object.assign(session, tx.localRestore);
    session.tx = null;
  }
  rollbackTo(session, snapshot, roles) {
    this.catalog = snapshot;
    session.sessionUser = roles.sessionUser;
    session.currentRole = roles.currentRole;
  }
  transaction(statement, session) {
    const loc = statement.loc;
    const tx = session.tx;
    switch (statement.action) {
      case "begin":
        if (session.inFunction) return fail("BEGIN is not allowed in a DO block", "invalid_transaction_termination", loc);
        if (!tx) this.begin(session, loc);
        return null;
      case "commit":
        if (tx) this.commit(session);
        return null;
      case "rollback":
        if (tx) {
          this.rollbackTo(session, tx.snapshot, tx.session);
          session.tx = null;
        }
        return null;
      case "savepoint":
        if (!tx) return fail("SAVEPOINT can only be used in transaction blocks", "no_active_sql_transaction", loc);
        tx.savepoints.push({
          name: statement.savepoint ?? "",
          snapshot: this.catalog.clone(),
          session: { sessionUser: session.sessionUser, currentRole: session.currentRole }
        });
        return null;
      case "release":
      case "rollback-to": {
        if (!tx)
          return fail(
            `${statement.action === "release" ? "RELEASE SAVEPOINT" : "ROLLBACK TO SAVEPOINT"} can only be used in transaction blocks`,
            "no_active_sql_transaction",
            loc
          );
        const index = tx.savepoints.map((s) => s.name).lastIndexOf(statement.savepoint ?? "");
        if (index < 0) return fail(`savepoint "${statement.savepoint}" does not exist`, "invalid_savepoint_specification", loc);
        const savepoint = tx.savepoints[index];
        if (statement.action === "release") tx.savepoints.splice(index);
        else {
          tx.savepoints.splice(index + 1);
          this.rollbackTo(session, savepoint.snapshot.clone(), savepoint.session);
          tx.aborted = false;
        }
        return null;
      }
      case "prepare":
        this.note(loc, "prepared transactions are not evaluated");
        return null;
    }
  }
  setRole(role, local, session, loc) {
    const target = role === null ? session.sessionUser : this.roleName(role, session);
    if (role !== null) {
      if (!this.catalog.roles.has(target)) return fail(`role "${target}" does not exist`, "undefined_object", loc);
      if (!this.catalog.canSetRole(session.sessionUser, target)) return fail(`permission denied to set role "${target}"`, "insufficient_privilege", loc);
    }
    if (local) {
      if (!session.tx) return null;
      session.tx.localRestore ??= { sessionUser: session.sessionUser, currentRole: session.currentRole };
    }
    session.currentRole = target;
    return null;
  }
  // ------------------------------------------------------------------ roles
  createRole(statement, session) {
    const loc = statement.loc;
    const name = statement.role;
    if (/^pg_/.test(name)) return fail(`role name "${name}" is reserved`, "reserved_name", loc);
    if (this.catalog.roles.has(name)) return fail(`role "${name}" already exists`, "duplicate_object", loc);
    const parents = statement.memberOf.map((r) => this.roleName(r, session));
    const members = statement.members.map((r) => this.roleName(r, session));
    for (const other of [...parents, ...members]) {
      if (other === name || !this.catalog.roles.has(other)) return fail(`role "${other}" does not exist`, "undefined_object", loc);
    }
    const role = newRole(name, loc);
    Object.assign(role, {
      login: statement.login,
      superuser: statement.superuser,
      inherit: statement.inherit,
      createdb: statement.createdb,
      createrole: statement.createrole
    });
    if (statement.superuser) role.superuserAt = loc;
    if (statement.login) role.loginAt = loc;
    this.catalog.roles.set(name, role);
    for (const parent of parents) role.memberOf.set(parent, this.newMembership(role.inherit, false, loc));
    const admins = new Set(statement.admins.map((r) => this.roleName(r, session)));
    for (const member of members) {
      const state = this.catalog.roles.get(member);
      state.memberOf.set(name, this.newMembership(state.inherit, admins.has(member), loc));
    }
    return null;
  }
  newMembership(memberInherits, admin, loc, options = {}) {
    return { admin, inherit: options.inherit ?? (this.version >= 16 ? memberInherits : true), set: options.set ?? true, loc };
  }
  grantRole(statement, session) {
    const loc = statement.loc;
    const roles = statement.roles.map((r) => this.roleName(r, session));
    const members = statement.grantees.map((r) => this.roleName(r, session));
    for (const name of [...roles, ...members]) {
      if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, "undefined_object", loc);
    }
    if (statement.kind === "revoke-role") {
      for (const role of roles) {
        for (const member of members) {
          const state = this.catalog.roles.get(member);
          const membership = state.memberOf.get(role);
          if (!membership) continue;
          if (statement.optionOnly === null) state.memberOf.delete(role);
          else membership[statement.optionOnly] = false;
        }
      }
      return null;
    }
    for (const role of roles) {
      for (const member of members) {
        if (this.catalog.memberRoles(role).has(member)) return fail(`role "${role}" is a member of role "${member}"`, "invalid_grant_operation", loc);
      }
    }
    for (const role of roles) {
      for (const member of members) {
        const state = this.catalog.roles.get(member);
        const existing = state.memberOf.get(role);
        if (!existing) {
          state.memberOf.set(role, this.newMembership(state.inherit, statement.options.admin === true, loc, statement.options));
          continue;
        }
        if (statement.options.admin === true && !existing.admin) existing.admin = true;
        if (this.version >= 16) {
          if (statement.options.inherit !== void 0) existing.inherit = statement.options.inherit;
          if (statement.options.set !== void 0) existing.set = statement.options.set;
        }
      }
    }
    return null;
  }
  dropRole(names, missingOk, session, loc) {
    const dropping = [];
    for (const name of names) {
      const role = this.catalog.roles.get(name);
      if (!role) {
        if (missingOk) continue;
        return fail(`role "${name}" does not exist`, "undefined_object", loc);
      }
      if (name === session.sessionUser) return fail("session user cannot be dropped", "object_in_use", loc);
      if (name === session.currentRole) return fail("current user cannot be dropped", "object_in_use", loc);
      if (role.builtin) return fail(`cannot drop role ${name} because it is required by the database system`, "dependent_objects_still_exist", loc);
      dropping.push(name);
    }
    for (const name of dropping) {
      const role = this.catalog.roles.get(name);
      const dependent = role.otherDependencies || [...this.catalog.databases.values()].some((db) => db.owner === name || (db.acl ?? []).some((i) => i.grantee === name || i.grantor === name));
      if (dependent) return fail(`role "${name}" cannot be dropped because some objects depend on it`, "dependent_objects_still_exist", loc);
    }
    for (const name of dropping) {
      this.catalog.roles.delete(name);
      for (const other of this.catalog.roles.values()) other.memberOf.delete(name);
    }
    return null;
  }
  renameRole(from, to, session, loc) {
    const role = this.catalog.roles.get(from);
    if (!role) return fail(`role "${from}" does not exist`, "undefined_object", loc);
    if (from === session.sessionUser) return fail("session user cannot be renamed", "feature_not_supported", loc);
    if (from === session.currentRole) return fail("current user cannot be renamed", "feature_not_supported", loc);
    if (role.builtin && from !== this.superuser) return fail(`role name "${from}" is reserved`, "reserved_name", loc);
    if (/^pg_/.test(to)) return fail(`role name "${to}" is reserved`, "reserved_name", loc);
    if (this.catalog.roles.has(to)) return fail(`role "${to}" already exists`, "duplicate_object", loc);
    renameRoleEverywhere(this.catalog, from, to);
    return null;
  }
  owned(kind, roles, newOwner, loc) {
    for (const name of [...roles, ...newOwner ? [newOwner] : []]) {
      if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, "undefined_object", loc);
    }
    if (roles.includes(this.superuser)) {
      return fail(
        `cannot ${kind === "reassign-owned" ? "reassign ownership of" : "drop"} objects owned by role ${this.superuser} because they are required by the database system`,
        "dependent_objects_still_exist",
        loc
      );
    }
    for (const db of this.catalog.databases.values()) {
      if (kind === "reassign-owned") {
        if (roles.includes(db.owner) && newOwner && db.owner !== newOwner) {
          aclNewOwner(db, db.owner, newOwner);
          db.owner = newOwner;
          db.ownerAt = loc;
        }
      } else if (db.acl) {
        for (const role of roles) {
          if (db.owner === role) continue;
          for (const item of [...db.acl].filter((i) => i.grantee === role)) aclRevoke(db, role, item.grantor, ALL_PRIVILEGES, false, true);
        }
      }
    }
    if (kind === "drop-owned") for (const role of roles) this.catalog.roles.get(role).otherDependencies = false;
    return null;
  }
  // ------------------------------------------------------------------ databases
  blockError(what, session, loc) {
    if (session.inFunction) return fail(`${what} cannot be executed from a function`, "active_sql_transaction", loc);
    if (session.tx || session.inImplicitBlock) return fail(`${what} cannot run inside a transaction block`, "active_sql_transaction", loc);
    return null;
  }
  createDatabase(statement, session) {
    const loc = statement.loc;
    const blocked = this.blockError("CREATE DATABASE", session, loc);
    if (blocked) return blocked;
    const cur = session.currentRole;
    const creator = this.catalog.roles.get(cur);
    const superuser = this.catalog.isSuperuser(cur);
    if (!superuser && !creator?.createdb) return fail("permission denied to create database", "insufficient_privilege", loc);
    const owner = statement.owner === null ? cur : this.roleName(statement.owner, session);
    if (!this.catalog.roles.has(owner)) return fail(`role "${owner}" does not exist`, "undefined_object", loc);
    if (!superuser && !this.catalog.canSetRole(cur, owner)) {
      return fail(this.version >= 16 ? `must be able to SET ROLE "${owner}"` : `must be member of role "${owner}"`, "insufficient_privilege", loc);
    }
    const template = statement.template ?? "template1";
    const source = this.catalog.databases.get(template);
    if (!source) return fail(`template database "${template}" does not exist`, "undefined_database", loc);
    if (!superuser && !["template0", "template1"].includes(template) && !this.catalog.privilegeRoles(cur).includes(source.owner)) {
      return fail(`permission denied to copy database "${template}"`, "insufficient_privilege", loc);
    }
    if (this.catalog.databases.has(statement.name)) return fail(`database "${statement.name}" already exists`, "duplicate_database", loc);
    this.catalog.databases.set(statement.name, newDatabase(statement.name, owner, loc));
    return null;
  }
  mustOwn(db, session, loc) {
    const cur = session.currentRole;
    if (this.catalog.isSuperuser(cur) || this.catalog.privilegeRoles(cur).includes(db.owner)) return null;
    return fail(`must be owner of database ${db.name}`, "insufficient_privilege", loc);
  }
  alterOwner(name, owner, session, loc) {
    const db = this.catalog.databases.get(name);
    if (!db) return fail(`database "${name}" does not exist`, "invalid_catalog_name", loc);
    if (!this.catalog.roles.has(owner)) return fail(`role "${owner}" does not exist`, "undefined_object", loc);
    if (db.owner === owner) return null;
    const cur = session.currentRole;
    if (!this.catalog.isSuperuser(cur)) {
      const notOwner = this.mustOwn(db, session, loc);
      if (notOwner) return notOwner;
      if (!this.catalog.canSetRole(cur, owner))
        return fail(this.version >= 16 ? `must be able to SET ROLE "${owner}"` : `must be member of role "${owner}"`, "insufficient_privilege", loc);
      if (!this.catalog.roles.get(cur)?.createdb) return fail("permission denied to change owner of database", "insufficient_privilege", loc);
    }
    aclNewOwner(db, db.owner, owner);
    db.owner = owner;
    db.ownerAt = loc;
    return null;
  }
  dropDatabase(name, missingOk, session, loc) {
    const blocked = this.blockError("DROP DATABASE", session, loc);
    if (blocked) return blocked;
    const db = this.catalog.databases.get(name);
    if (!db) return missingOk ? null : fail(`database "${name}" does not exist`, "invalid_catalog_name", loc);
    const notOwner = this.mustOwn(db, session, loc);
    if (notOwner) return notOwner;
    if (name === "template0" || name === "template1") return fail("cannot drop a template database", "wrong_object_type", loc);
    if (name === session.database) return fail("cannot drop the currently open database", "object_in_use", loc);
    this.catalog.databases.delete(name);
    return null;
  }
  renameDatabase(from, to, session, loc) {
    const db = this.catalog.databases.get(from);
    if (!db) return fail(`database "${from}" does not exist`, "invalid_catalog_name", loc);
    if (this.catalog.databases.has(to)) return fail(`database "${to}" already exists`, "duplicate_database", loc);
    if (from === session.database) return fail("current database cannot be renamed", "feature_not_supported", loc);
    if (!this.catalog.isSuperuser(session.currentRole)) {
      const notOwner = this.mustOwn(db, session, loc);
      if (notOwner) return notOwner;
      if (!this.catalog.roles.get(session.currentRole)?.createdb) return fail("permission denied to rename database", "insufficient_privilege", loc);
    }
    this.catalog.databases.delete(from);
    db.name = to;
    this.catalog.databases.set(to, db);
    return null;
  }
  grantDatabase(statement, session) {
    const loc = statement.loc;
    const isGrant = statement.kind === "grant-database";
    if (statement.invalidPrivileges.length > 0)
      return fail(`invalid privilege type ${statement.invalidPrivileges[0].toUpperCase()} for database`, "invalid_grant_operation", loc);
    const databases = [];
    for (const name of statement.databases) {
      const db = this.catalog.databases.get(name);
      if (!db) return fail(`database "${name}" does not exist`, "invalid_catalog_name", loc);
      databases.push(db);
    }
    const grantees = statement.grantees.map((g) => g === PUBLIC ? PUBLIC : this.roleName(g, session));
    for (const grantee of grantees) {
      if (grantee !== PUBLIC && !this.catalog.roles.has(grantee)) return fail(`role "${grantee}" does not exist`, "undefined_object", loc);
    }
    if (isGrant && statement.grantOption && grantees.includes(PUBLIC))
      return fail("grant options can only be granted to roles", "invalid_grant_operation", loc);
    const updated = /* @__PURE__ */ new Map();
    for (const db of databases) {
      const copy = {
        ...db,
        acl: db.acl ? db.acl.map((i) => ({ ...i, privileges: new Set(i.privileges), grantOptions: new Set(i.grantOptions) })) : null
      };
      const grantor = this.bestGrantor(copy, session.currentRole, statement.privileges);
      if (grantor.error) return fail(grantor.error, "insufficient_privilege", loc);
      if (grantor.privileges.length === 0) continue;
      for (const grantee of grantees) {
        if (isGrant) {
          if (statement.grantOption && grantee === grantor.role && grantor.role !== copy.owner)
            return fail("grant options cannot be granted back to your own grantor", "invalid_grant_operation", loc);
          aclGrant(copy, grantee, grantor.role, grantor.privileges, statement.grantOption, loc);
        } else {
          const error = aclRevoke(copy, grantee, grantor.role, grantor.privileges, statement.grantOptionOnly, statement.cascade);
          if (error) return fail(error, "dependent_privileges_exist", loc);
        }
        if (grantee === PUBLIC && grantor.privileges.includes("connect") && !statement.grantOptionOnly) copy.publicChangedAt = loc;
      }
      updated.set(db, copy);
    }
    for (const [db, copy] of updated) Object.assign(db, { acl: copy.acl, publicChangedAt: copy.publicChangedAt });
    return null;
  }
  /**
   * select_best_grantor: the owner when the current role has the owner's privileges (superusers
   * too); else the role among those it has privileges of that holds the most grant options.
   */
  bestGrantor(db, cur, wanted) {
    const roles = this.catalog.privilegeRoles(cur);
    if (this.catalog.isSuperuser(cur) || roles.includes(db.owner)) return { role: db.owner, privileges: wanted };
    let best = null;
    for (const role of roles) {
      const options = /* @__PURE__ */ new Set();
      for (const item of this.catalog.effectiveAcl(db)) if (item.grantee === role) for (const p of item.grantOptions) options.add(p);
      const usable = wanted.filter((p) => options.has(p));
      if (!best || usable.length > best.options.length) best = { role, options: usable };
    }
    if (best && best.options.length > 0) return { role: best.role, privileges: best.options };
    if (this.catalog.privilegesOn(cur, db.name).size > 0) return { role: cur, privileges: [] };
    return { role: cur, privileges: [], error: `permission denied for database ${db.name}` };
  }
  // ------------------------------------------------------------------ psql \gexec and DO
  condition(condition, loc) {
    switch (condition.kind) {
      case "const":
        return condition.value;
      case "not":
        return !this.condition(condition.arg, loc);
      case "and":
        return condition.args.every((c) => this.condition(c, loc));
      case "or":
        return condition.args.some((c) => this.condition(c, loc));
      case "exists":
        return condition.catalog === "role" ? this.catalog.roles.has(condition.name) : this.catalog.databases.has(condition.name);
      case "unknown":
        this.note(loc, `a condition svclint cannot evaluate (${condition.text.replace(/\s+/g, " ").slice(0, 80)}); svclint assumes it holds`);
        return true;
    }
  }
  gexec(statement, session) {
    if (!this.condition(statement.condition, statement.loc)) return null;
    for (const cell of statement.cells) {
      const error = this.runQueryString(cell, session);
      if (error) return error;
    }
    return null;
  }
  doBlock(statement, session) {
    if (statement.error) return fail(statement.error, "syntax_error", statement.loc);
    if (!statement.body) {
      this.note(statement.loc, "a DO block svclint cannot read");
      return null;
    }
    const snapshot = this.catalog.clone();
    const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
    const wasInFunction = session.inFunction;
    session.inFunction = true;
    try {
      const error = this.plSteps(statement.body, session);
      if (error) {
        this.rollbackTo(session, snapshot, roles);
        return error;
      }
    } catch (signal) {
      if (!(signal instanceof Stop && signal.kind === "return")) throw signal;
    } finally {
      session.inFunction = wasInFunction;
    }
    return null;
  }
  plSteps(steps, session) {
    for (const step of steps) {
      const error = this.plStep(step, session);
      if (error) return error;
    }
    return null;
  }
  plStep(step, session) {
    switch (step.kind) {
      case "sql":
        return this.step(step.step, session);
      case "unevaluated":
        this.note(step.loc, step.reason);
        return null;
      case "raise":
        return fail(step.message, "raise_exception", step.loc);
      case "return":
        throw new Stop("return");
      case "if": {
        for (const branch of step.branches) if (this.condition(branch.condition, step.loc)) return this.plSteps(branch.body, session);
        return this.plSteps(step.otherwise, session);
      }
      case "block": {
        if (step.handlers.length === 0) return this.plSteps(step.body, session);
        const snapshot = this.catalog.clone();
        const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
        const error = this.plSteps(step.body, session);
        if (!error) return null;
        const handler = step.handlers.find((h) => h.conditions.some((c) => c === error.condition || c === "others" && error.condition !== "query_canceled"));
        if (!handler) return error;
        this.rollbackTo(session, snapshot, roles);
        return this.plSteps(handler.body, session);
      }
    }
  }
};

// src/database/initdb/matrix.ts
function matrixOf(outcome, source) {
  const catalog = outcome.catalog;
  const superuser = catalog.bootstrap;
  const roles = [...catalog.roles.values()].filter((r) => !r.name.startsWith("pg_")).map((r) => ({
    name: r.name,
    created: !r.builtin,
    createdAt: r.createdAt,
    login: r.login,
    superuser: r.superuser,
    superuserAt: r.superuserAt,
    inherit: r.inherit,
    memberOf: [...r.memberOf].map(([role, m]) => ({ role, loc: m.loc, admin: m.admin, inherit: m.inherit, set: m.set }))
  }));
  const databases = [...catalog.databases.values()].filter((db) => db.name !== "template0" && db.name !== "template1").map((db) => ({
    name: db.name,
    created: !db.builtin,
    createdAt: db.createdAt,
    owner: db.owner,
    ownerAt: db.ownerAt,
    defaultAcl: db.acl === null,
    acl: catalog.effectiveAcl(db).map((item) => ({
      grantee: item.grantee,
      grantor: item.grantor,
      privileges: [...item.privileges].sort(),
      grantOptions: [...item.grantOptions].sort(),
      loc: item.loc ?? (db.acl === null ? db.createdAt : null)
    })),
    extensions: db.extensions
  }));
  const privileges = (role, database) => [...catalog.privilegesOn(role, database)].sort();
  const canConnect = (role, database) => {
    const db = catalog.databases.get(database);
    const state = catalog.roles.get(role);
    if (!db || !state) return { allowed: false, via: null, loc: null };
    if (state.superuser) return { allowed: true, via: "superuser", loc: state.superuserAt ?? state.createdAt };
    const acl = catalog.effectiveAcl(db);
    const own = acl.find((i) => i.grantee === role && i.privileges.has("connect"));
    if (own)
      return { allowed: true, via: own.grantor === role && db.owner === role ? "owner" : "grant", loc: own.loc ?? (own.grantor === role ? db.ownerAt : null) };
    for (const parent of catalog.privilegeRoles(role).slice(1)) {
      if (acl.some((i) => i.grantee === parent && i.privileges.has("connect")))
        return { allowed: true, via: "membership", loc: membershipLoc(catalog, role, parent) };
    }
    const pub = acl.find((i) => i.grantee === PUBLIC && i.privileges.has("connect"));
    if (pub) return { allowed: true, via: "public", loc: db.publicChangedAt ?? pub.loc ?? db.createdAt };
    return { allowed: false, via: null, loc: null };
  };
  const publicConnect = (database) => {
    const db = catalog.databases.get(database);
    if (!db) return { allowed: false, createdAt: null, changedAt: null };
    return { allowed: catalog.publicPrivileges(database).has("connect"), createdAt: db.createdAt, changedAt: db.publicChangedAt };
  };
  const holders = (database) => {
    const db = catalog.databases.get(database);
    if (!db) return [];
    const out = /* @__PURE__ */ new Map();
    const add = (holder) => {
      if (holder.role === superuser || holder.role === PUBLIC || out.has(holder.role)) return;
      out.set(holder.role, holder);
    };
    add({ role: db.owner, via: "owner", privileges: privileges(db.owner, database), through: null, loc: db.ownerAt });
    for (const item of catalog.effectiveAcl(db)) {
      if (item.grantee !== PUBLIC && item.privileges.size > 0)
        add({ role: item.grantee, via: "grant", privileges: privileges(item.grantee, database), through: null, loc: item.loc });
    }
    const direct = [...out.keys(), ...db.owner === superuser ? [] : []];
    for (const role of catalog.roles.values()) {
      if (out.has(role.name) || role.name === superuser) continue;
      const parents = catalog.memberRoles(role.name);
      const via = direct.find((holder) => parents.has(holder));
      if (via)
        add({ role: role.name, via: "membership", privileges: privileges(role.name, database), through: via, loc: membershipLoc(catalog, role.name, via) });
    }
    return [...out.values()];
  };
  const grantedConnectors = (database) => holders(database).filter((h) => h.privileges.includes("connect") || h.via === "owner").map((h) => h.role);
  let entries = null;
  return {
    source,
    superuser,
    version: catalog.version,
    roles,
    databases,
    stop: outcome.stop,
    lost: outcome.lost,
    unevaluated: outcome.unevaluated,
    get entries() {
      entries ??= roles.flatMap((r) => databases.map((db) => ({ role: r.name, database: db.name, ...canConnect(r.name, db.name) })));
      return entries;
    },
    canConnect,
    privileges,
    publicConnect,
    grantedConnectors,
    holders
  };
}
function membershipLoc(catalog, role, target) {
  const seen = /* @__PURE__ */ new Set([role]);
  let frontier = [{ name: role, first: null }];
  while (frontier.length > 0) {
    const next = [];
    for (const { name, first } of frontier) {
      for (const [parent, membership] of catalog.roles.get(name)?.memberOf ?? []) {
        if (seen.has(parent)) continue;
        const loc = first ?? membership.loc;
        if (parent === target) return loc;
        seen.add(parent);
        next.push({ name: parent, first: loc });
      }
    }
    frontier = next;
  }
  return null;
}

// src/database/initdb/types.ts
var UNKNOWN = "\uE000";

// src/database/initdb/read.ts
import { spawnSync } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";
import { gunzipSync as gunzipSync2 } from "node:zlib";

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
  appendAt(text, byteOffset, expansion, known2) {
    if (text === "") return;
    for (let u = 0; u < text.length; u++) this.origin.push(byteOffset);
    if (expansion)
      this.expansions.push({
        start: this.length,
        end: this.length + text.length,
        ...known2 ? { value: known2.value, ...known2.pid ? { pid: true } : {} } : {}
      });
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

// src/database/initdb/psql-lexer.ts
function newPsqlState(env, variables = []) {
  return { variables: new Map(variables), env, gset: false };
}
var IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
var PSQL_VAR = /^[A-Za-z_][A-Za-z0-9_]*/;
var DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
var SHELL_VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
var SENDS_BUFFER = /^(g|gx|gexec|gset|gdesc|crosstabview|watch)$/;
var AUTOMATIC_UNKNOWN = /* @__PURE__ */ new Set([
  "HOST",
  "PORT",
  "ENCODING",
  "VERSION",
  "VERSION_NAME",
  "VERSION_NUM",
  "SERVER_VERSION_NAME",
  "SERVER_VERSION_NUM",
  "LASTOID",
  "ERROR",
  "SQLSTATE",
  "ROW_COUNT",
  "LAST_ERROR_MESSAGE",
  "LAST_ERROR_SQLSTATE",
  "PID"
]);
function preparePsql(source, state = newPsqlState(/* @__PURE__ */ new Map())) {
  const src = source.text;
  const out = [];
  const origin = [];
  const result = {
    text: "",
    origin,
    statementEnds: [],
    connects: [],
    gexecEnds: /* @__PURE__ */ new Set(),
    describeEnds: /* @__PURE__ */ new Set(),
    metaCommands: [],
    psqlVariables: [],
    placeholders: [],
    events: [],
    pidExpansions: [],
    hasSql: false
  };
  const expansionAt = new Map(source.expansions.map((span) => [span.start, span]));
  const expansionStarts = source.expansions.map((span) => span.start).sort((a, b) => a - b);
  const inExpansion = (index) => {
    let lo = 0;
    let hi = expansionStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (expansionStarts[mid] <= index) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return false;
    const span = expansionAt.get(expansionStarts[found]);
    return index < span.end;
  };
  const conditionals = [];
  const active = () => conditionals.every((c) => c.active);
  const emit = (text, from) => {
    if (!active()) return blank(text, from);
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]);
      origin.push(source.origin[Math.min(from + k, src.length)]);
    }
  };
  const blank = (text, from) => {
    for (let k = 0; k < text.length; k++) {
      const ch = text[k];
      out.push(ch === "\n" || ch === "\r" ? ch : " ");
      origin.push(source.origin[Math.min(from + k, src.length)]);
    }
  };
  const emitAt = (text, at) => {
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]);
      origin.push(source.origin[at]);
    }
  };
  const copy = (from, to) => emit(src.slice(from, to), from);
  const copyQuoted = (from, to) => {
    if (source.expansions.length === 0 || !active()) return copy(from, to);
    let k = from;
    for (const span of source.expansions) {
      if (span.end <= k || span.start >= to) continue;
      copy(k, span.start);
      if (span.value !== void 0 && span.value !== null) emitAt(span.value, span.start);
      else {
        emitAt(UNKNOWN, span.start);
        copy(span.start, span.end);
      }
      k = span.end;
    }
    copy(k, to);
  };
  const scanPlaceholders = (from, to) => {
    if (!active()) return;
    const chunk = src.slice(from, to);
    if (!chunk.includes("$")) return;
    for (const match of chunk.matchAll(SHELL_VAR)) {
      const at = from + match.index;
      if (inExpansion(at)) continue;
      result.placeholders.push({ name: match[1] ?? match[2], offset: source.origin[at] });
    }
  };
  const sql = () => {
    if (active()) result.hasSql = true;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    const prev = i > 0 ? src[i - 1] : "";
    const span = expansionAt.get(i);
    if (span) {
      if (active()) {
        if (span.value !== void 0 && span.value !== null) {
          if (span.pid) result.pidExpansions.push(out.length);
          emitAt(span.value, span.start);
        } else {
          emitAt(`"${UNKNOWN}`, i);
          copy(span.start, span.end);
          emitAt('"', span.end - 1);
        }
        sql();
      } else blank(src.slice(span.start, span.end), span.start);
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
      copyQuoted(i, end);
      sql();
      i = end;
      continue;
    }
    if (c === '"') {
      const end = quotedEnd(src, i, '"', false);
      scanPlaceholders(i, end);
      copyQuoted(i, end);
      sql();
      i = end;
      continue;
    }
    if (c === "$") {
      const tag = IDENT_CHAR.test(prev) ? null : DOLLAR_TAG.exec(src.slice(i, i + 64));
      if (tag) {
        const close = src.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? src.length : close + tag[0].length;
        scanPlaceholders(i + tag[0].length, close < 0 ? end : close);
        copyQuoted(i, end);
        sql();
        i = end;
        continue;
      }
      const match = IDENT_CHAR.test(prev) ? null : /^\$\{[^}\n]*\}|^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
      if (match) {
        scanPlaceholders(i, i + match[0].length);
        copy(i, i + match[0].length);
        sql();
        i += match[0].length;
        continue;
      }
    }
    if (c === ":" && next !== ":" && prev !== ":") {
      const substituted = substituteVariable(src, i, state);
      if (substituted) {
        if (active()) {
          result.psqlVariables.push({ name: substituted.name, at: out.length, offset: source.origin[i] });
          emitAt(substituted.text, i);
          sql();
        } else blank(src.slice(i, i + substituted.length), i);
        i += substituted.length;
        continue;
      }
    }
    if (c === "\\") {
      i = metaCommand(src, i);
      continue;
    }
    if (c === ";" && active()) result.statementEnds.push(out.length);
    if (!/\s/.test(c)) sql();
    copy(i, i + 1);
    i++;
  }
  origin.push(source.origin[src.length]);
  result.text = out.join("");
  return result;
  function metaCommand(text, start) {
    let end = indexOrEnd(text, "\n", start);
    const separator = text.indexOf("\\\\", start + 1);
    if (separator >= 0 && separator < end) end = separator + 2;
    const body = text.slice(start + 1, end);
    const name = /^[A-Za-z]+/.exec(body)?.[0] ?? body.slice(0, 1);
    const args = substituteArgs(body.slice(name.length).replace(/\\\\$/, ""), state);
    const offset = source.origin[start];
    const event = (e) => {
      result.events.push({ ...e, at: out.length, offset });
    };
    const wasActive = active();
    if (name === "if" || name === "elif" || name === "else" || name === "endif") {
      conditional(name, args.text, args.unknown, event);
    } else if (wasActive) {
      result.metaCommands.push({ name, offset });
      const sends = SENDS_BUFFER.test(name);
      if (sends) {
        result.statementEnds.push(out.length);
        if (name === "gexec") result.gexecEnds.add(out.length);
        if (name === "gdesc") result.describeEnds.add(out.length);
      }
      const words = splitArgs(args.text);
      if (name === "c" || name === "connect") {
        const database = connectTarget(args.text);
        if (database !== null) result.connects.push({ at: out.length, database });
        const user = words[1] && !words[1].startsWith("-reuse") ? words[1] : null;
        if (args.unknown) event({ kind: "unevaluated", reason: `\\${name} with a psql variable svclint cannot know` });
        else event({ kind: "connect", database: database === "-" ? null : database, user: user === "-" ? null : user });
        if (database !== null && database !== "-") state.variables.set("DBNAME", database);
        if (user && user !== "-") state.variables.set("USER", user);
      } else if (name === "set") {
        if (words[0]) {
          const echoed = /^\s*\S+\s+`\s*echo\s+"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?\s*`\s*$/.exec(args.text)?.[1];
          const value = echoed !== void 0 ? state.env.get(echoed) ?? null : args.unknown || /`/.test(body) ? null : words.slice(1).join("");
          state.variables.set(words[0], value);
          if (words[0] === "ON_ERROR_STOP") event({ kind: "on-error-stop", value: value === null ? null : psqlBool(value === "" ? "on" : value) });
        }
      } else if (name === "unset") {
        if (words[0]) state.variables.delete(words[0]);
        if (words[0] === "ON_ERROR_STOP") event({ kind: "on-error-stop", value: false });
      } else if (name === "getenv") {
        if (words[0]) state.variables.set(words[0], words[1] ? state.env.get(words[1]) ?? null : null);
      } else if (name === "gset") {
        state.gset = true;
      } else if (name === "i" || name === "include" || name === "ir" || name === "include_relative") {
        event({ kind: "unevaluated", reason: `\\${name} runs another file, which svclint does not follow` });
      } else if (name === "q" || name === "quit") {
        event({ kind: "quit" });
        blank(text.slice(start), start);
        return text.length;
      } else if (name === "!" || name === "o" || name === "out") {
      }
      for (let k = start; k < end; k++) {
        const ch = text[k];
        out.push(k === start && sends ? ";" : ch === "\n" || ch === "\r" ? ch : " ");
        origin.push(source.origin[k]);
      }
      return end;
    }
    blank(text.slice(start, end), start);
    return end;
  }
  function conditional(name, condition, unknown, event) {
    const evaluate = () => {
      const value = unknown ? null : psqlBool(condition.trim());
      if (value === null) {
        event({
          kind: "unevaluated",
          reason: `\\${name} ${unknown ? "on a psql variable svclint cannot know" : "with a condition svclint cannot evaluate"} (svclint reads the first branch)`
        });
        return true;
      }
      return value;
    };
    if (name === "if") {
      const parentActive = active();
      const value = parentActive ? evaluate() : false;
      conditionals.push({ active: parentActive && value, taken: parentActive && value, parentActive });
    } else if (name === "elif") {
      const top = conditionals.at(-1);
      if (!top) return;
      if (top.taken || !top.parentActive) top.active = false;
      else {
        top.active = evaluate();
        top.taken = top.active;
      }
    } else if (name === "else") {
      const top = conditionals.at(-1);
      if (!top) return;
      top.active = top.parentActive && !top.taken;
      top.taken = true;
    } else conditionals.pop();
  }
}
function substituteVariable(src, i, state) {
  const next = src[i + 1];
  if (next === "{" && src[i + 2] === "?") {
    const m = /^:\{\?([A-Za-z_][A-Za-z0-9_]*)\}/.exec(src.slice(i, i + 260));
    if (!m) return null;
    const known2 = state.variables.has(m[1]) ? "TRUE" : state.gset ? null : "FALSE";
    return { name: m[1], text: known2 ?? `${UNKNOWN}:{?${m[1]}}`, length: m[0].length };
  }
  const quote = next === "'" || next === '"' ? next : "";
  const name = PSQL_VAR.exec(src.slice(i + 1 + quote.length, i + 256));
  if (!name || quote && src[i + 1 + quote.length + name[0].length] !== quote) return null;
  const length = 1 + name[0].length + quote.length * 2;
  const value = lookup(state, name[0]);
  if (value === void 0) return null;
  if (value === null) {
    const standIn = quote === "'" ? `'${UNKNOWN}:${name[0]}'` : `"${UNKNOWN}:${name[0]}"`;
    return { name: name[0], text: standIn, length };
  }
  const text = quote === "'" ? `'${value.replace(/'/g, "''")}'` : quote === '"' ? `"${value.replace(/"/g, '""')}"` : value;
  return { name: name[0], text, length };
}
function lookup(state, name) {
  if (state.variables.has(name)) return state.variables.get(name);
  if (AUTOMATIC_UNKNOWN.has(name) || state.gset) return null;
  return void 0;
}
function substituteArgs(args, state) {
  let unknown = false;
  const defined = args.replace(/:\{\?([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, name) => {
    if (state.variables.has(name)) return "TRUE";
    if (state.gset) unknown = true;
    return "FALSE";
  });
  const text = defined.replace(/:(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g, (whole, _quote, name) => {
    const value = lookup(state, name);
    if (value === void 0) return whole;
    if (value === null) {
      unknown = true;
      return whole;
    }
    return value;
  });
  return { text, unknown };
}
function splitArgs(args) {
  return [...args.matchAll(/'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\S+)/g)].map((m) => m[1]?.replace(/''/g, "'") ?? m[2]?.replace(/""/g, '"') ?? m[3]);
}
function psqlBool(text) {
  const value = text.toLowerCase();
  if (value === "") return null;
  if ("true".startsWith(value) || "yes".startsWith(value) || value === "on" || value === "1") return true;
  if ("false".startsWith(value) || "no".startsWith(value) || value.length >= 2 && "off".startsWith(value) || value === "0") return false;
  return null;
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
function sqlComments(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "-" && next === "-") {
      const end = indexOrEnd(text, "\n", i);
      out.push({ offset: i, body: text.slice(i + 2, end).trim() });
      i = end;
    } else if (c === "/" && next === "*") {
      i = blockCommentEnd(text, i);
    } else if (c === "'" || c === '"') {
      const prev = i > 0 ? text[i - 1] : "";
      i = quotedEnd(text, i, c, c === "'" && (prev === "e" || prev === "E") && !(i > 1 && IDENT_CHAR.test(text[i - 2])));
    } else if (c === "$" && !(i > 0 && IDENT_CHAR.test(text[i - 1]))) {
      const tag = DOLLAR_TAG.exec(text.slice(i, i + 64));
      if (!tag) {
        i++;
        continue;
      }
      const close = text.indexOf(tag[0], i + tag[0].length);
      i = close < 0 ? text.length : close + tag[0].length;
    } else {
      i++;
    }
  }
  return out;
}

// src/database/initdb/expressions.ts
var NAME_COLUMNS = {
  pg_roles: { catalog: "role", columns: ["rolname"] },
  pg_authid: { catalog: "role", columns: ["rolname"] },
  pg_user: { catalog: "role", columns: ["usename"] },
  pg_shadow: { catalog: "role", columns: ["usename"] },
  pg_group: { catalog: "role", columns: ["groname"] },
  pg_database: { catalog: "database", columns: ["datname"] }
};
function constantText(node) {
  if (!node) return null;
  const constant = node.A_Const;
  if (constant) {
    if (constant.isnull) return null;
    if (constant.sval) return typeof constant.sval.sval === "string" ? constant.sval.sval : "";
    if (constant.ival) return String(constant.ival.ival ?? 0);
    return null;
  }
  const cast = node.TypeCast;
  if (cast) return constantText(cast.arg);
  const expr = node.A_Expr;
  if (expr && expr.name?.[0]?.String?.sval === "||") {
    const left = constantText(expr.lexpr);
    const right = constantText(expr.rexpr);
    return left === null || right === null ? null : left + right;
  }
  const call = node.FuncCall;
  if (call) {
    const name = call.funcname?.at(-1)?.String?.sval;
    const args = (call.args ?? []).map((a) => constantText(a));
    if (args.some((a) => a === null)) return null;
    const values = args;
    switch (name) {
      case "format":
        return values.length > 0 ? format(values[0], values.slice(1)) : null;
      case "quote_ident":
        return values.length === 1 ? quoteIdent(values[0]) : null;
      case "quote_literal":
        return values.length === 1 ? quoteLiteral(values[0]) : null;
      case "concat":
        return values.join("");
      case "lower":
        return values.length === 1 ? values[0].toLowerCase() : null;
    }
  }
  return null;
}
function format(template, args) {
  let next = 0;
  let failed2 = false;
  const text = template.replace(/%(?:(\d+)\$)?([sIL%])/g, (_whole, position, type) => {
    if (type === "%") return "%";
    const index = position ? Number(position) - 1 : next;
    next = index + 1;
    const value = args[index];
    if (value === void 0) {
      failed2 = true;
      return "";
    }
    return type === "I" ? quoteIdent(value) : type === "L" ? quoteLiteral(value) : value;
  });
  return failed2 ? null : text;
}
function quoteIdent(value) {
  return `"${value.replace(/"/g, '""')}"`;
}
function quoteLiteral(value) {
  const body = value.replace(/'/g, "''");
  return value.includes("\\") ? `E'${body.replace(/\\/g, "\\\\")}'` : `'${body}'`;
}
function conditionOf(node, text) {
  if (!node) return { kind: "const", value: true };
  const constant = node.A_Const;
  if (constant?.boolval) return { kind: "const", value: constant.boolval.boolval === true };
  const cast = node.TypeCast;
  if (cast) {
    const type = cast.typeName?.names?.at(-1)?.String?.sval;
    const value = constantText(cast.arg);
    if (type === "bool" && value !== null && /^(t|true|f|false)$/i.test(value)) return { kind: "const", value: /^t/i.test(value) };
  }
  const bool = node.BoolExpr;
  if (bool) {
    const args = (bool.args ?? []).map((a) => conditionOf(a, text));
    if (bool.boolop === "NOT_EXPR") return { kind: "not", arg: args[0] ?? { kind: "unknown", text } };
    return { kind: bool.boolop === "AND_EXPR" ? "and" : "or", args };
  }
  const sublink = node.SubLink;
  if (sublink?.subLinkType === "EXISTS_SUBLINK") {
    const lookup2 = catalogLookup(sublink.subselect?.SelectStmt ?? {});
    if (lookup2) return { kind: "exists", ...lookup2 };
  }
  return { kind: "unknown", text };
}
function catalogLookup(select) {
  const from = select.fromClause ?? [];
  if (from.length !== 1) return null;
  const range = from[0].RangeVar;
  if (!range?.relname || range.schemaname && range.schemaname !== "pg_catalog") return null;
  const relation = NAME_COLUMNS[range.relname];
  if (!relation) return null;
  const where = select.whereClause;
  const eq = where?.A_Expr;
  if (!eq || eq.kind !== "AEXPR_OP" || eq.name?.[0]?.String?.sval !== "=") return null;
  const column = (n) => {
    const fields = n?.ColumnRef?.fields ?? [];
    const last = fields.at(-1)?.String;
    return last?.sval ?? null;
  };
  const [colNode, valueNode] = column(eq.lexpr) ? [eq.lexpr, eq.rexpr] : [eq.rexpr, eq.lexpr];
  const col = column(colNode);
  const value = constantText(valueNode);
  if (!col || !relation.columns.includes(col) || value === null || value.includes(UNKNOWN)) return null;
  return { catalog: relation.catalog, name: value };
}

// src/database/initdb/pg-parser.ts
import { setFlagsFromString } from "node:v8";
var loading = null;
var plpgsql = null;
var WASM_TIERING_BUDGET = 9e7;
var loadMillis = null;
function loadPgParser() {
  loading ??= (async () => {
    const started = performance.now();
    setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
    const pg = await import("libpg-query");
    await pg.loadModule();
    loadMillis = performance.now() - started;
    plpgsql = pg.parsePlPgSQLSync;
    return pg.parseSync;
  })();
  return loading;
}
async function parsePlpgsql(statement) {
  await loadPgParser();
  const tree = plpgsql(statement);
  const fn = tree.plpgsql_funcs?.[0]?.PLpgSQL_function;
  return fn ?? null;
}
async function parseOne(sql) {
  const parse = await loadPgParser();
  try {
    const stmt = parse(sql).stmts?.[0]?.stmt;
    return stmt ?? null;
  } catch {
    return null;
  }
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

// src/database/initdb/plpgsql.ts
var KEYWORDS = {
  PLpgSQL_stmt_if: /\bIF\b/i,
  PLpgSQL_stmt_dynexecute: /\bEXECUTE\b/i,
  PLpgSQL_stmt_raise: /\bRAISE\b/i,
  PLpgSQL_stmt_loop: /\bLOOP\b/i,
  PLpgSQL_stmt_while: /\bWHILE\b/i,
  PLpgSQL_stmt_fori: /\bFOR\b/i,
  PLpgSQL_stmt_fors: /\bFOR\b/i,
  PLpgSQL_stmt_dynfors: /\bFOR\b/i,
  PLpgSQL_stmt_foreach_a: /\bFOREACH\b/i,
  PLpgSQL_stmt_case: /\bCASE\b/i,
  PLpgSQL_stmt_call: /\bCALL\b/i
};
var ERROR_LEVEL = 21;
async function readDoBody(statement, locate, model) {
  if (/\bLANGUAGE\s+(?!'?plpgsql\b)/i.test(statement.slice(0, 200)))
    return { body: [{ kind: "unevaluated", loc: locate(0), reason: "a DO block in a language other than PL/pgSQL" }], error: null };
  let fn;
  try {
    fn = await parsePlpgsql(statement);
  } catch (error) {
    return { body: null, error: safeMessage(error instanceof Error ? error.message : String(error), "") };
  }
  if (!fn) return { body: null, error: null };
  const lineStarts2 = [0];
  for (let i = 0; i < statement.length; i++) if (statement.charCodeAt(i) === 10) lineStarts2.push(i + 1);
  const lineAt2 = (lineno) => lineStarts2[Math.max(0, Math.min(Number(lineno ?? 1) - 1, lineStarts2.length - 1))];
  const sqls = [];
  const convert = async (list2) => {
    const out = [];
    for (const item of list2 ?? []) {
      const [type, node] = Object.entries(item)[0] ?? ["", {}];
      const stmt = node;
      const lineStart = lineAt2(stmt.lineno);
      const keyword = KEYWORDS[type];
      const found = keyword ? statement.slice(lineStart).search(keyword) : -1;
      const at = found >= 0 ? lineStart + found : lineStart;
      const loc = locate(at);
      switch (type) {
        case "PLpgSQL_stmt_block": {
          const handlers = [];
          const exceptions = stmt.exceptions?.PLpgSQL_exception_block?.exc_list;
          for (const entry of exceptions ?? []) {
            const handler = entry.PLpgSQL_exception;
            const names = (handler.conditions ?? []).map((c) => String(c.PLpgSQL_condition?.condname ?? ""));
            handlers.push({ conditions: names, body: await convert(handler.action) });
          }
          out.push({ kind: "block", loc, body: await convert(stmt.body), handlers });
          break;
        }
        case "PLpgSQL_stmt_if": {
          const branches = [{ condition: await condition(stmt.cond), body: await convert(stmt.then_body) }];
          for (const elsif of stmt.elsif_list ?? []) {
            const branch = elsif.PLpgSQL_if_elsif;
            branches.push({ condition: await condition(branch.cond), body: await convert(branch.stmts) });
          }
          out.push({ kind: "if", loc, branches, otherwise: await convert(stmt.else_body) });
          break;
        }
        case "PLpgSQL_stmt_execsql": {
          const query = String(stmt.sqlstmt?.PLpgSQL_expr?.query ?? "");
          if (stmt.into) break;
          const found2 = statement.indexOf(query, at);
          const entry = { at: found2 >= 0 ? found2 : at, query, steps: [] };
          sqls.push(entry);
          out.push({ kind: "sql", step: { kind: "unevaluated", loc, database: null, reason: "pending" } });
          out[out.length - 1].entry = entry;
          break;
        }
        case "PLpgSQL_stmt_dynexecute": {
          const expr = String(stmt.query?.PLpgSQL_expr?.query ?? "");
          const tree = await parseOne(`SELECT ${expr}`);
          const target = tree?.SelectStmt?.targetList?.[0]?.ResTarget;
          const text = constantText(target?.val);
          if (text === null || stmt.into || stmt.params) {
            out.push({ kind: "unevaluated", loc, reason: "EXECUTE of dynamic SQL in a DO block" });
            break;
          }
          const entry = { at, query: text, steps: [] };
          sqls.push(entry);
          out.push({ kind: "sql", step: { kind: "unevaluated", loc, database: null, reason: "pending" } });
          out[out.length - 1].entry = entry;
          out[out.length - 1].constant = true;
          break;
        }
        case "PLpgSQL_stmt_raise": {
          const level = Number(stmt.elog_level ?? ERROR_LEVEL);
          if (!stmt.condname && !stmt.message && stmt.elog_level === void 0)
            out.push({ kind: "unevaluated", loc, reason: "RAISE without arguments (re-raise) in a DO block" });
          else if (level >= ERROR_LEVEL) out.push({ kind: "raise", loc, message: String(stmt.message ?? stmt.condname ?? "exception raised") });
          break;
        }
        case "PLpgSQL_stmt_return":
          if (stmt.expr) out.push({ kind: "unevaluated", loc, reason: "RETURN with a value in a DO block" });
          else out.push({ kind: "return", loc });
          break;
        case "PLpgSQL_stmt_assign":
        case "PLpgSQL_stmt_perform":
        case "PLpgSQL_stmt_getdiag":
        case "PLpgSQL_stmt_assert":
          break;
        default:
          out.push({
            kind: "unevaluated",
            loc,
            reason: `${type.replace(/^PLpgSQL_stmt_/, "").toUpperCase()} in a DO block (loops, CASE, cursors and transaction control are not evaluated)`
          });
      }
    }
    return out;
  };
  const condition = async (expr) => {
    const text = String(expr?.PLpgSQL_expr?.query ?? "");
    const tree = await parseOne(`SELECT ${text}`);
    const target = tree?.SelectStmt?.targetList?.[0]?.ResTarget;
    return conditionOf(target?.val, text);
  };
  const action = fn.action?.PLpgSQL_stmt_block ?? {};
  const body = await convert([{ PLpgSQL_stmt_block: action }]);
  if (sqls.length > 0) {
    const parts = [];
    const starts = [];
    const ends = [];
    let length = 0;
    for (const sql of sqls) {
      starts.push(length);
      parts.push(sql.query, ";\n");
      length += sql.query.length;
      ends.push(length);
      length += 2;
    }
    const joined = parts.join("");
    const parsed = await parseStatements(joined, ends);
    const chunkOf = (index) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const toStatement = (index) => {
      const k = chunkOf(index);
      return sqls[k].at + Math.min(index - starts[k], sqls[k].query.length);
    };
    const first = parsed.errors[0];
    if (first) return { body: null, error: safeMessage(first.message, joined.slice(0, first.at)) };
    for (const raw of parsed.statements) sqls[chunkOf(raw.start)].steps.push(...await model(raw, joined, toStatement));
  }
  return { body: expand(body), error: null };
}
function expand(steps) {
  const out = [];
  for (const step of steps) {
    const entry = step.entry;
    if (entry) out.push(...entry.steps);
    else if (step.kind === "if") out.push({ ...step, branches: step.branches.map((b) => ({ ...b, body: expand(b.body) })), otherwise: expand(step.otherwise) });
    else if (step.kind === "block") out.push({ ...step, body: expand(step.body), handlers: step.handlers.map((h) => ({ ...h, body: expand(h.body) })) });
    else out.push(step);
  }
  return out;
}

// src/database/initdb/statements.ts
var VARIABLE_TEXT = /\$\{|\$[A-Za-z_]|\$\(|`/;
var ALL_PRIVILEGES2 = ["connect", "create", "temp"];
function modelStatement(raw, ctx) {
  const base = { loc: ctx.loc(skipTrivia(ctx.text, raw.start, raw.end)), database: ctx.database };
  const node = raw.node;
  let literalPasswordAt = null;
  const password = (option) => {
    const value = option.arg?.String;
    if (value === void 0 || typeof value.sval !== "string") return "none";
    const quoteAt = passwordLiteralAt(ctx.text, raw.at(Number(option.location ?? 0)), raw.end);
    if (VARIABLE_TEXT.test(value.sval) || value.sval.includes(UNKNOWN) || quoteAt !== null && ctx.psqlVariableAt(quoteAt)) return "placeholder";
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
        const admins = roleListOption(options, "adminmembers");
        return {
          ...base,
          kind: "create-role",
          role: String(node.role ?? ""),
          login: flag("canlogin") ?? isUser,
          superuser: flag("superuser") ?? false,
          inherit: flag("inherit") ?? true,
          createdb: flag("createdb") ?? false,
          createrole: flag("createrole") ?? false,
          password: passwordOption ? password(passwordOption) : "none",
          memberOf: roleListOption(options, "addroleto"),
          members: [...roleListOption(options, "rolemembers"), ...admins],
          admins
        };
      }
      case "AlterRoleStmt": {
        const options = defElems(node.options);
        const members = options.find((o) => o.defname === "rolemembers");
        if (members) {
          return {
            ...base,
            kind: Number(node.action ?? 1) < 0 ? "revoke-role" : "grant-role",
            roles: [roleName(node.role)],
            grantees: roleListOption(options, "rolemembers"),
            options: {},
            optionOnly: null,
            since16: false
          };
        }
        const passwordOption = options.find((o) => o.defname === "password");
        return {
          ...base,
          kind: "alter-role",
          role: roleName(node.role),
          password: passwordOption ? password(passwordOption) : null,
          login: booleanOption(options, "canlogin"),
          superuser: booleanOption(options, "superuser"),
          inherit: booleanOption(options, "inherit"),
          createdb: booleanOption(options, "createdb"),
          createrole: booleanOption(options, "createrole")
        };
      }
      case "CreatedbStmt": {
        const options = defElems(node.options);
        const text = (name) => {
          const arg = options.find((o) => o.defname === name)?.arg;
          if (!arg) return null;
          const role = arg.RoleSpec;
          return role ? roleName(role) : stringValue(arg);
        };
        return { ...base, kind: "create-database", name: String(node.dbname ?? ""), owner: text("owner"), template: text("template") };
      }
      case "AlterOwnerStmt":
        if (node.objectType !== "OBJECT_DATABASE") return other(raw.type, { roles: [roleName(node.newowner)], dependents: [roleName(node.newowner)] });
        return { ...base, kind: "alter-database-owner", name: stringValue(node.object) ?? "", owner: roleName(node.newowner) };
      case "GrantStmt": {
        const grantees = list(node.grantees).map((g) => roleName(g.RoleSpec ?? g));
        if (node.objtype !== "OBJECT_DATABASE" || node.targtype !== "ACL_TARGET_OBJECT") {
          const named = grantees.filter((g) => g !== "public");
          return other(raw.type, { roles: named, dependents: node.is_grant === true && node.targtype === "ACL_TARGET_OBJECT" ? named : [] });
        }
        const { privileges, invalid } = databasePrivileges(node.privileges);
        const isGrant = node.is_grant === true;
        return {
          ...base,
          kind: isGrant ? "grant-database" : "revoke-database",
          privileges,
          invalidPrivileges: invalid,
          databases: list(node.objects).map((o) => stringValue(o) ?? ""),
          grantees,
          grantOption: isGrant && node.grant_option === true,
          grantOptionOnly: !isGrant && node.grant_option === true,
          cascade: node.behavior === "DROP_CASCADE"
        };
      }
      case "GrantRoleStmt": {
        const opts = defElems(node.opt);
        const options = {};
        for (const o of opts)
          if (o.defname === "admin" || o.defname === "inherit" || o.defname === "set") options[o.defname] = booleanOption(opts, o.defname) ?? true;
        const isGrant = node.is_grant === true;
        const optionOnly = isGrant ? null : opts[0]?.defname ?? null;
        return {
          ...base,
          kind: isGrant ? "grant-role" : "revoke-role",
          roles: list(node.granted_roles).map((r) => String(r.AccessPriv?.priv_name ?? "")),
          grantees: list(node.grantee_roles).map((g) => roleName(g.RoleSpec ?? g)),
          options: isGrant ? options : {},
          optionOnly,
          since16: opts.some((o) => o.defname === "inherit" || o.defname === "set")
        };
      }
      case "CreateExtensionStmt":
        return { ...base, kind: "create-extension", name: String(node.extname ?? "") };
      case "DropRoleStmt":
        return { ...base, kind: "drop-role", roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), missingOk: node.missing_ok === true };
      case "DropdbStmt":
        return { ...base, kind: "drop-database", name: String(node.dbname ?? ""), missingOk: node.missing_ok === true };
      case "RenameStmt":
        if (node.renameType === "OBJECT_DATABASE")
          return { ...base, kind: "rename-database", from: String(node.subname ?? ""), to: String(node.newname ?? "") };
        if (node.renameType === "OBJECT_ROLE") return { ...base, kind: "rename-role", from: String(node.subname ?? ""), to: String(node.newname ?? "") };
        break;
      case "ReassignOwnedStmt":
        return { ...base, kind: "reassign-owned", roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), newOwner: roleName(node.newrole) };
      case "DropOwnedStmt":
        return { ...base, kind: "drop-owned", roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), newOwner: null };
      case "VariableSetStmt": {
        const name = String(node.name ?? "");
        if (name !== "role" && name !== "session_authorization") break;
        const value = node.kind === "VAR_SET_VALUE" ? stringValue((list(node.args)[0] ?? {}).A_Const?.sval) : null;
        const role = value === null || name === "role" && value === "none" ? null : value;
        if (node.kind === "VAR_RESET_ALL") break;
        return { ...base, kind: name === "role" ? "set-role" : "set-session-authorization", role, local: node.is_local === true };
      }
      case "TransactionStmt": {
        const kinds = {
          TRANS_STMT_BEGIN: "begin",
          TRANS_STMT_START: "begin",
          TRANS_STMT_COMMIT: "commit",
          TRANS_STMT_ROLLBACK: "rollback",
          TRANS_STMT_SAVEPOINT: "savepoint",
          TRANS_STMT_RELEASE: "release",
          TRANS_STMT_ROLLBACK_TO: "rollback-to",
          TRANS_STMT_PREPARE: "prepare",
          TRANS_STMT_COMMIT_PREPARED: "prepare",
          TRANS_STMT_ROLLBACK_PREPARED: "prepare"
        };
        const action = kinds[String(node.kind)];
        if (!action) break;
        return { ...base, kind: "transaction", action, savepoint: typeof node.savepoint_name === "string" ? node.savepoint_name : null };
      }
      case "AlterRoleSetStmt":
        return other(raw.type, { roles: node.role ? [roleName(node.role)] : [] });
      case "AlterDatabaseSetStmt":
      case "AlterDatabaseStmt":
        return other(raw.type, { databases: [String(node.dbname ?? "")] });
      case "CommentStmt":
        if (node.objtype === "OBJECT_DATABASE") return other(raw.type, { databases: [stringValue(node.object) ?? ""] });
        if (node.objtype === "OBJECT_ROLE") return other(raw.type, { roles: [stringValue(node.object) ?? ""] });
        break;
      case "CreateSchemaStmt":
        if (node.authrole) return other(raw.type, { roles: [roleName(node.authrole)], dependents: [roleName(node.authrole)] });
        break;
      case "AlterDefaultPrivilegesStmt": {
        const forRoles = roleListOption(defElems(node.options), "roles");
        const action = node.action ?? {};
        const grantees = list(action.grantees).map((g) => roleName(g.RoleSpec ?? g)).filter((g) => g !== "public");
        return other(raw.type, { roles: [...forRoles, ...grantees], dependents: [...forRoles, ...grantees] });
      }
    }
    return other(raw.type, {});
  })();
  function other(type, refs) {
    const statement2 = { ...base, kind: "other", node: type };
    if (refs.roles?.length) statement2.roles = refs.roles;
    if (refs.databases?.length) statement2.databases = refs.databases;
    if (refs.dependents?.length) statement2.dependents = refs.dependents;
    return statement2;
  }
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
  if (names.length === 0 || names.includes("all")) return { privileges: [...ALL_PRIVILEGES2], invalid: [] };
  const out = /* @__PURE__ */ new Set();
  const invalid = [];
  for (const name of names) {
    if (name === "connect") out.add("connect");
    else if (name === "create") out.add("create");
    else if (name === "temp" || name === "temporary") out.add("temp");
    else invalid.push(name);
  }
  return { privileges: [...out], invalid };
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
  return { kind, file, statements: [], placeholders: [], literalPasswords: [], metaCommands: [], psqlVariables: [], errors: [], runs: [], unevaluated: [] };
}
function withEntrypointDefaults(env) {
  if (env.has("POSTGRES_USER") && env.has("POSTGRES_DB")) return env;
  const out = new Map(env);
  if (!out.has("POSTGRES_USER")) out.set("POSTGRES_USER", "postgres");
  if (!out.has("POSTGRES_DB")) out.set("POSTGRES_DB", out.get("POSTGRES_USER") ?? "postgres");
  return out;
}
function imagePsqlVariables(env, user, database) {
  const superuser = env.has("POSTGRES_USER") ? env.get("POSTGRES_USER") : "postgres";
  const defaultDb = env.has("POSTGRES_DB") ? env.get("POSTGRES_DB") : superuser;
  return [
    ["ON_ERROR_STOP", "1"],
    ["USER", user ?? superuser],
    ["DBNAME", database ?? defaultDb]
  ];
}
async function parseInitSql(abs, text, origin = "sql", given = /* @__PURE__ */ new Map()) {
  const script = emptyScript(origin, abs);
  const env = withEntrypointDefaults(given);
  const source = sqlFileSource(abs, text.replace(/^\uFEFF/, " "));
  const steps = await readSqlInto(script, source, newPsqlState(env, imagePsqlVariables(env, null, null)));
  script.runs.push({
    loc: { file: abs, line: 1, column: 1 },
    user: null,
    database: null,
    onErrorStop: true,
    mode: "script",
    singleTransaction: false,
    steps,
    uncertain: null,
    errexit: true,
    last: true
  });
  return script;
}
async function readSqlInto(script, source, psql, options = {}) {
  let prepared;
  try {
    prepared = preparePsql(source, psql);
  } catch (error) {
    const loc = source.lines.loc(source.origin[0] ?? 0);
    script.errors.push({ message: `could not read SQL: ${oneLine(error)}`, loc });
    return [{ kind: "syntax-error", loc, database: source.database, message: `could not read SQL: ${oneLine(error)}` }];
  }
  const locOf = (at) => source.lines.loc(prepared.origin[Math.max(0, Math.min(at, prepared.origin.length - 1))]);
  const byOffset = (offset) => source.lines.loc(offset);
  if (!options.nested) {
    script.metaCommands.push(...prepared.metaCommands.map((m) => ({ name: m.name, loc: byOffset(m.offset) })));
    script.psqlVariables.push(...prepared.psqlVariables.map((v) => ({ name: v.name, loc: byOffset(v.offset) })));
    script.placeholders.push(...prepared.placeholders.map((p) => ({ name: p.name, loc: byOffset(p.offset) })));
  }
  const databaseAt = (at) => {
    let database = source.database;
    for (const connect of prepared.connects) {
      if (connect.at > at) break;
      if (connect.database !== "-") database = connect.database;
    }
    return database;
  };
  const positioned = [];
  for (const event of prepared.events) {
    const loc = byOffset(event.offset);
    const database = databaseAt(event.at);
    if (event.kind === "connect") positioned.push({ at: event.at, steps: [{ kind: "connect", loc, database, target: event.database, user: event.user }] });
    else if (event.kind === "unevaluated") positioned.push({ at: event.at, steps: [{ kind: "unevaluated", loc, database, reason: event.reason }] });
    else if (event.kind === "on-error-stop") positioned.push({ at: event.at, steps: [{ kind: "on-error-stop", loc, database, value: event.value }] });
    else positioned.push({ at: event.at, steps: [{ kind: "quit", loc, database }] });
  }
  if (prepared.hasSql) {
    let parsed;
    try {
      parsed = await parseStatements(prepared.text, prepared.statementEnds);
    } catch (error) {
      script.errors.push({ message: `could not load the PostgreSQL parser: ${oneLine(error)}`, loc: locOf(0) });
      return [];
    }
    for (const error of parsed.errors) {
      let message = safeMessage(error.message, prepared.text.slice(0, error.at));
      if (prepared.pidExpansions.some((p) => p <= error.at && error.at - p < 400)) {
        message += " (the shell replaced '$$' with its process id: write \\$\\$ in an unquoted here-document, or quote it: <<'EOSQL')";
      }
      const loc = locOf(error.at);
      if (!options.nested) script.errors.push({ message, loc });
      positioned.push({ at: error.at, steps: [{ kind: "syntax-error", loc, database: databaseAt(error.at), message }] });
    }
    for (const raw of parsed.statements) {
      const terminator = terminatorOf(prepared, raw);
      if (terminator !== null && prepared.describeEnds.has(terminator)) continue;
      const ctx = { text: prepared.text, loc: locOf, database: databaseAt(raw.start), psqlVariableAt: (at) => variableAt(prepared, at) };
      let steps;
      if (terminator !== null && prepared.gexecEnds.has(terminator)) steps = [await readGexec(script, raw, ctx, prepared, source)];
      else if (raw.type === "DoStmt") steps = [await readDo(script, raw, ctx, prepared)];
      else steps = [record(script, raw, ctx)];
      positioned.push({ at: raw.start, steps });
    }
  }
  positioned.sort((a, b) => a.at - b.at);
  return positioned.flatMap((p) => p.steps);
}
function variableAt(prepared, at) {
  return prepared.psqlVariables.some((v) => v.at === at);
}
function record(script, raw, ctx) {
  const { statement, literalPasswordAt } = modelStatement(raw, ctx);
  script.statements.push(statement);
  if (literalPasswordAt !== null && "role" in statement && typeof statement.role === "string")
    script.literalPasswords.push({ role: statement.role, loc: ctx.loc(literalPasswordAt) });
  return guard(statement);
}
function guard(statement) {
  if (statement.kind === "gexec" || statement.kind === "do") return statement;
  const names = JSON.stringify({ ...statement, loc: null });
  if (!names.includes(UNKNOWN)) return statement;
  const variable = /\uE000(:[A-Za-z_][A-Za-z0-9_]*|\$\{?[A-Za-z_0-9@*#?$!-]+\}?)/.exec(names)?.[1];
  const what = variable?.startsWith(":") ? `the psql variable ${variable}` : variable ? `the shell expansion ${variable}` : "a variable";
  return {
    kind: "unevaluated",
    loc: statement.loc,
    database: statement.database,
    reason: `a name comes from ${what}, whose value svclint cannot know`,
    statement
  };
}
function terminatorOf(prepared, raw) {
  const ends = prepared.statementEnds;
  let lo = 0;
  let hi = ends.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (ends[mid] >= raw.end - 1) {
      found = ends[mid];
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}
async function readGexec(script, raw, ctx, prepared, source) {
  const loc = ctx.loc(raw.start);
  const base = { loc, database: ctx.database };
  const node = raw.node;
  const unevaluated = (reason) => ({ kind: "unevaluated", ...base, reason });
  if (raw.type !== "SelectStmt") return unevaluated("\\gexec runs the output of a statement svclint cannot evaluate");
  if (node.fromClause?.length || node.groupClause || node.havingClause || node.op && node.op !== "SETOP_NONE" || node.limitCount) {
    return unevaluated("\\gexec runs SQL built from query results (rows svclint cannot know)");
  }
  const whereText = prepared.text.slice(raw.start, raw.end);
  const condition = conditionOf(node.whereClause, whereText.replace(/^[\s\S]*?\bWHERE\b/i, "").trim());
  const cells = [];
  const statement = { kind: "gexec", ...base, condition, cells };
  script.statements.push(statement);
  for (const target of node.targetList ?? []) {
    const sql = constantText(target.ResTarget?.val);
    if (sql === null) return unevaluated("\\gexec runs SQL built by an expression svclint cannot evaluate (use --initdb-exec)");
    if (sql.trim() === "") continue;
    const offset = prepared.origin[raw.at(Number(target.ResTarget?.location ?? 0))];
    const origin = Array.from({ length: sql.length + 1 }, () => offset);
    cells.push(
      await readSqlInto(script, { lines: source.lines, text: sql, origin, expansions: [], database: ctx.database }, newPsqlState(/* @__PURE__ */ new Map()), { nested: true })
    );
  }
  return statement;
}
async function readDo(script, raw, ctx, prepared) {
  const statementText = prepared.text.slice(raw.start, raw.end);
  const locate = (index) => ctx.loc(raw.start + index);
  const statement = { kind: "do", loc: ctx.loc(raw.start), database: ctx.database, body: null, error: null };
  script.statements.push(statement);
  const { body, error } = await readDoBody(statementText, locate, async (inner, text, at) => {
    const innerCtx = { text, loc: (i) => locate(at(i)), database: ctx.database, psqlVariableAt: () => false };
    const { statement: statement2, literalPasswordAt } = modelStatement(inner, innerCtx);
    script.statements.push(statement2);
    if (literalPasswordAt !== null && "role" in statement2 && typeof statement2.role === "string")
      script.literalPasswords.push({ role: statement2.role, loc: innerCtx.loc(literalPasswordAt) });
    return [{ kind: "sql", step: guard(statement2) }];
  });
  return Object.assign(statement, { body, error });
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
async function shellComments(abs, text) {
  try {
    const { syntax } = await loadShell();
    const file = syntax.NewParser(syntax.KeepComments(true), syntax.Variant(syntax.LangBash)).Parse(text, abs);
    const lines = new LineIndex(abs, Buffer.from(text, "utf8"));
    const out = [];
    syntax.Walk(file, (node) => {
      if (node && syntax.NodeType(node) === "Comment") {
        const comment = node;
        const loc = lines.loc(comment.Hash.Offset());
        out.push({ line: loc.line, column: loc.column, body: String(comment.Text).trim() });
      }
      return true;
    });
    return out;
  } catch {
    return null;
  }
}
var SHORT_WITH_VALUE = new Set("cdfUhpvoLTFRP".split(""));
var LONG_WITH_VALUE = /* @__PURE__ */ new Set([
  "command",
  "dbname",
  "file",
  "username",
  "host",
  "port",
  "set",
  "variable",
  "output",
  "log-file",
  "table-attr",
  "field-separator",
  "record-separator",
  "pset"
]);
var PSQL_COMMANDS = /* @__PURE__ */ new Set(["psql", "docker_process_sql"]);
var SHELL_PID = "4242";
async function parseInitShell(abs, text, options = {}) {
  const script = emptyScript("sh", abs);
  const env = withEntrypointDefaults(options.env ?? /* @__PURE__ */ new Map());
  let shell;
  try {
    shell = await loadShell();
  } catch (error) {
    script.errors.push({ message: `could not load the shell parser: ${oneLine(error)}`, loc: new LineIndex(abs, Buffer.from(text, "utf8")).loc(0) });
    return script;
  }
  let source = text;
  let file = null;
  for (let attempt = 0; attempt < 8 && !file; attempt++) {
    try {
      file = shell.syntax.NewParser(shell.syntax.KeepComments(false), shell.syntax.Variant(shell.syntax.LangBash)).Parse(source, abs);
    } catch (error) {
      const problem = error;
      const unclosed = /^unclosed here-document '(.*)'$/.exec(problem.Text ?? "");
      if (unclosed && attempt < 7) {
        source += `${source.endsWith("\n") ? "" : "\n"}${unclosed[1].replace(/^['"]|['"]$/g, "")}
`;
        continue;
      }
      const offset = typeof problem.Pos?.Offset === "function" ? problem.Pos.Offset() : 0;
      script.errors.push({ message: `shell syntax error: ${problem.Text ?? oneLine(error)}`, loc: new LineIndex(abs, Buffer.from(text, "utf8")).loc(offset) });
      return script;
    }
  }
  const bytes = Buffer.from(source, "utf8");
  const lines = new LineIndex(abs, bytes);
  const reader = new ShellReader(shell, bytes, lines, env, options.executable === true);
  let calls;
  try {
    calls = reader.topLevel(file, firstLine(text));
  } catch (error) {
    script.errors.push({ message: `could not read the shell script: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  script.unevaluated.push(...reader.unevaluated);
  for (const run of calls) {
    const { call } = run;
    const state = newPsqlState(env, call.variables);
    const steps = [];
    const commands = [];
    for (const sql of run.sources) {
      if (onlyExpansions(sql)) {
        const unevaluated = {
          kind: "unevaluated",
          loc: lines.loc(sql.origin[0] ?? 0),
          database: call.database,
          reason: "SQL in a shell variable, which svclint cannot read"
        };
        steps.push(unevaluated);
        commands.push([unevaluated]);
        continue;
      }
      if (sql.text.includes("svclint-")) {
        for (const comment of sqlComments(sql.text)) {
          const loc2 = sql.lines.loc(sql.origin[comment.offset] ?? 0);
          (script.sqlComments ??= []).push({ line: loc2.line, column: loc2.column, body: comment.body });
        }
      }
      const read = await readSqlInto(script, sql, state);
      steps.push(...read);
      commands.push(read);
    }
    const loc = lines.loc(run.stmt.Pos().Offset());
    const psqlRun = {
      loc,
      user: call.user,
      database: call.database,
      onErrorStop: call.onErrorStop,
      mode: call.commands.length > 0 ? "command" : "script",
      singleTransaction: call.singleTransaction,
      steps,
      uncertain: run.uncertain ?? call.uncertain,
      errexit: run.errexit,
      last: run.last
    };
    if (psqlRun.mode === "command") psqlRun.commands = commands;
    if (call.missingCommand) psqlRun.missingCommand = true;
    if (call.unreachable) psqlRun.unreachable = call.unreachable;
    script.runs.push(psqlRun);
  }
  return script;
}
function firstLine(text) {
  const end = text.indexOf("\n");
  return end < 0 ? text : text.slice(0, end);
}
function onlyExpansions(source) {
  let rest = source.text;
  for (const span of [...source.expansions].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return source.expansions.length > 0 && rest.trim() === "";
}
var OTHER_SQL_COMMANDS = /* @__PURE__ */ new Set([
  "createdb",
  "createuser",
  "dropdb",
  "dropuser",
  "pg_restore",
  "pg_dump",
  "pg_dumpall",
  "eval",
  "su",
  "gosu",
  "runuser",
  "sudo",
  "sh",
  "bash"
]);
var COMPOUND_REASONS = {
  IfClause: "inside an if",
  WhileClause: "inside a loop",
  ForClause: "inside a loop",
  CaseClause: "inside a case",
  FuncDecl: "inside a shell function",
  BinaryCmd: "in a && / || list",
  CmdSubst: "inside a command substitution",
  ProcSubst: "inside a process substitution"
};
var ShellReader = class {
  constructor(shell, bytes, lines, env, executable) {
    this.shell = shell;
    this.bytes = bytes;
    this.lines = lines;
    this.env = env;
    this.executable = executable;
    this.t = (node) => shell.syntax.NodeType(node);
  }
  shell;
  bytes;
  lines;
  env;
  executable;
  t;
  unevaluated = [];
  /** The psql processes of a script, in order, with the shell state each runs in. */
  topLevel(file, shebang) {
    const runs = [];
    let errexit = !this.executable || /^#!\S*(?:\s+\S+)*\s+-\w*e/.test(shebang);
    const stmts = file.Stmts ?? [];
    const visit = (list2, topIndexLast) => {
      list2.forEach((stmt, index) => {
        const last = topIndexLast && index === list2.length - 1;
        const cmd = stmt.Cmd;
        const type = cmd ? this.t(cmd) : "";
        if (type === "CallExpr") {
          const flag = this.errexitChange(stmt);
          if (flag !== null) errexit = flag;
        }
        if (type === "Block" || type === "Subshell") {
          visit(cmd.Stmts ?? [], last);
          return;
        }
        const pipe = type === "BinaryCmd" && Number(cmd.Op) === this.shell.ops.pipe;
        if (type === "CallExpr" || pipe) {
          const own = this.callOf(stmt);
          if (own) runs.push({ ...own, uncertain: null, errexit, last });
          else this.noteOtherSql(stmt);
          this.nested(stmt, own?.stmt ?? null, COMPOUND_REASONS.CmdSubst, runs, errexit);
          return;
        }
        this.nested(stmt, null, COMPOUND_REASONS[type] ?? "inside a compound command", runs, errexit);
      });
    };
    visit(stmts, true);
    return runs;
  }
  /** psql calls anywhere inside `node` (except `skip`), all uncertain for `reason`. */
  nested(node, skip, reason, runs, errexit) {
    const same = (a, b) => b !== null && this.t(a) === this.t(b) && a.Pos().Offset() === b.Pos().Offset() && a.End().Offset() === b.End().Offset();
    this.shell.syntax.Walk(node, (child) => {
      if (!child || same(child, node)) return true;
      if (same(child, skip)) return false;
      const type = this.t(child);
      if (type === "Stmt" || type === "BinaryCmd" && Number(child.Op) === this.shell.ops.pipe) {
        const own = this.callOf(child);
        if (own) {
          runs.push({ ...own, uncertain: reason, errexit: false, last: false });
          return type !== "BinaryCmd";
        }
        if (type === "Stmt") this.noteOtherSql(child);
      }
      return true;
    });
    void errexit;
  }
  /** `set -e`, `set +e`, `set -o errexit`, `set -euo pipefail`: the new errexit, or null. */
  errexitChange(stmt) {
    const args = this.args(stmt).map((w) => this.literal(w) ?? "");
    if (args[0] !== "set") return null;
    let value = null;
    for (let i = 1; i < args.length; i++) {
      const arg = args[i];
      if (/^[-+]o$/.test(arg) && args[i + 1] === "errexit") value = arg === "-o";
      else if (/^[-+][a-zA-Z]*e/.test(arg)) value = arg.startsWith("-");
    }
    return value;
  }
  /** createdb, createuser, eval, su -c ...: SQL svclint does not read. */
  noteOtherSql(stmt) {
    const name = this.args(stmt)[0];
    const text = name ? this.literal(name)?.split("/").pop() : null;
    if (text && OTHER_SQL_COMMANDS.has(text)) {
      const words = this.args(stmt).map((w) => this.literal(w) ?? "");
      if (["su", "gosu", "runuser", "sudo", "sh", "bash", "eval"].includes(text) && !words.some((w) => /\b(psql|createdb|createuser|dropdb|dropuser)\b/.test(w)))
        return;
      this.unevaluated.push({ loc: this.lines.loc(stmt.Pos().Offset()), reason: `'${text}' runs SQL svclint does not read` });
    }
  }
  /** The psql call of a statement or pipe, with its SQL sources. */
  callOf(node) {
    const type = this.t(node);
    if (type === "BinaryCmd" && Number(node.Op) === this.shell.ops.pipe) {
      const right = node.Y;
      const call2 = this.psqlCall(right);
      if (!call2) return null;
      return { stmt: node, sources: this.pipeSources(node, call2), call: call2 };
    }
    if (type !== "Stmt") return null;
    const cmd = node.Cmd;
    if (cmd && this.t(cmd) === "BinaryCmd" && Number(cmd.Op) === this.shell.ops.pipe) return this.callOf(cmd);
    const call = this.psqlCall(node);
    if (!call) return null;
    if (call.commands.length > 0)
      return { stmt: node, sources: call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0)), call };
    return { stmt: node, sources: this.redirectSources(node, call.database), call };
  }
  /** `echo "SQL" | psql`, `cat <<EOF | psql`. */
  pipeSources(node, call) {
    const right = node.Y;
    const left = node.X;
    if (call.commands.length > 0) return call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0));
    const own = this.redirectSources(right, call.database);
    if (own.length > 0) return own;
    const args = this.args(left);
    const name = args[0] ? this.literal(args[0]) : null;
    if (name === "cat") return this.redirectSources(left, call.database);
    if (name === "echo" || name === "printf") {
      const words = args.slice(1).filter((word) => !/^-[neE]+$/.test(this.literal(word) ?? ""));
      return words.map((word) => this.wordSource(word, call.database, 0));
    }
    call.uncertain ??= "psql reads SQL from a command svclint does not evaluate";
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
    const head = this.literal(args[index]);
    const helper = head === "docker_process_sql" || head === null;
    const call = {
      commands: [],
      commandPrefix: /* @__PURE__ */ new Map(),
      user: helper ? null : this.env.get("PGUSER") ?? "postgres",
      database: null,
      variables: [],
      onErrorStop: helper,
      singleTransaction: false,
      // docker_process_sql and the psql array exist only in the entrypoint's shell.
      missingCommand: helper && this.executable,
      uncertain: null
    };
    if (helper) call.variables.push(["ON_ERROR_STOP", "1"]);
    const positional = [];
    let database = null;
    let databasePrefix = 0;
    for (let i = index + 1; i < args.length; i++) {
      const word = args[i];
      const literal = this.literal(word);
      const lead = literal ?? this.leadingLit(word);
      if (lead === null || !lead.startsWith("-") || lead === "-") {
        positional.push(word);
        continue;
      }
      const whole = literal !== null;
      let option;
      let prefix;
      if (lead.startsWith("--")) {
        const eq = lead.indexOf("=");
        option = eq < 0 ? lead.slice(2) : lead.slice(2, eq);
        prefix = eq >= 0 ? eq + 1 : whole ? null : lead.length;
        if (option === "single-transaction") call.singleTransaction = true;
        if (!LONG_WITH_VALUE.has(option)) continue;
      } else {
        const flags = lead.slice(1);
        if (flags.includes("1") && [...flags].every((f) => !SHORT_WITH_VALUE.has(f) || flags.indexOf(f) > flags.indexOf("1"))) call.singleTransaction = true;
        const at = [...flags].findIndex((flag) => SHORT_WITH_VALUE.has(flag));
        if (at < 0) continue;
        option = flags[at];
        prefix = at + 2 < lead.length || !whole ? at + 2 : null;
      }
      let value = word;
      let valuePrefix = 0;
      if (prefix === null) value = args[++i] ?? null;
      else {
        valuePrefix = Buffer.byteLength(lead.slice(0, prefix));
        call.commandPrefix.set(word, valuePrefix);
      }
      if (!value) continue;
      if (option === "c" || option === "command") call.commands.push(value);
      else if (option === "d" || option === "dbname") {
        database = value;
        databasePrefix = valuePrefix;
      } else if (option === "U" || option === "username") {
        const user = this.resolve(value, valuePrefix, "POSTGRES_USER");
        if (user === void 0) call.uncertain = "psql logs in as a user svclint cannot know";
        else call.user = user;
      } else if (option === "v" || option === "set" || option === "variable") {
        const text = this.literal(value)?.slice(valuePrefix) ?? null;
        const eq = text?.indexOf("=") ?? -1;
        if (text !== null && eq > 0) call.variables.push([text.slice(0, eq), text.slice(eq + 1)]);
        else {
          const raw = this.bytes.toString("utf8", value.Pos().Offset() + valuePrefix, value.End().Offset());
          const name = /^["']?([A-Za-z_][A-Za-z0-9_]*)=/.exec(raw)?.[1];
          if (name) call.variables.push([name, null]);
        }
      } else if (option === "h" || option === "host") {
        const host = this.literal(value)?.slice(valuePrefix) ?? null;
        if (host === null) call.uncertain ??= "psql connects to a host svclint cannot know";
        else if (!host.startsWith("/") && host !== "") {
          call.unreachable = `connection to server at "${host}" failed: the image runs init scripts on a server that listens on its Unix socket only (no TCP): drop -h`;
        }
      } else if (option === "f" || option === "file") {
        call.uncertain = "psql -f runs a file svclint does not follow";
      }
    }
    for (const [name, value] of call.variables) if (name === "ON_ERROR_STOP") call.onErrorStop = value !== null && /^(1|on|true|yes|t|y)$/i.test(value);
    const dbWord = database ?? positional[0] ?? null;
    if (dbWord) {
      const db = this.resolve(dbWord, database ? databasePrefix : 0, "POSTGRES_DB");
      if (db === void 0) call.uncertain ??= "psql connects to a database svclint cannot know";
      else call.database = db;
    } else if (!helper) {
      const user = call.user;
      call.database = user === null ? this.env.get("POSTGRES_USER") ?? "postgres" : this.env.get("PGDATABASE") ?? user;
    }
    if (!helper && call.user !== null && call.user === this.env.get("POSTGRES_USER")) call.user = null;
    if (!helper && call.database !== null && call.database === this.env.get("POSTGRES_DB")) call.database = null;
    return call;
  }
  /**
   * A word's value: a literal, `$POSTGRES_USER`/`$POSTGRES_DB` (null: the entrypoint's), a known
   * environment value; undefined when it cannot be known.
   */
  resolve(word, prefixBytes, entrypointVariable) {
    const literal = this.literal(word);
    if (literal !== null) return literal.slice(prefixBytes) || null;
    const parts = this.flatParts(word);
    if (parts.length === 1 && this.t(parts[0]) === "ParamExp") {
      const name = String(parts[0].Param?.Value ?? "");
      if (name === entrypointVariable) return null;
      const value = this.env.get(name);
      return value ?? void 0;
    }
    return void 0;
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
      else if (type === "SglQuoted")
        this.appendRange(builder, Math.max(start, part.Pos().Offset() + (part.Dollar ? 2 : 1)), end - 1, {
          mode: "verbatim",
          stripTabs: false,
          expansions: []
        });
      else if (type === "DblQuoted") {
        const open = part.Pos().Offset() + (part.Dollar ? 2 : 1);
        this.appendRange(builder, Math.max(start, open), end - 1, { mode: "double", stripTabs: false, expansions: this.expansionParts(part) });
      } else builder.appendAt(this.bytes.toString("utf8", start, end), start, true, this.knownValue(part));
    }
    return builder.build(this.lines, database, word.End().Offset());
  }
  /** Byte ranges of the expansions ($VAR, ${VAR}, $(cmd), `cmd`, $((n))) among a node's parts. */
  expansionParts(node) {
    return (node.Parts ?? []).filter((part) => this.t(part) !== "Lit").map((part) => ({ start: part.Pos().Offset(), end: part.End().Offset(), known: this.knownValue(part) }));
  }
  /** `$$`, and `$NAME` / `${NAME}` with a known value (POSTGRES_USER, POSTGRES_DB, a compose value that is no secret). */
  knownValue(part) {
    if (this.t(part) !== "ParamExp") return { value: null };
    const name = String(part.Param?.Value ?? "");
    if (name === "$") return { value: SHELL_PID, pid: true };
    const plain = !part.Exp && !part.Repl && !part.Slice && !part.Index && !part.Length && !part.Excl && !part.Width;
    return { value: plain ? this.env.get(name) ?? null : null };
  }
  /**
   * Copies file bytes [start, end) as the shell would pass them on: `<<-` strips leading tabs,
   * backslash escapes are removed where the shell removes them, expansions become marked spans.
   */
  appendRange(builder, start, end, how) {
    const expansionAt = new Map(how.expansions.map((span) => [span.start, span]));
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
      const span = expansionAt.get(i);
      if (span !== void 0) {
        flush(i);
        builder.appendAt(this.bytes.toString("utf8", i, span.end), i, true, span.known);
        i = runStart = span.end;
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
  const name = path2.basename(abs);
  if (name.endsWith(".sh")) return "sh";
  if (name.endsWith(".sql")) return "sql";
  if (name.endsWith(".sql.gz")) return "sql.gz";
  if (name.endsWith(".sql.xz")) return "sql.xz";
  if (name.endsWith(".sql.zst")) return "sql.zst";
  return null;
}
async function readInitScript(abs, options = {}) {
  const format2 = initScriptFormat(abs);
  if (format2 === null) return { kind: "ignored", file: abs };
  let bytes;
  let executable;
  try {
    bytes = options.files ? options.files.read(abs) : await readFile(abs);
    executable = ((await stat(abs)).mode & 73) !== 0;
  } catch (error) {
    return failed(format2, abs, `cannot read the init script: ${describeFsError(error)}`);
  }
  if (format2 === "sh") return parseInitShell(abs, bytes.toString("utf8"), { env: options.env, executable });
  if (format2 === "sql") return parseInitSql(abs, bytes.toString("utf8"), "sql", options.env);
  const gunzipped = format2 === "sql.gz" && options.files ? options.files.gunzip(abs) : null;
  const text = gunzipped ? "text" in gunzipped ? gunzipped.text : { error: gunzipped.error.replace(/^cannot decompress: /, "") } : decompress(format2, bytes);
  if (text === null) {
    return {
      kind: "unsupported",
      file: abs,
      format: format2,
      reason: `the image runs .${format2} init scripts, but svclint found no '${format2 === "sql.xz" ? "xz" : "zstd"}' to decompress it`
    };
  }
  if (typeof text !== "string") return failed(format2, abs, `cannot decompress the init script: ${text.error}`);
  const script = await parseInitSql(abs, text, "sql", options.env);
  script.kind = format2;
  return script;
}
function decompress(format2, bytes) {
  if (format2 === "sql.gz") {
    try {
      return gunzipSync2(bytes).toString("utf8");
    } catch (error) {
      return { error: oneLine(error) };
    }
  }
  const tool = format2 === "sql.xz" ? "xz" : "zstd";
  const result = spawnSync(tool, ["-dc"], { input: bytes, maxBuffer: 512 * 1024 * 1024 });
  if (result.error) return null;
  if (result.status !== 0) return { error: `${tool}: ${result.stderr.toString("utf8").split("\n")[0]}` };
  return result.stdout.toString("utf8");
}
function failed(format2, abs, message) {
  const script = emptyScript(format2, abs);
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

// src/database/model.ts
import path4 from "node:path";

// src/database/env.ts
function partialValue(service, variable) {
  if (variable.value !== null) return variable.value;
  if (variable.raw === null) return null;
  return interpolate(variable.raw, (name) => service.stack.env.get(name)).value;
}
function hasVariable(text) {
  return /(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(text);
}
function valueLoc(service, variable, offset = 0) {
  const loc = variable.loc;
  if (!loc) return null;
  const raw = variable.raw;
  const line = service.stack.lines(loc.file)?.[loc.line - 1];
  if (raw === null || raw === "" || line === void 0) return loc;
  const at = line.indexOf(raw, Math.max(0, loc.column - 1 + (line.slice(loc.column - 1).startsWith(variable.name) ? variable.name.length : 0)));
  if (at < 0) return loc;
  return { file: loc.file, line: loc.line, column: at + 1 + offset };
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
var OTHER_ENGINES = /* @__PURE__ */ new Set([
  "MYSQL",
  "MARIADB",
  "MONGO",
  "MONGODB",
  "REDIS",
  "VALKEY",
  "CLICKHOUSE",
  "COUCHDB",
  "COUCH",
  "INFLUX",
  "INFLUXDB",
  "ELASTIC",
  "ELASTICSEARCH",
  "MSSQL",
  "ORACLE",
  "CASSANDRA",
  "NEO4J",
  "QDRANT",
  "MEMCACHED",
  "RABBITMQ",
  "AMQP",
  "NATS",
  "KAFKA",
  "MINIO",
  "S3",
  "SMTP",
  "MAIL",
  "LDAP",
  "SQLITE"
]);
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
      password: password ? withLazyLoc(
        { kind: password.value === null || hasVariable(password.variable.raw ?? "") ? "variable" : "literal" },
        () => valueLoc(service, password.variable)
      ) : { kind: "none", loc: null },
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
    password: password ? withLazyLoc(
      { kind: password.value.includes("${") || hasVariable(rawPasswordText(raw) ?? password.value) ? "variable" : "literal" },
      () => locOf(password)
    ) : { kind: "none", loc: null },
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
import { readdirSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
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
    let kind;
    try {
      kind = statSync2(source).isDirectory() ? "dir" : "file";
    } catch {
      kind = "missing";
    }
    const mount = { postgres, loc: volume.loc, source, kind, files: [], skippedDirs: [] };
    if (kind === "dir") {
      if (target === INITDB) listFolder(source, mount, initFileOrder(postgres.image));
      else mount.skippedDirs.push(source);
    } else if (kind === "file" && initScriptFormat(target) !== null) {
      if (path3.posix.dirname(target) === INITDB) mount.files.push(source);
      else mount.skippedDirs.push(source);
    }
    mount.target = target;
    mounts.push(mount);
  });
  return mounts;
}
function listFolder(dir, mount, order) {
  let names;
  try {
    names = readdirSync(dir).sort(compareInitFiles(order));
  } catch {
    return;
  }
  for (const name of names) {
    const abs = path3.join(dir, name);
    let isDir;
    try {
      isDir = statSync2(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir) mount.skippedDirs.push(abs);
    else if (initScriptFormat(abs) !== null) mount.files.push(abs);
  }
}
async function readInitScripts(mounts, envOf = () => /* @__PURE__ */ new Map(), cache = new FileCache()) {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  const nameIn = (entry) => entry.mount.kind === "file" && entry.mount.target ? entry.mount.target : entry.file;
  files.sort((a, b) => compareInitFiles(initFileOrder(a.mount.postgres.image))(nameIn(a), nameIn(b)));
  const out = [];
  for (const { file, mount } of files) {
    const script = await readInitScript(file, { env: envOf(mount.postgres), files: cache });
    const text = readText(file, cache);
    if (text !== null && text.includes("svclint-")) await readComments(file, text, cache, "sqlComments" in script ? script.sqlComments ?? [] : []);
    out.push({ file, text, script, postgres: mount.postgres, mount });
  }
  return out;
}
function readText(abs, files) {
  if (!abs.toLowerCase().endsWith(".gz")) return files.text(abs);
  const gunzipped = files.gunzip(abs);
  return "text" in gunzipped ? gunzipped.text : null;
}
async function readComments(abs, text, files, heredocComments) {
  const format2 = initScriptFormat(abs);
  if (format2 === "sql" || format2 === "sql.gz") {
    files.setComments(
      abs,
      sqlComments(text).map((c) => {
        const before = text.slice(0, c.offset);
        const lineStart = before.lastIndexOf("\n") + 1;
        return { line: before.split("\n").length, column: c.offset - lineStart + 1, body: c.body };
      })
    );
  } else if (format2 === "sh") {
    const comments = await shellComments(abs, text);
    if (comments)
      files.setComments(
        abs,
        [...comments, ...heredocComments].sort((a, b) => a.line - b.line || a.column - b.column)
      );
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
  return { postgres: [], shared: null, superusers: [], connections: [], initMounts: [], initScripts: [], matrix: null, exec: null, stores: [], volumes: [] };
}
async function buildDatabaseModel(model, options = {}) {
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
  const initScripts = await readInitScripts(initMounts, scriptEnv, model.files);
  const superusers = shared ? superusersOf(shared) : [];
  let matrix = null;
  let exec = null;
  if (shared) {
    const env = scriptEnv(shared);
    const superuser = env.get("POSTGRES_USER") ?? "postgres";
    const files = initScripts.filter((s) => s.postgres === shared);
    const imageVersion = imageMajorVersion(shared.image);
    const outcome = evaluateInit(
      files.map((s) => s.script),
      {
        superuser,
        defaultDatabase: env.get("POSTGRES_DB") ?? superuser,
        version: imageVersion ?? LATEST_MAJOR,
        defaultDatabaseLoc: explicitDefaultDatabaseLoc(shared)
      }
    );
    matrix = matrixOf(outcome, "scripts");
    if (options.initdbExec) {
      const result = await runInitdbExec(options.initdbExec, shared, files, env, outcome.catalog, initMounts);
      matrix = matrixOf({ catalog: result.catalog, stop: result.stop, lost: [], unevaluated: [] }, "server");
      exec = { mode: options.initdbExec, serverVersion: result.serverVersion, imageVersion, image: shared.image, millis: result.millis };
    }
  }
  return {
    postgres,
    shared,
    superusers,
    connections,
    initMounts,
    initScripts,
    matrix,
    exec,
    stores: buildStores(active, postgres),
    volumes: active.flatMap(serviceVolumes)
  };
}
async function runInitdbExec(mode, shared, files, env, replayed, mounts) {
  const mount = mounts.find((m) => m.postgres === shared && m.files.length > 0) ?? mounts.find((m) => m.postgres === shared);
  const input = {
    files: files.map((f) => ({
      file: f.file,
      name: f.mount.kind === "file" && f.mount.target ? path4.posix.basename(f.mount.target) : path4.basename(f.file),
      script: f.script,
      text: f.text
    })),
    env,
    replayed,
    fallback: mount?.loc ?? shared.loc,
    processEnv: process.env
  };
  if (mode === "docker") {
    const { executeInitDocker } = await import("./docker-RZP2QRBK.js");
    return executeInitDocker({ ...input, image: shared.image ?? "postgres" });
  }
  const { executeInit } = await import("./run-7GYQ4WX3.js");
  return executeInit(input);
}
function envValue(service, name) {
  const variable = service.environment.find((v) => v.name === name);
  return variable?.value && !variable.value.includes("${") ? variable.value : null;
}
function scriptEnv(postgres) {
  const env = /* @__PURE__ */ new Map();
  for (const variable of postgres.environment) {
    const value = variable.value !== null && !variable.value.includes("${") && !isSecretName(variable.name) ? variable.value : null;
    env.set(variable.name, value);
  }
  const user = env.has("POSTGRES_USER") ? env.get("POSTGRES_USER") : "postgres";
  env.set("POSTGRES_USER", user || "postgres");
  if (!env.get("POSTGRES_DB") && !(env.has("POSTGRES_DB") && env.get("POSTGRES_DB") === null)) env.set("POSTGRES_DB", user || "postgres");
  return env;
}
function explicitDefaultDatabaseLoc(postgres) {
  const variable = postgres.environment.find((v) => v.name === "POSTGRES_DB");
  if (!variable?.value || variable.value === "postgres" || variable.value.includes("${")) return null;
  return variable.loc ?? postgres.loc;
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
  const named = wanted ? candidates.filter((s) => s.name === wanted.service || s.containerName === wanted.service) : [];
  if (wanted?.declared && named.length > 0) return best(named);
  const namedThere = named.filter(inCapability);
  if (namedThere.length > 0) return best(namedThere);
  const there = candidates.filter(inCapability);
  if (there.length > 0) return best(there);
  if (candidates.length === 1) return candidates[0];
  const stacksUsing = (s) => new Set(connections.filter((c) => c.target === s).map((c) => c.service.stack)).size;
  const [first, second] = [...candidates].sort((a, b) => stacksUsing(b) - stacksUsing(a));
  return stacksUsing(first) >= 2 && stacksUsing(first) > stacksUsing(second) ? first : null;
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

// src/model/host.ts
import path6 from "node:path";

// src/model/stacks.ts
import path5 from "node:path";
function isInactivePath(rel, policy) {
  const top = rel.split("/")[0] ?? "";
  return policy.capabilities.get(top)?.inactive === true;
}
function loadStacks(tree, policy, files) {
  const stacks = [];
  for (const [dirRel, entries] of tree.children) {
    const fileNames = entries.filter((e) => e.kind === "file").map((e) => e.name);
    const { main, overrides } = findComposeFiles(fileNames);
    if (!main) continue;
    const dirAbs = dirRel === "" ? tree.root : path5.join(tree.root, dirRel);
    const stack = loadStack(
      path5.join(dirAbs, main),
      overrides.map((o) => path5.join(dirAbs, o)),
      { archived: isInactivePath(dirRel, policy), readFile: (abs) => files.read(abs), fileKind: (abs) => files.kind(abs) }
    );
    for (const file of [...stack.files, ...stack.imported ?? []]) if (file.text !== "") files.adopt(file.abs, file.text);
    stacks.push(stack);
  }
  stacks.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const mainFiles = new Set(stacks.map((stack) => stack.file));
  for (const stack of stacks) stack.services = stack.services.filter((service) => !service.includedFrom || !mainFiles.has(service.includedFrom));
  return stacks;
}

// src/model/host.ts
var NESTED_SEARCH_DEPTH = 4;
async function buildHostModel(root, policy, cwd, options = {}) {
  const files = options.files ?? new FileCache();
  const tree = scanTree(root);
  if (options.database !== false && tree.entries.some((e) => e.kind === "file" && /\.sql(\.gz)?$/.test(e.name))) {
    loadPgParser().catch(() => {
    });
  }
  const stacks = loadStacks(tree, policy, files);
  const stackByDir = new Map(stacks.map((s) => [path6.relative(root, s.dir).split(path6.sep).join("/"), s]));
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
      addServiceDir(entry, "service", path6.posix.dirname(entry.rel), dir.capability, why);
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
    files,
    tree,
    policy,
    capabilityDirs,
    groupDirs,
    serviceDirs,
    stacks,
    services,
    database: emptyDatabaseModel()
  };
  if (options.database !== false) model.database = await buildDatabaseModel(model, { initdbExec: options.initdbExec ?? null });
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
    else if (findCatalogEntry(policy, child.name)?.entry.name === child.name && (hasDockerfile(tree, child.rel) || composeNames.has(child.name)))
      why = "known-name";
    if (why) add(child, why);
    const names = why && stack ? new Set(stack.services.map((s) => s.name)) : composeNames;
    findNested(tree, child.rel, names, stackByDir, policy, level + 1, add);
  }
}
function associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs) {
  const byAbs = new Map(serviceDirs.map((d) => [d.abs, d]));
  const childrenOf = /* @__PURE__ */ new Map();
  for (const d of serviceDirs) {
    const parent = path6.dirname(d.abs);
    childrenOf.set(parent, [...childrenOf.get(parent) ?? [], d]);
  }
  const groupAbs = /* @__PURE__ */ new Set([root, ...capabilityDirs.map((c) => c.abs), ...groupDirs.map((g) => g.abs)]);
  for (const stack of stacks) {
    const own = nearestServiceDir(stack.dir, root, byAbs);
    const children = childrenOf.get(stack.dir) ?? [];
    for (const service of stack.services) {
      const dir = own && !groupAbs.has(stack.dir) ? own : matchChild(service, stack, children);
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
    const parent = path6.dirname(current);
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
function localBuild(service, stackDir) {
  const build = service.resolved.build;
  if (build === void 0 || build === null) return null;
  const context = typeof build === "string" ? build : isRecord(build) ? typeof build.context === "string" ? build.context : "." : null;
  if (context === null || !isLocalBuildContext(context)) return null;
  return { build, context, abs: path6.resolve(stackDir, context) };
}
function buildContextOf(service, stackDir) {
  return localBuild(service, stackDir)?.abs ?? null;
}
function referencedPaths(service, stackDir) {
  const out = [];
  const context = buildContextOf(service, stackDir);
  if (context) out.push(context);
  const volumes = Array.isArray(service.resolved.volumes) ? service.resolved.volumes : [];
  for (const volume of volumes) {
    const source = typeof volume === "string" ? volume.split(":")[0] ?? "" : isRecord(volume) && typeof volume.source === "string" ? volume.source : "";
    if (source.startsWith(".") || source.startsWith("/")) out.push(path6.resolve(stackDir, source));
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
  const entry = findCatalogEntry(policy, service.name)?.entry ?? (service.image ? findCatalogByImage(policy, service.image) : null);
  const estimate = entry?.memory ?? null;
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
function memoryJson(budget, displayPath) {
  return {
    budget: budget.budget,
    total: budget.total,
    declared: budget.declared,
    estimated: budget.estimated,
    services: budget.usages.map((u) => ({
      service: u.service.name,
      path: displayPath(u.service.stack.file),
      bytes: u.bytes,
      limit: u.declared,
      replicas: u.replicas
    }))
  };
}

export {
  FileCache,
  valueLoc,
  matrixOf,
  emptyDatabaseModel,
  envValue,
  serviceNames,
  allocationsFor,
  buildHostModel,
  localBuild,
  referencedPaths,
  serviceProfiles,
  mayRunTogether,
  memoryBudget,
  memoryJson
};

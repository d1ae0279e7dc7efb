import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  Catalog,
  PUBLIC,
  aclItem,
  newDatabase,
  newRole,
  safeMessage
} from "./chunk-QAMFROT2.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";

// src/database/exec/run.ts
import { chmodSync, chownSync as chownSync2, copyFileSync, mkdirSync, readFileSync as readFileSync2, statSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/database/catalog-query.ts
function catalogQuery(versionNum) {
  const options = versionNum >= 16e4 ? ", 'inherit', a.inherit_option, 'set', a.set_option" : "";
  return `SELECT json_build_object(
  'version', current_setting('server_version_num')::int,
  'bootstrap', (SELECT rolname FROM pg_catalog.pg_roles WHERE oid = 10),
  'roles', (SELECT coalesce(json_agg(json_build_object('name', rolname, 'superuser', rolsuper, 'login', rolcanlogin, 'inherit', rolinherit, 'createdb', rolcreatedb, 'createrole', rolcreaterole) ORDER BY rolname), '[]'::json) FROM pg_catalog.pg_roles),
  'members', (SELECT coalesce(json_agg(json_build_object('role', r.rolname, 'member', m.rolname, 'admin', a.admin_option${options}) ORDER BY r.rolname, m.rolname), '[]'::json)
    FROM pg_catalog.pg_auth_members a JOIN pg_catalog.pg_roles r ON r.oid = a.roleid JOIN pg_catalog.pg_roles m ON m.oid = a.member),
  'databases', (SELECT coalesce(json_agg(json_build_object(
      'name', d.datname, 'owner', pg_catalog.pg_get_userbyid(d.datdba), 'allowConnections', d.datallowconn,
      'acl', CASE WHEN d.datacl IS NULL THEN NULL ELSE (SELECT coalesce(json_agg(json_build_object(
        'grantee', CASE WHEN x.grantee = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(x.grantee) END,
        'grantor', pg_catalog.pg_get_userbyid(x.grantor), 'privilege', x.privilege_type, 'grantable', x.is_grantable)), '[]'::json)
        FROM pg_catalog.aclexplode(d.datacl) x) END) ORDER BY d.datname), '[]'::json) FROM pg_catalog.pg_database d)
)`;
}
var EXTENSIONS_QUERY = `SELECT coalesce(json_agg(extname ORDER BY extname), '[]'::json) FROM pg_catalog.pg_extension`;
var PRIVILEGES = { CONNECT: "connect", CREATE: "create", TEMPORARY: "temp", TEMP: "temp" };
function catalogFromJson(json, builtinDatabases = /* @__PURE__ */ new Set(["postgres", "template0", "template1"])) {
  const data = json;
  const major = Math.floor(data.version / 1e4);
  const catalog = new Catalog(major, data.bootstrap);
  for (const r of data.roles) {
    const role = newRole(r.name, null);
    Object.assign(role, {
      superuser: r.superuser,
      login: r.login,
      inherit: r.inherit,
      createdb: r.createdb,
      createrole: r.createrole,
      builtin: r.name === data.bootstrap || r.name.startsWith("pg_")
    });
    catalog.roles.set(r.name, role);
  }
  for (const m of data.members) {
    const member = catalog.roles.get(m.member);
    if (!member) continue;
    const before = member.memberOf.get(m.role);
    member.memberOf.set(m.role, {
      admin: m.admin || (before?.admin ?? false),
      inherit: (m.inherit ?? true) || (before?.inherit ?? false),
      set: (m.set ?? true) || (before?.set ?? false),
      loc: null
    });
  }
  for (const d of data.databases) {
    const db = newDatabase(d.name, d.owner, null);
    db.builtin = builtinDatabases.has(d.name);
    db.allowConnections = d.allowConnections;
    if (d.acl) {
      db.acl = [];
      for (const entry of d.acl) {
        const grantee = entry.grantee === "" ? PUBLIC : entry.grantee;
        const privilege = PRIVILEGES[entry.privilege];
        if (!privilege) continue;
        let item = db.acl.find((i) => i.grantee === grantee && i.grantor === entry.grantor);
        if (!item) {
          item = aclItem(grantee, entry.grantor, [], null);
          db.acl.push(item);
        }
        item.privileges.add(privilege);
        if (entry.grantable) item.grantOptions.add(privilege);
      }
    }
    catalog.databases.set(d.name, db);
  }
  return catalog;
}
function attachProvenance(truth, replayed, fallback) {
  for (const role of truth.roles.values()) {
    const known = replayed.roles.get(role.name);
    if (role.builtin) continue;
    role.createdAt = known?.createdAt ?? fallback;
    role.superuserAt = role.superuser ? (known?.superuser ? known.superuserAt : null) ?? role.createdAt : null;
    for (const [parent, membership] of role.memberOf) membership.loc = known?.memberOf.get(parent)?.loc ?? fallback;
  }
  for (const db of truth.databases.values()) {
    const known = replayed.databases.get(db.name);
    if (db.builtin) continue;
    db.createdAt = known?.createdAt ?? fallback;
    db.ownerAt = known && known.owner === db.owner ? known.ownerAt : fallback;
    db.publicChangedAt = known?.publicChangedAt ?? null;
    db.extensions = db.extensions.map((e) => ({ ...e, loc: known?.extensions.find((k) => k.name === e.name)?.loc ?? e.loc }));
    for (const item of db.acl ?? []) {
      const match = known?.acl?.find((k) => k.grantee === item.grantee && k.grantor === item.grantor) ?? known?.acl?.find((k) => k.grantee === item.grantee);
      item.loc = match?.loc ?? fallback;
    }
    if (db.acl && known && !known.acl) db.publicChangedAt = fallback;
  }
}

// src/database/exec/entrypoint.ts
var FILE_MARKER = "@@svclint-file ";
var PSQL_MARKER = "@@svclint-psql";
var ENTRYPOINT = `#!/usr/bin/env bash
set -Eeo pipefail

docker_process_sql() {
	local query_runner=( psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc )
	if [ -n "$POSTGRES_DB" ]; then
		query_runner+=( --dbname "$POSTGRES_DB" )
	fi
	PGHOSTADDR= "\${query_runner[@]}" "$@"
}

docker_setup_db() {
	local dbAlreadyExists
	dbAlreadyExists="$(
		POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" --tuples-only <<-'EOSQL'
			SELECT 1 FROM pg_database WHERE datname = :'db' ;
		EOSQL
	)"
	if [ -z "$dbAlreadyExists" ]; then
		POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" <<-'EOSQL'
			CREATE DATABASE :"db" ;
		EOSQL
		printf '\\n'
	fi
}

docker_process_init_files() {
	psql=( docker_process_sql )
	printf '\\n'
	local f
	for f; do
		printf '${FILE_MARKER}%s\\n' "$f" >&2
		case "$f" in
			*.sh)
				if [ -x "$f" ]; then
					printf '%s: running %s\\n' "$0" "$f"
					"$f"
				else
					printf '%s: sourcing %s\\n' "$0" "$f"
					. "$f"
				fi
				;;
			*.sql)     printf '%s: running %s\\n' "$0" "$f"; docker_process_sql -f "$f"; printf '\\n' ;;
			*.sql.gz)  printf '%s: running %s\\n' "$0" "$f"; gunzip -c "$f" | docker_process_sql; printf '\\n' ;;
			*.sql.xz)  printf '%s: running %s\\n' "$0" "$f"; xzcat "$f" | docker_process_sql; printf '\\n' ;;
			*.sql.zst) printf '%s: running %s\\n' "$0" "$f"; zstd -dc "$f" | docker_process_sql; printf '\\n' ;;
			*)         printf '%s: ignoring %s\\n' "$0" "$f" ;;
		esac
		printf '\\n'
	done
}

docker_setup_db
docker_process_init_files "$@"
`;
function psqlShim(realPsql) {
  return `#!/bin/sh
printf '${PSQL_MARKER}\\n' >&2
case " $* " in
  *" -c"*|*" --command"*|*" -f"*|*" --file"*|*" -l "*|*" --list"*|*" -V"*|*" --version"*|*" -?"*|*" --help"*) exec "${realPsql}" "$@" ;;
esac
if [ -t 0 ]; then exec "${realPsql}" "$@"; fi
input=$(mktemp "\${TMPDIR:-/tmp}/svclint-stdin.XXXXXX")
cat >"$input"
"${realPsql}" -f "$input" "$@"
status=$?
rm -f "$input"
exit $status
`;
}

// src/database/exec/server.ts
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var TOOLS = ["initdb", "postgres", "psql"];
function findBinaries(env) {
  const candidates = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const initdb = path.join(dir, "initdb");
    if (existsSync(initdb)) candidates.push(path.dirname(realpathSync(initdb)));
  }
  try {
    const versions = readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  } catch {
  }
  for (const bin of candidates) {
    if (!TOOLS.every((tool) => existsSync(path.join(bin, tool)))) {
      if (env.PG_BIN && bin === env.PG_BIN) throw new UsageError(`--initdb-exec: PG_BIN=${bin} does not hold ${TOOLS.join(", ")}`);
      continue;
    }
    const out = spawnSync(path.join(bin, "postgres"), ["--version"], { encoding: "utf8" });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out.stdout ?? "");
    if (match) return { bin, version: Number(match[1]), versionText: out.stdout.trim() };
  }
  throw new UsageError(
    "--initdb-exec: no local PostgreSQL server found (install the postgresql package, or set PG_BIN to the folder holding initdb, postgres and psql)"
  );
}
function serverUser() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0)
    throw new UsageError("--initdb-exec: svclint runs as root, and PostgreSQL refuses to; create a 'postgres' OS user (or run svclint as another user)");
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name: "postgres" };
}
var WATCHDOG = `
trap '' INT HUP
if env --default-signal=INT true 2>/dev/null; then defaults='env --default-signal=INT,QUIT'; else defaults=''; fi
$defaults "$PG_BIN/postgres" -D "$DIR/data" -k "$DIR/sock" -p 5432 \\
  -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off \\
  -c unix_socket_permissions=0700 >"$DIR/server.log" 2>&1 &
pid=$!
echo "$pid" >"$DIR/server.pid"
cat >/dev/null
kill -INT "$pid" 2>/dev/null
( sleep 10; kill -KILL "$pid" 2>/dev/null ) &
killer=$!
wait "$pid" 2>/dev/null
kill "$killer" 2>/dev/null
rm -rf "$DIR"
`;
var ThrowawayServer = class _ThrowawayServer {
  constructor(dir, binaries, superuser, runAs, watchdog) {
    this.dir = dir;
    this.binaries = binaries;
    this.superuser = superuser;
    this.runAs = runAs;
    this.watchdog = watchdog;
  }
  dir;
  binaries;
  superuser;
  runAs;
  watchdog;
  get socketDir() {
    return path.join(this.dir, "sock");
  }
  /** initdb + start, ready for connections on the socket. */
  static async start(binaries, superuser, runAs) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "svclint-initdb-"));
    const ids = runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
    try {
      if (runAs) chownSync(dir, runAs.uid, runAs.gid);
      const init = spawnSync(
        path.join(binaries.bin, "initdb"),
        ["-D", path.join(dir, "data"), "-U", superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
        { ...ids, encoding: "utf8", cwd: dir }
      );
      if (init.status !== 0) throw new Error(`initdb failed: ${(init.stderr || init.stdout || "").trim().split("\n").at(-1)}`);
      spawnSync("mkdir", ["-p", path.join(dir, "sock")], { ...ids });
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const watchdog = spawn("/bin/sh", ["-c", WATCHDOG], {
      ...ids,
      cwd: dir,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", PG_BIN: binaries.bin, DIR: dir },
      stdio: ["pipe", "ignore", "ignore"],
      detached: true
    });
    const server = new _ThrowawayServer(dir, binaries, superuser, runAs, watchdog);
    await server.waitReady();
    return server;
  }
  /** Waits until postmaster.pid says the server accepts connections. */
  async waitReady() {
    const pidFile = path.join(this.dir, "data", "postmaster.pid");
    const started = Date.now();
    while (Date.now() - started < 3e4) {
      try {
        const lines = readFileSync(pidFile, "utf8").split("\n");
        if (lines[7]?.trim() === "ready") return;
      } catch {
      }
      if (this.watchdog.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    let log = "";
    try {
      log = readFileSync(path.join(this.dir, "server.log"), "utf8").trim().split("\n").at(-1) ?? "";
    } catch {
    }
    await this.stop();
    throw new Error(`the throwaway PostgreSQL did not start${log ? `: ${log}` : ""}`);
  }
  /** Runs a program as the server's user with the server's connection settings. */
  run(file, args, options = {}) {
    return spawnSync(file, args, {
      ...this.runAs ? { uid: this.runAs.uid, gid: this.runAs.gid } : {},
      cwd: options.cwd ?? this.dir,
      env: { PATH: `${this.binaries.bin}:/usr/bin:/bin`, PGHOST: this.socketDir, PGPORT: "5432", HOME: this.dir, LC_ALL: "C.UTF-8", ...options.env },
      encoding: "utf8",
      input: options.input,
      timeout: options.timeoutMs ?? 12e4,
      maxBuffer: 256 * 1024 * 1024
    });
  }
  /** Runs one query as the bootstrap superuser; its output. */
  query(sql, database = "postgres") {
    const out = this.run(path.join(this.binaries.bin, "psql"), ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-U", this.superuser, "-d", database], {
      input: sql,
      timeoutMs: 6e4
    });
    if (out.status !== 0) throw new Error(`catalog query failed: ${(out.stderr || "").trim().split("\n")[0]}`);
    return out.stdout;
  }
  /** Stops the server and removes its folder (the watchdog does both once its stdin closes). */
  async stop() {
    const watchdog = this.watchdog;
    if (watchdog.exitCode === null && watchdog.signalCode === null) {
      const exited = new Promise((resolve) => watchdog.once("exit", () => resolve()));
      watchdog.stdin?.end();
      const timer = setTimeout(() => watchdog.kill("SIGKILL"), 15e3);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
};

// src/database/exec/run.ts
var SHELL_NAME = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
var GETENV = /\\getenv\s+\S+\s+([A-Za-z_][A-Za-z0-9_]*)/g;
var RESERVED = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "PGHOST",
  "PGPORT",
  "PGDATA",
  "PGHOSTADDR",
  "LANG",
  "LC_ALL",
  "PWD",
  "SHELL",
  "USER",
  "IFS",
  "OLDPWD",
  "SHLVL",
  "PPID",
  "RANDOM",
  "LINENO",
  "BASH_SOURCE",
  "FUNCNAME"
]);
function runEnvironment(input) {
  const names = new Set(input.env.keys());
  for (const entry of input.files) {
    let text = entry.text;
    if (text === void 0) {
      try {
        text = readFileSync2(entry.file, "utf8");
      } catch {
        continue;
      }
    }
    if (text === null) continue;
    for (const m of text.matchAll(SHELL_NAME)) names.add(m[1]);
    for (const m of text.matchAll(GETENV)) names.add(m[1]);
  }
  const out = {};
  for (const name of names) {
    if (RESERVED.has(name) || /^[0-9]/.test(name)) continue;
    const known = input.env.get(name);
    out[name] = known ?? dummy(name);
  }
  out.POSTGRES_USER = input.env.get("POSTGRES_USER") ?? "postgres";
  out.POSTGRES_DB = input.env.get("POSTGRES_DB") ?? out.POSTGRES_USER;
  out.POSTGRES_PASSWORD = dummy("POSTGRES_PASSWORD");
  out.PGPASSWORD = out.POSTGRES_PASSWORD;
  return out;
}
function quoteConnect(name) {
  return `'${name.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}
function dummy(name) {
  return `svclint_dummy_${name.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`;
}
async function executeInit(input) {
  const started = performance.now();
  const binaries = findBinaries(input.processEnv);
  const runAs = serverUser();
  const env = runEnvironment(input);
  const server = await ThrowawayServer.start(binaries, env.POSTGRES_USER, runAs);
  try {
    const initDir = path2.join(server.dir, "initdb.d");
    const shimDir = path2.join(server.dir, "shim");
    const own = (p) => {
      if (runAs) chownSync2(p, runAs.uid, runAs.gid);
    };
    mkdirSync(initDir);
    own(initDir);
    mkdirSync(shimDir);
    own(shimDir);
    const byPath = /* @__PURE__ */ new Map();
    for (const { file, name, script: script2 } of input.files) {
      const copy = path2.join(initDir, name);
      copyFileSync(file, copy);
      own(copy);
      chmodSync(copy, statSync(file).mode & 511);
      byPath.set(copy, { file, script: script2 });
    }
    writeFileSync(path2.join(server.dir, "entrypoint.sh"), ENTRYPOINT, { mode: 493 });
    own(path2.join(server.dir, "entrypoint.sh"));
    writeFileSync(path2.join(shimDir, "psql"), psqlShim(path2.join(binaries.bin, "psql")), { mode: 493 });
    own(path2.join(shimDir, "psql"));
    const out = server.run("/bin/bash", [path2.join(server.dir, "entrypoint.sh"), ...byPath.keys()], {
      env: { ...env, PATH: `${shimDir}:${binaries.bin}:/usr/local/bin:/usr/bin:/bin`, PGDATA: path2.join(server.dir, "data"), TMPDIR: server.dir },
      timeoutMs: Number(input.processEnv.SVCLINT_INITDB_TIMEOUT ?? 120) * 1e3
    });
    let stop = null;
    if (out.error || out.status !== 0)
      stop = locateFailure(`${out.stderr ?? ""}`, byPath, out.error ? "the init scripts did not finish in time" : null, input.fallback);
    const catalog = catalogFromJson(JSON.parse(server.query(catalogQuery(binaries.version * 1e4))));
    const databases = [...catalog.databases.values()].filter((db) => db.allowConnections && !(db.builtin && db.name !== "postgres"));
    const script = databases.map((db) => `\\connect ${quoteConnect(db.name)}
${EXTENSIONS_QUERY};
`).join("");
    const lines = server.query(script).split("\n").filter((l) => l.startsWith("["));
    databases.forEach((db, i) => {
      const names = lines[i] ? JSON.parse(lines[i]) : [];
      db.extensions = names.filter((n) => n !== "plpgsql").map((name) => ({ name, loc: input.fallback ?? { file: "", line: 1, column: 1 } }));
    });
    attachProvenance(catalog, input.replayed, input.fallback);
    return { catalog, stop, serverVersion: binaries.version, millis: performance.now() - started };
  } finally {
    await server.stop();
  }
}
function locateFailure(stderr, files, timeout, fallback) {
  let current = null;
  let call = -1;
  let last = null;
  for (const line of stderr.split("\n")) {
    if (line.startsWith(FILE_MARKER)) {
      current = files.get(line.slice(FILE_MARKER.length)) ?? null;
      call = -1;
      continue;
    }
    if (line === PSQL_MARKER) {
      call++;
      continue;
    }
    const psql = /^psql:(.*?):(\d+): (?:ERROR|FATAL|error):\s+(.*)$/.exec(line);
    const psqlNoLine = /^psql: (?:error: )?(.*)$/.exec(line);
    const plain = /^(?:ERROR|FATAL):\s+(.*)$/.exec(line);
    const bash = /^(.*?): line (\d+): (.*)$/.exec(line);
    if (psql && current) {
      last = { loc: psqlLoc(current, psql[1], Number(psql[2]), call), message: clean(psql[3]) };
    } else if (bash && current && files.has(bash[1])) {
      last = { loc: { file: current.file, line: Number(bash[2]), column: 1 }, message: clean(bash[3]) };
    } else if ((plain || psqlNoLine) && current) {
      last = { loc: runLoc(current, call), message: clean((plain ?? psqlNoLine)[1]) };
    }
  }
  if (timeout) return { loc: last?.loc ?? fallback ?? { file: "", line: 1, column: 1 }, message: timeout };
  return last ?? { loc: fallback ?? { file: "", line: 1, column: 1 }, message: "the init scripts failed (the entrypoint exited with an error)" };
}
function clean(message) {
  return safeMessage(message.replace(/^ERROR:\s+/, ""), "");
}
function psqlLoc(current, source, line, call) {
  const script = current.script;
  if (script.kind !== "sh") return statementAt(script, current.file, line);
  void source;
  const run = script.runs?.[call];
  if (!run) return { file: current.file, line: 1, column: 1 };
  return statementAt(script, current.file, run.loc.line + line);
}
function runLoc(current, call) {
  const script = current.script;
  const run = script.kind === "sh" ? script.runs?.[call] : null;
  return run?.loc ?? { file: current.file, line: 1, column: 1 };
}
function statementAt(script, file, line) {
  const candidates = [...script.statements ?? [], ...script.errors ?? []].map((s) => s.loc).filter((loc) => loc.file === file && loc.line <= line);
  candidates.sort((a, b) => a.line - b.line || a.column - b.column);
  const best = candidates.at(-1);
  return best && line - best.line < 200 ? best : { file, line, column: 1 };
}

export {
  catalogQuery,
  EXTENSIONS_QUERY,
  catalogFromJson,
  attachProvenance,
  runEnvironment,
  executeInit,
  locateFailure
};

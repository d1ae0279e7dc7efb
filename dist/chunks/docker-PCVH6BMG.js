import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  imageMajorVersion
} from "./chunk-PPLLI4B4.js";
import {
  EXTENSIONS_QUERY,
  attachProvenance,
  catalogFromJson,
  catalogQuery,
  locateFailure,
  runEnvironment
} from "./chunk-JMUAU4ZI.js";
import "./chunk-QAMFROT2.js";
import "./chunk-ZHP37DL2.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/database/exec/docker.ts
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function dockerEngine() {
  const out = spawnSync("docker", ["info", "--format", "{{.ServerVersion}}"], { encoding: "utf8", timeout: 1e4 });
  if (out.error)
    return { ok: false, reason: out.error.code === "ENOENT" ? "the docker command is not installed" : out.error.message };
  if (out.status !== 0) return { ok: false, reason: (out.stderr || out.stdout || "docker info failed").trim().split("\n").at(-1) };
  return { ok: true };
}
async function executeInitDocker(input) {
  const engine = dockerEngine();
  if (!engine.ok)
    throw new UsageError(`--initdb-exec docker: no Docker engine is available (${engine.reason}); use --initdb-exec (a local PostgreSQL) instead`);
  const started = performance.now();
  const env = runEnvironment(input);
  const dir = mkdtempSync(path.join(os.tmpdir(), "svclint-initdb-docker-"));
  const name = `svclint-initdb-${process.pid}-${Date.now()}`;
  const remove = () => spawnSync("docker", ["rm", "-f", "-v", name], { stdio: "ignore", timeout: 3e4 });
  const onSignal = (signal) => {
    remove();
    rmSync(dir, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("exit", remove);
  try {
    const byPath = /* @__PURE__ */ new Map();
    for (const { file, name: base, script } of input.files) {
      const copy = path.join(dir, base);
      copyFileSync(file, copy);
      chmodSync(copy, statSync(file).mode & 511 | 292);
      byPath.set(`/docker-entrypoint-initdb.d/${base}`, { file, script });
    }
    const envArgs = Object.entries(env).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
    const run = spawnSync(
      "docker",
      ["run", "-d", "--name", name, "--network", "none", ...envArgs, "-v", `${dir}:/docker-entrypoint-initdb.d:ro`, input.image],
      { encoding: "utf8", timeout: 6e5 }
    );
    if (run.status !== 0) throw new UsageError(`--initdb-exec docker: could not start ${input.image}: ${(run.stderr || "").trim().split("\n").at(-1)}`);
    let stop = null;
    const deadline = Date.now() + Number(input.processEnv.SVCLINT_INITDB_TIMEOUT ?? 120) * 1e3;
    for (; ; ) {
      const logs = spawnSync("docker", ["logs", name], { encoding: "utf8" });
      const text = `${logs.stdout}
${logs.stderr}`;
      if (text.includes("PostgreSQL init process complete")) break;
      const state = spawnSync("docker", ["inspect", "-f", "{{.State.Running}}", name], { encoding: "utf8" }).stdout.trim();
      if (state !== "true" || Date.now() > deadline) {
        const marked = text.replace(/^.*: (?:running|sourcing) (\/docker-entrypoint-initdb\.d\/\S+)$/gm, "@@svclint-file $1");
        stop = locateFailure(marked, byPath, state === "true" ? "the init scripts did not finish in time" : null, input.fallback);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const superuser = env.POSTGRES_USER;
    const psql = (sql, db) => {
      for (let attempt = 0; attempt < 40; attempt++) {
        const out = spawnSync("docker", ["exec", "-i", name, "psql", "-X", "-q", "-A", "-t", "-U", superuser, "-d", db], { input: sql, encoding: "utf8" });
        if (out.status === 0) return out.stdout;
        spawnSync("sleep", ["0.25"]);
      }
      throw new Error(`--initdb-exec docker: cannot read the catalog of ${input.image}`);
    };
    if (stop) spawnSync("docker", ["start", name], { stdio: "ignore" });
    const versionNum = Number(psql("SHOW server_version_num", "postgres").trim());
    const catalog = catalogFromJson(JSON.parse(psql(catalogQuery(versionNum), "postgres")));
    for (const db of catalog.databases.values()) {
      if (!db.allowConnections || db.builtin && db.name !== "postgres") continue;
      const names = JSON.parse(psql(EXTENSIONS_QUERY, db.name));
      db.extensions = names.filter((n) => n !== "plpgsql").map((n) => ({ name: n, loc: input.fallback ?? { file: "", line: 1, column: 1 } }));
    }
    attachProvenance(catalog, input.replayed, input.fallback);
    return { catalog, stop, serverVersion: imageMajorVersion(input.image) ?? Math.floor(versionNum / 1e4), millis: performance.now() - started };
  } finally {
    remove();
    rmSync(dir, { recursive: true, force: true });
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    process.removeListener("exit", remove);
  }
}
export {
  dockerEngine,
  executeInitDocker
};

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  oneOf
} from "./chunk-YAE3XJKI.js";
import {
  policyTarget
} from "./chunk-NPUTOQXD.js";
import {
  classifyService
} from "./chunk-XJRKILKQ.js";
import "./chunk-HD7RUNM3.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-VFVSZFIG.js";
import "./chunk-ZXHC4XCV.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/commands/place.ts
import path from "node:path";
var USAGE = "usage: svclint place <name> [--image IMG] [--system S] [--provides KIND] [--format text|json]";
async function runPlace({ args, flags, io, output }) {
  const format = oneOf("--format", flags.string("format") ?? "text", ["text", "json"]);
  const name = args[0];
  if (!name || args.length > 1) throw new UsageError(USAGE);
  const { policy, root } = policyTarget(io.cwd, flags.string("config") ?? null);
  const system = flags.string("system");
  if (system !== void 0 && !policy.systems.some((s) => s.name === system)) {
    throw new UsageError(`--system: unknown system '${system}' (declared: ${policy.systems.map((s) => s.name).join(", ") || "none"})`);
  }
  const provides = flags.string("provides");
  if (provides !== void 0) checkKind(provides, policy);
  const answer = placeService({ name, image: flags.string("image"), system, provides }, policy, root, io.cwd);
  output.write(
    format === "json" ? `${JSON.stringify({ service: answer.service, capability: answer.capability, path: answer.path, reasons: answer.reasons }, null, 2)}
` : formatPlaceText(answer, name)
  );
  return 0;
}
function checkKind(kind, policy) {
  const wanted = kind.toLowerCase();
  const declared = [...policy.capabilities.values()].filter((c) => !c.inactive).flatMap((c) => c.provides.map((p) => [p, c.name]));
  if (declared.some(([p]) => p.toLowerCase() === wanted)) return;
  const list = [...new Set(declared.map(([p, cap]) => `${p} (${cap})`))].join(", ");
  throw new UsageError(
    `--provides: no capability declares '${kind}'. Declared kinds: ${list || "none"}. To add one: capabilities: { NAME: { provides: [${kind}] } } in svclint.config.yaml`
  );
}
function placeService(request, policy, root, cwd) {
  const classification = classifyService(
    { name: request.name, image: request.image ?? null, system: request.system ?? null, provides: request.provides ?? null },
    policy
  );
  const { capability, canonicalName, reasons, system } = classification;
  const capabilityReasons = reasons.filter((r) => r.kind !== "system");
  const steps = [];
  steps.push({
    question: "What capability does this provide?",
    answer: capabilityReasons.length > 0 ? capabilityReasons.map((r) => r.text).join("; ") : "not known from the placement table, labels or image (give --provides KIND or --image IMG)"
  });
  steps.push({
    question: "Is this part of an existing system?",
    answer: system ? `yes: ${system.name} (${system.members.join(", ")}) -> add to that system's directory, ${system.capability}/` : "no"
  });
  const rootShown = path.relative(cwd, root).split(path.sep).join("/");
  const prefix = rootShown === "" ? "" : `${rootShown}/`;
  const target = capability ? `${prefix}${capability}/${canonicalName}/` : null;
  if (target) {
    steps.push({ question: "Where does it go?", answer: target });
  } else if (reasons.some((r) => r.kind === "web-server")) {
    steps.push({
      question: "Where does it go?",
      answer: `with what it serves: run again with --provides KIND (e.g. --provides ui -> ${prefix}interfaces/${canonicalName}/, --provides proxy -> ${prefix}core-infra/${canonicalName}/)`
    });
  } else {
    steps.push({
      question: "When in doubt?",
      answer: `create a capability-specific directory named for what it provides (e.g. ${prefix}media/ for a media server), declare it in svclint.config.yaml (capabilities: { media: { provides: [media] } }), and put the service there; do not dump it in apps/ or misc/`
    });
  }
  return { service: canonicalName, capability, path: target, reasons: reasons.map((r) => r.text), steps };
}
function formatPlaceText(answer, requestedName) {
  const lines = [`Where does '${requestedName}' go?`, ""];
  answer.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.question}`, `   -> ${step.answer}`);
  });
  lines.push("");
  lines.push(answer.path ? `Answer: ${answer.path}` : "Answer: no rule places it (see step 3)");
  if (answer.service !== requestedName) lines.push(`(canonical name: ${answer.service})`);
  return `${lines.join("\n")}
`;
}
export {
  formatPlaceText,
  placeService,
  runPlace
};

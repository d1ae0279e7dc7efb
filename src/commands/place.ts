// `svclint place <name>`: the seed's "New Service Decision Tree", step by step.
import path from 'node:path';
import type { CommandContext } from '../cli/main';
import { oneOf } from '../cli/values';
import { UsageError } from '../errors';
import { classifyService } from '../policy/classify';
import { policyTarget } from '../policy/discover';
import type { Classification, Policy } from '../policy/types';

const USAGE = 'usage: svclint place <name> [--image IMG] [--system S] [--provides KIND] [--format text|json]';

export async function runPlace({ args, flags, io, output }: CommandContext): Promise<number> {
  const format = oneOf('--format', flags.string('format') ?? 'text', ['text', 'json'] as const);
  const name = args[0];
  if (!name || args.length > 1) throw new UsageError(USAGE);
  const { policy, root } = policyTarget(io.cwd, flags.string('config') ?? null);
  const system = flags.string('system');
  if (system !== undefined && !policy.systems.some((s) => s.name === system)) {
    throw new UsageError(`--system: unknown system '${system}' (declared: ${policy.systems.map((s) => s.name).join(', ') || 'none'})`);
  }
  const provides = flags.string('provides');
  if (provides !== undefined) checkKind(provides, policy);
  const answer = placeService({ name, image: flags.string('image'), system, provides }, policy, root, io.cwd);
  output.write(
    format === 'json'
      ? `${JSON.stringify({ service: answer.service, capability: answer.capability, path: answer.path, reasons: answer.reasons }, null, 2)}\n`
      : formatPlaceText(answer, name),
  );
  return 0;
}

/** `--provides KIND` must be a kind a capability declares: otherwise say which kinds there are. */
function checkKind(kind: string, policy: Policy): void {
  const wanted = kind.toLowerCase();
  const declared = [...policy.capabilities.values()].filter((c) => !c.inactive).flatMap((c) => c.provides.map((p) => [p, c.name] as const));
  if (declared.some(([p]) => p.toLowerCase() === wanted)) return;
  const list = [...new Set(declared.map(([p, cap]) => `${p} (${cap})`))].join(', ');
  throw new UsageError(
    `--provides: no capability declares '${kind}'. Declared kinds: ${list || 'none'}. To add one: capabilities: { NAME: { provides: [${kind}] } } in svclint.config.yaml`,
  );
}

export interface PlaceRequest {
  name: string;
  image?: string | null;
  system?: string | null;
  provides?: string | null;
}

export interface PlaceAnswer {
  service: string;
  capability: string | null;
  /** cwd-relative path with `/` separators and a trailing `/`, or null when no rule places it. */
  path: string | null;
  reasons: string[];
  steps: { question: string; answer: string }[];
}

export function placeService(request: PlaceRequest, policy: Policy, root: string, cwd: string): PlaceAnswer {
  const classification: Classification = classifyService(
    { name: request.name, image: request.image ?? null, system: request.system ?? null, provides: request.provides ?? null },
    policy,
  );
  const { capability, canonicalName, reasons, system } = classification;
  const capabilityReasons = reasons.filter((r) => r.kind !== 'system');
  const steps: PlaceAnswer['steps'] = [];
  steps.push({
    question: 'What capability does this provide?',
    answer:
      capabilityReasons.length > 0
        ? capabilityReasons.map((r) => r.text).join('; ')
        : 'not known from the placement table, labels or image (give --provides KIND or --image IMG)',
  });
  steps.push({
    question: 'Is this part of an existing system?',
    answer: system ? `yes: ${system.name} (${system.members.join(', ')}) -> add to that system's directory, ${system.capability}/` : 'no',
  });
  const rootShown = path.relative(cwd, root).split(path.sep).join('/');
  const prefix = rootShown === '' ? '' : `${rootShown}/`;
  const target = capability ? `${prefix}${capability}/${canonicalName}/` : null;
  if (target) {
    steps.push({ question: 'Where does it go?', answer: target });
  } else if (reasons.some((r) => r.kind === 'web-server')) {
    steps.push({
      question: 'Where does it go?',
      answer: `with what it serves: run again with --provides KIND (e.g. --provides ui -> ${prefix}interfaces/${canonicalName}/, --provides proxy -> ${prefix}core-infra/${canonicalName}/)`,
    });
  } else {
    steps.push({
      question: 'When in doubt?',
      answer: `create a capability-specific directory named for what it provides (e.g. ${prefix}media/ for a media server), declare it in svclint.config.yaml (capabilities: { media: { provides: [media] } }), and put the service there; do not dump it in apps/ or misc/`,
    });
  }
  return { service: canonicalName, capability, path: target, reasons: reasons.map((r) => r.text), steps };
}

export function formatPlaceText(answer: PlaceAnswer, requestedName: string): string {
  const lines = [`Where does '${requestedName}' go?`, ''];
  answer.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.question}`, `   -> ${step.answer}`);
  });
  lines.push('');
  lines.push(answer.path ? `Answer: ${answer.path}` : 'Answer: no rule places it (see step 3)');
  if (answer.service !== requestedName) lines.push(`(canonical name: ${answer.service})`);
  return `${lines.join('\n')}\n`;
}

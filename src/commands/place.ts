// `svclint place <name>`: the seed's "New Service Decision Tree", step by step.
import path from 'node:path';
import { classifyService } from '../policy/classify';
import type { Classification, Policy } from '../types';

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
    answer: capabilityReasons.length > 0
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
  } else {
    steps.push({
      question: 'When in doubt?',
      answer: `create a capability-specific directory (e.g. ${prefix}communications/ for an email service), declare it in svclint.config.yaml, and put the service there; do not dump it in apps/ or misc/`,
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

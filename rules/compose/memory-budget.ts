import { defineRule, formatBytes, type HostModel, type RuleContext, type SourceLoc, type Stack } from '../../src/api';
import { activeStacks } from './shared';

type Usage = ReturnType<RuleContext['memoryBudget']>['usages'][number];

export default defineRule({
  meta: {
    id: 'memory-budget',
    group: 'compose',
    severity: 'warning',
    description: "Declared memory limits (or the catalog's estimates) that add up past budget.memory, listing services with no limit",
    rationale: 'The seed plans a 4 GB droplet ("fits easily within 4GB droplet budget"): past the budget the kernel OOM-kills whichever container it picks.',
    messages: {
      overBudget: 'Memory adds up to {{total}}, over budget.memory {{budget}}: {{parts}}.',
      setLimits:
        'Set deploy.resources.limits.memory on every service{{noLimit}} and lower the largest limits until they add up to at most {{budget}}, or raise budget.memory if the host has more memory.',
    },
  },
  check({ model, report, memoryBudget }) {
    // One computation (src/model/memory.ts) for this rule, `svclint init` and the reports.
    const { budget, usages, declared, estimated, total } = memoryBudget();
    if (budget === null || total <= budget) return;
    const declaredList = summarise(
      usages.filter((u) => u.declared),
      '',
    );
    const estimatedList = summarise(
      usages.filter((u) => !u.declared && u.bytes !== null),
      '~',
    );
    const unknownList = summarise(
      usages.filter((u) => u.bytes === null),
      '',
    );
    const parts = [declaredList ? `declared limits ${formatBytes(declared)} (${declaredList})` : 'no service declares a limit'];
    if (estimatedList) parts.push(`no limit, counted at the catalog's estimate: ${formatBytes(estimated)} (${estimatedList})`);
    if (unknownList) parts.push(`no limit and no estimate, not counted: ${unknownList}`);
    const noLimit = [...new Set(usages.filter((u) => !u.declared).map((u) => u.service.name))];
    report({
      ...budgetLocation(model, activeStacks(model), usages),
      messageId: 'overBudget',
      fixId: 'setLimits',
      data: {
        total: formatBytes(total),
        budget: formatBytes(budget),
        parts: parts.join('; '),
        noLimit: noLimit.length ? ` (${noLimit.length} have none)` : '',
      },
    });
  },
});

/** `n8n 1 GiB, postgres 150 MiB ×2`, largest first. */
function summarise(usages: readonly Usage[], approx: string): string {
  const groups = new Map<string, { bytes: number | null; count: number }>();
  for (const u of usages) {
    const each = u.bytes === null ? null : u.bytes / Math.max(1, u.replicas);
    const key = `${u.service.name}\u0000${each}`;
    const group = groups.get(key) ?? { bytes: each, count: 0 };
    group.count += Math.max(1, u.replicas);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort((a, b) => (b[1].bytes ?? 0) * b[1].count - (a[1].bytes ?? 0) * a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([key, g]) => `${key.split('\u0000')[0]}${g.bytes === null ? '' : ` ${approx}${formatBytes(g.bytes)}`}${g.count > 1 ? ` ×${g.count}` : ''}`)
    .join(', ');
}

/** At the config's budget.memory, else at the stack that takes the most memory. */
function budgetLocation(model: HostModel, stacks: readonly Stack[], usages: readonly Usage[]): { loc: SourceLoc } | { path: string } {
  const { policy } = model;
  const loc = policy.locate(['budget', 'memory']);
  if (loc) return { loc };
  const perStack = new Map<Stack, number>();
  for (const u of usages) perStack.set(u.service.stack, (perStack.get(u.service.stack) ?? 0) + (u.bytes ?? 0));
  const largest = [...perStack].sort((a, b) => b[1] - a[1])[0]?.[0] ?? stacks[0];
  if (!largest) return { path: policy.configFile ?? policy.baseDir };
  return { loc: { file: largest.file, line: 1, column: 1 } };
}

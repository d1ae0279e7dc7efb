// Every built-in rule has a table test on the public rule tester with at least two valid cases (one
// a near miss: it differs from an invalid tree by the one detail the rule keys on) and at least two
// invalid ones, each naming its exact findings.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules';
import { COMPOSE_CASES } from './compose.cases';
import { DATABASE_CASES } from './database.cases';
import { STRUCTURE_CASES } from './structure.cases';

/** Rules a tree table cannot exercise, and where they are tested instead. */
const ELSEWHERE: Record<string, string> = {
  'unused-directive': "its findings are made by the engine's suppression pass after every rule ran (test/suppress.test.ts, test/merge.test.ts)",
};

describe("the built-in rules' table tests", () => {
  const tables = [...STRUCTURE_CASES, ...COMPOSE_CASES, ...DATABASE_CASES];
  it.each(allRules.map((rule) => rule.meta.id).filter((id) => !(id in ELSEWHERE)))('%s has 2 valid cases (one a near miss) and 2 invalid ones', (id) => {
    const mine = tables.filter((t) => t.rule.meta.id === id);
    expect(mine, 'one table per rule').toHaveLength(1);
    const { valid, invalid } = mine[0]!.cases;
    expect(valid.length, 'valid cases').toBeGreaterThanOrEqual(2);
    expect(valid.filter((c) => c.nearMiss).length, 'near-miss valid cases').toBeGreaterThanOrEqual(1);
    expect(invalid.length, 'invalid cases').toBeGreaterThanOrEqual(2);
    for (const c of invalid) expect(c.findings.length, c.name).toBeGreaterThan(0);
  });

  it('lists only rules that exist', () => {
    const ids = new Set(allRules.map((rule) => rule.meta.id));
    expect(Object.keys(ELSEWHERE).filter((id) => !ids.has(id))).toEqual([]);
  });
});

// Valid and invalid trees for every Compose rule (test/rules/compose.cases.ts), on the public rule tester.
import { ruleTester } from '../helpers/rule-tester';
import { COMPOSE_CASES } from './compose.cases';

for (const { rule, cases } of COMPOSE_CASES) ruleTester(rule, cases);

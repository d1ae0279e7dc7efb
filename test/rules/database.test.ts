// Valid and invalid trees for every Database rule (test/rules/database.cases.ts), on the public rule tester.
import { ruleTester } from '../helpers/rule-tester';
import { DATABASE_CASES } from './database.cases';

for (const { rule, cases } of DATABASE_CASES) ruleTester(rule, cases);

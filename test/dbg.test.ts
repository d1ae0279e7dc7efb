import { it } from 'vitest';
import { generateScenario } from './helpers/initdb-generator';
it('show', () => { const s = generateScenario(Number(process.env.ID), 13); for (const f of s.files) console.log('---', f.name, '\n' + f.text); console.log(s.postgresDb, s.env); });

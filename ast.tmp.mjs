import * as pg from 'libpg-query';
await pg.loadModule();
const qs = process.argv.slice(2);
for (const q of qs) { try { const r = pg.parseSync(q); console.log(q, '=>', JSON.stringify(r.stmts.map(s=>s.stmt))); } catch (e) { console.log(q, 'ERR', e.message); } }

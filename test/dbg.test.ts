import { it } from 'vitest';
import { parseInitSql, evaluateInit } from '../src/database/initdb';
it('dbg', async () => {
  const s = await parseInitSql('/x.sql', ["CREATE ROLE a_user; CREATE DATABASE b;", "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nobody') THEN GRANT CONNECT ON DATABASE b TO a_user; ELSE ALTER DATABASE b OWNER TO a_user; END IF; END $$;", 'GRANT ALL ON DATABSE a TO b_user;'].join('\n'));
  console.log(JSON.stringify(s.runs[0].steps, null, 0).slice(0, 3000));
  const o = evaluateInit([s], { superuser: 'postgres', version: 15 });
  console.log(o.stop, o.unevaluated, o.catalog.databases.get('b'));
});

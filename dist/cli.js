#!/usr/bin/env node
// The svclint command is dist/cli.cjs (the package's bin); this runs it for `node dist/cli.js`.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./cli.cjs');

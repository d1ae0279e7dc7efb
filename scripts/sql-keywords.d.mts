// Types of scripts/sql-keywords.mjs (the tests import it).
export function extractKeywords(bytes: Buffer): string[];
export function keywordsModule(words: readonly string[]): string;

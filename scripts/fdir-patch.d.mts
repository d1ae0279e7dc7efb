// Types of scripts/fdir-patch.mjs (the build's patch to fdir; test/fdir-patch.test.ts checks it).
export function patchFdir(source: string, file: string): string;

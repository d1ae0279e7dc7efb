// import() of a user's module (a plugin's rule file). The CLI bundle is a script that the loader
// (loader/cli.ts) compiles with a V8 code cache, and such a script has no import() of its own
// (esbuild turns the bundle's import() calls into require, which cannot load an ES module):
// the loader, a real CommonJS module, lends its import() through this global.

/** The global the loader sets; read here, where the bundle needs it. */
export const IMPORT_GLOBAL = '__svclintImport';

type Importer = (url: string) => Promise<unknown>;

/** Imports a module by file URL: with the loader's import() when it lent one, else our own (tests, the Action). */
export function importUrl(url: string): Promise<unknown> {
  const lent = (globalThis as Record<string, unknown>)[IMPORT_GLOBAL] as Importer | undefined;
  return lent ? lent(url) : import(url);
}

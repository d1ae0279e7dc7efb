// A patch to fdir 6 (tinyglobby's folder crawler) as the build bundles it (scripts/build.mjs).
// When its module is evaluated, fdir requires picomatch from node_modules for its own `.glob()`,
// which tinyglobby never calls: tinyglobby filters with the picomatch bundled with it. So every run
// that globs `docs:` resolved, read and compiled a second, unbundled picomatch (~3-4 ms of the
// example's ~146 ms cold run). The patch defers that require to fdir's first `.glob()`; what fdir
// does when asked to glob is unchanged. The build stops if fdir's source is not as expected.

const EAGER_REQUIRE = 'let pm = null;\n/* c8 ignore next 6 */\ntry {\n\t__require.resolve("picomatch");\n\tpm = __require("picomatch");\n} catch {}\n';
const LAZY_REQUIRE = [
  'let pm = null;',
  'let pmLoaded = false;',
  '/** picomatch, required on first use (patched by svclint: fdir required it on load). */',
  'function loadPicomatch() {',
  '\tif (!pmLoaded) {',
  '\t\tpmLoaded = true;',
  '\t\ttry {',
  '\t\t\t__require.resolve("picomatch");',
  '\t\t\tpm = __require("picomatch");',
  '\t\t} catch {}',
  '\t}',
  '\treturn pm;',
  '}',
  '',
].join('\n');
const GLOB_FUNCTION = 'const globFn = this.globFunction || pm;';

/** fdir's dist/index.mjs `source` with picomatch required on first use; throws when it is not as expected. */
export function patchFdir(source, file) {
  const uses = source.match(/\bpm\b/g)?.length ?? 0;
  if (source.split(EAGER_REQUIRE).length !== 2 || source.split(GLOB_FUNCTION).length !== 2 || uses !== 3) {
    throw new Error(`${file}: fdir is not as scripts/fdir-patch.mjs expects; review the patch there`);
  }
  return source.replace(EAGER_REQUIRE, LAZY_REQUIRE).replace(GLOB_FUNCTION, 'const globFn = this.globFunction || loadPicomatch();');
}

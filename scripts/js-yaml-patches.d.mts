// Types of scripts/js-yaml-patches.mjs (the build's patches to js-yaml; test/js-yaml-patches.test.ts checks them).
export interface JsYamlPatch {
  /** The js-yaml function the patch rewrites. */
  name: string;
  /** Whether the function's text reads as the patch expects. */
  expected(body: string): boolean;
  patch(body: string): string;
}
export const JS_YAML_PATCHES: JsYamlPatch[];
export function patchJsYaml(source: string, file: string): string;

// Tests that need an outside tool never pass by accident: when the tool is missing they are
// skipped with the reason printed, and in CI (.ci/run sets SVCLINT_CI=1 and installs the tools)
// a missing tool is a failing test instead.
import { it } from 'vitest';

/**
 * Call at a test file's top level. Returns whether the tool's tests must be skipped. `requiredInCi`
 * is false for a tool CI installs only when it can (a Debian package without root).
 */
export function skipWithoutTool(tool: string, available: boolean, consequence: string, requiredInCi = true): boolean {
  if (available) return false;
  if (requiredInCi && process.env.SVCLINT_CI === '1') {
    it(`${tool} is installed (CI installs it)`, () => {
      throw new Error(`${tool} is missing in CI: ${consequence}. .ci/run installs it; check that step.`);
    });
  } else {
    console.warn(`skipped: ${tool} is not available; ${consequence}`);
  }
  return true;
}

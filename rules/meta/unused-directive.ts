import { defineRule } from '../support';

export default defineRule(
  {
    id: 'unused-directive',
    group: 'meta',
    severity: 'warning',
    description: 'An inline svclint-disable directive or a config exception that suppressed nothing, is malformed, or has no reason',
    rationale: 'A suppression outlives the problem it was written for unless someone is told; a reason says why it is there.',
  },
  // The work happens in the engine's suppression pass (src/engine/suppress.ts), after every rule
  // ran: only then is it known what each directive suppressed.
  () => {},
);

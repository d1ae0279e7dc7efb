import { defineRule } from '../../src/api';

export default defineRule({
  meta: {
    id: 'unused-directive',
    group: 'meta',
    severity: 'warning',
    description: 'An inline svclint-disable directive or a config exception that suppressed nothing, is malformed, or has no reason',
    rationale: 'A suppression outlives the problem it was written for unless someone is told; a reason says why it is there.',
    // The engine's suppression pass (src/engine/suppress.ts) reports with these messages.
    messages: {
      malformed: 'Directive {{name}} {{problem}}.',
      addReason: 'Say why after " -- ": # {{name}} {{rules}} -- <reason>.',
      writeDisable: 'Write it as: # {{name}} RULE -- <reason> on the first line.',
      writeNextLine: 'Write it as: # {{name}} RULE -- <reason>.',
      cannotSuppressItself: 'Directive {{name}} cannot suppress unused-directive: those reports are made after suppression.',
      removeSelf: "Remove 'unused-directive' from the directive, and remove or fix the directive it is about.",
      unknownRule: "Directive {{name}} names unknown rule '{{rule}}'.",
      useKnownRule: 'Use a rule id from `svclint rules`, or remove the directive.',
      unused: 'Directive {{name}} {{rule}} suppressed nothing: no {{rule}} finding {{scope}}.',
      removeRule: "Remove '{{rule}}' from the directive; the problem it was written for is gone or moved.",
      removeDirective: "Remove '{{rule}}' from the directive (delete the comment); the problem it was written for is gone or moved.",
      exceptionUnknownRule: "Config exception names unknown rule '{{rule}}'.",
      useKnownRuleInException: 'Use a rule id from `svclint rules`, or remove the exception.',
      exceptionUnused: "Config exception for {{rule}} at '{{path}}' suppressed nothing: no {{rule}} finding is at or inside that path.",
      removeException: 'Remove the exception from exceptions:; the problem it was written for is gone or moved.',
    },
  },
  // The work happens in the engine's suppression pass, after every rule ran: only then is it known
  // what each directive suppressed.
  check() {},
});

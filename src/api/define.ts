// defineRule and definePlugin: identity functions that give a rule or plugin its types (message
// ids checked against `meta.messages`, options typed by `meta.defaultOptions`), as in ESLint.
import type { Plugin, Rule, RuleContext, RuleMeta } from './types';

type Options = Readonly<Record<string, unknown>>;

/**
 * A rule: `meta` (id, group, severity, description, rationale, messages, options schema, docs) and
 * `check(context)`. A report's `messageId` must be a key of `meta.messages`; `context.options`
 * has the type of `meta.defaultOptions`.
 */
export function defineRule<const MessageIds extends string, O extends Options = Options>(rule: {
  meta: RuleMeta<MessageIds> & { defaultOptions?: O };
  check(context: RuleContext<O, MessageIds>): void | Promise<void>;
}): Rule<O, MessageIds> {
  return rule;
}

/** A plugin: its name (the rule id prefix) and rules. */
export function definePlugin<const P extends Plugin>(plugin: P): P {
  return plugin;
}

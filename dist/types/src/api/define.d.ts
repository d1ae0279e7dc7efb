import type { Plugin, Rule, RuleContext, RuleMeta } from './types';
type Options = Readonly<Record<string, unknown>>;
/**
 * A rule: `meta` (id, group, severity, description, rationale, messages, options schema, docs) and
 * `check(context)`. A report's `messageId` must be a key of `meta.messages`; `context.options`
 * has the type of `meta.defaultOptions`.
 */
export declare function defineRule<const MessageIds extends string, O extends Options = Options>(rule: {
    meta: RuleMeta<MessageIds> & {
        defaultOptions?: O;
    };
    check(context: RuleContext<O, MessageIds>): void | Promise<void>;
}): Rule<O, MessageIds>;
/** A plugin: its name (the rule id prefix) and rules. */
export declare function definePlugin<const P extends Plugin>(plugin: P): P;
export {};

// TEMPORARY bridge for the database rules while issue 13 (database) is still being merged: their
// old form `defineRule(meta, check)` with `report({ message, fix, loc })` runs on the public API
// with message ids `message` / `fix` / `related` holding the text. Removed when those rules move to
// message templates (issue 11's last step); nothing new may use it.
import path from 'node:path';
import type { MessageData, RelatedDescriptor, ReportDescriptor, Rule, RuleContext, RuleMeta, SourceLoc } from '../src/api';
import type { HostModel } from '../src/model/types';

interface LegacyReport {
  message: string;
  fix?: string | null;
  path?: string;
  line?: number | null;
  column?: number | null;
  loc?: SourceLoc | null;
  target?: string;
  related?: readonly (RelatedDescriptor | { path?: string; loc?: SourceLoc | null; message: string })[];
  key?: string;
  cause?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LegacyContext = Omit<RuleContext<any, any>, 'report' | 'model'> & { model: HostModel; report(report: LegacyReport): void };

export function defineLegacyRule(meta: Omit<RuleMeta, 'messages' | 'docs'>, check: (context: LegacyContext) => void | Promise<void>): Rule {
  return {
    meta: { ...meta, messages: { message: '{{message}}', fix: '{{fix}}', related: '{{message}}' } },
    check(context) {
      const legacy = Object.create(context) as LegacyContext;
      Object.defineProperty(legacy, 'model', { value: context.model });
      legacy.report = (r) => {
        const loc = r.loc ?? (r.line != null && r.path ? { file: r.path, line: r.line, column: r.column ?? 1 } : null);
        const descriptor: ReportDescriptor = {
          messageId: 'message',
          data: { message: r.message, fix: r.fix ?? '' },
          ...(r.fix ? { fixId: 'fix' } : {}),
          ...(loc ? { loc } : {}),
          ...(r.path ? { path: r.path } : {}),
          ...(r.target ? { target: r.target } : {}),
          ...(r.key !== undefined ? { key: r.key } : {}),
          ...(r.cause ? { cause: r.cause } : {}),
          ...(r.related ? { related: r.related.map((x) => ('messageId' in x ? x : { ...x, messageId: 'related', data: { message: x.message } as MessageData })) } : {}),
        };
        context.report(descriptor);
      };
      return check(legacy);
    },
  };
}

/** A path as users write it in messages: relative to the working directory, trailing `/` for folders. */
export function shown(model: { cwd?: string }, abs: string, folder = true): string {
  const rel = path.relative((model as HostModel).cwd, abs).split(path.sep).join('/') || '.';
  return folder && !rel.endsWith('/') ? `${rel}/` : rel;
}

/** `path:line:column` relative to the working directory; the file alone without a position. */
export function where(model: { cwd?: string }, loc: SourceLoc | null, fallbackFile?: string): string {
  const file = loc?.file ?? fallbackFile;
  if (!file) return '?';
  const rel = shown(model, file, false);
  return loc ? `${rel}:${loc.line}:${loc.column}` : rel;
}

// Phase 5 of the migration, the documentation: in the documents the config's `docs:` globs match
// (the files stale-doc-path reads), every mention of a services path that moves is rewritten to
// where it goes (`services/apps/openweb/` -> `services/interfaces/open-webui/`, `~/services/n8n`
// -> `~/services/automation/n8n`). One edit per line.
import path from 'node:path';
import { documentFiles, servicePathMentions } from '../model/docs';
import type { HostModel } from '../model/types';
import type { MoveMap } from './moves';
import type { EditAction } from './types';

export function documentEdits(model: HostModel, moves: MoveMap): EditAction[] {
  if (moves.moves.length === 0) return [];
  const rootName = path.basename(model.root);
  const edits: EditAction[] = [];
  for (const file of documentFiles(model)) {
    // Through the run's file cache: stale-doc-path read the same documents.
    const text = model.files.text(file);
    if (text === null) continue;
    // A document inside the tree moves with its folder in Phase 4: Phase 5 finds it at its new place.
    const where = moves.final(file);
    text.split('\n').forEach((raw, index) => {
      const line = raw.replace(/\r$/, '');
      let changed = line;
      for (const m of servicePathMentions(line, rootName).reverse()) {
        const trailing = m.rel.match(/[./]*$/)![0];
        const rel = m.rel.slice(0, m.rel.length - trailing.length);
        if (!rel) continue;
        const end = moves.final(path.join(model.root, rel));
        const newRel = path.relative(model.root, end).split(path.sep).join('/');
        if (newRel === rel || newRel.startsWith('..')) continue;
        changed = changed.slice(0, m.index) + `${rootName}/${newRel}${trailing}` + changed.slice(m.index + m.text.length);
      }
      if (changed === line) return;
      edits.push({
        op: 'edit',
        phase: 5,
        file: where,
        line: index + 1,
        old: line,
        new: changed,
        reason: 'The document names a services path that moves.',
      });
    });
  }
  return edits;
}

export { documentFiles, servicePathMentions };

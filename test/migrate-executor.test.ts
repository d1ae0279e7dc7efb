// The migration executor on real temp trees with hand-built action lists: apply, resume after an
// interruption at every point, rollback byte for byte, refusals.
import { chmodSync, existsSync, mkdirSync, readFileSync, readlinkSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteActions, ActionRefused, applyJournal, mapActionPaths } from '../src/migrate/apply';
import { manifestOf } from '../src/migrate/fsstate';
import { journalPath, loadJournal, newJournal, saveJournal, type Journal } from '../src/migrate/journal';
import { changedSince, rollbackJournal } from '../src/migrate/rollback';
import type { MigrationPhase, PlanAction } from '../src/plan/types';
import { tempDir, writeTree, type TreeSpec } from './helpers/tree';

const PHASES: MigrationPhase[] = [1, 2, 3, 4, 5];

class Interrupted extends Error {}

function setup(spec: TreeSpec): { scope: string; root: string } {
  const scope = realpathSync(tempDir('svclint-migrate-'));
  writeTree(scope, spec);
  return { scope, root: path.join(scope, 'services') };
}

function startJournal(scope: string, actions: PlanAction[]): Journal {
  const journal = newJournal(
    scope,
    'services',
    actions.map((a) => mapActionPaths(a, (p) => path.relative(scope, p))),
    true,
  );
  saveJournal(scope, journal);
  return journal;
}

/** The tree byte for byte (contents, modes, links, empty folders), without the journal. */
function snapshot(scope: string): string {
  return JSON.stringify(manifestOf(scope).filter((e) => e.path !== '.svclint' && !e.path.startsWith('.svclint/')));
}

/** The design document's moves on a tiny tree: bridges, a compose edit through the bridge, final moves, a doc edit. */
function dropletActions(scope: string): PlanAction[] {
  const s = (p: string) => path.join(scope, 'services', p);
  return [
    { op: 'mkdir', phase: 1, path: s('core-infra') },
    { op: 'mkdir', phase: 1, path: s('interfaces') },
    { op: 'symlink', phase: 1, path: s('core-infra/traefik'), target: s('traefik') },
    { op: 'symlink', phase: 1, path: s('interfaces/open-webui'), target: s('apps/openweb') },
    { op: 'edit', phase: 2, file: s('interfaces/open-webui/docker-compose.yml'), line: 1, old: 'services:', new: 'name: openweb\nservices:' },
    {
      op: 'edit',
      phase: 2,
      file: s('interfaces/open-webui/docker-compose.yml'),
      line: 4,
      old: '    env_file: ../../shared.env',
      new: '    env_file: ../../shared.env # kept',
    },
    { op: 'manual', phase: 3, path: s('interfaces/open-webui'), reason: 'check it answers', steps: ['curl -I https://openwebui.example.com'] },
    { op: 'move', phase: 4, from: s('traefik'), to: s('core-infra/traefik') },
    { op: 'move', phase: 4, from: s('apps/openweb'), to: s('interfaces/open-webui') },
    { op: 'delete-empty', phase: 4, path: s('apps') },
    {
      op: 'edit',
      phase: 5,
      file: path.join(scope, 'docs/INVENTORY.md'),
      line: 2,
      old: '- open-webui: services/apps/openweb/',
      new: '- open-webui: services/interfaces/open-webui/',
    },
  ];
}

const DROPLET: TreeSpec = {
  services: {
    traefik: { 'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.1\n', 'traefik.yml': 'entryPoints: {}\n' },
    apps: {
      openweb: {
        'docker-compose.yml': 'services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n    env_file: ../../shared.env\n',
        data: { 'chats.db': Buffer.from([0, 1, 2, 255]) },
        empty: {},
      },
    },
    'shared.env': 'TZ=UTC\n',
  },
  docs: { 'INVENTORY.md': '# Inventory\r\n- open-webui: services/apps/openweb/\r\n- traefik: services/traefik/' },
};

describe('apply and rollback on a real tree', () => {
  it('applies every phase, then restores the tree byte for byte', async () => {
    const { scope } = setup(DROPLET);
    chmodSync(path.join(scope, 'services/traefik/traefik.yml'), 0o600);
    const before = snapshot(scope);
    const journal = startJournal(scope, dropletActions(scope));
    const report = await applyJournal({ scope, journal, phases: PHASES });
    expect(report).toMatchObject({ done: 10, manual: 1, blocked: null });
    const s = (p: string) => path.join(scope, 'services', p);
    expect(readFileSync(s('interfaces/open-webui/docker-compose.yml'), 'utf8')).toBe(
      'name: openweb\nservices:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n    env_file: ../../shared.env # kept\n',
    );
    expect(statSync(s('core-infra/traefik/traefik.yml')).mode & 0o777).toBe(0o600);
    expect(existsSync(s('apps'))).toBe(false);
    expect(existsSync(s('interfaces/open-webui/empty'))).toBe(true);
    // CRLF kept, the missing final newline too.
    expect(readFileSync(path.join(scope, 'docs/INVENTORY.md'), 'utf8')).toBe(
      '# Inventory\r\n- open-webui: services/interfaces/open-webui/\r\n- traefik: services/traefik/',
    );

    const loaded = loadJournal(scope, scope)!;
    expect(changedSince(scope, loaded, 0)).toEqual([]);
    const back = rollbackJournal({ scope, journal: loaded, toPhase: 0, force: false });
    expect(back.complete).toBe(true);
    expect(existsSync(path.join(scope, '.svclint'))).toBe(false);
    expect(snapshot(scope)).toBe(before);
  });

  it('Phase 1 makes relative bridges; rollback --to-phase keeps earlier phases', async () => {
    const { scope } = setup(DROPLET);
    const journal = startJournal(scope, dropletActions(scope));
    await applyJournal({ scope, journal, phases: [1, 2] });
    const link = path.join(scope, 'services/core-infra/traefik');
    expect(readlinkSync(link)).toBe('../traefik');
    rollbackJournal({ scope, journal: loadJournal(scope, scope)!, toPhase: 1, force: false });
    expect(readFileSync(path.join(scope, 'services/apps/openweb/docker-compose.yml'), 'utf8')).toMatch(/^services:/);
    expect(readlinkSync(link)).toBe('../traefik');
    const kept = loadJournal(scope, scope)!;
    expect(kept.entries.map((e) => e.phase)).toEqual([1, 1, 1, 1]);
  });

  it('an interruption at any point, then a re-run, gives the same tree; rolled back instead, gives the original', async () => {
    const { scope: reference } = setup(DROPLET);
    await applyJournal({ scope: reference, journal: startJournal(reference, dropletActions(reference)), phases: PHASES });
    const expected = snapshot(reference);
    for (let k = 0; ; k++) {
      const { scope } = setup(DROPLET);
      const original = snapshot(scope);
      let points = 0;
      let interrupted = false;
      try {
        await applyJournal({
          scope,
          journal: startJournal(scope, dropletActions(scope)),
          phases: PHASES,
          interrupt: () => {
            if (points++ === k) throw new Interrupted();
          },
        });
      } catch (error) {
        if (!(error instanceof Interrupted)) throw error;
        interrupted = true;
      }
      if (!interrupted) break; // k passed the last interruption point
      // Same interruption again, this time rolled back (itself interrupted once, then finished).
      const { scope: other } = setup(DROPLET);
      let p2 = 0;
      try {
        await applyJournal({
          scope: other,
          journal: startJournal(other, dropletActions(other)),
          phases: PHASES,
          interrupt: () => {
            if (p2++ === k) throw new Interrupted();
          },
        });
      } catch (error) {
        if (!(error instanceof Interrupted)) throw error;
      }
      let p3 = 0;
      try {
        rollbackJournal({
          scope: other,
          journal: loadJournal(other, other)!,
          toPhase: 0,
          force: false,
          interrupt: () => {
            if (p3++ === Math.floor(k / 2)) throw new Interrupted();
          },
        });
      } catch (error) {
        if (!(error instanceof Interrupted)) throw error;
        rollbackJournal({ scope: other, journal: loadJournal(other, other)!, toPhase: 0, force: false });
      }
      expect(snapshot(other), `rolled back after interruption ${k}`).toBe(original);

      await applyJournal({ scope, journal: loadJournal(scope, scope)!, phases: PHASES });
      expect(snapshot(scope), `resumed after interruption ${k}`).toBe(expected);
      expect(loadJournal(scope, scope)!.entries.every((e) => e.state === 'done' || e.state === 'manual')).toBe(true);
    }
  });
});

describe('whole-file edits (stack splits)', () => {
  it('creates a file as a shell would (0666 less the umask) and removes one, then rolls both back', async () => {
    const { scope } = setup(DROPLET);
    const before = snapshot(scope);
    const s = (p: string) => path.join(scope, 'services', p);
    const actions: PlanAction[] = [
      { op: 'edit', phase: 2, file: s('traefik/extra/docker-compose.yml'), line: 1, old: '', new: 'services:\n  x:\n    image: busybox:1.37', whole: 'create' },
      { op: 'edit', phase: 4, file: s('traefik/traefik.yml'), line: 1, old: 'entryPoints: {}', new: '', whole: 'remove' },
    ];
    await applyJournal({ scope, journal: startJournal(scope, actions), phases: PHASES });
    expect(readFileSync(s('traefik/extra/docker-compose.yml'), 'utf8')).toBe('services:\n  x:\n    image: busybox:1.37\n');
    expect(statSync(s('traefik/extra/docker-compose.yml')).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(existsSync(s('traefik/traefik.yml'))).toBe(false);
    rollbackJournal({ scope, journal: loadJournal(scope, scope)!, toPhase: 0, force: false });
    expect(snapshot(scope)).toBe(before);
  });

  it('refuses to create a file that exists', async () => {
    const { scope } = setup(DROPLET);
    const actions: PlanAction[] = [
      { op: 'edit', phase: 2, file: path.join(scope, 'services/traefik/traefik.yml'), line: 1, old: '', new: 'x', whole: 'create' },
    ];
    await expect(applyJournal({ scope, journal: startJournal(scope, actions), phases: PHASES })).rejects.toThrow(
      /cannot create .*traefik.yml: it already exists/,
    );
  });
});

describe('refusals', () => {
  it('a target that exists with other content: nothing done, the action named', async () => {
    const { scope } = setup({ ...DROPLET, services: { ...(DROPLET.services as TreeSpec), 'core-infra': { traefik: { 'x.txt': 'mine' } } } });
    const before = snapshot(scope);
    const actions = dropletActions(scope).filter((a) => a.op !== 'mkdir' || !a.path.endsWith('core-infra'));
    const journal = startJournal(scope, actions);
    await expect(applyJournal({ scope, journal, phases: PHASES })).rejects.toThrow(ActionRefused);
    // The earlier actions (mkdir interfaces) ran; the refused one recorded nothing.
    expect(loadJournal(scope, scope)!.entries.map((e) => e.op)).toEqual(['mkdir']);
    rollbackJournal({ scope, journal: loadJournal(scope, scope)!, toPhase: 0, force: false });
    expect(snapshot(scope)).toBe(before);
  });

  it('an edit whose line changed since the plan is refused', async () => {
    const { scope } = setup(DROPLET);
    const actions = dropletActions(scope);
    writeFileSync(path.join(scope, 'services/apps/openweb/docker-compose.yml'), 'services: {}\n');
    await expect(applyJournal({ scope, journal: startJournal(scope, actions), phases: [1, 2] })).rejects.toThrow(
      /line 1 reads 'services: \{\}', not 'services:'/,
    );
  });

  it('delete-empty never removes a folder that still holds something', async () => {
    const { scope } = setup(DROPLET);
    mkdirSync(path.join(scope, 'services/apps/notes'));
    await expect(applyJournal({ scope, journal: startJournal(scope, dropletActions(scope)), phases: PHASES })).rejects.toThrow(/not empty \(holds notes\)/);
    expect(existsSync(path.join(scope, 'services/apps/notes'))).toBe(true);
  });

  it('rollback lists files changed since and refuses; --force restores them', async () => {
    const { scope } = setup(DROPLET);
    const before = snapshot(scope);
    await applyJournal({ scope, journal: startJournal(scope, dropletActions(scope)), phases: PHASES });
    const moved = path.join(scope, 'services/interfaces/open-webui');
    writeFileSync(path.join(moved, 'docker-compose.yml'), 'services: {}\n');
    writeFileSync(path.join(moved, 'data/new.db'), 'x');
    const journal = loadJournal(scope, scope)!;
    const changed = changedSince(scope, journal, 0);
    expect(changed).toContain('services/interfaces/open-webui/data/new.db: changed since svclint moved it');
    expect(
      changed.filter((l) => l.startsWith('services/interfaces/open-webui/docker-compose.yml') || l.startsWith('services/apps/openweb/docker-compose.yml')),
    ).toHaveLength(1);
    const report = rollbackJournal({ scope, journal, toPhase: 0, force: true });
    expect(report.complete).toBe(true);
    // The edited file is restored; the file added since travels back with its folder.
    expect(readFileSync(path.join(scope, 'services/apps/openweb/docker-compose.yml'), 'utf8')).toMatch(/env_file: \.\.\/\.\.\/shared\.env\n$/);
    expect(readFileSync(path.join(scope, 'services/apps/openweb/data/new.db'), 'utf8')).toBe('x');
    expect(snapshot(scope)).not.toBe(before);
  });

  it('a journal from another tree, a corrupted one, an edited one', async () => {
    const { scope } = setup(DROPLET);
    startJournal(scope, dropletActions(scope));
    expect(() => loadJournal(scope, '/somewhere/else')).toThrow(/belongs to another tree/);
    const file = journalPath(scope);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length / 2));
    expect(() => loadJournal(scope, scope)).toThrow(/corrupted migration journal \(.*JSON/);
    writeFileSync(file, text.replace('"root": "services"', '"root": "elsewhere"'));
    expect(() => loadJournal(scope, scope)).toThrow(/checksum mismatch/);
  });

  it('never touches a path outside the tree', async () => {
    const { scope } = setup(DROPLET);
    const outside = realpathSync(tempDir('svclint-outside-'));
    const actions: PlanAction[] = [{ op: 'mkdir', phase: 1, path: path.relative(scope, path.join(outside, 'x')) }];
    const journal = newJournal(scope, 'services', actions, true);
    saveJournal(scope, journal);
    await expect(applyJournal({ scope, journal, phases: PHASES })).rejects.toThrow(/outside the migrated tree/);
    expect(existsSync(path.join(outside, 'x'))).toBe(false);
    expect(absoluteActions(journal, scope)).toHaveLength(1);
  });
});

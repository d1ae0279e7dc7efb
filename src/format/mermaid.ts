// A compact mermaid diagram of the planned moves for the job summary (GitHub renders ```mermaid
// blocks in Markdown): one node per folder things leave or arrive in, one edge per (from, to)
// pair of folders, labelled with the services that move along it. Capped in edges, names per
// edge and bytes, so a big host still gets a readable picture and the summary stays small.
// Labels are data: quotes, angle brackets, pipes, backticks and `#` become mermaid entity codes.

export interface PlannedMove {
  /** Current path (display form, relative to the working directory). */
  from: string;
  /** Target path (display form). */
  to: string;
}

export interface MovesDiagramOptions {
  /** The block's UTF-8 size stays at or below this (default 40,000: GitHub's mermaid text limit is 50,000). */
  maxBytes?: number;
  /** Edges drawn at most (default 60); the rest are counted in a note. */
  maxEdges?: number;
  /** Service names listed per edge (default 4), then "+N more". */
  namesPerEdge?: number;
}

export const MOVES_DIAGRAM_MAX_BYTES = 40_000;

/** Text safe inside a quoted mermaid label. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/`/g, '#96;')
    .replace(/\[/g, '#91;')
    .replace(/\]/g, '#93;');
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : p.slice(0, i);
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/**
 * The Markdown lines of the diagram (a `### Planned moves` heading, the ```mermaid block and a
 * note when capped, then a blank line), or [] when nothing moves. `root` (display form) is stripped from folder
 * labels to keep them short.
 */
export function movesDiagramLines(moves: readonly PlannedMove[], root: string | null, options: MovesDiagramOptions = {}): string[] {
  if (moves.length === 0) return [];
  const maxBytes = options.maxBytes ?? MOVES_DIAGRAM_MAX_BYTES;
  const maxEdges = options.maxEdges ?? 60;
  const namesPerEdge = options.namesPerEdge ?? 4;
  const short = (folder: string) => {
    if (root !== null && root !== '.' && (folder === root || folder.startsWith(`${root}/`))) return `${folder.slice(root.length + 1) || baseName(root)}/`;
    return `${folder}/`;
  };

  // Edges by (from folder, to folder), in first-seen order; the busiest first.
  const edges = new Map<string, { from: string; to: string; names: string[] }>();
  for (const move of moves) {
    const from = parentOf(move.from);
    const to = parentOf(move.to);
    const key = `${from}\u0000${to}`;
    const edge = edges.get(key) ?? { from, to, names: [] };
    const name = baseName(move.from) === baseName(move.to) ? baseName(move.from) : `${baseName(move.from)} → ${baseName(move.to)}`;
    edge.names.push(name);
    edges.set(key, edge);
  }
  const ordered = [...edges.values()].sort((a, b) => b.names.length - a.names.length);

  const head = ['### Planned moves', '', '```mermaid', 'flowchart LR'];
  const tail = ['```'];
  const ids = new Map<string, string>();
  const lines: string[] = [];
  let bytes = Buffer.byteLength([...head, ...tail].join('\n'), 'utf8') + 200; // the note's room
  let drawn = 0;
  let movesDrawn = 0;
  for (const edge of ordered) {
    if (drawn >= maxEdges) break;
    // Nodes this edge adds, registered only once the edge fits.
    const fresh: [key: string, id: string, folder: string][] = [];
    const nodeId = (folder: string, side: 'f' | 't') => {
      const key = `${side}:${folder}`;
      const known = ids.get(key) ?? fresh.find(([k]) => k === key)?.[1];
      if (known) return known;
      const id = `${side}${ids.size + fresh.length}`;
      fresh.push([key, id, folder]);
      return id;
    };
    const from = nodeId(edge.from, 'f');
    const to = nodeId(edge.to, 't');
    const listed = edge.names.slice(0, namesPerEdge).join(', ');
    const more = edge.names.length > namesPerEdge ? ` +${edge.names.length - namesPerEdge} more` : '';
    const add = [...fresh.map(([, id, folder]) => `  ${id}["${mermaidLabel(short(folder))}"]`), `  ${from} -->|"${mermaidLabel(listed + more)}"| ${to}`];
    const cost = Buffer.byteLength(add.join('\n'), 'utf8') + 1;
    if (bytes + cost > maxBytes) break;
    for (const [key, id] of fresh) ids.set(key, id);
    lines.push(...add);
    bytes += cost;
    drawn++;
    movesDrawn += edge.names.length;
  }
  const left = ordered.length - drawn;
  const note =
    left > 0
      ? [
          `_The diagram shows ${movesDrawn} of ${moves.length} moves (${drawn} of ${ordered.length} folder pairs); every move is in the JSON output and the HTML report._`,
          '',
        ]
      : [];
  return [...head, ...lines, ...tail, '', ...note];
}

import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  PHASE_TITLES,
  checkLines,
  describeStep,
  mapActionPaths,
  projectLine,
  shownPath,
  viewOfPlan
} from "./chunk-ZT2RXWUD.js";
import {
  databaseAccess
} from "./chunk-QW22KWUU.js";
import "./chunk-U3ZUPJMP.js";
import "./chunk-ML5GNFYX.js";
import {
  memoryBudget
} from "./chunk-6H6MFZHV.js";
import "./chunk-NPUTOQXD.js";
import {
  placementPlan
} from "./chunk-PJS6FL45.js";
import "./chunk-JYVNWJNS.js";
import "./chunk-XJRKILKQ.js";
import "./chunk-3VKYS3HJ.js";
import "./chunk-HD7RUNM3.js";
import "./chunk-M2EK3JYW.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-VFVSZFIG.js";
import {
  displayPath
} from "./chunk-ZXHC4XCV.js";
import "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/format/html/index.ts
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

// src/format/html/data.ts
import path from "node:path";
var NODE = {
  service: 1,
  capability: 2,
  undeclared: 4,
  catchAll: 8,
  technology: 16,
  symlink: 32,
  stack: 64,
  archived: 128,
  /** A compose service with no folder of its own (a leaf under its stack's folder). */
  composeService: 256,
  broken: 512
};
function buildReportData(results, context) {
  const paths = [];
  const pathIndex = /* @__PURE__ */ new Map();
  const pathId = (p) => {
    let id = pathIndex.get(p);
    if (id === void 0) {
      id = paths.length;
      paths.push(p);
      pathIndex.set(p, id);
    }
    return id;
  };
  const roots = results.map((result) => buildRoot(result, context, pathId));
  return {
    tool: "svclint",
    version: context.version,
    rules: context.rules.map((r) => ({ id: r.id, group: r.group, severity: r.severity, description: r.description, docs: r.docs })),
    paths,
    roots
  };
}
function buildRoot(result, context, pathId) {
  const { model } = result;
  const show = (abs) => displayPath(abs, context.cwd);
  const rootShown = show(result.root);
  const relToRoot = (shown) => {
    const abs = path.resolve(context.cwd, shown);
    const rel2 = path.relative(result.root, abs);
    return rel2.startsWith("..") || path.isAbsolute(rel2) ? null : rel2.split(path.sep).join("/");
  };
  const capabilityOf = model ? capabilityIndex(model) : () => "";
  const findings = result.findings.map((f) => findingData(f, capabilityOf(relToRoot(f.path)), context.cwd));
  const plan = model ? placementPlan(model) : null;
  const rel = (abs) => relToRoot(show(abs));
  const moves = [];
  for (const move of plan?.moves ?? []) {
    const from = rel(move.from);
    const to = rel(move.to);
    if (from !== null && to !== null) moves.push([from, to, move.reasons.join("; "), move.kind]);
  }
  const serviceDirs = new Set(model?.serviceDirs.map((d) => d.abs) ?? []);
  const inactive = new Set(model ? [...model.policy.capabilities.values()].filter((c) => c.inactive).map((c) => c.name) : []);
  const moved = new Set(plan?.moves.map((m) => m.from) ?? []);
  for (const action of plan?.actions ?? []) {
    if (action.op !== "move" || !serviceDirs.has(action.from) || moved.has(action.from)) continue;
    moved.add(action.from);
    const from = rel(action.from);
    const to = rel(action.to);
    const archived = to !== null && inactive.has(to.split("/")[0]);
    if (from !== null && to !== null) moves.push([from, to, action.reason ?? "", archived ? "archive" : "place"]);
  }
  const removed = (plan?.actions ?? []).flatMap((a) => a.op === "delete-empty" ? [rel(a.path)] : []).filter((p) => p !== null);
  const retired = [];
  const unplaced = [];
  for (const folder of plan?.folders ?? []) {
    const dir = rel(folder.dir);
    if (dir === null) continue;
    if (folder.fate === "retire" && !moved.has(folder.dir)) retired.push([dir, folder.keep ? show(folder.keep) : ""]);
    if (folder.fate === "unplaced") unplaced.push(dir);
  }
  let memory = null;
  let databases = null;
  if (model) {
    const budget = memoryBudget(model);
    memory = {
      budget: budget.budget,
      total: budget.total,
      declared: budget.declared,
      estimated: budget.estimated,
      services: budget.usages.map((u) => [u.service.name, pathId(show(u.service.stack.file)), u.bytes, u.declared ? 1 : 0, u.replicas])
    };
    const locateIn = new Set(findings.filter((f) => f.line !== null).map((f) => f.path));
    const access = databaseAccess(model, { locateIn });
    if (access) databases = encodeAccess(access, findings, pathId);
  }
  return {
    root: rootShown,
    config: model?.policy.configFile ? show(model.policy.configFile) : null,
    summary: result.summary,
    tree: model ? buildTree(model, rootShown) : null,
    findings,
    moves,
    removed,
    retired,
    unplaced,
    capabilities: model ? [...model.policy.capabilities.keys()] : [],
    memory,
    databases,
    phases: model && plan ? migrationPhases(model, plan, context.cwd) : null
  };
}
function findingData(f, capability, cwd) {
  const data = { rule: f.rule, severity: f.severity, path: f.path, line: f.line, column: f.column, message: f.message, fix: f.fix, capability };
  if (f.also?.length) data.also = f.also;
  if (f.related?.length) data.related = f.related.map((r) => ({ path: r.path, line: r.line, column: r.column, message: r.message }));
  if (f.actions?.length)
    data.actions = f.actions.map(
      (a) => actionData(
        mapActionPaths(a, (p) => path.resolve(cwd, p)),
        cwd
      )
    );
  const touches = new Set((f.related ?? []).map((r) => r.path));
  for (const action of f.actions ?? []) mapActionPaths(action, (p) => (touches.add(p), p));
  touches.delete(f.path);
  if (touches.size) data.touches = [...touches];
  return data;
}
function capabilityIndex(model) {
  const services = new Map(model.serviceDirs.map((s) => [s.rel, s]));
  const capabilities = new Set(model.capabilityDirs.map((c) => c.rel));
  return (rel) => {
    if (rel === null) return "";
    const parts = rel.split("/");
    for (let n = parts.length; n > 0; n--) {
      const prefix = parts.slice(0, n).join("/");
      const service = services.get(prefix);
      if (service) return service.classification.capability ?? service.capability?.name ?? "";
    }
    return parts[0] && capabilities.has(parts[0]) ? parts[0] : "";
  };
}
function buildTree(model, rootShown) {
  const services = new Map(model.serviceDirs.map((s) => [s.rel, s]));
  const capabilities = new Map(model.capabilityDirs.map((c) => [c.rel, c]));
  const groups = new Map(model.groupDirs.map((g) => [g.rel, g]));
  const stackDirs = new Set(model.stacks.map((s) => path.relative(model.root, s.dir).split(path.sep).join("/")));
  const archivedDirs = new Set(model.capabilityDirs.filter((c) => c.inactive).map((c) => c.rel));
  const loose = /* @__PURE__ */ new Map();
  for (const service of model.services) {
    if (service.serviceDir || service.stack.archived) continue;
    const rel = path.relative(model.root, service.stack.dir).split(path.sep).join("/");
    loose.set(rel, [...loose.get(rel) ?? [], service.name]);
  }
  const node = (rel, name, archived) => {
    let flags = 0;
    const service = services.get(rel);
    const capability = capabilities.get(rel);
    const group = groups.get(rel);
    const entry = model.tree.byRel.get(rel);
    if (service) flags |= NODE.service;
    if (capability) flags |= capability.declared ? NODE.capability : NODE.capability | NODE.undeclared;
    if (group) flags |= group.kind === "catch-all" ? NODE.catchAll : NODE.technology;
    if (entry?.kind === "symlink") flags |= entry.symlink?.status === "ok" ? NODE.symlink : NODE.symlink | NODE.broken;
    if (stackDirs.has(rel)) flags |= NODE.stack;
    const isArchived = archived || archivedDirs.has(rel);
    if (isArchived) flags |= NODE.archived;
    const children = [];
    for (const child of model.tree.children.get(rel) ?? []) {
      const isDir = child.kind === "dir" || child.kind === "symlink" && child.symlink?.targetKind !== "file";
      if (isDir) children.push(node(child.rel, child.name, isArchived));
    }
    for (const name2 of loose.get(rel) ?? []) children.push([name2, NODE.composeService | (isArchived ? NODE.archived : 0)]);
    return children.length > 0 ? [name, flags, children] : [name, flags];
  };
  return node("", rootShown, false);
}
function encodeAccess(access, findings, pathId) {
  const byLine = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    if (f.line === null) return;
    const key = `${f.path}:${f.line}`;
    byLine.set(key, [...byLine.get(key) ?? [], i]);
  });
  const at = (loc) => loc ? byLine.get(`${loc.path}:${loc.line}`) ?? [] : [];
  const unique = (list) => [...new Set(list)].sort((a, b) => a - b);
  return {
    shared: access.shared,
    superuser: access.superuser,
    databases: access.databases.map((db) => [
      db.name,
      db.owner,
      db.created ? 1 : 0,
      db.at ? pathId(db.at.path) : -1,
      db.at?.line ?? 0,
      db.public === null ? null : db.public ? 1 : 0,
      db.allocated.map((a) => [a.service, a.role]),
      db.crossGrants.map((g) => [g.role, g.via, g.at ? pathId(g.at.path) : -1, g.at?.line ?? 0]),
      unique([...at(db.at), ...db.crossGrants.flatMap((g) => at(g.at))])
    ]),
    clients: access.clients.map((c) => [
      c.service,
      c.path === null ? -1 : pathId(c.path),
      c.roles,
      c.databases,
      c.superuser ? 1 : 0,
      c.access.map((a) => [a.role, a.database, a.via ?? ""]),
      unique((c.at ?? []).flatMap(at))
    ])
  };
}
function actionData(action, cwd) {
  return {
    op: action.op,
    phase: action.phase,
    text: describeStep(action, cwd),
    ...action.reason ? { reason: action.reason } : {},
    ...action.op === "manual" ? { steps: action.steps } : {}
  };
}
function migrationPhases(model, plan, cwd) {
  const view = viewOfPlan(model, plan, model.root);
  return [1, 2, 3, 4, 5].map((phase) => {
    const data = { phase, title: PHASE_TITLES[phase], actions: view.actions.filter((a) => a.phase === phase).map((a) => actionData(a, cwd)) };
    if (phase === 3) data.checks = checkLines(view);
    if (phase === 2 && view.projects.length > 0) data.projects = view.projects.map((p) => `${shownPath(p.stack, cwd)}: ${projectLine(p)}`);
    return data;
  });
}

// raw-text:src/format/html/client.js
var client_default = `// The svclint HTML report's script: reads the JSON data block and draws the page. Runs under a
// Content-Security-Policy that allows only this script (by hash): no network, no eval. Every
// string from the data is set with textContent or setAttribute, never parsed as HTML; links are
// made only for http(s) URLs. Long lists are paged and folders render their children on first
// open, so a 10,000-service host draws quickly.
(function () {
  'use strict';
  var NODE = { service: 1, capability: 2, undeclared: 4, catchAll: 8, technology: 16, symlink: 32, stack: 64, archived: 128, composeService: 256, broken: 512 };
  var PAGE = 100;
  var EXPAND_ALL_UNDER = 4000;

  var app = document.getElementById('app');
  var data;
  var rulesById;
  var main;

  /** The data block: JSON, or for large hosts gzip-compressed JSON in base64 (decompressed by the browser, no network). */
  function readData() {
    var el = document.getElementById('svclint-data');
    if (el.getAttribute('data-encoding') !== 'gzip-base64') return Promise.resolve(JSON.parse(el.textContent));
    if (typeof DecompressionStream !== 'function')
      return Promise.reject(
        new Error('this browser cannot decompress the report (no DecompressionStream); open it in a current browser, or use svclint --format json'),
      );
    var binary = atob(el.textContent.trim());
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(JSON.parse);
  }

  readData()
    .then(function (loaded) {
      data = loaded;
      rulesById = new Map(
        data.rules.map(function (r) {
          return [r.id, r];
        }),
      );
      renderPage();
      document.documentElement.setAttribute('data-render-ms', String(Math.round(performance.now())));
      document.documentElement.setAttribute('data-ready', 'true');
    })
    .catch(function (error) {
      app.appendChild(h('p', { class: 'over' }, 'svclint report: ' + (error && error.message ? error.message : String(error))));
      document.documentElement.setAttribute('data-ready', 'error');
    });

  // ------------------------------------------------------------------ DOM helpers

  /** h('div', {class: 'x', onclick: fn}, 'text', child, [more]) \u2014 strings become text nodes. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      for (var key in attrs) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) continue;
        if (key === 'class') el.className = value;
        else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), value);
        else if (key === 'href') {
          if (/^https?:\\/\\//i.test(String(value)) || /^#[\\w-]*$/.test(String(value))) el.setAttribute('href', String(value));
        } else if (key === 'checked' || key === 'disabled' || key === 'selected') el[key] = Boolean(value);
        else el.setAttribute(key, String(value));
      }
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) {
      for (var i = 0; i < child.length; i++) append(el, child[i]);
      return;
    }
    el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }
  function plural(n, word) {
    return n.toLocaleString('en-US') + ' ' + word + (n === 1 ? '' : 's');
  }
  function formatBytes(bytes) {
    var trim = function (n) {
      return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\\.0$/, '');
    };
    if (bytes >= 1073741824) return trim(bytes / 1073741824) + ' GiB';
    if (bytes >= 1048576) return trim(bytes / 1048576) + ' MiB';
    if (bytes >= 1024) return trim(bytes / 1024) + ' KiB';
    return bytes + ' B';
  }
  function ruleLink(id) {
    var rule = rulesById.get(id);
    return rule && /^https?:\\/\\//i.test(rule.docs)
      ? h('a', { href: rule.docs, target: '_blank', rel: 'noopener noreferrer', class: 'mono', title: rule.description }, id)
      : h('code', null, id);
  }
  function badge(kind, text, title) {
    return h('span', { class: 'badge ' + kind, title: title }, text);
  }
  function joinPath(root, rel) {
    return rel === '' ? root : root === '.' ? rel : root + '/' + rel;
  }
  /** A path relative to the report's root when it is inside it (tables get long otherwise). */
  function short(rootPath, p) {
    if (!p) return p;
    var rel = relToRoot(rootPath, p);
    return rel === null || rel === '' ? p : rel;
  }
  function location(f) {
    return f.path + (f.line !== null && f.line !== undefined ? ':' + f.line + (f.column ? ':' + f.column : '') : '');
  }

  /** A paged list: render(items) draws one page into \`body\`; pager buttons move between pages. */
  function pager(container, items, drawItem, size) {
    size = size || PAGE;
    var page = 0;
    var pages = Math.max(1, Math.ceil(items.length / size));
    var body = container.body;
    var nav = h('div', { class: 'pager' });
    function draw() {
      clear(body);
      var frag = document.createDocumentFragment();
      var end = Math.min(items.length, (page + 1) * size);
      for (var i = page * size; i < end; i++) frag.appendChild(drawItem(items[i], i));
      body.appendChild(frag);
      clear(nav);
      if (pages > 1) {
        nav.appendChild(
          h(
            'button',
            {
              type: 'button',
              disabled: page === 0,
              onclick: function () {
                page--;
                draw();
              },
            },
            '\u2039 Previous',
          ),
        );
        nav.appendChild(
          h(
            'span',
            { class: 'muted' },
            'Page ' + (page + 1) + ' of ' + pages + ' (' + (page * size + 1) + '\u2013' + end + ' of ' + items.length.toLocaleString('en-US') + ')',
          ),
        );
        nav.appendChild(
          h(
            'button',
            {
              type: 'button',
              disabled: page >= pages - 1,
              onclick: function () {
                page++;
                draw();
              },
            },
            'Next \u203A',
          ),
        );
      }
    }
    container.after.appendChild(nav);
    draw();
  }

  // ------------------------------------------------------------------ page

  function renderPage() {
    var totals = data.roots.reduce(
      function (t, r) {
        return { e: t.e + r.summary.errors, w: t.w + r.summary.warnings };
      },
      { e: 0, w: 0 },
    );
    app.appendChild(
      h(
        'header',
        { class: 'top' },
        h('h1', null, 'svclint report'),
        h(
          'div',
          { class: 'sub' },
          data.roots
            .map(function (r) {
              return r.root;
            })
            .join(', '),
          ' \xB7 svclint ',
          data.version,
          ' \xB7 ',
          totals.e + totals.w === 0 ? '\u2714 no problems' : '\u2716 ' + plural(totals.e, 'error') + ', ' + plural(totals.w, 'warning'),
        ),
      ),
    );
    app.appendChild(
      h(
        'nav',
        { class: 'tabs', 'aria-label': 'Sections' },
        [
          ['summary', 'Summary'],
          ['tree', 'Tree'],
          ['findings', 'Findings'],
          ['memory', 'Memory budget'],
          ['databases', 'Database allocation'],
          ['migration', 'Migration'],
        ].map(function (t) {
          return h('a', { href: '#' + t[0] }, t[1]);
        }),
      ),
    );
    main = h('main');
    app.appendChild(main);
    data.roots.forEach(function (root, index) {
      renderRoot(root, index);
    });
  }

  function renderRoot(root, index) {
    var sfx = index === 0 ? '' : '-' + index;
    var ctx = { root: root, sfx: sfx };
    ctx.findingsView = null;
    var tree = root.tree ? buildTree(root) : null;
    ctx.tree = tree;
    main.appendChild(renderSummary(ctx));
    main.appendChild(renderTrees(ctx));
    main.appendChild(renderFindings(ctx));
    main.appendChild(renderMemory(ctx));
    main.appendChild(renderDatabases(ctx));
    main.appendChild(renderMigration(ctx));
  }

  function section(id, title) {
    var s = h('section', { id: id });
    s.appendChild(h('h2', null, title));
    return s;
  }

  // ------------------------------------------------------------------ summary

  function renderSummary(ctx) {
    var root = ctx.root;
    var s = section('summary' + ctx.sfx, 'Summary' + (ctx.sfx ? ': ' + root.root : ''));
    s.appendChild(
      h(
        'div',
        { class: 'cards' },
        h(
          'div',
          { class: 'card error', 'data-count': 'errors' },
          h('div', { class: 'num' }, String(root.summary.errors)),
          h('div', { class: 'label' }, 'errors'),
        ),
        h(
          'div',
          { class: 'card warning', 'data-count': 'warnings' },
          h('div', { class: 'num' }, String(root.summary.warnings)),
          h('div', { class: 'label' }, 'warnings'),
        ),
        h(
          'div',
          { class: 'card', 'data-count': 'services' },
          h('div', { class: 'num' }, String(root.summary.services)),
          h('div', { class: 'label' }, 'services'),
        ),
        h('div', { class: 'card', 'data-count': 'stacks' }, h('div', { class: 'num' }, String(root.summary.stacks)), h('div', { class: 'label' }, 'stacks')),
      ),
    );
    s.appendChild(
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, 'Root'),
        h('dd', { class: 'mono' }, root.root),
        h('dt', null, 'Config'),
        h('dd', { class: 'mono' }, root.config === null ? 'none (built-in recommended policy)' : root.config),
        h('dt', null, 'svclint'),
        h('dd', null, data.version),
      ),
    );
    var counts = new Map();
    root.findings.forEach(function (f) {
      var c = counts.get(f.rule) || { error: 0, warning: 0 };
      c[f.severity]++;
      counts.set(f.rule, c);
    });
    if (counts.size === 0) {
      s.appendChild(h('p', { class: 'empty' }, 'No findings.'));
      return s;
    }
    var rows = Array.from(counts.entries()).sort(function (a, b) {
      return b[1].error + b[1].warning - (a[1].error + a[1].warning) || (a[0] < b[0] ? -1 : 1);
    });
    s.appendChild(
      h(
        'table',
        { class: 'by-rule' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', null, 'Rule'),
            h('th', null, 'Group'),
            h('th', { class: 'num' }, 'Errors'),
            h('th', { class: 'num' }, 'Warnings'),
            h('th', null, 'What it finds'),
            h('th', null, ''),
          ),
        ),
        h(
          'tbody',
          null,
          rows.map(function (row) {
            var rule = rulesById.get(row[0]);
            return h(
              'tr',
              { 'data-rule': row[0] },
              h('td', { class: 'nowrap' }, ruleLink(row[0])),
              h('td', { class: 'nowrap muted' }, rule ? rule.group : ''),
              h('td', { class: 'num' }, row[1].error ? String(row[1].error) : ''),
              h('td', { class: 'num' }, row[1].warning ? String(row[1].warning) : ''),
              h('td', { class: 'muted' }, rule ? rule.description : ''),
              h(
                'td',
                { class: 'nowrap' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'small',
                    title: 'Show these findings',
                    onclick: function () {
                      ctx.findingsView.set({ rule: row[0] });
                    },
                  },
                  'show',
                ),
              ),
            );
          }),
        ),
      ),
    );
    return s;
  }

  // ------------------------------------------------------------------ trees

  function buildTree(root) {
    var byRel = new Map();
    function make(raw, parent, rel) {
      var node = { name: raw[0], flags: raw[1], parent: parent, rel: rel, children: [], findings: [], involved: [], errors: 0, warnings: 0, fate: null };
      byRel.set(rel, node);
      (raw[2] || []).forEach(function (child) {
        if (child[1] & NODE.composeService) {
          node.children.push({
            name: child[0],
            flags: child[1],
            parent: node,
            rel: rel === '' ? child[0] : rel + '/' + child[0],
            children: [],
            findings: [],
            involved: [],
            errors: 0,
            warnings: 0,
            fate: null,
            leaf: true,
          });
        } else {
          node.children.push(make(child, node, rel === '' ? child[0] : rel + '/' + child[0]));
        }
      });
      return node;
    }
    var top = make(root.tree, null, '');
    // Each finding sits on the deepest folder of its path.
    root.findings.forEach(function (f, i) {
      var node = deepest(relToRoot(root.root, f.path)) || top;
      node.findings.push(i);
      for (var up = node; up; up = up.parent) up[f.severity === 'error' ? 'errors' : 'warnings']++;
      // The folders its other sides and actions touch list it too (not counted twice).
      (f.touches || []).forEach(function (p) {
        var other = deepest(relToRoot(root.root, p));
        if (other && other !== node && other !== top) other.involved.push(i);
      });
    });
    function deepest(rel) {
      if (rel === null) return null;
      var found = top;
      var at = '';
      var parts = rel === '' ? [] : rel.split('/');
      for (var p = 0; p < parts.length; p++) {
        at = at === '' ? parts[p] : at + '/' + parts[p];
        var next = byRel.get(at);
        if (!next) break;
        found = next;
      }
      return found;
    }
    return { top: top, byRel: byRel, count: byRel.size };
  }

  function relToRoot(rootPath, p) {
    if (rootPath === '.') return p.slice(0, 3) === '../' ? null : p;
    if (p === rootPath) return '';
    return p.slice(0, rootPath.length + 1) === rootPath + '/' ? p.slice(rootPath.length + 1) : null;
  }

  /** The tree as the plan wants it: the current nodes, moved and renamed; new folders created; emptied ones marked removed. */
  function plannedTree(ctx) {
    var current = ctx.tree;
    var root = ctx.root;
    var clones = new Map();
    function clone(node, parent) {
      var c = { name: node.name, flags: node.flags, parent: parent, children: [], origin: node, leaf: node.leaf, fate: null };
      clones.set(node.rel, c);
      c.children = node.children.map(function (child) {
        return clone(child, c);
      });
      return c;
    }
    var top = clone(current.top, null);
    root.moves.forEach(function (move) {
      var from = move[0];
      var to = move[1];
      var node = clones.get(from);
      var origin = current.byRel.get(from);
      if (!node || !origin) return;
      var siblings = node.parent.children;
      siblings.splice(siblings.indexOf(node), 1);
      var parts = to.split('/');
      var parent = top;
      for (var i = 0; i < parts.length - 1; i++) {
        var next = parent.children.find(function (c) {
          return c.name === parts[i] && !c.leaf;
        });
        if (!next) {
          next = {
            name: parts[i],
            flags: parent === top && root.capabilities.indexOf(parts[i]) >= 0 ? NODE.capability : 0,
            parent: parent,
            children: [],
            origin: null,
            fate: { kind: 'new' },
          };
          parent.children.push(next);
        }
        parent = next;
      }
      var fromName = from.split('/').pop();
      var kinds = [move[3] === 'archive' ? 'archived' : move[3] === 'rename' ? 'renamed' : 'moved'];
      if (move[3] !== 'rename' && fromName !== parts[parts.length - 1]) kinds.push('renamed');
      var collides = parent.children.some(function (c) {
        return c.name === parts[parts.length - 1];
      });
      node.name = parts[parts.length - 1];
      node.parent = parent;
      node.fate = { kinds: kinds, from: joinPath(root.root, from), fromRel: from, reason: move[2], collides: collides };
      parent.children.push(node);
      origin.fate = { kinds: kinds, to: joinPath(root.root, to), toRel: to, reason: move[2], collides: collides };
    });
    var mark = function (rel, fate) {
      var c = clones.get(rel);
      var origin = current.byRel.get(rel);
      if (c && !c.fate) c.fate = fate;
      if (origin && !origin.fate) origin.fate = fate;
    };
    root.removed.forEach(function (rel) {
      mark(rel, { kinds: ['removed'], reason: 'emptied by the moves, then removed' });
    });
    root.retired.forEach(function (r) {
      mark(r[0], { kinds: ['removed'], reason: 'a second copy: merge it into ' + r[1] + ' by hand, then remove it' });
    });
    root.unplaced.forEach(function (rel) {
      mark(rel, { kinds: ['unplaced'], reason: 'outside a capability, and no rule says where it goes: place it by hand (svclint place)' });
    });
    (function sortAll(node) {
      node.children.sort(function (a, b) {
        return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
      });
      node.children.forEach(sortAll);
    })(top);
    var count = 0;
    (function walk(node, rel) {
      node.rel = rel;
      count++;
      node.children.forEach(function (c) {
        walk(c, rel === '' ? c.name : rel + '/' + c.name);
      });
    })(top, '');
    return { top: top, count: count };
  }

  function renderTrees(ctx) {
    var root = ctx.root;
    var s = section('tree' + ctx.sfx, 'The tree: as it is, and as the placement plan wants it');
    if (!ctx.tree) {
      s.appendChild(h('p', { class: 'empty' }, 'No tree (the root could not be read).'));
      return s;
    }
    var planned = plannedTree(ctx);
    s.appendChild(
      h(
        'p',
        { class: 'muted' },
        (root.moves.length === 0
          ? 'Nothing moves: the tree is where the placement plan wants it.'
          : plural(root.moves.length, 'service folder') +
            ' move' +
            (root.moves.length === 1 ? 's' : '') +
            ' in the placement plan' +
            (root.removed.length ? ', ' + plural(root.removed.length, 'emptied folder') + ' removed' : '') +
            (root.retired.length ? ', ' + root.retired.length + ' second cop' + (root.retired.length === 1 ? 'y' : 'ies') + ' retired' : '') +
            '.') + ' Click a folder to see its findings.',
      ),
    );
    s.appendChild(
      h(
        'div',
        { class: 'legend' },
        h('span', null, '\u25C6 service'),
        h('span', null, '\u25C7 compose service (no folder)'),
        h('span', null, '\u25A3 capability'),
        h('span', null, '\u25A1 folder'),
        h('span', null, '\u26A0 catch-all / technology folder'),
        h('span', null, '\u21AA symlink'),
        badge('moved', 'moved'),
        badge('renamed', 'renamed'),
        badge('archived', 'archived'),
        badge('removed', 'removed'),
        badge('new', 'new'),
        badge('warning', 'unplaced'),
      ),
    );
    var details = h('div', { class: 'details', id: 'tree-details' + ctx.sfx }, h('p', { class: 'muted' }, 'Click a folder to see its findings.'));
    var selected = null;
    function select(row, node, plannedNode) {
      if (selected) selected.classList.remove('selected');
      selected = row;
      row.classList.add('selected');
      showDetails(ctx, details, node, plannedNode);
    }
    var expandAll = ctx.tree.count <= EXPAND_ALL_UNDER;
    var currentBox = treeBox('Current', 'tree-current' + ctx.sfx, ctx.tree.top, expandAll, function (row, node) {
      select(row, node, null);
    });
    var plannedBox = treeBox('Planned', 'tree-planned' + ctx.sfx, planned.top, planned.count <= EXPAND_ALL_UNDER, function (row, node) {
      select(row, node.origin, node);
    });
    s.appendChild(h('div', { class: 'trees' }, currentBox, plannedBox));
    s.appendChild(details);
    return s;
  }

  function treeBox(title, id, top, expandAll, onSelect) {
    var box = h('div', { class: 'treebox' });
    var list = h('div', { class: 'tree', id: id, role: 'tree', 'aria-label': title + ' tree' });
    function setAll(open) {
      clear(list);
      list.appendChild(renderNode(top, 0, open ? Infinity : 1));
    }
    box.appendChild(
      h(
        'h3',
        null,
        title + ' ',
        h(
          'button',
          {
            type: 'button',
            onclick: function () {
              setAll(true);
            },
          },
          'Expand all',
        ),
        ' ',
        h(
          'button',
          {
            type: 'button',
            onclick: function () {
              setAll(false);
            },
          },
          'Collapse',
        ),
      ),
    );
    box.appendChild(list);

    function renderNode(node, depth, openDepth) {
      var wrap = h('div', { role: 'group' });
      var hasChildren = node.children.length > 0;
      var open = hasChildren && depth < openDepth;
      var classes = ['row'];
      if (node.flags & NODE.service) classes.push('service');
      if (node.flags & NODE.composeService) classes.push('compose-service');
      var kinds = node.fate ? node.fate.kinds || [node.fate.kind] : [];
      kinds.forEach(function (k) {
        classes.push(k);
      });
      if (node.fate && node.fate.to) classes.push('gone');
      var toggle = h('button', { type: 'button', class: 'toggle', 'aria-label': 'open or close', tabindex: -1 }, hasChildren ? (open ? '\u25BE' : '\u25B8') : '');
      var row = h(
        'div',
        {
          class: classes.join(' '),
          role: 'treeitem',
          tabindex: 0,
          'aria-expanded': hasChildren ? String(open) : null,
          'data-path': node.rel,
          'data-kind': node.flags & (NODE.service | NODE.composeService) ? 'service' : 'folder',
        },
        toggle,
        h('span', { class: 'icon', 'aria-hidden': 'true' }, icon(node)),
        h('span', { class: 'name' }, node.name),
      );
      row.style.paddingLeft = depth * 16 + 4 + 'px';
      nodeBadges(node).forEach(function (b) {
        row.appendChild(b);
      });
      var childBox = null;
      function expand(show) {
        if (!hasChildren) return;
        if (show && !childBox) {
          childBox = h('div', { role: 'group' });
          var frag = document.createDocumentFragment();
          node.children.forEach(function (child) {
            frag.appendChild(renderNode(child, depth + 1, openDepth));
          });
          childBox.appendChild(frag);
          wrap.appendChild(childBox);
        }
        if (childBox) childBox.hidden = !show;
        toggle.textContent = show ? '\u25BE' : '\u25B8';
        row.setAttribute('aria-expanded', String(show));
      }
      toggle.addEventListener('click', function (e) {
        e.stopPropagation();
        expand(row.getAttribute('aria-expanded') !== 'true');
      });
      row.addEventListener('click', function () {
        onSelect(row, node);
      });
      row.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(row, node);
        } else if (e.key === 'ArrowRight') expand(true);
        else if (e.key === 'ArrowLeft') expand(false);
      });
      wrap.appendChild(row);
      if (open) expand(true);
      return wrap;
    }
    setAll(expandAll);
    return box;
  }

  function icon(node) {
    if (node.flags & NODE.composeService) return '\u25C7';
    if (node.flags & NODE.symlink) return '\u21AA';
    if (node.flags & NODE.service) return '\u25C6';
    if (node.flags & (NODE.catchAll | NODE.technology)) return '\u26A0';
    if (node.flags & NODE.capability) return '\u25A3';
    return '\u25A1';
  }

  function nodeBadges(node) {
    var out = [];
    var f = node.flags;
    if (f & NODE.undeclared) out.push(badge('warning', 'undeclared capability'));
    if (f & NODE.catchAll) out.push(badge('warning', 'catch-all'));
    if (f & NODE.technology) out.push(badge('warning', 'technology folder'));
    if (f & NODE.broken) out.push(badge('error', 'broken link'));
    if (f & NODE.composeService) out.push(badge('info', 'compose service'));
    if (node.fate) {
      (node.fate.kinds || [node.fate.kind]).forEach(function (k) {
        out.push(badge(k === 'unplaced' ? 'warning' : k, k, node.fate.reason));
      });
      if (node.fate.to) out.push(h('span', { class: 'muted mono target', title: node.fate.reason }, '\u2192 ' + node.fate.toRel));
      if (node.fate.from) out.push(h('span', { class: 'muted mono target', title: node.fate.reason }, '\u2190 ' + node.fate.fromRel));
      if (node.fate.collides) out.push(badge('error', 'target exists'));
    }
    var counted = node.origin !== undefined ? node.origin : node;
    if (counted && counted.errors) out.push(badge('error', String(counted.errors), plural(counted.errors, 'error') + ' in this folder'));
    if (counted && counted.warnings) out.push(badge('warning', String(counted.warnings), plural(counted.warnings, 'warning') + ' in this folder'));
    return out;
  }

  function showDetails(ctx, box, node, plannedNode) {
    clear(box);
    var root = ctx.root;
    if (!node) {
      box.appendChild(h('h3', { class: 'mono' }, joinPath(root.root, plannedNode.rel)));
      box.appendChild(h('p', null, badge('new', 'new'), ' A folder the plan creates. It has no findings yet.'));
      return;
    }
    var shown = joinPath(root.root, node.rel);
    box.appendChild(h('h3', { class: 'mono' }, shown));
    var what = [];
    if (node.flags & NODE.service) what.push('service folder');
    if (node.flags & NODE.composeService) what.push('compose service without a folder of its own');
    if (node.flags & NODE.capability) what.push(node.flags & NODE.undeclared ? 'undeclared capability folder' : 'capability folder');
    if (node.flags & NODE.catchAll) what.push('catch-all folder');
    if (node.flags & NODE.technology) what.push('technology folder');
    if (node.flags & NODE.stack) what.push('holds a compose stack');
    if (node.flags & NODE.symlink) what.push('symlink');
    if (node.flags & NODE.archived) what.push('archived');
    if (what.length) box.appendChild(h('p', { class: 'muted' }, what.join(' \xB7 ')));
    if (node.fate && node.fate.to)
      box.appendChild(
        h(
          'p',
          null,
          (node.fate.kinds || []).join(', ') + ' \u2192 ',
          h('span', { class: 'mono' }, node.fate.to),
          node.fate.reason ? h('span', { class: 'muted' }, ' \u2014 ' + node.fate.reason) : null,
        ),
      );
    else if (node.fate)
      box.appendChild(h('p', null, (node.fate.kinds || []).join(', '), node.fate.reason ? h('span', { class: 'muted' }, ' \u2014 ' + node.fate.reason) : null));
    var here = new Set();
    var involved = new Set();
    (function collect(n) {
      n.findings.forEach(function (i) {
        here.add(i);
      });
      n.involved.forEach(function (i) {
        involved.add(i);
      });
      n.children.forEach(collect);
    })(node);
    here.forEach(function (i) {
      involved.delete(i);
    });
    var list = Array.from(here)
      .concat(Array.from(involved))
      .sort(function (a, b) {
        return a - b;
      });
    if (list.length === 0) {
      box.appendChild(h('p', { class: 'empty' }, 'No findings in this folder.'));
      return;
    }
    box.appendChild(
      h(
        'p',
        null,
        plural(here.size, 'finding') +
          ' in this folder' +
          (involved.size
            ? ', and ' + involved.size + ' elsewhere that ' + (involved.size === 1 ? 'involves' : 'involve') + ' it (other sides, planned steps)'
            : '') +
          ' ',
        here.size
          ? h(
              'button',
              {
                type: 'button',
                onclick: function () {
                  ctx.findingsView.set({ path: shown });
                },
              },
              'show in the findings list',
            )
          : null,
      ),
    );
    var body = h('div', { class: 'detail-findings' });
    var after = h('div');
    box.appendChild(body);
    box.appendChild(after);
    pager(
      { body: body, after: after },
      list,
      function (i) {
        return findingCard(root.findings[i]);
      },
      20,
    );
  }

  // ------------------------------------------------------------------ findings

  function findingCard(f) {
    var card = h('div', {
      class: 'finding ' + f.severity,
      'data-rule': f.rule,
      'data-also': f.also ? f.also.join(' ') : null,
      'data-severity': f.severity,
      'data-capability': f.capability,
    });
    card.appendChild(
      h(
        'div',
        { class: 'head' },
        badge(f.severity, f.severity),
        ruleLink(f.rule),
        (f.also || []).map(function (id) {
          return h('span', { class: 'muted' }, '+ ', ruleLink(id));
        }),
        h('span', { class: 'loc mono' }, location(f)),
        f.capability ? badge('info', f.capability, 'capability') : null,
      ),
    );
    card.appendChild(h('p', { class: 'msg' }, f.message));
    if (f.fix) card.appendChild(h('p', { class: 'fix' }, f.fix));
    if (f.related && f.related.length) {
      card.appendChild(h('div', { class: 'muted' }, 'Other sides:'));
      card.appendChild(
        h(
          'ul',
          null,
          f.related.map(function (r) {
            return h('li', null, h('span', { class: 'mono' }, location(r)), ' ', r.message);
          }),
        ),
      );
    }
    if (f.actions && f.actions.length) {
      card.appendChild(h('div', { class: 'muted' }, 'Actions (the placement plan):'));
      card.appendChild(
        h(
          'ol',
          { class: 'actions' },
          f.actions.map(function (a) {
            return h(
              'li',
              null,
              badge('info', 'phase ' + a.phase),
              ' ',
              h('span', { class: 'mono' }, a.text),
              a.steps
                ? h(
                    'ul',
                    null,
                    a.steps.map(function (step) {
                      return h('li', null, step);
                    }),
                  )
                : null,
            );
          }),
        ),
      );
    }
    return card;
  }

  function renderFindings(ctx) {
    var root = ctx.root;
    var s = section('findings' + ctx.sfx, 'Findings');
    var all = root.findings;
    var state = { rule: '', severity: '', capability: '', text: '', path: '' };
    function options(key) {
      var counts = new Map();
      all.forEach(function (f) {
        // A rule counts its own findings and those it was merged into.
        var values = key === 'rule' ? [f.rule].concat(f.also || []) : [f[key]];
        values.forEach(function (v) {
          counts.set(v, (counts.get(v) || 0) + 1);
        });
      });
      return Array.from(counts.entries()).sort(function (a, b) {
        return a[0] < b[0] ? -1 : 1;
      });
    }
    function select(key, label, allText) {
      var el = h(
        'select',
        {
          'data-filter': key,
          'aria-label': label,
          onchange: function () {
            state[key] = el.value;
            draw();
          },
        },
        h('option', { value: '' }, allText + ' (' + all.length + ')'),
        options(key).map(function (o) {
          return h('option', { value: o[0] }, (o[0] === '' ? '(none)' : o[0]) + ' (' + o[1] + ')');
        }),
      );
      return el;
    }
    var ruleSelect = select('rule', 'Rule', 'All rules');
    var severitySelect = select('severity', 'Severity', 'All severities');
    var capabilitySelect = select('capability', 'Capability', 'All capabilities');
    var search = h('input', {
      type: 'search',
      placeholder: 'Search messages and paths',
      'aria-label': 'Search',
      oninput: function () {
        state.text = search.value.toLowerCase();
        draw();
      },
    });
    var pathChip = h('span');
    var count = h('span', { class: 'muted', 'data-role': 'count' });
    s.appendChild(
      h(
        'div',
        { class: 'controls' },
        h('label', null, 'Rule ', ruleSelect),
        h('label', null, 'Severity ', severitySelect),
        h('label', null, 'Capability ', capabilitySelect),
        search,
        pathChip,
        count,
      ),
    );
    var body = h('div', { class: 'finding-list' });
    var after = h('div');
    s.appendChild(body);
    s.appendChild(after);
    function matches(f) {
      if (state.rule && f.rule !== state.rule && (f.also || []).indexOf(state.rule) < 0) return false;
      if (state.severity && f.severity !== state.severity) return false;
      if (state.capability && f.capability !== state.capability) return false;
      if (state.path && f.path !== state.path && f.path.slice(0, state.path.length + 1) !== state.path + '/') return false;
      if (state.text && (f.message + ' ' + (f.fix || '') + ' ' + f.path).toLowerCase().indexOf(state.text) < 0) return false;
      return true;
    }
    function draw() {
      var items = all.filter(matches);
      count.textContent = 'Showing ' + items.length.toLocaleString('en-US') + ' of ' + plural(all.length, 'finding');
      clear(pathChip);
      if (state.path)
        pathChip.appendChild(
          h(
            'span',
            { class: 'chip' },
            'in ',
            h('span', { class: 'mono' }, state.path),
            h(
              'button',
              {
                type: 'button',
                'aria-label': 'clear the folder filter',
                onclick: function () {
                  state.path = '';
                  draw();
                },
              },
              '\xD7',
            ),
          ),
        );
      clear(after);
      if (items.length === 0) {
        clear(body);
        body.appendChild(h('p', { class: 'empty' }, all.length ? 'No finding matches the filters.' : 'No findings.'));
        return;
      }
      pager({ body: body, after: after }, items, findingCard);
    }
    ctx.findingsView = {
      set: function (filter) {
        state.rule = filter.rule || '';
        state.path = filter.path || '';
        ruleSelect.value = state.rule;
        draw();
        s.scrollIntoView();
      },
    };
    draw();
    return s;
  }

  // ------------------------------------------------------------------ memory

  function renderMemory(ctx) {
    var m = ctx.root.memory;
    var s = section('memory' + ctx.sfx, 'Memory budget');
    if (!m) {
      s.appendChild(h('p', { class: 'empty' }, 'No host model.'));
      return s;
    }
    var usages = m.services.map(function (u) {
      return { service: u[0], path: data.paths[u[1]], bytes: u[2], limit: u[3] === 1, replicas: u[4] };
    });
    usages.sort(function (a, b) {
      return (b.bytes || 0) - (a.bytes || 0) || (a.service < b.service ? -1 : 1);
    });
    var noLimit = usages.filter(function (u) {
      return !u.limit;
    });
    var unknown = usages.filter(function (u) {
      return u.bytes === null;
    });
    s.setAttribute('data-total', String(m.total));
    s.setAttribute('data-declared', String(m.declared));
    s.setAttribute('data-estimated', String(m.estimated));
    s.setAttribute('data-budget', m.budget === null ? '' : String(m.budget));
    s.setAttribute('data-services', String(usages.length));
    s.setAttribute('data-no-limit', String(noLimit.length));
    var verdict =
      m.budget === null
        ? h('span', { class: 'muted' }, 'no budget.memory set')
        : m.total > m.budget
          ? h('span', { class: 'over' }, 'over budget by ' + formatBytes(m.total - m.budget))
          : h('span', { class: 'under' }, formatBytes(m.budget - m.total) + ' to spare');
    s.appendChild(
      h(
        'div',
        { class: 'cards' },
        h('div', { class: 'card', 'data-memory': 'total' }, h('div', { class: 'num' }, formatBytes(m.total)), h('div', { class: 'label' }, 'total ', verdict)),
        h(
          'div',
          { class: 'card', 'data-memory': 'budget' },
          h('div', { class: 'num' }, m.budget === null ? '\u2014' : formatBytes(m.budget)),
          h('div', { class: 'label' }, 'budget.memory'),
        ),
        h(
          'div',
          { class: 'card', 'data-memory': 'declared' },
          h('div', { class: 'num' }, formatBytes(m.declared)),
          h('div', { class: 'label' }, 'declared limits (' + (usages.length - noLimit.length) + ' services)'),
        ),
        h(
          'div',
          { class: 'card', 'data-memory': 'estimated' },
          h('div', { class: 'num' }, formatBytes(m.estimated)),
          h('div', { class: 'label' }, "catalog's estimates (" + (noLimit.length - unknown.length) + ' services without a limit)'),
        ),
        h(
          'div',
          { class: 'card warning', 'data-memory': 'no-limit' },
          h('div', { class: 'num' }, String(noLimit.length)),
          h('div', { class: 'label' }, 'services with no limit (' + unknown.length + ' not counted: no estimate)'),
        ),
      ),
    );
    // The stacked bar: the largest services, the rest together, against the budget line.
    var scale = Math.max(m.budget || 0, m.total) || 1;
    var bar = h('div', {
      class: 'budgetbar',
      role: 'img',
      'aria-label': 'Memory ' + formatBytes(m.total) + (m.budget === null ? '' : ' of ' + formatBytes(m.budget)),
    });
    var counted = usages.filter(function (u) {
      return u.bytes;
    });
    var shown = counted
      .filter(function (u) {
        return u.bytes / scale >= 0.01;
      })
      .slice(0, 40);
    shown.forEach(function (u, i) {
      var seg = h('div', {
        class: 'seg c' + (i % 6) + (u.limit ? '' : ' estimate'),
        title: u.service + ': ' + (u.limit ? '' : '~') + formatBytes(u.bytes) + (u.limit ? ' (limit)' : " (no limit: the catalog's estimate)"),
      });
      seg.style.width = (u.bytes / scale) * 100 + '%';
      if (u.bytes / scale > 0.06) seg.textContent = u.service;
      bar.appendChild(seg);
    });
    var restBytes = counted.slice(shown.length).reduce(function (n, u) {
      return n + u.bytes;
    }, 0);
    if (restBytes > 0) {
      var rest = h('div', { class: 'seg rest', title: plural(counted.length - shown.length, 'more service') + ': ' + formatBytes(restBytes) });
      rest.style.width = (restBytes / scale) * 100 + '%';
      if (restBytes / scale > 0.06) rest.textContent = counted.length - shown.length + ' more';
      bar.appendChild(rest);
    }
    if (m.budget !== null) {
      var line = h('div', { class: 'limit' }, h('span', null, 'budget ' + formatBytes(m.budget)));
      line.style.left = (m.budget / scale) * 100 + '%';
      bar.appendChild(line);
    }
    s.appendChild(bar);
    s.appendChild(
      h(
        'p',
        { class: 'muted' },
        "Solid: declared limits (deploy.resources.limits.memory or mem_limit). Hatched: services with no limit, counted at the catalog's estimate. Services behind a Compose profile do not start with a plain up and are not counted.",
      ),
    );
    var onlyNoLimit = h('input', {
      type: 'checkbox',
      'data-filter': 'no-limit',
      onchange: function () {
        draw();
      },
    });
    s.appendChild(h('div', { class: 'controls' }, h('label', null, onlyNoLimit, 'only services with no limit')));
    var tbody = h('tbody');
    var after = h('div');
    s.appendChild(
      h(
        'table',
        { class: 'memory-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', null, 'Service'),
            h('th', null, 'Stack'),
            h('th', { class: 'num' }, 'Memory'),
            h('th', null, 'From'),
            h('th', { class: 'num' }, 'Replicas'),
            h('th', { class: 'num' }, 'Share of budget'),
          ),
        ),
        tbody,
      ),
    );
    s.appendChild(after);
    function draw() {
      clear(after);
      var items = onlyNoLimit.checked ? noLimit : usages;
      pager({ body: tbody, after: after }, items, function (u) {
        return h(
          'tr',
          { 'data-service': u.service, 'data-bytes': u.bytes === null ? '' : String(u.bytes), 'data-limit': String(u.limit) },
          h('td', null, u.service),
          h('td', { class: 'mono', title: u.path }, short(ctx.root.root, u.path)),
          h('td', { class: 'num' }, u.bytes === null ? '\u2014' : (u.limit ? '' : '~') + formatBytes(u.bytes)),
          h(
            'td',
            null,
            u.limit ? 'limit' : u.bytes === null ? badge('error', 'no limit, no estimate') : badge('warning', 'no limit'),
            u.limit || u.bytes === null ? null : h('span', { class: 'muted' }, " catalog's estimate"),
          ),
          h('td', { class: 'num' }, String(u.replicas)),
          h('td', { class: 'num' }, m.budget && u.bytes !== null ? ((u.bytes / m.budget) * 100).toFixed(1) + '%' : ''),
        );
      });
    }
    draw();
    return s;
  }

  // ------------------------------------------------------------------ databases

  function renderDatabases(ctx) {
    var root = ctx.root;
    var d = root.databases;
    var s = section('databases' + ctx.sfx, 'Database allocation');
    if (!d) {
      s.appendChild(h('p', { class: 'empty' }, 'No shared Postgres and no allocation table.'));
      return s;
    }
    var dbs = d.databases.map(function (r) {
      return {
        name: r[0],
        owner: r[1],
        created: r[2] === 1,
        at: r[3] >= 0 ? data.paths[r[3]] + ':' + r[4] : null,
        public: r[5],
        allocated: r[6],
        cross: r[7].map(function (g) {
          return { role: g[0], via: g[1], at: g[2] >= 0 ? data.paths[g[2]] + ':' + g[3] : null };
        }),
        findings: r[8],
      };
    });
    var clients = d.clients.map(function (r) {
      return {
        service: r[0],
        path: r[1] >= 0 ? data.paths[r[1]] : null,
        roles: r[2],
        databases: r[3],
        superuser: r[4] === 1,
        access: r[5].map(function (a) {
          return { role: a[0], database: a[1], via: a[2] };
        }),
        findings: r[6],
      };
    });
    var crossOf = new Map();
    dbs.forEach(function (db) {
      db.cross.forEach(function (g) {
        crossOf.set(g.role, (crossOf.get(g.role) || []).concat([{ db: db, grant: g }]));
      });
    });
    var publicCount = dbs.filter(function (db) {
      return db.public === 1;
    }).length;
    var crossCount = dbs.reduce(function (n, db) {
      return n + db.cross.length;
    }, 0);
    s.setAttribute('data-databases', String(dbs.length));
    s.setAttribute('data-clients', String(clients.length));
    s.setAttribute('data-public', String(publicCount));
    s.setAttribute('data-cross-grants', String(crossCount));
    s.appendChild(
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, 'Shared Postgres'),
        h('dd', null, d.shared ? h('span', null, d.shared.service, ' ', h('span', { class: 'muted mono' }, d.shared.path)) : 'none found'),
        h('dt', null, 'Superuser'),
        h('dd', { class: 'mono' }, d.superuser || '\u2014'),
      ),
    );
    s.appendChild(
      h(
        'div',
        { class: 'cards' },
        h('div', { class: 'card' }, h('div', { class: 'num' }, String(dbs.length)), h('div', { class: 'label' }, 'databases')),
        h('div', { class: 'card' }, h('div', { class: 'num' }, String(clients.length)), h('div', { class: 'label' }, 'services using them')),
        h(
          'div',
          { class: 'card' + (publicCount ? ' warning' : '') },
          h('div', { class: 'num' }, String(publicCount)),
          h('div', { class: 'label' }, 'open to PUBLIC'),
        ),
        h(
          'div',
          { class: 'card' + (crossCount ? ' error' : '') },
          h('div', { class: 'num' }, String(crossCount)),
          h('div', { class: 'label' }, 'cross-grants'),
        ),
        h(
          'div',
          {
            class:
              'card' +
              (clients.some(function (c) {
                return c.superuser;
              })
                ? ' error'
                : ''),
          },
          h(
            'div',
            { class: 'num' },
            String(
              clients.filter(function (c) {
                return c.superuser;
              }).length,
            ),
          ),
          h('div', { class: 'label' }, 'log in as superuser'),
        ),
      ),
    );
    var findingTitle = function (list) {
      return list
        .map(function (i) {
          var f = root.findings[i];
          return f.rule + ': ' + f.message;
        })
        .join('\\n');
    };

    function cell(client, db) {
      if (client.superuser) return { kind: 'superuser', text: 'superuser' };
      var own = client.access.filter(function (a) {
        return a.database === db.name;
      });
      if (own.length) {
        var via = own[0].via;
        if (via === 'public') return { kind: 'public', text: own[0].role + ' \xB7 PUBLIC only' };
        if (!via) return { kind: 'denied', text: own[0].role + ' \xB7 no access' };
        return { kind: 'own', text: own[0].role + ' \xB7 ' + (via === 'membership' ? 'member' : via) };
      }
      var cross = db.cross.find(function (g) {
        return client.roles.indexOf(g.role) >= 0;
      });
      if (cross) return { kind: 'cross', text: cross.role + ' \xB7 cross-grant (' + cross.via + ')', at: cross.at };
      if (db.public === 1) return { kind: 'public', text: 'PUBLIC' };
      return { kind: 'none', text: '\u2014' };
    }

    if (dbs.length <= 30 && clients.length <= 300) {
      s.appendChild(h('h3', null, 'Services \xD7 databases'));
      s.appendChild(
        h(
          'table',
          { class: 'matrix' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', null, 'Service (roles)'),
              dbs.map(function (db) {
                return h(
                  'th',
                  { 'data-db': db.name, class: db.findings.length ? 'has-finding' : null, title: db.findings.length ? findingTitle(db.findings) : null },
                  db.name,
                );
              }),
            ),
            h(
              'tr',
              null,
              h('th', { class: 'muted' }, 'owner'),
              dbs.map(function (db) {
                return h('th', { class: 'muted mono' }, db.owner);
              }),
            ),
            h(
              'tr',
              null,
              h('th', { class: 'muted' }, 'PUBLIC may connect'),
              dbs.map(function (db) {
                return h(
                  'th',
                  null,
                  db.public === null ? '?' : db.public ? h('span', { class: 'cell public' }, 'yes') : h('span', { class: 'cell own' }, 'no'),
                );
              }),
            ),
          ),
          h(
            'tbody',
            null,
            clients.map(function (client) {
              return h(
                'tr',
                { 'data-service': client.service },
                h(
                  'td',
                  { class: client.findings.length ? 'has-finding' : null, title: client.findings.length ? findingTitle(client.findings) : client.path },
                  client.service,
                  ' ',
                  h('span', { class: 'muted mono' }, '(' + client.roles.join(', ') + ')'),
                ),
                dbs.map(function (db) {
                  var c = cell(client, db);
                  var crossFinding =
                    c.kind === 'cross' &&
                    db.findings.some(function (i) {
                      var f = root.findings[i];
                      return c.at && location(f).indexOf(c.at) === 0;
                    });
                  return h(
                    'td',
                    { 'data-db': db.name, 'data-cell': c.kind, class: crossFinding ? 'has-finding' : null },
                    h('span', { class: 'cell ' + c.kind }, c.text),
                  );
                }),
              );
            }),
          ),
        ),
      );
      s.appendChild(
        h(
          'p',
          { class: 'muted' },
          'own: the role reaches its database as owner, by a grant or as a member. PUBLIC: reachable only because PUBLIC keeps CONNECT. cross-grant: a role of another service was given access. Red outline: a finding is about it (hover for the message).',
        ),
      );
    }

    s.appendChild(h('h3', null, 'Databases'));
    var dbBody = h('tbody');
    var dbAfter = h('div');
    s.appendChild(
      h(
        'table',
        { class: 'db-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', null, 'Database'),
            h('th', null, 'Owner'),
            h('th', null, 'PUBLIC may connect'),
            h('th', null, 'Allocated to'),
            h('th', null, 'Cross-grants'),
            h('th', null, 'Findings'),
          ),
        ),
        dbBody,
      ),
    );
    s.appendChild(dbAfter);
    pager({ body: dbBody, after: dbAfter }, dbs, function (db) {
      return h(
        'tr',
        {
          'data-db': db.name,
          'data-owner': db.owner,
          'data-public': db.public === null ? '' : String(db.public === 1),
          'data-cross': String(db.cross.length),
          class: db.findings.length ? 'has-finding' : null,
        },
        h(
          'td',
          null,
          h('span', { class: 'mono' }, db.name),
          db.created ? null : badge('warning', 'not created by the init scripts'),
          db.at ? h('div', { class: 'muted mono', title: db.at }, short(root.root, db.at)) : null,
        ),
        h('td', { class: 'mono' }, db.owner),
        h('td', null, db.public === null ? '?' : db.public ? badge('warning', 'yes') : badge('ok', 'no')),
        h(
          'td',
          null,
          db.allocated.length
            ? db.allocated.map(function (a) {
                return h('div', null, a[0], ' ', h('span', { class: 'muted mono' }, a[1]));
              })
            : h('span', { class: 'muted' }, 'not in the allocation table'),
        ),
        h(
          'td',
          null,
          db.cross.length
            ? db.cross.map(function (g) {
                return h(
                  'div',
                  null,
                  badge('error', g.role),
                  ' ',
                  g.via,
                  g.at ? h('span', { class: 'muted mono', title: g.at }, ' ' + short(root.root, g.at)) : null,
                );
              })
            : h('span', { class: 'muted' }, 'none'),
        ),
        h(
          'td',
          null,
          db.findings.map(function (i) {
            var f = root.findings[i];
            return h('div', null, ruleLink(f.rule), ' ', h('span', { class: 'muted' }, f.message));
          }),
        ),
      );
    });

    s.appendChild(h('h3', null, 'Services'));
    var clBody = h('tbody');
    var clAfter = h('div');
    s.appendChild(
      h(
        'table',
        { class: 'client-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', null, 'Service'),
            h('th', null, 'Roles'),
            h('th', null, 'Its databases'),
            h('th', null, 'Also reaches'),
            h('th', null, 'Findings'),
          ),
        ),
        clBody,
      ),
    );
    s.appendChild(clAfter);
    pager({ body: clBody, after: clAfter }, clients, function (c) {
      var reach = [];
      c.roles.forEach(function (role) {
        (crossOf.get(role) || []).forEach(function (x) {
          if (c.databases.indexOf(x.db.name) < 0) reach.push(x.db.name + ' (' + x.grant.via + ')');
        });
      });
      return h(
        'tr',
        { 'data-service': c.service, 'data-roles': c.roles.join(','), 'data-superuser': String(c.superuser), class: c.findings.length ? 'has-finding' : null },
        h('td', null, c.service, c.path ? h('div', { class: 'muted mono', title: c.path }, short(root.root, c.path)) : badge('warning', 'no such service')),
        h('td', { class: 'mono' }, c.roles.join(', ') || '\u2014', c.superuser ? badge('error', 'superuser') : null),
        h(
          'td',
          null,
          c.access.map(function (a) {
            return h(
              'div',
              null,
              h('span', { class: 'mono' }, a.database),
              ' ',
              a.via === 'public'
                ? badge('warning', 'PUBLIC only')
                : a.via
                  ? badge('ok', a.via === 'membership' ? 'member' : a.via)
                  : badge('error', 'no access'),
            );
          }),
        ),
        h(
          'td',
          null,
          c.superuser
            ? badge('error', 'every database')
            : reach.length
              ? reach.map(function (r) {
                  return badge('error', r);
                })
              : h('span', { class: 'muted' }, publicCount ? 'none granted (' + publicCount + ' open to PUBLIC)' : 'none'),
        ),
        h(
          'td',
          null,
          c.findings.map(function (i) {
            var f = root.findings[i];
            return h('div', null, ruleLink(f.rule), ' ', h('span', { class: 'muted' }, f.message));
          }),
        ),
      );
    });
    return s;
  }

  // ------------------------------------------------------------------ migration

  function renderMigration(ctx) {
    var root = ctx.root;
    var s = section('migration' + ctx.sfx, 'Migration checklist');
    if (!root.phases) {
      s.appendChild(h('p', { class: 'empty' }, 'No placement plan (the root could not be read).'));
      return s;
    }
    s.appendChild(
      h(
        'p',
        { class: 'muted' },
        'The placement plan as svclint migrate runs it (svclint migrate --apply --through 3, check, then --through 5; --rollback undoes). Ticks are not saved.',
      ),
    );
    root.phases.forEach(function (phase) {
      var box = h('div', { class: 'phase', 'data-phase': String(phase.phase) });
      var progress = h('span', { class: 'muted' });
      box.appendChild(h('h3', null, 'Phase ' + phase.phase + ': ' + phase.title, ' ', progress));
      var list = h('ul');
      var boxes = [];
      function update() {
        var done = boxes.filter(function (b) {
          return b.checked;
        }).length;
        progress.textContent = '(' + done + ' of ' + boxes.length + ' done)';
      }
      function item(op, text, reason, steps) {
        var check = h('input', { type: 'checkbox' });
        boxes.push(check);
        var li = h(
          'li',
          { 'data-op': op },
          h('label', null, check, h('span', { class: 'text mono' }, text)),
          reason ? h('div', { class: 'muted reason' }, reason) : null,
          steps
            ? h(
                'ul',
                { class: 'steps' },
                steps.map(function (step) {
                  return h('li', null, step);
                }),
              )
            : null,
        );
        check.addEventListener('change', function () {
          li.classList.toggle('done', check.checked);
          update();
        });
        list.appendChild(li);
      }
      phase.actions.forEach(function (a) {
        item(a.op, a.text, a.reason, a.steps);
      });
      (phase.checks || []).forEach(function (c) {
        item('check', c);
      });
      if (list.childNodes.length === 0) list.appendChild(h('li', { class: 'empty' }, 'Nothing to do in this phase.'));
      box.appendChild(list);
      if (phase.projects) {
        box.appendChild(h('div', { class: 'muted' }, 'Compose project names (volumes, networks and containers are named after them):'));
        box.appendChild(
          h(
            'ul',
            { class: 'steps' },
            phase.projects.map(function (p) {
              return h('li', { class: 'mono' }, p);
            }),
          ),
        );
      }
      update();
      s.appendChild(box);
    });
    return s;
  }
})();
`;

// raw-text:src/format/html/report.css
var report_default = ':root {\n  --bg: #ffffff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --panel: #f6f8fa;\n  --error: #cf222e; --error-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5;\n  --ok: #1a7f37; --ok-bg: #dafbe1; --accent: #0969da; --accent-bg: #ddf4ff;\n  --moved: #8250df; --moved-bg: #fbefff; --removed: #cf222e; --new: #1a7f37; --archived: #6e7781;\n  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;\n  font-size: 14px; line-height: 1.45; color: var(--fg); background: var(--bg);\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d; --panel: #161b22;\n    --error: #ff7b72; --error-bg: #3d1214; --warn: #d29922; --warn-bg: #3b2e08;\n    --ok: #3fb950; --ok-bg: #12301b; --accent: #4493f8; --accent-bg: #121d2f;\n    --moved: #bc8cff; --moved-bg: #2a1d3d; --removed: #ff7b72; --new: #3fb950; --archived: #8d96a0;\n  }\n}\n* { box-sizing: border-box; }\nbody { margin: 0; }\ncode, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }\na { color: var(--accent); }\nheader.top { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); background: var(--panel); }\nheader.top h1 { margin: 0 0 4px; font-size: 20px; }\nheader.top .sub { color: var(--muted); }\nnav.tabs { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 4px; padding: 8px 24px; background: var(--bg); border-bottom: 1px solid var(--line); }\nnav.tabs a { padding: 4px 10px; border-radius: 6px; text-decoration: none; color: var(--fg); }\nnav.tabs a:hover, nav.tabs a:focus { background: var(--accent-bg); }\nmain { padding: 0 24px 48px; max-width: 1600px; }\nsection { padding-top: 16px; }\nsection > h2 { font-size: 17px; margin: 8px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }\n.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 12px; }\n.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; min-width: 120px; background: var(--panel); }\n.card .num { font-size: 24px; font-weight: 600; }\n.card.error .num { color: var(--error); }\n.card.warning .num { color: var(--warn); }\n.card .label { color: var(--muted); }\ndl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; }\ndl.facts dt { color: var(--muted); }\ndl.facts dd { margin: 0; overflow-wrap: anywhere; }\ntable { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }\nth, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }\nth { background: var(--panel); font-weight: 600; }\ntd.num, th.num { text-align: right; white-space: nowrap; }\n.badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; border: 1px solid var(--line); white-space: nowrap; margin-left: 4px; }\n.badge.error { color: var(--error); background: var(--error-bg); border-color: var(--error); }\n.badge.warning { color: var(--warn); background: var(--warn-bg); border-color: var(--warn); }\n.badge.ok { color: var(--ok); background: var(--ok-bg); border-color: var(--ok); }\n.badge.moved, .badge.renamed { color: var(--moved); background: var(--moved-bg); border-color: var(--moved); }\n.badge.removed { color: var(--removed); background: var(--error-bg); border-color: var(--removed); }\n.badge.new { color: var(--new); background: var(--ok-bg); border-color: var(--new); }\n.badge.archived { color: var(--archived); }\n.badge.info { color: var(--accent); background: var(--accent-bg); border-color: var(--accent); }\n.muted { color: var(--muted); }\n.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 4px 0 10px; }\n.controls label { display: inline-flex; gap: 4px; align-items: center; }\nselect, input[type="search"], button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 3px 8px; }\nbutton { cursor: pointer; background: var(--panel); }\nbutton:hover { border-color: var(--accent); }\nbutton[disabled] { opacity: 0.5; cursor: default; }\n.chip { display: inline-flex; gap: 4px; align-items: center; padding: 1px 8px; border-radius: 12px; background: var(--accent-bg); border: 1px solid var(--accent); }\n.pager { display: flex; gap: 8px; align-items: center; margin: 8px 0; }\n.trees { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }\n@media (max-width: 900px) { .trees { grid-template-columns: 1fr; } }\n.treebox { border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }\n.treebox h3 { margin: 0; padding: 6px 10px; font-size: 14px; background: var(--panel); border-bottom: 1px solid var(--line); }\n.tree { max-height: 70vh; overflow: auto; padding: 4px 0; }\n.row { display: flex; align-items: center; gap: 4px; padding: 1px 8px 1px 0; cursor: pointer; white-space: nowrap; }\n.row:hover { background: var(--panel); }\n.row.selected { background: var(--accent-bg); outline: 1px solid var(--accent); }\n.row .toggle { width: 16px; flex: none; text-align: center; color: var(--muted); border: 0; background: none; padding: 0; }\n.row .icon { flex: none; width: 16px; text-align: center; }\n.row .name { flex: none; }\n.row .target { overflow: hidden; text-overflow: ellipsis; min-width: 4em; }\n.row .badge { flex: none; }\n.row.service .name { font-weight: 600; }\n.row.compose-service .name { font-style: italic; }\n.row.removed .name { text-decoration: line-through; color: var(--removed); }\n.row.gone .name { color: var(--muted); }\n.row.new .name { color: var(--new); }\n.row.moved .name, .row.renamed .name { color: var(--moved); }\n.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 4px 0 8px; color: var(--muted); }\n.details { margin-top: 12px; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; background: var(--panel); }\n.details h3 { margin: 0 0 6px; font-size: 14px; overflow-wrap: anywhere; }\n.finding { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 6px 0; background: var(--bg); }\n.finding.error { border-left-color: var(--error); }\n.finding.warning { border-left-color: var(--warn); }\n.finding .head { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; }\n.finding .loc { color: var(--muted); overflow-wrap: anywhere; }\n.finding .msg { margin: 4px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }\n.finding .fix { margin: 4px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }\n.finding .fix::before { content: "Fix: "; font-weight: 600; }\n.finding ul, .finding ol { margin: 4px 0 0; padding-left: 20px; }\n.budgetbar { position: relative; height: 34px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); margin: 28px 0 8px; display: flex; }\n.budgetbar .seg { height: 100%; border-right: 1px solid var(--bg); overflow: hidden; font-size: 11px; color: #fff; padding: 2px 3px; white-space: nowrap; }\n.budgetbar .seg.c0 { background: #0969da; } .budgetbar .seg.c1 { background: #1a7f37; } .budgetbar .seg.c2 { background: #8250df; }\n.budgetbar .seg.c3 { background: #bf3989; } .budgetbar .seg.c4 { background: #9a6700; } .budgetbar .seg.c5 { background: #1b7c83; }\n.budgetbar .seg.rest { background: #6e7781; }\n.budgetbar .seg.estimate { background-image: repeating-linear-gradient(45deg, rgba(255,255,255,0.35) 0 4px, transparent 4px 8px); }\n.budgetbar .limit { position: absolute; top: -24px; bottom: -4px; border-left: 3px solid var(--error); }\n.budgetbar .limit span { position: absolute; top: 0; left: 4px; white-space: nowrap; font-size: 12px; font-weight: 600; color: var(--error); }\n.over { color: var(--error); font-weight: 600; }\n.under { color: var(--ok); font-weight: 600; }\n.matrix td, .matrix th { text-align: center; white-space: nowrap; }\n.matrix td:first-child, .matrix th:first-child { text-align: left; }\n.cell { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; }\n.cell.own { color: var(--ok); background: var(--ok-bg); }\n.cell.public { color: var(--warn); background: var(--warn-bg); }\n.cell.cross, .cell.superuser, .cell.denied { color: var(--error); background: var(--error-bg); }\n.cell.none { color: var(--muted); }\n.has-finding { outline: 2px solid var(--error); outline-offset: -2px; }\n.phase { border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px; margin: 8px 0; }\n.phase h3 { margin: 4px 0; font-size: 14px; }\n.phase ul { list-style: none; padding-left: 4px; margin: 4px 0; }\n.phase li { margin: 2px 0; overflow-wrap: anywhere; }\n.phase li label { display: inline-flex; gap: 6px; align-items: baseline; }\n.phase li .text { white-space: pre-wrap; }\n.phase .reason { margin-left: 22px; }\n.phase li.done .text { text-decoration: line-through; color: var(--muted); }\n.phase .steps { margin: 2px 0 2px 28px; padding-left: 16px; list-style: disc; color: var(--muted); }\n.empty { color: var(--muted); font-style: italic; }\n.nowrap { white-space: nowrap; overflow-wrap: normal; }\ntable.by-rule td { padding: 2px 8px; }\nbutton.small { padding: 0 6px; font-size: 12px; }\n';

// src/format/html/index.ts
function sha256(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
function contentSecurityPolicy(script = client_default, style = report_default) {
  return ["default-src 'none'", `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, "img-src data:", "base-uri 'none'", "form-action 'none'"].join(
    "; "
  );
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
var COMPRESS_OVER_BYTES = 128 * 1024;
function dataBlock(data, options) {
  const json = jsonForScript(data);
  if (Buffer.byteLength(json, "utf8") <= (options.compressOver ?? COMPRESS_OVER_BYTES)) {
    return `<script type="application/json" id="svclint-data">${json}</script>`;
  }
  const packed = gzipSync(JSON.stringify(data)).toString("base64");
  return `<script type="application/octet-stream" id="svclint-data" data-encoding="gzip-base64">${packed}</script>`;
}
function renderHtml(data, options = {}) {
  const roots = data.roots.map((r) => r.root).join(", ");
  const errors = data.roots.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = data.roots.reduce((n, r) => n + r.summary.warnings, 0);
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>svclint: ${escapeHtml(roots)} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})</title>`,
    `<style>${report_default}</style>`,
    "</head>",
    "<body>",
    `<noscript><p>This report draws itself with JavaScript: ${errors} error(s), ${warnings} warning(s) in ${escapeHtml(roots)}. Run <code>svclint --format json</code> for the findings as text.</p></noscript>`,
    '<div id="app"></div>',
    dataBlock(data, options),
    `<script>${client_default}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function formatHtmlReport(results, context, options = {}) {
  return renderHtml(buildReportData(results, context), options);
}
var formatHtml = (results, context) => formatHtmlReport(results, context);
var html_default = formatHtml;
export {
  COMPRESS_OVER_BYTES,
  contentSecurityPolicy,
  html_default as default,
  escapeHtml,
  formatHtml,
  formatHtmlReport,
  jsonForScript,
  renderHtml
};

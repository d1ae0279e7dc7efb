// `--format html`: one self-contained page. Styles and the script are inline, and the page's
// Content-Security-Policy allows exactly those two blocks by their SHA-256 hashes and nothing else:
// no network (default-src 'none'), no other script or style, no form, no base URL. The report's
// data rides along as a JSON data block (not executed, `<` escaped so no text can close it) that
// the script renders with textContent only.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { LintResult } from '../../engine/types';
import type { FormatContext, Formatter } from '../types';
import { buildReportData, type ReportData } from './data';
import CLIENT_JS from './client.js?raw';
import REPORT_CSS from './report.css?raw';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's policy: the inline style and script by hash; images only as data: URLs (none today). */
export function contentSecurityPolicy(script: string = CLIENT_JS, style: string = REPORT_CSS): string {
  return ["default-src 'none'", `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, 'img-src data:', "base-uri 'none'", "form-action 'none'"].join(
    '; ',
  );
}

/** Text safe in HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a `<script type="application/json">` block: nothing in it can end the block or start a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Data JSON larger than this is embedded gzip-compressed (base64): a 10,000-service host stays far under 2 MB. */
export const COMPRESS_OVER_BYTES = 128 * 1024;

export interface RenderOptions {
  /** Embed the data compressed above this many bytes of JSON (default COMPRESS_OVER_BYTES; 0: always). */
  compressOver?: number;
}

/** The data block: plain JSON (readable, `<` escaped), or gzip + base64 when it is large. */
function dataBlock(data: ReportData, options: RenderOptions): string {
  const json = jsonForScript(data);
  if (Buffer.byteLength(json, 'utf8') <= (options.compressOver ?? COMPRESS_OVER_BYTES)) {
    return `<script type="application/json" id="svclint-data">${json}</script>`;
  }
  const packed = gzipSync(JSON.stringify(data)).toString('base64');
  return `<script type="application/octet-stream" id="svclint-data" data-encoding="gzip-base64">${packed}</script>`;
}

export function renderHtml(data: ReportData, options: RenderOptions = {}): string {
  const roots = data.roots.map((r) => r.root).join(', ');
  const errors = data.roots.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = data.roots.reduce((n, r) => n + r.summary.warnings, 0);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>svclint: ${escapeHtml(roots)} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<noscript><p>This report draws itself with JavaScript: ${errors} error(s), ${warnings} warning(s) in ${escapeHtml(roots)}. Run <code>svclint --format json</code> for the findings as text.</p></noscript>`,
    '<div id="app"></div>',
    dataBlock(data, options),
    `<script>${CLIENT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function formatHtmlReport(results: LintResult[], context: FormatContext, options: RenderOptions = {}): string {
  return renderHtml(buildReportData(results, context), options);
}

export const formatHtml: Formatter = (results, context) => formatHtmlReport(results, context);

export default formatHtml;

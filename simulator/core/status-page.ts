import type { Fault } from './faults.js';
import type { JournalEntry } from './journal.js';
import { redactHeaders } from './redact.js';
import type { VendorReply } from './reply.js';
import type { ScenarioStatus } from './scenarios/engine.js';
import type { Stub } from './stubs.js';

/** What the page at `/` shows. */
export interface StatusView {
  seed: number;
  now: string;
  rateLimits: boolean;
  vendors: { name: string; basePath: string; mode: string; upstream?: string }[];
  scenario: ScenarioStatus;
  faults: Fault[];
  stubs: Stub[];
  /** The newest journal entries, oldest first. */
  journal: JournalEntry[];
}

/**
 * The simulator's read-only page at `/`: vendors, seed, clock, scenario, faults, stubs and the newest
 * journal entries, for a person looking at a running simulator. It shows no headers or bodies, and the
 * query strings are the journal's (credentials already redacted). Everything else is in `/_sim`.
 */
export function statusPage(view: StatusView): VendorReply {
  const scenario = view.scenario.running
    ? `${view.scenario.name} (seed ${view.scenario.seed}, ${view.scenario.rate}/min, ${view.scenario.stepsApplied} steps applied, next at ${view.scenario.nextStepAt ?? '—'}` +
      `${view.scenario.outage ? `; outage of ${view.scenario.outage.vendor} ${view.scenario.outage.active ? 'now' : `from ${view.scenario.outage.from}`}` : ''})`
    : 'none running';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>Switchboard simulator</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}code{font-size:13px}.muted{color:#777}</style>
</head><body>
<h1>Switchboard simulator</h1>
<p>Seed <b>${view.seed}</b> · virtual clock <b>${esc(view.now)}</b> · rate limits <b>${view.rateLimits ? 'on' : 'off'}</b> · scenario: <b>${esc(scenario)}</b></p>
<p class="muted">Read-only; refreshes every 5 s. The admin API is under <code>/_sim</code> (see simulator/README.md).</p>
<h2>Vendors</h2>
${table(['vendor', 'base path', 'mode'], view.vendors.map((v) => [v.name, v.basePath, v.upstream ? `${v.mode} → ${v.upstream}` : v.mode]))}
<h2>Faults (${view.faults.length})</h2>
${table(['id', 'kind', 'vendor', 'path', 'status', 'hits', 'remaining'], view.faults.map((f) => [f.id, f.kind, f.vendor ?? 'any', f.path ?? '*', f.status ?? '', f.hits, f.remaining ?? '']))}
<h2>Stubs (${view.stubs.length})</h2>
${table(
  ['id', 'vendor', 'method', 'path', 'query', 'status', 'headers', 'hits', 'remaining'],
  view.stubs.map((s) => [s.id, s.vendor ?? '', s.method ?? 'any', s.path ?? '*', s.query ? JSON.stringify(s.query) : '', s.status, JSON.stringify(redactHeaders(s.headers)), s.hits, s.remaining ?? '']),
)}
<h2>Latest requests (${view.journal.length})</h2>
${table(
  ['#', 'at', 'vendor', 'method', 'path', 'status', 'ms', 'served by'],
  [...view.journal].reverse().map((e) => [e.seq, e.at, e.vendor, e.method, e.query === '' ? e.path : `${e.path}?${e.query}`, e.status, e.durationMs, e.servedBy]),
)}
</body></html>
`;
  return {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
    body: html,
  };
}

function table(columns: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return '<p class="muted">none</p>';
  const head = `<tr>${columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${esc(String(cell))}</td>`).join('')}</tr>`).join('\n');
  return `<table>${head}\n${body}</table>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

import type { VendorReply } from '../core/reply.js';
import type { ApiContext } from './api-context.js';
import { START_SESSION_LIMITS } from './constants.js';
import type { QueueRef, SessionCustomer } from './model.js';
import { escapeXml } from './xml.js';

/**
 * The customer's side: `/api/start_session` (current) and `/download_customer_connector.ns`
 * (the old front-end survey form). Both start a session that waits in its queue and answer with
 * the customer client download. Which parameter names each form uses is confirmed (API guide);
 * the download body and the refusal page are modeled.
 */
const OLD_FORM_NAMES: Record<string, keyof typeof START_SESSION_LIMITS> = {
  customer_name: 'customer.name',
  customer_company: 'customer.company',
  customer_company_code: 'customer.company_code',
  customer_desc: 'customer.details',
  external_key: 'session.custom.external_key',
};

export function handleStartSession(ctx: ApiContext, oldForm: boolean): VendorReply {
  const values = new Map<keyof typeof START_SESSION_LIMITS, string>();
  for (const [param, field] of Object.entries(oldForm ? OLD_FORM_NAMES : identity())) {
    const value = ctx.params.get(param);
    if (value !== null) values.set(field, value);
  }
  for (const [field, max] of Object.entries(START_SESSION_LIMITS) as [keyof typeof START_SESSION_LIMITS, number][]) {
    const value = values.get(field);
    const shown = oldForm ? Object.keys(OLD_FORM_NAMES).find((name) => OLD_FORM_NAMES[name] === field) : field;
    if (value !== undefined && value.length > max) return refusal(`${shown} must be at most ${max} characters`);
  }

  const shortKey = ctx.params.get(oldForm ? 'access_key' : 'short_key') ?? (oldForm ? null : ctx.params.get('access_key'));
  let queue: QueueRef = { kind: 'general' };
  let externalKey = values.get('session.custom.external_key') ?? '';
  const key = shortKey ? ctx.state.keys.get(shortKey) : undefined;
  if (shortKey) {
    if (!key || key.expires <= ctx.clock.nowMs() || key.lsid !== null) return refusal('The session key is invalid or has expired.');
    queue = key.queue;
    if (!values.has('session.custom.external_key')) externalKey = key.externalKey;
  } else {
    const id = ctx.params.get('id');
    const name = ctx.params.get('name');
    const rep = id !== null ? ctx.state.rep(Number(id)) : name !== null ? ctx.state.reps.find((candidate) => candidate.publicDisplayName === name || candidate.displayName === name) : undefined;
    if ((id !== null || name !== null) && !rep) {
      // With issue_menu=1 the id names an issue: here, a team (modeled).
      const team = oldForm && id !== null ? ctx.state.team(Number(id)) : undefined;
      if (!team) return refusal('No representative or issue matches the request.');
      queue = { kind: 'team', id: team.id };
    } else if (rep) {
      queue = { kind: 'rep', id: rep.id };
    }
  }
  const customer: Partial<SessionCustomer> = {
    name: values.get('customer.name') ?? '',
    company: values.get('customer.company') ?? '',
    companyCode: values.get('customer.company_code') ?? '',
    details: values.get('customer.details') ?? '',
    issue: values.get('customer.details') ?? '',
  };
  const session = ctx.state.startSession(queue, customer, externalKey, 1);
  if (key) {
    key.lsid = session.lsid;
    Object.assign(session.customAttributes, key.customAttributes);
  }
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="bomgar-scc-${session.lsid.slice(0, 8)}.exe"`,
      'X-Simulator-Lsid': session.lsid,
    },
    body: Buffer.from(`simulated customer client for session ${session.lsid}\n`),
  };
}

function identity(): Record<string, keyof typeof START_SESSION_LIMITS> {
  return Object.fromEntries(Object.keys(START_SESSION_LIMITS).map((field) => [field, field])) as Record<string, keyof typeof START_SESSION_LIMITS>;
}

function refusal(message: string): VendorReply {
  return {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: `<!DOCTYPE html><html><head><title>Support</title></head><body><p class="error">${escapeXml(message)}</p></body></html>`,
  };
}

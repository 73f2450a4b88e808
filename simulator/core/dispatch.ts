import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VirtualClock } from './clock.js';
import type { Fault, FaultStore } from './faults.js';
import { parseLoose, type Journal, type JournalSlot } from './journal.js';
import { isJsonText, JSON_CONTENT_TYPE, jsonReply, writeReply, type VendorReply } from './reply.js';
import type { PatternTarget } from './request-pattern.js';
import { BodyTooLargeError, parseBody, readBody, requestOrigin, type SimRequest } from './request.js';
import { stubReply, type StubStore } from './stubs.js';
import type { VendorDefinition, VendorInstance } from './vendor.js';

/** A vendor definition with its current instance. */
export interface Mount {
  definition: VendorDefinition;
  instance: VendorInstance;
}

/** Something in flight (a latency wait) that must stop when the simulator closes. */
export interface Cancellable {
  cancel(): void;
}

export interface DispatchDeps {
  journal: Journal;
  faults: FaultStore;
  stubs: StubStore;
  clock: VirtualClock;
  /** Pending latency waits; the simulator cancels them all on close. */
  inflight: Set<Cancellable>;
}

/**
 * Runs one vendor request through the shared pipeline: journal, body parsing, faults, stubs, then
 * the vendor's own handler. Every vendor gets faults, stubs, journal and clock the same way.
 */
export async function dispatchVendorRequest(
  req: IncomingMessage,
  res: ServerResponse,
  mount: Mount,
  target: { path: string; rawQuery: string },
  deps: DispatchDeps,
): Promise<void> {
  const started = performance.now();
  const { definition } = mount;
  const { journal } = deps;
  const method = (req.method ?? 'GET').toUpperCase();
  const path = target.path.slice(definition.basePath.length) || '/';
  const slot = journal.begin({
    vendor: definition.name,
    method,
    fullPath: target.path,
    path,
    rawQuery: target.rawQuery,
    atMs: deps.clock.nowMs(),
    headers: req.headers,
  });
  res.on('close', () => journal.finish(slot, res.writableFinished ? res.statusCode : 0, Math.round(performance.now() - started)));
  const send = (reply: VendorReply, servedBy: string): void => {
    slot.servedBy = servedBy;
    journal.captureResponse(slot, reply.headers, writeReply(res, reply));
  };

  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (err) {
    if (err instanceof BodyTooLargeError) send(jsonReply(413, { error: err.message }), 'simulator');
    else req.socket.destroy();
    return;
  }
  journal.captureRequest(slot, raw);

  const origin = requestOrigin(req);
  const parsed = parseBody(req.headers['content-type'], raw);
  const simReq: SimRequest = {
    method,
    fullPath: target.path,
    path,
    rawQuery: target.rawQuery,
    query: new URLSearchParams(target.rawQuery),
    headers: req.headers,
    rawBody: raw,
    body: parsed.body,
    origin,
    baseUrl: origin + definition.basePath,
  };
  if (parsed.bodyError !== undefined) simReq.bodyError = parsed.bodyError;

  const fault = deps.faults.take(definition.name, simReq.path);
  if (fault?.kind === 'reset') {
    slot.servedBy = `fault:${fault.id}`;
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'status') {
    send(statusFaultReply(fault, mount.instance, simReq), `fault:${fault.id}`);
    return;
  }
  if (fault?.kind === 'latency') {
    const waited = await cancellableDelay(fault.latencyMs ?? 0, req, res, deps.inflight);
    if (!waited) return;
  }

  const stub = deps.stubs.size > 0 ? deps.stubs.take(patternTarget(definition.name, simReq)) : undefined;
  let reply: VendorReply;
  let servedBy = stub ? `stub:${stub.id}` : (mount.instance.servedBy ?? 'vendor');
  if (stub) {
    reply = stubReply(stub);
  } else {
    try {
      reply = await mount.instance.handle(simReq);
    } catch (err) {
      reply = jsonReply(500, { error: 'SimulatorError', description: (err as Error).message });
      servedBy = 'simulator';
    }
  }
  if (fault?.kind === 'malformed') send(malformed(reply, mount.instance), `fault:${fault.id}`);
  else send(reply, servedBy);
}

/** A parsed request as stubs match it. */
function patternTarget(vendor: string, req: SimRequest): PatternTarget {
  const contentType = req.headers['content-type'];
  return {
    vendor,
    method: req.method,
    fullPath: req.fullPath,
    path: req.path,
    query: () => req.query,
    bodyText: () => req.rawBody.toString('utf8'),
    body: () => (req.body !== undefined ? req.body : parseLoose(contentType, req.rawBody.toString('utf8'))),
  };
}

function statusFaultReply(fault: Fault, instance: VendorInstance, req: SimRequest): VendorReply {
  const status = fault.status ?? 500;
  const retryAfter = fault.retryAfter ?? (status === 429 ? 1 : undefined);
  let reply: VendorReply;
  if (fault.body !== undefined) {
    reply = { status, headers: { 'Content-Type': isJsonText(fault.body) ? JSON_CONTENT_TYPE : 'text/plain; charset=utf-8' }, body: fault.body };
  } else if (instance.statusFaultReply) {
    reply = instance.statusFaultReply(status, retryAfter, req);
  } else {
    reply = jsonReply(status, { error: `simulated ${status}` });
  }
  // A 429 always tells the client when to come back, whoever built the body.
  if (status === 429 && retryAfter !== undefined) reply = { ...reply, headers: { ...reply.headers, 'Retry-After': retryAfter } };
  return reply;
}

/** The handler's real reply cut in half, sent as a 200 with a JSON content type: invalid JSON. */
function malformed(reply: VendorReply, instance: VendorInstance): VendorReply {
  const full = reply.body === undefined ? '' : reply.body.toString();
  let cut = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
  if (cut === '' || isJsonText(cut)) cut = `${cut}{"`;
  const headers: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reply.headers ?? {})) {
    if (!/^(content-type|content-length|retry-after|location)$/i.test(name)) headers[name] = value;
  }
  headers['Content-Type'] = instance.malformedContentType ?? JSON_CONTENT_TYPE;
  return { status: 200, headers, body: cut };
}

/** Waits `ms` without blocking anything; false when the client left or the simulator closed first. */
function cancellableDelay(ms: number, req: IncomingMessage, res: ServerResponse, inflight: Set<Cancellable>): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (waited: boolean): void => {
      clearTimeout(timer);
      res.off('close', onClose);
      inflight.delete(entry);
      resolve(waited);
    };
    const onClose = (): void => done(false);
    const entry: Cancellable = {
      cancel: () => {
        done(false);
        req.socket.destroy();
      },
    };
    const timer = setTimeout(() => done(true), ms);
    res.on('close', onClose);
    inflight.add(entry);
  });
}

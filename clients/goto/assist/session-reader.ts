import { normalizeTime } from '../decode.js';
import type { GoToAssistSession, GoToAssistStatus } from './types.js';

/** Why a session record was refused: the vendor field and what was wrong with it. */
export interface SessionIssue {
  field: string;
  message: string;
}

const STATUSES: ReadonlySet<string> = new Set<GoToAssistStatus>(['waiting', 'active', 'complete', 'abandoned', 'notStarted']);
const RESOLUTIONS: ReadonlySet<string> = new Set(['resolved', 'unresolved']);
const DIGITS = /^\d+$/;

/** Thrown inside readSession only, to stop at the first bad field; never leaves this module. */
class Refused {
  constructor(readonly issue: SessionIssue) {}
}

const refuse = (field: string, message: string): never => {
  throw new Refused({ field, message });
};

/** Absent, null and '' are null; any other string as it is. */
function text(record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? value : refuse(field, `expected a string, got ${typeof value}`);
}

function time(record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? normalizeTime(value) : refuse(field, `expected a time string, got ${typeof value}`);
}

/** A numeric key, sent as a number or a digit string (above 2^53 the transport kept it exact as a string). */
function key(record: Record<string, unknown>, field: string, optional: boolean): string | null {
  const value = record[field];
  if (optional && (value === undefined || value === null || value === '')) return null;
  if (typeof value === 'string' && DIGITS.test(value)) return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  return refuse(field, 'must be a numeric key');
}

function oneOf(record: Record<string, unknown>, field: string, values: ReadonlySet<string>, nullable: boolean): string | null {
  const value = record[field];
  if (nullable && (value === undefined || value === null)) return null;
  return typeof value === 'string' && values.has(value) ? value : refuse(field, `expected one of ${[...values].join('|')}`);
}

function rating(record: Record<string, unknown>): number | null {
  const value = record['rating'];
  if (value === undefined || value === null) return null;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : refuse('rating', 'expected an integer from 1 to 5');
}

function optionalExtras(record: Record<string, unknown>): Pick<GoToAssistSession, 'notes' | 'collaborators'> {
  const extras: Pick<GoToAssistSession, 'notes' | 'collaborators'> = {};
  const { notes, collaborators } = record;
  if (notes !== undefined) extras.notes = typeof notes === 'string' ? notes : refuse('notes', 'expected a string');
  if (collaborators !== undefined) {
    extras.collaborators =
      Array.isArray(collaborators) && collaborators.every((item) => typeof item === 'string') ? (collaborators as string[]) : refuse('collaborators', 'expected an array of strings');
  }
  return extras;
}

/**
 * Reads one GoToAssist session record (`GET /sessions/{id}`, an item of `GET /sessions`, a
 * status callback): keys as strings, times ISO-8601 UTC, absent or empty texts null; unknown
 * fields are dropped. Plain code rather than a zod object because a listing holds hundreds of
 * records of twenty fields, and zod's per-field transforms cost ~10× this (and most of its
 * garbage). Answers the first bad field instead of throwing.
 */
export function readSession(value: unknown): { session: GoToAssistSession } | { issue: SessionIssue } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { issue: { field: '', message: 'expected an object' } };
  const record = value as Record<string, unknown>;
  try {
    const session: GoToAssistSession = {
      sessionId: key(record, 'sessionId', false)!,
      status: oneOf(record, 'status', STATUSES, false) as GoToAssistStatus,
      customerJoinUrl: text(record, 'customerJoinUrl'),
      partnerObject: text(record, 'partnerObject'),
      partnerObjectUrl: text(record, 'partnerObjectUrl'),
      startedAt: time(record, 'startedAt'),
      customerJoinedAt: time(record, 'customerJoinedAt'),
      endedAt: time(record, 'endedAt'),
      expertName: text(record, 'expertName'),
      expertEmail: text(record, 'expertEmail'),
      expertUserKey: key(record, 'expertUserKey', true),
      customerName: text(record, 'customerName'),
      customerEmail: text(record, 'customerEmail'),
      sessionRecordingUrl: text(record, 'sessionRecordingUrl'),
      portalKey: key(record, 'portalKey', true),
      portalName: text(record, 'portalName'),
      rating: rating(record),
      feedback: text(record, 'feedback'),
      resolution: oneOf(record, 'resolution', RESOLUTIONS, true) as GoToAssistSession['resolution'],
      ...optionalExtras(record),
    };
    return { session };
  } catch (error) {
    if (error instanceof Refused) return { issue: error.issue };
    throw error;
  }
}

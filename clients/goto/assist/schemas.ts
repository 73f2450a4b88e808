import { z } from 'zod';
import { count, key, optionalKey, time } from '../decode.js';
import { readSession } from './session-reader.js';
import type { GoToAssistSession } from './types.js';

/** zod readers of GoToAssist bodies (keys as numbers or strings → strings). */

const nullableText = z.string().nullable().optional().transform((value) => (value === undefined || value === null || value === '' ? null : value));
const nullableTime = z.union([time, z.null()]).optional().transform((value) => value ?? null);

/** A session record, read by readSession (plain code: a listing has hundreds); a bad field is an issue at its path. */
export const sessionSchema = z.unknown().transform((value, ctx): GoToAssistSession => {
  const read = readSession(value);
  if ('session' in read) return read.session;
  ctx.issues.push({ code: 'custom', message: read.issue.message, input: value, path: read.issue.field ? [read.issue.field] : [] });
  return z.NEVER;
});

export const sessionListSchema = z.looseObject({ totalNumSessions: count, sessions: z.array(sessionSchema) });

/** The created session (200): `sessionId` a number or a digit string (int64-safe: the transport keeps big numbers exact). */
export const createdSchema = z.looseObject({
  sessionId: key,
  customerJoinUrl: nullableText,
  startScreenSharing: z.looseObject({ launchUrl: z.string() }),
});

/**
 * `GET /sessions/{id}/events`: one item per transcript line, `{sessionId, startTime, endTime,
 * timeStamp, content, participantName}` (the published fields); `eventType`, `participantType`
 * and the file fields are the simulator's modeled additions, absent from GoTo's answer.
 */
export const eventsSchema = z.array(
  z.looseObject({
    timeStamp: nullableTime,
    eventType: z.string().optional().transform((value) => value ?? 'chatMessage'),
    participantType: nullableText,
    participantName: nullableText,
    content: nullableText,
    fileName: nullableText,
    fileSize: z.number().nullable().optional().transform((value) => value ?? null),
  }),
);

export const agentsSchema = z.looseObject({
  agents: z.array(
    z.looseObject({
      userKey: key,
      name: z.string(),
      email: nullableText,
      status: z.enum(['available', 'busy', 'away', 'offline']),
      activeSessions: z.array(key).optional().transform((value) => value ?? []),
      portalKeys: z.array(key).optional().transform((value) => value ?? []),
    }),
  ),
});

export const queuesSchema = z.looseObject({
  queues: z.array(
    z.looseObject({
      portalKey: key,
      portalName: z.string(),
      waitingCount: count,
      longestWaitSeconds: count,
      expertUserKeys: z.array(key).optional().transform((value) => value ?? []),
    }),
  ),
});

export const codeSchema = z.looseObject({ code: z.union([z.string(), z.number()]).transform(String), expiresAt: nullableTime });

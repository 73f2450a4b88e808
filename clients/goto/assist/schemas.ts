import { z } from 'zod';
import { count, key, optionalKey, time } from '../decode.js';

/** zod readers of GoToAssist bodies (keys as numbers or strings → strings). */

const nullableText = z.string().nullable().optional().transform((value) => (value === undefined || value === null || value === '' ? null : value));
const nullableTime = z.union([time, z.null()]).optional().transform((value) => value ?? null);

export const sessionSchema = z.looseObject({
  sessionId: key,
  status: z.enum(['waiting', 'active', 'complete', 'abandoned', 'notStarted']),
  customerJoinUrl: nullableText,
  partnerObject: nullableText,
  partnerObjectUrl: nullableText,
  startedAt: nullableTime,
  customerJoinedAt: nullableTime,
  endedAt: nullableTime,
  expertName: nullableText,
  expertEmail: nullableText,
  expertUserKey: optionalKey,
  customerName: nullableText,
  customerEmail: nullableText,
  sessionRecordingUrl: nullableText,
  portalKey: optionalKey,
  portalName: nullableText,
  rating: z.number().int().min(1).max(5).nullable().optional().transform((value) => value ?? null),
  feedback: nullableText,
  resolution: z.enum(['resolved', 'unresolved']).nullable().optional().transform((value) => value ?? null),
  notes: z.string().optional(),
  collaborators: z.array(z.string()).optional(),
});

export const sessionListSchema = z.looseObject({ totalNumSessions: count, sessions: z.array(sessionSchema) });

export const createdSchema = z.looseObject({
  sessionId: key,
  customerJoinUrl: nullableText,
  startScreenSharing: z.looseObject({ launchUrl: z.string() }),
});

export const eventsSchema = z.looseObject({
  events: z.array(
    z.looseObject({
      timeStamp: nullableTime,
      eventType: z.string().optional().transform((value) => value ?? 'chatMessage'),
      participantType: nullableText,
      participantName: nullableText,
      content: nullableText,
      fileName: nullableText,
      fileSize: z.number().nullable().optional().transform((value) => value ?? null),
    }),
  ),
});

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

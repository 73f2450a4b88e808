import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueInOurWords, withValue } from './issue-words.js';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  COUNT: z.coerce.number().int().positive().optional(),
  HOURS: z.coerce.number().positive().optional(),
  URL: z.url({ protocol: /^https?$/ }).optional(),
  MODE: z.enum(['on', 'off']).optional(),
  NAME: z.string().min(1).optional(),
  TOKEN: z.string().min(16, 'must be at least 16 characters (the vendor’s)').optional(),
});

function messages(input: Record<string, string>): Record<string, string> {
  const result = schema.safeParse(input, { error: issueInOurWords });
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describe('issueInOurWords', () => {
  it('says what a setting must be instead of what zod expected', () => {
    expect(messages({ PORT: 'eighty', COUNT: '0', HOURS: 'soon', URL: 'ftp://x', MODE: 'maybe', NAME: '' })).toEqual({
      PORT: 'must be a whole number from 0 to 65535',
      COUNT: 'must be a whole number, at least 1',
      HOURS: 'must be a number, above 0',
      URL: 'must be an http:// or https:// URL',
      MODE: 'must be one of on, off',
      NAME: 'must not be empty',
    });
  });

  it('keeps a message the schema states itself', () => {
    expect(messages({ TOKEN: 'short' })).toEqual({ TOKEN: 'must be at least 16 characters (the vendor’s)' });
  });
});

describe('withValue', () => {
  it('quotes the refused value, a URL without its password, a long one cut', () => {
    expect(withValue('PORT', 'must be a number', 'eighty')).toBe('must be a number (got "eighty")');
    expect(withValue('REDIS_URL', 'must be a redis:// URL', 'http://user:hunter2@cache')).toBe('must be a redis:// URL (got "http://user:***@cache")');
    expect(withValue('HOST', 'bad', 'h'.repeat(100))).toBe(`bad (got "${'h'.repeat(80)}…")`);
    expect(withValue('PORT', 'must be a number', 'eighty', 'app.yaml')).toBe('must be a number (got "eighty" in app.yaml)');
  });

  it('never quotes a secret, nor a value the message already quotes', () => {
    expect(withValue('ZENDESK_TOKEN', 'must not be empty', 'secret-token')).toBe('must not be empty');
    expect(withValue('SWITCHBOARD_API_KEYS', 'bad entry', 'admin:0123456789abcdef', 'app.yaml')).toBe('bad entry (in app.yaml)');
    expect(withValue('BOMGAR_BACKUP_INTERVAL', '"3600" must be a duration', '3600')).toBe('"3600" must be a duration');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_LONG_WAIT_SECONDS, levelOf, queueThresholds, type Rule } from '../dashboard/src/thresholds.js';

/** The dashboard's queue colours from the alert rules (pure, no browser). */

const rule = (kind: Rule['kind'], threshold: number | null, vendor: Rule['vendor'] = null): Rule => ({ id: `${kind}${threshold}`, kind, threshold, vendor, source: 'CONFIG', createdAt: null, createdBy: null });

describe('queue thresholds', () => {
  it('takes the lowest rule covering the vendor, every-vendor rules included', () => {
    const rules = [rule('LONGEST_WAIT', 600), rule('LONGEST_WAIT', 120, 'BOMGAR'), rule('QUEUE_WAITING', 5), rule('QUEUE_WAITING', 3, 'AMEYO'), rule('VENDOR_UNREACHABLE', null)];
    expect(queueThresholds(rules, 'BOMGAR')).toEqual({ waiting: 5, longestWait: 120 });
    expect(queueThresholds(rules, 'AMEYO')).toEqual({ waiting: 3, longestWait: 600 });
  });

  it('falls back to the old 300 s wait when no rule applies or the rules cannot be read', () => {
    expect(queueThresholds([], 'GOTO_ASSIST')).toEqual({ waiting: null, longestWait: DEFAULT_LONG_WAIT_SECONDS });
    expect(queueThresholds(null, 'GOTO_ASSIST')).toEqual({ waiting: null, longestWait: 300 });
  });

  it('is amber from 80 % of a threshold and red at it', () => {
    expect([0, 79, 80, 99, 100, 250].map((value) => levelOf(value, 100))).toEqual(['ok', 'ok', 'near', 'near', 'over', 'over']);
    expect(levelOf(4, 5)).toBe('near');
    expect(levelOf(3, 5)).toBe('ok');
    expect(levelOf(40, null)).toBe('ok');
  });
});

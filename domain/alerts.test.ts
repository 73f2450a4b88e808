import { describe, expect, it } from 'vitest';
import { parseAlertRules } from './alerts.js';

describe('parseAlertRules', () => {
  it('is no rules for an empty variable', () => {
    expect(parseAlertRules('')).toEqual([]);
    expect(parseAlertRules('  \n')).toEqual([]);
    expect(parseAlertRules('[]')).toEqual([]);
  });

  it('reads each rule, numbering the configured ones', () => {
    const rules = parseAlertRules(
      JSON.stringify([
        { kind: 'QUEUE_WAITING', threshold: 5 },
        { kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar' },
        { kind: 'RATING_AT_MOST', threshold: 2, vendor: 'gotoassist' },
        { kind: 'LONGEST_WAIT', threshold: 300, vendor: null },
        { kind: 'RATING_AT_LEAST', threshold: 5 },
      ]),
    );
    const configured = { source: 'config', createdAt: null, createdBy: null };
    expect(rules).toEqual([
      { kind: 'QUEUE_WAITING', threshold: 5, vendor: null, id: 'config:0', ...configured },
      { kind: 'VENDOR_UNREACHABLE', threshold: null, vendor: 'bomgar', id: 'config:1', ...configured },
      { kind: 'RATING_AT_MOST', threshold: 2, vendor: 'gotoassist', id: 'config:2', ...configured },
      { kind: 'LONGEST_WAIT', threshold: 300, vendor: null, id: 'config:3', ...configured },
      { kind: 'RATING_AT_LEAST', threshold: 5, vendor: null, id: 'config:4', ...configured },
    ]);
  });

  it('takes a vendor as the Vendor enum spells its value or its name', () => {
    const rules = parseAlertRules('[{"kind":"VENDOR_UNREACHABLE","vendor":"GOTO_ASSIST"},{"kind":"VENDOR_UNREACHABLE","vendor":"Ameyo"}]');
    expect(rules.map((rule) => rule.vendor)).toEqual(['gotoassist', 'ameyo']);
  });

  it.each([
    ['{"kind":"QUEUE_WAITING"', 'must be a JSON array of rules, e.g. [{"kind":"QUEUE_WAITING","threshold":5}]'],
    ['{"kind":"QUEUE_WAITING","threshold":5}', 'must be a JSON array of rules, e.g. [{"kind":"QUEUE_WAITING","threshold":5}]'],
    ['[{"kind":"QUEUE_LENGTH","threshold":5}]', 'rule 0: kind must be one of QUEUE_WAITING, LONGEST_WAIT, RATING_AT_MOST, RATING_AT_LEAST or VENDOR_UNREACHABLE'],
    ['[{"kind":"QUEUE_WAITING","threshold":5},{"kind":"QUEUE_WAITING"}]', 'rule 1: threshold is required for QUEUE_WAITING (customers waiting)'],
    ['[{"kind":"QUEUE_WAITING","threshold":"5"}]', 'rule 0: threshold must be a whole number'],
    ['[{"kind":"LONGEST_WAIT","threshold":0}]', 'rule 0: threshold must be at least 1'],
    ['[{"kind":"LONGEST_WAIT","threshold":1.5}]', 'rule 0: threshold must be a whole number'],
    ['[{"kind":"LONGEST_WAIT","threshold":1000001}]', 'rule 0: threshold must be at most 1000000'],
    ['[{"kind":"RATING_AT_MOST","threshold":6}]', 'rule 0: threshold must be 1 to 5 for RATING_AT_MOST (stars of a rating)'],
    ['[{"kind":"RATING_AT_LEAST","threshold":6}]', 'rule 0: threshold must be 1 to 5 for RATING_AT_LEAST (stars of a rating)'],
    ['[{"kind":"VENDOR_UNREACHABLE","threshold":1}]', 'rule 0: threshold must be left out for VENDOR_UNREACHABLE (a vendor is reachable or not)'],
    ['[{"kind":"VENDOR_UNREACHABLE","vendor":"zendesk"}]', 'rule 0: vendor must be GOTO_ASSIST, BOMGAR or AMEYO: the vendors the gateway watches live'],
  ])('refuses %s, naming the entry and the field', (raw, message) => {
    expect(() => parseAlertRules(raw)).toThrow(new Error(message));
  });

  it('names the entry when it is not a rule at all', () => {
    expect(() => parseAlertRules('[{"kind":"QUEUE_WAITING","threshold":5}, 5]')).toThrow(/^rule 1: rule /);
  });
});

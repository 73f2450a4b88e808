import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAlertRuleDocument, DeleteAlertRuleDocument, type AlertRuleInput } from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * Bad input to the alert-rule mutations, walked field by field: each refusal names the field path
 * the caller sent (`input.threshold`, `id`) and says what is wrong in our words (the `Vendor` enum's
 * names, not internal ids; no library wording such as "Too big" or "Invalid input").
 */

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  await gw?.close();
});

/** Library wording that must never reach a caller, and internal vendor ids. */
const NOT_OURS = /Too (big|small)|Invalid (input|option)|expected (number|string)|received|gotoassist|\ba [AEIOU]/;

describe('createAlertRule refuses', () => {
  it.each<[string, AlertRuleInput, string, string]>([
    ['a vendor not watched live', { kind: 'QUEUE_WAITING', threshold: 5, vendor: 'ZENDESK' }, 'input.vendor', 'must be GOTO_ASSIST, BOMGAR or AMEYO: the vendors the gateway watches live'],
    ['a rating threshold over 5', { kind: 'RATING_AT_MOST', threshold: 9 }, 'input.threshold', 'must be 1 to 5 for RATING_AT_MOST (stars of a rating)'],
    ['a RATING_AT_LEAST threshold over 5', { kind: 'RATING_AT_LEAST', threshold: 6, vendor: 'BOMGAR' }, 'input.threshold', 'must be 1 to 5 for RATING_AT_LEAST (stars of a rating)'],
    ['a threshold under 1', { kind: 'LONGEST_WAIT', threshold: 0 }, 'input.threshold', 'must be at least 1'],
    ['a threshold over a million', { kind: 'QUEUE_WAITING', threshold: 1_000_001 }, 'input.threshold', 'must be at most 1000000'],
    ['a missing threshold', { kind: 'QUEUE_WAITING' }, 'input.threshold', 'is required for QUEUE_WAITING (customers waiting)'],
    ['a missing LONGEST_WAIT threshold', { kind: 'LONGEST_WAIT', vendor: 'AMEYO' }, 'input.threshold', 'is required for LONGEST_WAIT (seconds of the longest wait)'],
    ['a threshold on VENDOR_UNREACHABLE', { kind: 'VENDOR_UNREACHABLE', threshold: 3 }, 'input.threshold', 'must be left out for VENDOR_UNREACHABLE (a vendor is reachable or not)'],
  ])('%s, naming the field', async (_name, input, field, message) => {
    const result = (await gw.run(CreateAlertRuleDocument, { input }, 'admin')).body.data!.createAlertRule;
    expect(result).toEqual({ __typename: 'ValidationError', message: `${field}: ${message}`, issues: [{ field, message }] });
    expect(message).not.toMatch(NOT_OURS);
  });

  it('a value GraphQL cannot take, naming the variable path', async () => {
    const kind = await gw.run(CreateAlertRuleDocument, { input: { kind: 'QUEUE_LENGTH' as AlertRuleInput['kind'], threshold: 5 } }, 'admin');
    expect(kind.body.errors).toMatchObject([{ message: expect.stringMatching(/"\$input".*at "input\.kind".*AlertKind/), extensions: { code: 'BAD_USER_INPUT' } }]);
    const huge = await gw.run(CreateAlertRuleDocument, { input: { kind: 'QUEUE_WAITING', threshold: 2 ** 31 } }, 'admin');
    expect(huge.body.errors).toMatchObject([{ message: expect.stringMatching(/at "input\.threshold"/), extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it('nothing from a caller below admin: FORBIDDEN before any input is read', async () => {
    const result = await gw.run(CreateAlertRuleDocument, { input: { kind: 'RATING_AT_MOST', threshold: 9 } }, 'manager');
    expect(result.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
  });
});

describe('deleteAlertRule refuses', () => {
  it('a configured rule, naming the field', async () => {
    const result = (await gw.run(DeleteAlertRuleDocument, { id: 'config:0' }, 'admin')).body.data!.deleteAlertRule;
    const message = 'is a configured rule (LIVE_ALERT_RULES): change the configuration to remove it';
    expect(result).toEqual({ __typename: 'ValidationError', message: `id: ${message}`, issues: [{ field: 'id', message }] });
  });

  it.each(['0', 'abc', '99999'])('%j as a rule that is not there', async (id) => {
    const result = (await gw.run(DeleteAlertRuleDocument, { id }, 'admin')).body.data!.deleteAlertRule;
    expect(result).toEqual({ __typename: 'NotFoundError', message: `AlertRule ${id} was not found` });
  });

  it('an id longer than any id, naming the field', async () => {
    const result = (await gw.run(DeleteAlertRuleDocument, { id: '1'.repeat(513) }, 'admin')).body.data!.deleteAlertRule;
    const message = 'must be at most 512 characters (it has 513)';
    expect(result).toEqual({ __typename: 'ValidationError', message: `id: ${message}`, issues: [{ field: 'id', message }] });
  });
});

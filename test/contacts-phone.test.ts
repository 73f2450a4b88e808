import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallDocument, ContactsByPhoneDocument, CreateContactDocument } from '../clients/graphql/generated/graphql.js';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

interface ZendeskUser { id: number; name: string; phone: string | null; role: string }

async function seedUsers(): Promise<ZendeskUser[]> {
  const response = await fetch(`${gw.simulatorUrl}/zendesk/api/v2/users.json?page[size]=100`, {
    headers: { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}` },
  });
  return ((await response.json()) as { users: ZendeskUser[] }).users;
}

/** A London end-user stored the way people write it there (`020 7946 0xxx`). */
async function londoner(): Promise<ZendeskUser & { phone: string }> {
  const user = (await seedUsers()).find((u) => u.role === 'end-user' && u.phone && /^020 \d{4} \d{4}$/.test(u.phone));
  if (!user) throw new Error('the seed has no end-user stored as 020 …');
  return user as ZendeskUser & { phone: string };
}

describe('one phone parser for queries and calls', () => {
  it("finds a London number stored nationally from Ameyo's spelling, and a call from it pops the same contact", async () => {
    const user = await londoner();
    // Ameyo's spelling: country code and digits, no + (020 7946 0888 is 442079460888).
    const digits = `44${user.phone.replace(/\D/g, '').slice(1)}`;
    const { body } = await gw.run(ContactsByPhoneDocument, { phone: digits });
    expect(body.errors).toBeUndefined();
    expect(body.data!.contactsByPhone!.map((contact) => contact.vendorId)).toContain(String(user.id));

    const call = await ameyoCalls(gw).ring({ phone: digits });
    const popped = (await gw.run(CallDocument, { id: call.crtObjectId })).body.data!.call!;
    expect(popped).toMatchObject({ outcome: 'CONTACT', contact: { vendorId: String(user.id) } });
  });
});

describe('createContact and numbers already taken', () => {
  it('refuses a number another contact has, however it is written, naming that contact', async () => {
    const user = await londoner();
    const { body } = await gw.run(CreateContactDocument, { input: { name: 'Second Holder', phone: `+44 ${user.phone.slice(1)}` } }, 'agent');
    const result = body.data!.createContact!;
    if (result.__typename !== 'ValidationError') throw new Error(`unexpected ${JSON.stringify(body)}`);
    expect(result.issues).toEqual([{ field: 'input.phone', message: `is already the number of ${user.name} (Zendesk user ${user.id})` }]);
    const holders = (await gw.run(ContactsByPhoneDocument, { phone: user.phone })).body.data!.contactsByPhone!;
    expect(holders.map((contact) => contact.vendorId)).toEqual([String(user.id)]);
  });

  it('creates a contact with a number nobody has', async () => {
    const number = `+1202555${String(1000 + (randomBytes(2).readUInt16BE() % 8999)).padStart(4, '0')}`;
    const { body } = await gw.run(CreateContactDocument, { input: { name: 'Only Holder', phone: number } }, 'agent');
    expect(body.data!.createContact).toMatchObject({ __typename: 'MutationCreateContactSuccess', contact: { phone: number } });
  });
});

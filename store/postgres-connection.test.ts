import { describe, expect, it } from 'vitest';
import { connectionFailure, connectTimeoutMs } from './postgres-connection.js';

const url = 'postgres://app:hunter2hunter2@db.internal:6543/switchboard';

describe('PostgreSQL connection failures', () => {
  it('says what to do about each', () => {
    const say = (error: object) => connectionFailure(Object.assign(new Error('driver text'), error), url, 5000).message;
    expect(say({ code: '3D000' })).toBe('database "switchboard" does not exist on db.internal:6543; create it with `createdb switchboard`');
    expect(say({ code: 'ECONNREFUSED' })).toBe('PostgreSQL at db.internal:6543 refused the connection: is it running, and on that port?');
    expect(say({ code: 'ENOTFOUND' })).toBe('PostgreSQL host db.internal was not found');
    expect(say({ message: 'Connection terminated due to connection timeout' })).toBe('PostgreSQL at db.internal:6543 did not answer within 5 s (connect_timeout)');
    expect(say({ code: '28P01' })).toBe('driver text');
    expect(say({ code: '3D000' })).not.toContain('hunter2');
  });

  it('takes the connect timeout from the URL, in seconds, else 5 s', () => {
    expect(connectTimeoutMs(url)).toBe(5000);
    expect(connectTimeoutMs(`${url}?connect_timeout=2`)).toBe(2000);
    expect(connectTimeoutMs(`${url}?connect_timeout=soon`)).toBe(5000);
  });
});

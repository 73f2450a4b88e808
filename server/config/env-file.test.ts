import { describe, expect, it } from 'vitest';
import { envFileAdditions } from './env-file.js';

const dotEnv = ['# local settings', 'PORT=4100', 'ZENDESK_URL="https://acme.zendesk.com"', 'export LOG_LEVEL=debug', ''].join('\n');
const read = (path: string) => {
  if (path === '.env') return dotEnv;
  throw Object.assign(new Error('missing'), { code: 'ENOENT' });
};

describe('envFileAdditions', () => {
  it('adds what .env sets in development, never over the environment', () => {
    expect(envFileAdditions({ PORT: '5000' }, '.env', read)).toEqual({ ZENDESK_URL: 'https://acme.zendesk.com', LOG_LEVEL: 'debug' });
    expect(envFileAdditions({ NODE_ENV: 'development' }, '.env', read)).toMatchObject({ PORT: '4100' });
  });

  it('reads nothing outside development, or without the file', () => {
    expect(envFileAdditions({ NODE_ENV: 'production' }, '.env', read)).toEqual({});
    expect(envFileAdditions({ NODE_ENV: 'test' }, '.env', read)).toEqual({});
    expect(envFileAdditions({}, 'elsewhere/.env', read)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from './config.js';

function issues(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((issue) => issue.variable);
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      simulator: { port: 4010, seed: 42 },
      databaseUrl: 'sqlite:./data/switchboard.sqlite',
      vendors: {},
      upstream: { timeoutMs: 5000, retries: 3 },
    });
    expect(config.apiKeys.size).toBe(0);
  });

  it('names every wrong variable', () => {
    expect(issues({ PORT: '70000', UPSTREAM_RETRIES: 'many', ZENDESK_URL: 'ftp://x' })).toEqual(
      expect.arrayContaining(['PORT', 'UPSTREAM_RETRIES', 'ZENDESK_URL']),
    );
    expect(issues({ SWITCHBOARD_API_KEYS: 'root:abcdefghijklmnopq' })).toEqual(['SWITCHBOARD_API_KEYS']);
    expect(issues({ SWITCHBOARD_API_KEYS: 'admin:short' })).toEqual(['SWITCHBOARD_API_KEYS']);
    expect(issues({ DEFAULT_PHONE_REGION: 'usa' })).toEqual(['DEFAULT_PHONE_REGION']);
  });

  it('requires Zendesk credentials with a Zendesk URL, and never echoes them', () => {
    expect(issues({ ZENDESK_URL: 'https://acme.zendesk.com' })).toEqual(['ZENDESK_EMAIL', 'ZENDESK_TOKEN']);
    const config = loadConfig({ ZENDESK_URL: 'https://acme.zendesk.com/', ZENDESK_EMAIL: 'a@acme.com', ZENDESK_TOKEN: 'secret-token' });
    expect(config.vendors.zendesk).toEqual({ url: 'https://acme.zendesk.com', email: 'a@acme.com', token: 'secret-token' });
    try {
      loadConfig({ ZENDESK_URL: 'not a url', ZENDESK_TOKEN: 'secret-token' });
    } catch (error) {
      expect(String(error)).not.toContain('secret-token');
    }
  });

  it('refuses Zendesk credentials without a URL, naming the URL', () => {
    expect(issues({ ZENDESK_TOKEN: 'secret-token' })).toEqual(['ZENDESK_URL']);
  });

  it('parses API keys into roles', () => {
    const config = loadConfig({ SWITCHBOARD_API_KEYS: 'admin:0123456789abcdef01, viewer:fedcba9876543210ff' });
    expect([...config.apiKeys]).toEqual([
      ['0123456789abcdef01', 'admin'],
      ['fedcba9876543210ff', 'viewer'],
    ]);
  });
});

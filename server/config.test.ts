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

describe('configuration sources and reporting', () => {
  const files: Record<string, string> = {
    '/etc/switchboard.config.yaml': 'PORT: 4100\nSWITCHBOARD_VENDORS: [zendesk, bomgar]\nSYNC_INTERVAL_MS: 0\n',
    '/etc/typo.config.yaml': 'PORTT: 4100\n',
    '/etc/bad.config.yaml': 'PORT: eighty\nJWT_SECRET: tooshort-s3cr3t\n',
    '/run/secrets/jwt': `${'j'.repeat(40)}\n`,
  };
  const readFile = (path: string) => {
    if (path in files) return files[path]!;
    throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  };
  const refusal = (env: Record<string, string>, options = {}) => {
    try {
      loadConfig(env, { readFile, ...options });
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    return '';
  };

  it('reads the configuration file under the environment, and secrets from their _FILE', () => {
    const config = loadConfig({ SWITCHBOARD_CONFIG: '/etc/switchboard.config.yaml', PORT: '4200', JWT_SECRET_FILE: '/run/secrets/jwt' }, { readFile });
    expect(config.port).toBe(4200);
    expect(config.enabledVendors).toEqual(['zendesk', 'bomgar']);
    expect(config.syncIntervalMs).toBe(0);
    expect(config.jwt?.secret).toBe('j'.repeat(40));
    expect(config.credentials).toContain('j'.repeat(40));
  });

  it('refuses a file key that is no setting, naming the closest', () => {
    expect(refusal({ SWITCHBOARD_CONFIG: '/etc/typo.config.yaml' })).toContain('PORTT: in /etc/typo.config.yaml: not a setting (did you mean PORT?)');
    expect(refusal({ SWITCHBOARD_CONFIG: '/etc/missing.yaml' })).toContain('SWITCHBOARD_CONFIG: cannot read /etc/missing.yaml (ENOENT)');
    expect(refusal({ METRICS_TOKEN_FILE: '/run/secrets/none' })).toContain('METRICS_TOKEN_FILE: cannot read /run/secrets/none (ENOENT)');
    // A refused value from the file says so; a secret's is not quoted there either.
    const fromFile = refusal({ SWITCHBOARD_CONFIG: '/etc/bad.config.yaml' });
    expect(fromFile).toContain('PORT: must be a whole number from 0 to 65535 (got "eighty" in /etc/bad.config.yaml)');
    expect(fromFile).toContain('JWT_SECRET: must be at least 32 bytes (HS256 needs a key as long as its hash) (in /etc/bad.config.yaml)');
    expect(fromFile).not.toContain('tooshort-s3cr3t');
  });

  it('says what is wrong in our words, quoting the value unless it is a secret', () => {
    const message = refusal({ PORT: 'eighty', UPSTREAM_RETRIES: '11', REDIS_URL: 'http://u:pa55word@redis', JWT_SECRET: 'tooshort-s3cr3t', ZENDESK_URL: 'zendesk.example.com' });
    expect(message).toContain('PORT: must be a whole number from 0 to 65535 (got "eighty")');
    expect(message).toContain('UPSTREAM_RETRIES: must be a whole number from 0 to 10 (got "11")');
    expect(message).toContain('REDIS_URL: must be a redis:// or rediss:// URL (got "http://u:***@redis")');
    expect(message).toContain('ZENDESK_URL: must be an http:// or https:// URL (got "zendesk.example.com")');
    expect(message).toMatch(/JWT_SECRET: must be at least 32 bytes/);
    expect(message).not.toMatch(/tooshort-s3cr3t|pa55word/);
  });

  it('names every problem in one run: bad values, accounts, and what serving in production needs', () => {
    const message = refusal({ NODE_ENV: 'production', PORT: '-1', SWITCHBOARD_VENDORS: 'zendesk,bomgar', BOMGAR_URL: 'https://support.example.com', JWT_ISSUER: 'me' }, { serving: true });
    expect(message.split('\n').slice(1).map((line) => line.trim().split(':')[0])).toEqual([
      'PORT',
      'BOMGAR_CLIENT_ID',
      'JWT_SECRET',
      'ZENDESK_URL',
      'ZENDESK_EMAIL',
      'ZENDESK_TOKEN',
      'SWITCHBOARD_API_KEYS',
    ]);
    // Without `serving`, other commands (sync, backup) need no keys and no URLs.
    expect(issues({ NODE_ENV: 'production' })).toEqual([]);
    expect(refusal({ HOST: '0.0.0.0' }, { serving: true })).toContain('SWITCHBOARD_API_KEYS: required when HOST (0.0.0.0) is not a loopback address');
  });

  it('warns about a variable that looks like a setting, with the closest name, and lists it beside any refusal', () => {
    expect(loadConfig({ ZENDSK_URL: 'https://acme.zendesk.com', RATE_LIMT_PER_MINUTE: '60', HOME: '/root' }).warnings).toEqual([
      'ZENDSK_URL: not a setting, ignored (did you mean ZENDESK_URL?)',
      'RATE_LIMT_PER_MINUTE: not a setting, ignored (did you mean RATE_LIMIT_PER_MINUTE?)',
    ]);
    expect(refusal({ ZENDSK_URL: 'https://acme.zendesk.com', ZENDESK_TOKEN: 'secret-token' })).toContain('ZENDSK_URL: not a setting, ignored (did you mean ZENDESK_URL?)');
  });
});

describe('configuration rules across variables', () => {
  it('do not repeat a refusal: a refused URL or an unreadable secret file is named once', () => {
    expect(issues({ ZENDESK_URL: 'zendesk.example.com', ZENDESK_EMAIL: 'a@acme.com', ZENDESK_TOKEN: 'secret-token' })).toEqual(['ZENDESK_URL']);
    expect(issues({ ZENDESK_URL: 'https://acme.zendesk.com', ZENDESK_EMAIL: 'a@acme.com', ZENDESK_TOKEN_FILE: '/nonexistent/token' })).toEqual(['ZENDESK_TOKEN_FILE']);
  });
});

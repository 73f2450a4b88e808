import { describe, expect, it } from 'vitest';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from './config.js';
import { createLogger, prettyLogs } from './logger.js';

describe('pretty logs (pino-pretty)', () => {
  it('are printed in development on a terminal, or when LOG_FORMAT=pretty, and never in production', () => {
    expect(prettyLogs({ env: 'development' }, true)).toBe(true);
    expect(prettyLogs({ env: 'development' }, false)).toBe(false);
    expect(prettyLogs({ env: 'development', logFormat: 'json' }, true)).toBe(false);
    expect(prettyLogs({ env: 'test' }, true)).toBe(false);
    expect(prettyLogs({ env: 'test', logFormat: 'pretty' }, false)).toBe(true);
    expect(prettyLogs({ env: 'production' }, true)).toBe(false);
    expect(prettyLogs({ env: 'production', logFormat: 'pretty' }, true)).toBe(false);
  });

  it('read as lines, with credentials scrubbed as in JSON', () => {
    const lines: string[] = [];
    const log = createLogger(
      { env: 'development', logFormat: 'pretty', logLevel: 'info', credentials: ['s3cret-vendor-password'] },
      { destination: { write: (line: string) => void lines.push(line) }, terminal: false },
    );
    log.info({ vendor: 'bomgar' }, 'signed in with s3cret-vendor-password');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[[\d:.]+\] INFO: signed in with \[redacted\] \{"vendor":"bomgar"\}\n$/);
  });

  it('are refused in production by the configuration', () => {
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({}).logFormat).toBe('auto');
    const refused = (() => {
      try {
        loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as Error).message).toContain('LOG_FORMAT: pretty is for development');
    expect(() => loadConfig({ LOG_FORMAT: 'fancy' })).toThrow(/LOG_FORMAT: must be auto, json or pretty/);
  });
});

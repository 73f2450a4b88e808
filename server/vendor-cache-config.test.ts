import { describe, expect, it } from 'vitest';
import { SHARED_RESOURCES } from '../adapters/index.js';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig, resourceTtlVariable } from './config.js';

describe('the shared vendor reads’ configuration', () => {
  it('shares for 2 s, at most 256 reads, with no resource of its own TTL, when nothing is set', () => {
    expect(loadConfig({}).vendorCache).toEqual({ ttlMs: 2000, resourceTtlMs: {}, maxEntries: 256 });
  });

  it('names one TTL variable per resource the registry shares, and reads each by vendor/resource', () => {
    const names = SHARED_RESOURCES.map(({ vendor, resource }) => resourceTtlVariable(vendor, resource));
    expect(names).toEqual(expect.arrayContaining(['VENDOR_CACHE_TTL_BOMGAR_SESSIONS', 'VENDOR_CACHE_TTL_GOTO_ASSIST_SESSIONS', 'VENDOR_CACHE_TTL_AMEYO_AGENT_STATES']));
    expect(new Set(names).size).toBe(names.length);
    const config = loadConfig({ VENDOR_CACHE_TTL_MS: '0', VENDOR_CACHE_TTL_BOMGAR_SESSIONS: '5000', VENDOR_CACHE_TTL_AMEYO_AGENT_STATES: '0', VENDOR_CACHE_MAX_ENTRIES: '10' });
    expect(config.vendorCache).toEqual({ ttlMs: 0, resourceTtlMs: { 'bomgar/sessions': 5000, 'ameyo/agent-states': 0 }, maxEntries: 10 });
  });

  it('refuses wrong values, naming each variable with the others’ issues', () => {
    try {
      loadConfig({ VENDOR_CACHE_TTL_MS: '-1', VENDOR_CACHE_TTL_BOMGAR_REPS: 'soon', VENDOR_CACHE_MAX_ENTRIES: '0', PORT: '70000' });
      expect.unreachable('loadConfig accepted them');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.variable).sort()).toEqual(['PORT', 'VENDOR_CACHE_MAX_ENTRIES', 'VENDOR_CACHE_TTL_BOMGAR_REPS', 'VENDOR_CACHE_TTL_MS']);
    }
  });
});

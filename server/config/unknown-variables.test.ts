import { describe, expect, it } from 'vitest';
import { unknownVariables } from './unknown-variables.js';

const known = new Set(['HOST', 'PORT', 'NODE_ENV', 'LOG_LEVEL', 'ZENDESK_URL', 'ZENDESK_TOKEN', 'RATE_LIMIT_PER_MINUTE', 'REDIS_URL', 'SWITCHBOARD_API_KEYS']);
const prefixes = ['ZENDESK_', 'RATE_LIMIT', 'REDIS_', 'SWITCHBOARD_'];

describe('unknownVariables', () => {
  it('names a misspelt setting with the closest known name', () => {
    expect(unknownVariables(['ZENDSK_URL', 'RATE_LIMT_PER_MINUTE', 'LOG_LEVL'], known, prefixes)).toEqual([
      { variable: 'ZENDSK_URL', closest: 'ZENDESK_URL' },
      { variable: 'RATE_LIMT_PER_MINUTE', closest: 'RATE_LIMIT_PER_MINUTE' },
      { variable: 'LOG_LEVL', closest: 'LOG_LEVEL' },
    ]);
  });

  it('names any variable with one of our prefixes, however far from a known name', () => {
    expect(unknownVariables(['ZENDESK_SUBDOMAIN', 'REDIS_PASSWORD_X'], known, prefixes).map((found) => found.variable)).toEqual(['ZENDESK_SUBDOMAIN', 'REDIS_PASSWORD_X']);
  });

  it('names a known setting in the wrong case, and no other lower-case name', () => {
    expect(unknownVariables(['zendesk_url', 'npm_config_cache', 'Port_x'], known, prefixes)).toEqual([{ variable: 'zendesk_url', closest: 'ZENDESK_URL' }]);
  });

  it('leaves known names, the usual environment and Kubernetes service links alone', () => {
    const environment = ['HOST', 'ZENDESK_TOKEN', 'HOME', 'PATH', 'PWD', 'TERM', 'SHELL', 'HOSTNAME', 'LANG', 'USER', 'NODE_OPTIONS', 'LOGNAME', 'SHLVL', 'OLDPWD', 'TZ'];
    const serviceLinks = ['REDIS_PORT', 'REDIS_SERVICE_HOST', 'REDIS_SERVICE_PORT', 'REDIS_PORT_6379_TCP', 'REDIS_PORT_6379_TCP_ADDR', 'SWITCHBOARD_SERVICE_PORT_HTTP'];
    expect(unknownVariables([...environment, ...serviceLinks], known, prefixes)).toEqual([]);
  });
});

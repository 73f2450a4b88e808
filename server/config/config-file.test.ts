import { describe, expect, it } from 'vitest';
import { readConfigFile } from './config-file.js';

const reader = (files: Record<string, string>) => (path: string) => {
  if (path in files) return files[path]!;
  throw Object.assign(new Error('nope'), { code: 'ENOENT' });
};

describe('readConfigFile', () => {
  it('turns a YAML mapping into the strings the environment would hold', () => {
    const yaml = ['PORT: 4100', 'TRUSTED_DOCUMENTS: true', 'SWITCHBOARD_VENDORS: [zendesk, bomgar]', 'SESSION_LINK_INDEX: on', 'LIVE_ALERT_RULES:', '  - kind: QUEUE_WAITING', '    threshold: 5', 'JWT_ISSUER: ~'].join('\n');
    expect(readConfigFile('/etc/switchboard.config.yaml', reader({ '/etc/switchboard.config.yaml': yaml }))).toEqual({
      values: { PORT: '4100', TRUSTED_DOCUMENTS: 'true', SWITCHBOARD_VENDORS: 'zendesk,bomgar', SESSION_LINK_INDEX: 'on', LIVE_ALERT_RULES: '[{"kind":"QUEUE_WAITING","threshold":5}]' },
      issues: [],
    });
  });

  it('reads JSON, and an empty file as no settings', () => {
    expect(readConfigFile('c.json', reader({ 'c.json': '{"PORT": 1, "HOST": "0.0.0.0"}' })).values).toEqual({ PORT: '1', HOST: '0.0.0.0' });
    expect(readConfigFile('c.yml', reader({ 'c.yml': '# nothing yet\n' }))).toEqual({ values: {}, issues: [] });
  });

  it('names SWITCHBOARD_CONFIG for a file it cannot use', () => {
    const messages = (path: string, files: Record<string, string> = {}) => readConfigFile(path, reader(files)).issues.map((issue) => `${issue.variable}: ${issue.message}`);
    expect(messages('missing.yaml')).toEqual(['SWITCHBOARD_CONFIG: cannot read missing.yaml (ENOENT)']);
    expect(messages('c.toml')).toEqual(['SWITCHBOARD_CONFIG: c.toml: must be a .yaml, .yml or .json file']);
    expect(messages('c.yaml', { 'c.yaml': 'PORT: [1\n' })[0]).toMatch(/^SWITCHBOARD_CONFIG: c\.yaml is not valid YAML: .* at line 2, column 1$/);
    expect(messages('c.json', { 'c.json': '{"PORT":' })[0]).toMatch(/^SWITCHBOARD_CONFIG: c\.json is not valid JSON/);
    expect(messages('c.yaml', { 'c.yaml': '- PORT\n' })).toEqual(['SWITCHBOARD_CONFIG: c.yaml must hold one mapping of settings (PORT: 4000, ...)']);
  });
});

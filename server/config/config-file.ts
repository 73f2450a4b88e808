import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';

// The YAML parser is loaded only when a YAML file is read (~25 ms that a start without one does not pay).
const loadYaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');
import type { ConfigIssue } from '../../domain/config-error.js';

/**
 * The settings of a configuration file (SWITCHBOARD_CONFIG or `--config`): `.yaml`/`.yml` or `.json`,
 * one mapping whose keys are the environment variables' names (flat). Values become the strings the
 * environment would hold: numbers and booleans as written, a list of plain values comma-separated
 * (`SWITCHBOARD_VENDORS: [zendesk, bomgar]`), any other list or mapping as JSON (`LIVE_ALERT_RULES`);
 * null leaves a setting unset. What cannot be read or parsed is an issue naming SWITCHBOARD_CONFIG.
 */
export function readConfigFile(path: string, read: (path: string) => string = (file) => readFileSync(file, 'utf8')): { values: Record<string, string>; issues: ConfigIssue[] } {
  const refuse = (message: string) => ({ values: {}, issues: [{ variable: 'SWITCHBOARD_CONFIG', message }] });
  const kind = extname(path).toLowerCase();
  if (!['.yaml', '.yml', '.json'].includes(kind)) return refuse(`${path}: must be a .yaml, .yml or .json file`);
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    return refuse(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  let document: unknown;
  try {
    document = kind === '.json' ? JSON.parse(text) : loadYaml().parse(text);
  } catch (error) {
    return refuse(`${path} is not valid ${kind === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`);
  }
  if (document === null || document === undefined) return { values: {}, issues: [] };
  if (typeof document !== 'object' || Array.isArray(document)) return refuse(`${path} must hold one mapping of settings (PORT: 4000, ...)`);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(document)) {
    const text = settingText(value);
    if (text !== undefined) values[key] = text;
  }
  return { values, issues: [] };
}

function settingText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) return value.join(',');
  return JSON.stringify(value);
}

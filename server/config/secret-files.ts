import { readFileSync } from 'node:fs';
import type { ConfigIssue } from '../../domain/config-error.js';

/** How a secret's file is read; tests pass their own. */
export type ReadSecretFile = (path: string) => string;

/**
 * Merges configuration layers (lowest first: the configuration file, then the environment) into one
 * map, where each secret may be given as `<NAME>_FILE`, the path of a file holding it (the container and
 * Kubernetes secrets convention). The highest layer that sets a secret either way wins; its file is read
 * once, here, with one trailing newline dropped. A layer setting both forms, a file that cannot be read or
 * an empty file is an issue naming the `_FILE` variable and the path, never the content.
 */
export function withSecretFiles(
  layers: readonly Readonly<Record<string, string>>[],
  secrets: readonly string[],
  read: ReadSecretFile = (path) => readFileSync(path, 'utf8'),
): { values: Record<string, string>; issues: ConfigIssue[] } {
  const values: Record<string, string> = {};
  const files = new Map<string, string>();
  const issues: ConfigIssue[] = [];
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer)) if (!(name.endsWith('_FILE') && secrets.includes(name.slice(0, -'_FILE'.length)))) values[name] = value;
    for (const secret of secrets) {
      const path = layer[`${secret}_FILE`];
      if (path === undefined) {
        if (layer[secret] !== undefined) files.delete(secret);
        continue;
      }
      if (layer[secret] !== undefined) issues.push({ variable: `${secret}_FILE`, message: `set ${secret} or ${secret}_FILE, not both` });
      files.set(secret, path);
      delete values[secret];
    }
  }
  for (const [secret, path] of files) {
    const variable = `${secret}_FILE`;
    let content: string;
    try {
      content = read(path).replace(/\r?\n$/, '');
    } catch (error) {
      issues.push({ variable, message: `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` });
      continue;
    }
    if (content === '') issues.push({ variable, message: `${path} is empty` });
    else values[secret] = content;
  }
  return { values, issues };
}

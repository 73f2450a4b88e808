import { describe, expect, it } from 'vitest';
import { withSecretFiles } from './secret-files.js';

const files: Record<string, string> = { '/run/secrets/jwt': 'from-file\n', '/run/secrets/empty': '\n', '/run/secrets/crlf': 'windows\r\n' };
const read = (path: string): string => {
  if (path in files) return files[path]!;
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
};

describe('withSecretFiles', () => {
  it('reads a secret from its _FILE once, trailing newline dropped, and keeps the other variables', () => {
    const { values, issues } = withSecretFiles([{ PORT: '1', JWT_SECRET_FILE: '/run/secrets/jwt' }], ['JWT_SECRET'], read);
    expect(issues).toEqual([]);
    expect(values).toEqual({ PORT: '1', JWT_SECRET: 'from-file' });
    expect(withSecretFiles([{ X_FILE: '/run/secrets/crlf' }], ['X'], read).values).toEqual({ X: 'windows' });
  });

  it('lets the higher layer win, whichever form it uses', () => {
    expect(withSecretFiles([{ JWT_SECRET: 'in-the-file' }, { JWT_SECRET_FILE: '/run/secrets/jwt' }], ['JWT_SECRET'], read).values).toEqual({ JWT_SECRET: 'from-file' });
    expect(withSecretFiles([{ JWT_SECRET_FILE: '/missing' }, { JWT_SECRET: 'from-env' }], ['JWT_SECRET'], read)).toEqual({ values: { JWT_SECRET: 'from-env' }, issues: [] });
  });

  it('names the variable and the path of a file it cannot use, never a value', () => {
    const { issues } = withSecretFiles([{ A_FILE: '/missing', B_FILE: '/run/secrets/empty', C: 'inline', C_FILE: '/run/secrets/jwt' }], ['A', 'B', 'C'], read);
    expect(issues).toEqual([
      { variable: 'C_FILE', message: 'set C or C_FILE, not both' },
      { variable: 'A_FILE', message: 'cannot read /missing (ENOENT)' },
      { variable: 'B_FILE', message: '/run/secrets/empty is empty' },
    ]);
    expect(JSON.stringify(issues)).not.toContain('from-file');
  });

  it('leaves a _FILE that is not a secret’s alone', () => {
    expect(withSecretFiles([{ PORT_FILE: '/x' }], ['JWT_SECRET'], read).values).toEqual({ PORT_FILE: '/x' });
  });
});

/** One refused configuration variable (or command-line option) and why. Never carries the value. */
export interface ConfigIssue {
  /** The variable as the operator sets it: `ZENDESK_URL`, `SWITCHBOARD_VENDORS`, `--since`. */
  variable: string;
  message: string;
}

/**
 * Configuration the gateway cannot start with: every issue found, each naming its variable.
 * `switchboard` prints it and exits with status 2.
 */
export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

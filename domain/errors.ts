/**
 * Domain errors the services throw and the schema turns into typed results.
 * They carry only what the caller may see: never vendor credentials or internals.
 */

export interface FieldIssue {
  /** The input field, as a dotted path from the argument: `input.subject`, `input.requester.email`. */
  field: string;
  message: string;
}

/** Bad input: one or more fields fail validation, here or at the vendor (Zendesk's `details`). */
export class InputError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
    this.name = 'InputError';
  }

  /** From standard-schema issues (zod, the Pothos validation plugin). */
  static fromIssues(issues: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> }>): InputError {
    return new InputError(
      issues.map((issue) => ({
        field: (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.') || 'input',
        message: issue.message,
      })),
    );
  }
}

/** A record the caller named does not exist at its vendor. */
export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}

/**
 * A field or record of a vendor SWITCHBOARD_VENDORS leaves out: this gateway never calls it.
 * `vendor` is the upstream (`gotomeeting`), `setting` its SWITCHBOARD_VENDORS name (`goto`).
 */
export class VendorDisabledError extends Error {
  constructor(
    readonly vendor: string,
    readonly setting: string,
  ) {
    super(`${setting} is not enabled on this gateway (SWITCHBOARD_VENDORS)`);
    this.name = 'VendorDisabledError';
  }
}

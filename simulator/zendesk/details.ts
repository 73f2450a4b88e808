import { SYSTEM_FIELDS } from './constants.js';
import type { ErrorCode, ErrorDetails } from './errors.js';

/** Collects RecordInvalid `details` while validating one request body. */
export class DetailsCollector {
  readonly details: ErrorDetails = {};

  add(key: string, description: string, error: ErrorCode): void {
    (this.details[key] ??= []).push({ description, error });
  }

  /**
   * A system ticket field error. The real API files these under `base`, names the field in the
   * description ("Priority: is invalid") and adds the field's id and type.
   */
  addSystemField(field: keyof typeof SYSTEM_FIELDS, message: string, error: ErrorCode): void {
    const info = SYSTEM_FIELDS[field];
    (this.details.base ??= []).push({
      description: `${info.label}: ${message}`,
      error,
      ticket_field_id: info.id,
      ticket_field_type: info.type,
    });
  }

  get empty(): boolean {
    return Object.keys(this.details).length === 0;
  }
}

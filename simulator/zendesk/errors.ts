import { JSON_CONTENT_TYPE, TEXT_CONTENT_TYPE, jsonReply, type VendorReply } from '../core/reply.js';

/** Zendesk's error responses, in the shapes the real API sends (see simulator/zendesk/README.md). */

export type ErrorCode = 'BlankValue' | 'InvalidValue' | 'InvalidFormat' | 'DuplicateValue' | 'ClosedTicket';
export interface FieldError {
  description: string;
  error: ErrorCode;
  /** Set for system ticket fields (real errors for them sit under `base` and carry these). */
  ticket_field_id?: number;
  ticket_field_type?: string;
}
export type ErrorDetails = Record<string, FieldError[]>;

export function recordInvalid(details: ErrorDetails): VendorReply {
  return jsonReply(422, { error: 'RecordInvalid', description: 'Record validation errors', details });
}

export function recordNotFound(): VendorReply {
  return jsonReply(404, { error: 'RecordNotFound', description: 'Not found' });
}

export function invalidEndpoint(): VendorReply {
  return jsonReply(404, { error: 'InvalidEndpoint', description: 'Not found' });
}

export function unauthorized(): VendorReply {
  return jsonReply(401, { error: "Couldn't authenticate you" }, { 'WWW-Authenticate': 'Basic realm="Web Password"' });
}

/** The real 403 body (quoted from live probes in CloudSecurityAlliance/csa-zendesk). */
export function forbidden(): VendorReply {
  return jsonReply(403, {
    error: {
      title: 'Forbidden',
      message: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
    },
  });
}

/** A required top-level key (`ticket`, `user`) is missing from the body. */
export function parameterMissing(name: string): VendorReply {
  return jsonReply(400, { error: 'ParameterMissing', description: `param is missing or the value is empty: ${name}` });
}

export function invalidJson(detail: string): VendorReply {
  return jsonReply(400, { error: 'InvalidJSON', description: `The request body is not valid JSON: ${detail}` });
}

/** Offset pagination past the first 10,000 records (real since August 2023). */
export function paginationTooDeep(): VendorReply {
  return jsonReply(400, {
    errors: [
      {
        code: 'InvalidPaginationDepth',
        title: 'Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)',
        detail: 'There are limits to the depth of offset pagination. Use cursor pagination (page[size]) to read further.',
      },
    ],
  });
}

/** Bad `page[size]` or cursor (modeled: the real wording is not public). */
export function invalidPaginationParameter(description: string): VendorReply {
  return jsonReply(400, { error: 'InvalidPaginationParameter', description });
}

/** `page[size]` on an endpoint that only pages by offset (search), as the real API words it. */
export function pageMustBeInteger(endpoint: string): VendorReply {
  return jsonReply(400, {
    error: { title: 'Invalid attribute', message: `You passed an invalid value for the page attribute. Invalid parameter: page must be an integer from ${endpoint}` },
  });
}

/** Search pages past the first 1,000 results. */
export function searchTooDeep(): VendorReply {
  return jsonReply(422, { error: 'invalid', description: 'Invalid search: Requested response size was greater than Search Response Limits' });
}

export function invalidValue(description: string): VendorReply {
  return jsonReply(400, { error: 'InvalidValue', description });
}

/** 429 of the account limit: a plain-text body and `Retry-After` (the only response that carries it). */
export function tooManyRequests(retryAfterSeconds: number): VendorReply {
  return {
    status: 429,
    headers: { 'Content-Type': TEXT_CONTENT_TYPE, 'Retry-After': retryAfterSeconds },
    body: 'Number of allowed API requests per minute exceeded',
  };
}

/** 429 of the incremental exports' own limit: JSON, unlike the account's. */
export function incrementalExportsLimited(retryAfterSeconds: number): VendorReply {
  return jsonReply(
    429,
    { error: 'APIRateLimitExceeded', description: 'Number of allowed incremental export API requests per minute exceeded' },
    { 'Retry-After': retryAfterSeconds },
  );
}

/** A token whose scopes do not cover the request: the documented "Forbidden" (body as the 403 above). */
export function outOfScope(): VendorReply {
  return forbidden();
}

const REASONS: Record<number, [string, string]> = {
  400: ['BadRequest', 'Bad request'],
  409: ['Conflict', 'The request conflicts with a concurrent change. Please retry.'],
  500: ['InternalServerError', 'Something went wrong. Please try again later.'],
  502: ['BadGateway', 'Bad gateway'],
  503: ['ServiceUnavailable', 'Service temporarily unavailable. Please try again later.'],
  504: ['GatewayTimeout', 'Gateway timeout'],
};

/** Zendesk's body for an injected status (faults without a body of their own). */
export function statusReply(status: number, retryAfter: number | undefined): VendorReply {
  switch (status) {
    case 401:
      return unauthorized();
    case 403:
      return forbidden();
    case 404:
      return recordNotFound();
    case 422:
      return recordInvalid({});
    case 429:
      return tooManyRequests(retryAfter ?? 1);
  }
  const [error, description] = REASONS[status] ?? [`Status${status}`, `HTTP ${status}`];
  const headers: Record<string, string | number> = { 'Content-Type': JSON_CONTENT_TYPE };
  // The real API also sends Retry-After with 503 (maintenance / load shedding).
  if (status === 503 && retryAfter !== undefined) headers['Retry-After'] = retryAfter;
  return { status, headers, body: JSON.stringify({ error, description }) };
}

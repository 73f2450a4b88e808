import { DevKeySchema } from './dev-key.js';
import { VendorLinkSchema } from './vendor-link.js';
import { CallSchema } from './call.js';
import { HISTORY_ENTITIES } from './history.js';
import { AlertRuleSchema } from './alert-rule.js';
import { AlertAcknowledgementSchema } from './alert-acknowledgement.js';
import { SessionLinkSchema } from './session-link.js';
import { SessionIndexMarkSchema } from './session-index-mark.js';
import { IdempotencyKeySchema } from './idempotency-key.js';
import { SyncLockSchema } from './sync-lock.js';

export { DEV_KEY_ROLES, DevKeySchema, type DevKey, type DevKeyRole } from './dev-key.js';
export { VENDOR_LINK_IDENTITY, VendorLinkSchema, type VendorLink } from './vendor-link.js';
export { CallSchema, type CallRecord } from './call.js';
export * from './history.js';
export { AlertRuleSchema, type AlertRuleRecord } from './alert-rule.js';
export { AlertAcknowledgementSchema, type AlertAcknowledgementRecord } from './alert-acknowledgement.js';
export { SessionLinkSchema, type SessionLink } from './session-link.js';
export { SessionIndexMarkSchema, type SessionIndexMark } from './session-index-mark.js';
export { IdempotencyKeySchema, type IdempotencyKeyRecord, type IdempotencyKeyState } from './idempotency-key.js';
export { SyncLockSchema, type SyncLock } from './sync-lock.js';

/** Every entity the ORM knows; add new ones here (and a migration in store/migrations/). */
export const ENTITIES = [DevKeySchema, VendorLinkSchema, CallSchema, ...HISTORY_ENTITIES, AlertRuleSchema, SessionLinkSchema, SessionIndexMarkSchema, IdempotencyKeySchema, SyncLockSchema, AlertAcknowledgementSchema];

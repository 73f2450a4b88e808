import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AlertAcknowledgementSchema, type AlertAcknowledgementRecord } from './entities/alert-acknowledgement.js';
import type { EntityManager } from './sql-types.js';

export type NewAlertAcknowledgement = Omit<AlertAcknowledgementRecord, 'id'>;

/**
 * Stores an acknowledgement of one firing; when that firing was acknowledged already (two managers at once),
 * the one stored first stands and is returned.
 */
export async function insertAlertAcknowledgement(em: EntityManager, ack: NewAlertAcknowledgement): Promise<AlertAcknowledgementRecord> {
  try {
    const fork = em.fork();
    const record = fork.create(AlertAcknowledgementSchema, ack);
    await fork.persistAndFlush(record);
    return record;
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    return em.fork().findOneOrFail(AlertAcknowledgementSchema, { alertId: ack.alertId, firedAt: ack.firedAt });
  }
}

/** The stored acknowledgements of these alert ids (of any firing). */
export function listAlertAcknowledgements(em: EntityManager, alertIds: readonly string[]): Promise<AlertAcknowledgementRecord[]> {
  if (alertIds.length === 0) return Promise.resolve([]);
  return em.fork().find(AlertAcknowledgementSchema, { alertId: { $in: [...alertIds] } });
}

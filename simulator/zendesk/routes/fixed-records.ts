import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { pathId, type ApiContext } from '../api-context.js';
import { recordNotFound } from '../errors.js';
import { pagedList } from '../paged-list.js';

export interface FixedRecords<T extends { id: number }> {
  /** The collection: path segment and list key (`organizations`). */
  plural: string;
  /** The key of one record's answer (`organization`). */
  singular: string;
  records: readonly T[];
  toJson: (record: T, baseUrl: string) => unknown;
}

/** `GET /<plural>` (cursor or offset, by id) and `GET /<plural>/{id}` over the account's fixed, read-only records. */
export function registerFixedRecords<T extends { id: number }>(router: Router<ApiContext>, spec: FixedRecords<T>): void {
  router
    .add('GET', `/api/v2/${spec.plural}`, (req) => pagedList(req, spec.plural, [...spec.records], { key: (r) => r.id, toJson: (r) => spec.toJson(r, req.baseUrl) }))
    .add('GET', `/api/v2/${spec.plural}/:id`, (req, params) => {
      const record = spec.records.find((r) => r.id === pathId(params.id));
      return record ? jsonReply(200, { [spec.singular]: spec.toJson(record, req.baseUrl) }) : recordNotFound();
    });
}

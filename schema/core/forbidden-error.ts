import { GraphQLError } from 'graphql';
import type { Role } from '../../domain/roles.js';

/** The caller's role is below what a field declares. */
export class ForbiddenError extends GraphQLError {
  constructor(field: string, role: Role | null) {
    super(`Your role (${role ?? 'none'}) may not use ${field}`, { extensions: { code: 'FORBIDDEN' } });
    this.name = 'ForbiddenError';
  }
}

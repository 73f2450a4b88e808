import { InputError, NotFoundError, type FieldIssue } from '../../domain/errors.js';
import { VIEWER } from './access.js';
import { builder } from './builder.js';

/** What every typed error in a mutation result has in common. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({
    message: t.exposeString('message', { authScopes: VIEWER, nullable: false }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One input field that failed validation.',
  fields: (t) => ({
    field: t.exposeString('field', { authScopes: VIEWER, nullable: false, description: 'Dotted path of the input field, e.g. input.requester.email.' }),
    message: t.exposeString('message', { authScopes: VIEWER, nullable: false }),
  }),
});

builder.objectType(InputError, {
  name: 'ValidationError',
  description: 'The input was refused; each issue names the field.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ authScopes: VIEWER, type: [FieldIssueRef], nullable: false, resolve: (error) => error.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The record the input named does not exist.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    resource: t.exposeString('resource', { authScopes: VIEWER, nullable: false }),
    id: t.exposeString('id', { authScopes: VIEWER, nullable: false }),
  }),
});

import { InputError, NotFoundError, type FieldIssue } from '../../domain/errors.js';
import { VIEWER } from './access.js';
import { builder } from './builder.js';

/** What every typed error in a mutation result has in common. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({
    message: t.exposeString('message', { nullable: false }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One input field that failed validation.',
  authScopes: VIEWER,
  fields: (t) => ({
    field: t.exposeString('field', { nullable: false, description: 'Dotted path of the input field, e.g. input.requester.email.' }),
    message: t.exposeString('message', { nullable: false }),
  }),
});

builder.objectType(InputError, {
  name: 'ValidationError',
  description: 'The input was refused; each issue names the field.',
  interfaces: [ErrorInterface],
  authScopes: VIEWER,
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], nullable: false, resolve: (error) => error.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The record the input named does not exist.',
  interfaces: [ErrorInterface],
  authScopes: VIEWER,
  fields: (t) => ({
    resource: t.exposeString('resource', { nullable: false }),
    id: t.exposeString('id', { nullable: false }),
  }),
});

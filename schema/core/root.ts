import { builder } from './builder.js';

// The root operation types; each domain file adds its own fields to them. Root fields are
// nullable (lists too), so a vendor failing under one field nulls that field alone and the
// rest of the operation, another mutation's result included, still reaches the caller.
builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

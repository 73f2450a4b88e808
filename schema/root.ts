import { builder } from './builder.js';

// The root operation types; each domain file adds its own fields to them.
builder.queryType({});
builder.mutationType({});

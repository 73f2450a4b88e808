/**
 * What the operation limits and the rate limiter cost per request.
 *
 *   npm run bench:limits -- [--iterations 2000] [--redis redis://127.0.0.1:6379]
 *
 * Limits: for the costliest front-end operation (by the cost estimate with every page at 100) and
 * for a document right at the default token limit, the time graphql-js takes to parse and validate
 * it, and what the limits add on top: counting tokens and nesting before the parse, the depth and
 * alias rule during validation, the cost estimate before execution. Yoga caches parses and
 * validations per document text, so a repeated operation pays the first two only once; the cost
 * estimate runs on every request (it depends on the variables).
 *
 * Rate limiter: decisions per second in memory and, with --redis, in Redis (the Lua script, one
 * connection, sequential round trips and 50 in flight).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { getOperationAST, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { Redis } from 'ioredis';
import { schema } from '../schema/index.js';
import { estimateCost } from '../server/limits/cost.js';
import { DEFAULT_LIMITS } from '../server/limits/options.js';
import { shapeRules } from '../server/limits/shape-rules.js';
import { limitedParse } from '../server/limits/tokens.js';
import { loadTrustedDocuments } from '../server/limits/trusted-documents.js';
import { memoryRateLimiter } from '../server/rate-limit/memory-limiter.js';
import { redisRateLimiter } from '../server/rate-limit/redis-limiter.js';

const { values: args } = parseArgs({
  options: { iterations: { type: 'string', default: '2000' }, redis: { type: 'string' } },
});
const iterations = Number(args.iterations);

/** Mean microseconds per call of `fn` over `iterations` calls, after a warm-up. */
function timeIt(fn: () => unknown): number {
  for (let i = 0; i < Math.min(200, iterations); i++) fn();
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - started) / 1000 / iterations;
}

const largestPages = new Proxy({}, { get: () => 100 });
const costOf = (document: DocumentNode) => estimateCost(schema, document, getOperationAST(document)!, largestPages);

const texts = [...loadTrustedDocuments().values()];
const costliest = texts.map((text) => ({ text, cost: costOf(parse(text)) })).sort((a, b) => b.cost - a.cost)[0]!;
// Right at the token limit, the same field repeated: the worst case of graphql-js's field merging
// (OverlappingFieldsCanBeMergedRule compares same-named fields pairwise).
const atTokenLimit = `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens - 2)}}`;

const limitsParse = limitedParse(DEFAULT_LIMITS);
const rules = shapeRules(DEFAULT_LIMITS);
const rows: string[][] = [];
for (const [name, text] of [
  [`${getOperationAST(parse(costliest.text))!.name!.value} (cost ${costliest.cost})`, costliest.text],
  [`__typename × ${DEFAULT_LIMITS.maxTokens - 2} (token limit)`, atTokenLimit],
] as const) {
  const document = parse(text);
  rows.push([
    name,
    timeIt(() => parse(text)).toFixed(1),
    timeIt(() => limitsParse(text)).toFixed(1),
    timeIt(() => validate(schema, document, specifiedRules)).toFixed(1),
    timeIt(() => validate(schema, document, [...specifiedRules, ...rules])).toFixed(1),
    timeIt(() => costOf(document)).toFixed(1),
  ]);
}
console.log(`\nOperation limits, µs per call (mean of ${iterations}; compare each pair):`);
console.table(
  rows.map(([document, parseUs, limitedUs, validateUs, withRuleUs, costUs]) => ({
    document,
    parse: parseUs,
    'parse + token count': limitedUs,
    validate: validateUs,
    'validate + depth/alias rule': withRuleUs,
    'cost estimate': costUs,
  })),
);

const policy = { perMinute: 1_000_000_000, burst: 1_000_000_000 };
async function decisionsPerSecond(take: (key: string) => Promise<unknown>, concurrency: number, total: number): Promise<number> {
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        await take(`bench-${next % 100}`);
      }
    }),
  );
  return total / (Number(process.hrtime.bigint() - started) / 1e9);
}

const memory = memoryRateLimiter(policy);
const limiterRows: Record<string, string>[] = [
  { store: 'memory', 'in flight': '1', 'decisions/s': (await decisionsPerSecond((key) => memory.take(key), 1, 200_000)).toFixed(0) },
];
if (args.redis) {
  const redis = new Redis(args.redis);
  const prefix = `bench:${randomBytes(4).toString('hex')}:`;
  const limiter = redisRateLimiter(redis, policy, { prefix });
  for (const concurrency of [1, 50]) {
    limiterRows.push({
      store: 'redis',
      'in flight': String(concurrency),
      'decisions/s': (await decisionsPerSecond((key) => limiter.take(key), concurrency, 20_000)).toFixed(0),
    });
  }
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}
console.log('\nRate limiter:');
console.table(limiterRows);

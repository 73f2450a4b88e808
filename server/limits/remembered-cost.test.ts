import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost.js';
import { rememberedCost } from './remembered-cost.js';

const schema = buildSchema(`
  type Query { items(first: Int, last: Int): [Item!]! }
  type Item { name: String, tags(first: Int = 3): [String!]! }
`);

describe('rememberedCost', () => {
  it('answers as estimateCost does, for each value of the page-size variables', () => {
    const document = parse('query Q($n: Int, $unused: String) { items(first: $n) { name tags { __typename } } }');
    const operation = getOperationAST(document)!;
    const cost = rememberedCost();
    for (const variables of [{ n: 5 }, { n: 50 }, { n: 5, unused: 'a' }, {}, { n: 'five' }, null, { n: 50 }]) {
      expect(cost(schema, document, operation, variables), JSON.stringify(variables)).toBe(estimateCost(schema, document, operation, variables));
    }
  });

  it('walks a document again only for a page size it has not seen', () => {
    const document = parse('query Q($n: Int) { items(first: $n) { name } }');
    const operation = getOperationAST(document)!;
    const cost = rememberedCost();
    let walked = 0;
    const counting = (n: number) =>
      new Proxy({ n }, { get: (target, key) => (key === 'n' && walked++, Reflect.get(target, key)) });
    cost(schema, document, operation, counting(5));
    let before = walked;
    cost(schema, document, operation, counting(5));
    expect(walked - before).toBe(1); // the key's one read: no estimate
    before = walked;
    cost(schema, document, operation, counting(7));
    expect(walked - before).toBeGreaterThan(1); // the key's read, then the estimate's
  });
});

import type { Attributes, Span } from '@opentelemetry/api';
import { inSpan } from '../../clients/transport/in-span.js';

/**
 * Hands each page of a resource's listing to `each`, one span per page (`sync page`): the vendor
 * calls that read the page and what `each` does with it (its commit) are its children. As `for await`
 * does, the listing is closed when `each` throws, and not when the listing itself failed or ended.
 * The read that finds the end shows as a last span without records when it made calls.
 */
export async function forEachPage<P>(pages: AsyncIterable<P>, attributes: Attributes, each: (page: P, span: Span) => Promise<void>): Promise<void> {
  const iterator = pages[Symbol.asyncIterator]();
  let open = true;
  try {
    for (let number = 1; open; number++) {
      await inSpan('sync page', { attributes: { ...attributes, 'switchboard.sync.page': number } }, async (span) => {
        let next: IteratorResult<P>;
        try {
          next = await iterator.next();
        } catch (error) {
          open = false;
          throw error;
        }
        if (next.done) open = false;
        else await each(next.value, span);
      });
    }
  } finally {
    if (open) await iterator.return?.();
  }
}

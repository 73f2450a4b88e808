import type { EntityManager, Store } from '../store/index.js';

/**
 * The request's MikroORM fork, made when a field first uses it: most requests never reach the
 * store, and a fork (a unit of work, an identity map, copied filters and config) is a good part
 * of what a small request costs. Everything done through it is done by the one fork it makes,
 * its methods bound to that fork (so `em.find`, `em.transactional(...)` and passing `em` on work
 * as with the fork itself).
 */
export function lazyFork(store: Pick<Store, 'fork'>): EntityManager {
  let fork: EntityManager | undefined;
  const real = (): EntityManager => (fork ??= store.fork());
  return new Proxy({} as EntityManager, {
    get(_target, key) {
      const em = real();
      const value: unknown = Reflect.get(em, key, em);
      return typeof value === 'function' && key !== 'constructor' ? value.bind(em) : value;
    },
    set: (_target, key, value) => Reflect.set(real(), key, value),
    has: (_target, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The target holds nothing: a proxy may not report a non-configurable property it lacks.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

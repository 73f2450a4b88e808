import { describe, expect, it } from 'vitest';
import type { EntityManager } from '../store/index.js';
import { lazyFork } from './lazy-fork.js';

/** Stands for a MikroORM fork: private state its methods reach through `this`. */
class FakeFork {
  readonly #found: string[] = [];
  label = 'fork';
  find(what: string): string[] {
    this.#found.push(what);
    return [...this.#found];
  }
  run<T>(work: (em: FakeFork) => T): T {
    return work(this);
  }
}

function store() {
  const forks: FakeFork[] = [];
  return { forks, fork: () => (forks.push(new FakeFork()), forks.at(-1) as unknown as EntityManager) };
}

describe('lazyFork', () => {
  it('forks nothing until a field uses it, then one fork for every use', () => {
    const s = store();
    const em = lazyFork(s) as unknown as FakeFork;
    expect(s.forks).toHaveLength(0);
    expect(em.find('a')).toEqual(['a']);
    expect(em.find('b')).toEqual(['a', 'b']);
    expect(s.forks).toHaveLength(1);
  });

  it('behaves as the fork: its methods run on it (private state included), properties read and write through, instanceof holds', () => {
    const s = store();
    const em = lazyFork(s) as unknown as FakeFork;
    const { find } = em;
    expect(find('detached')).toEqual(['detached']);
    expect(em.run((inner) => inner)).toBe(s.forks[0]);
    em.label = 'renamed';
    expect(s.forks[0]!.label).toBe('renamed');
    expect('label' in em).toBe(true);
    expect(em).toBeInstanceOf(FakeFork);
    expect(em.constructor).toBe(FakeFork);
    expect(Object.keys(em)).toEqual(['label']);
  });
});

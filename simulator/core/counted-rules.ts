/** What every counted rule (a fault, a stub) carries once registered. */
export interface Counted {
  id: string;
  /** How many requests it has hit so far. */
  hits: number;
  /** Hits left when `times` was given (0: spent, no longer matches). */
  remaining?: number;
}

/**
 * The registered faults or stubs: ids (`f1`, `s1`, ... never reused until reset), hit counts and
 * `times` budgets, list/remove/clear for the admin API. Subclasses decide which rule a request takes.
 */
export class CountedRules<Spec extends { times?: number }> {
  readonly #prefix: string;
  protected rules: (Spec & Counted)[] = [];
  #nextId = 1;

  /** @param prefix the ids' prefix (`f` for faults, `s` for stubs) */
  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  get size(): number {
    return this.rules.length;
  }

  add(spec: Spec): Spec & Counted {
    const rule: Spec & Counted = { id: `${this.#prefix}${this.#nextId++}`, ...spec, hits: 0 };
    if (spec.times !== undefined) rule.remaining = spec.times;
    this.rules.push(rule);
    return { ...rule };
  }

  list(): (Spec & Counted)[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  /** Whether a rule has hits left. */
  protected live(rule: Counted): boolean {
    return rule.remaining === undefined || rule.remaining > 0;
  }

  /** Counts a hit on a rule. */
  protected hit(rule: Counted): void {
    rule.hits += 1;
    if (rule.remaining !== undefined) rule.remaining -= 1;
  }
}

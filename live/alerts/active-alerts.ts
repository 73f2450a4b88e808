import { isConditionKind, type LiveAlert } from '../../domain/alerts.js';

/**
 * The alerts firing now, as this instance heard them: a condition's FIRING stays until its RESOLVED
 * (same id); one-off events (ratings) are never kept. Every instance feeds it from the `liveAlerts`
 * topic, so each one answers `activeAlerts` and a new subscriber's first board alike.
 */
export class ActiveAlerts {
  readonly #firing = new Map<string, LiveAlert>();

  /** Takes one published alert. */
  apply(alert: LiveAlert): void {
    if (!isConditionKind(alert.rule.kind)) return;
    if (alert.state === 'RESOLVED') this.#firing.delete(alert.id);
    else this.#firing.set(alert.id, alert);
  }

  /** Adds what a board already calls for, where not known yet (an instance starting on stored snapshots). */
  seed(alerts: readonly LiveAlert[]): void {
    for (const alert of alerts) if (alert.state === 'FIRING' && !this.#firing.has(alert.id)) this.apply(alert);
  }

  has(id: string): boolean {
    return this.#firing.has(id);
  }

  /** Firing alerts, oldest first. */
  list(): LiveAlert[] {
    return [...this.#firing.values()].sort((a, b) => a.at.localeCompare(b.at));
  }
}

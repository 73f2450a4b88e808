import { describe, expect, it } from 'vitest';
import { outsideReplayWindow } from './replay-window.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const WINDOW = 300_000;

describe('outsideReplayWindow', () => {
  it('passes a timestamp within the window either way, edges included', () => {
    for (const skew of [0, 1, -1, WINDOW, -WINDOW]) expect(outsideReplayWindow(NOW - skew, NOW, WINDOW)).toBeNull();
  });

  it('refuses one a millisecond past the window, saying which way and by how much', () => {
    expect(outsideReplayWindow(NOW - WINDOW - 1, NOW, WINDOW)).toMatch(/300 s behind the gateway's clock.*300 s either way.*WEBHOOK_REPLAY_WINDOW_MS/);
    expect(outsideReplayWindow(NOW + 3_600_000, NOW, WINDOW)).toMatch(/3600 s ahead of the gateway's clock/);
  });

  it('refuses a timestamp from 2001', () => {
    expect(outsideReplayWindow(Date.parse('2001-09-09T01:46:40Z'), NOW, WINDOW)).toMatch(/behind/);
  });
});

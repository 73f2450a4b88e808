import { describe, expect, it } from 'vitest';
import { coveredSpan, inSpan, listedUntil, mergeSpan, uncoveredSpans, type Span } from './session-index-span.js';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, 0) + minute * 60_000);
const iso = (minute: number) => at(minute).toISOString();
const span = (from: number, to: number): Span => ({ from: at(from), to: at(to) });
const rules = { settleMs: 60_000, holdMaxMs: 12 * 60 * 60_000 };

describe('listedUntil', () => {
  it('stops a settle margin behind the newest start listed, never at our clock’s end of the window', () => {
    const until = listedUntil({ window: span(0, 600), sessions: [{ startedAt: iso(10), open: false }, { startedAt: iso(30), open: false }], known: null }, rules);
    expect(until).toEqual(at(29));
  });

  it('proves nothing from an empty listing of a window past what the vendor’s clock is known to have reached', () => {
    expect(listedUntil({ window: span(0, 600), sessions: [], known: null }, rules)).toBeNull();
    expect(listedUntil({ window: span(40, 600), sessions: [], known: at(40) }, rules)).toBeNull();
  });

  it('proves a whole window that ends before the known watermark, even an empty one', () => {
    expect(listedUntil({ window: span(0, 40), sessions: [], known: at(50) }, rules)).toEqual(at(40));
  });

  it('is held at the start of a session still running, and at the window’s start by one without a start', () => {
    const sessions = [{ startedAt: iso(10), open: false }, { startedAt: iso(20), open: true }, { startedAt: iso(30), open: false }];
    expect(listedUntil({ window: span(0, 600), sessions, known: null }, rules)).toEqual(at(20));
    expect(listedUntil({ window: span(5, 600), sessions: [...sessions, { startedAt: null, open: true }], known: null }, rules)).toBeNull();
  });

  it('lets a session running longer than holdMaxMs go, so it cannot pin every later read', () => {
    const sessions = [{ startedAt: iso(0), open: true }, { startedAt: iso(13 * 60), open: false }];
    expect(listedUntil({ window: span(0, 24 * 60), sessions, known: null }, rules)).toEqual(at(13 * 60 - 1));
  });

  it('never reaches past the window', () => {
    expect(listedUntil({ window: span(0, 20), sessions: [{ startedAt: iso(10), open: false }], known: at(100) }, rules)).toEqual(at(20));
  });
});

describe('mergeSpan', () => {
  it('joins spans that overlap or touch', () => {
    expect(mergeSpan(span(10, 20), span(20, 30))).toEqual(span(10, 30));
    expect(mergeSpan(span(10, 20), span(0, 15))).toEqual(span(0, 20));
    expect(mergeSpan(null, span(0, 5))).toEqual(span(0, 5));
  });

  it('keeps the watermark when a span lies past a gap from it', () => {
    expect(mergeSpan(span(10, 20), span(30, 40))).toEqual(span(10, 20));
    expect(mergeSpan(span(30, 40), span(10, 20))).toEqual(span(30, 40));
  });
});

describe('uncoveredSpans and coveredSpan', () => {
  it('splits a need into what the watermark covers and what a vendor must list', () => {
    expect(uncoveredSpans(span(0, 100), span(20, 50))).toEqual([span(0, 20), span(50, 100)]);
    expect(coveredSpan(span(0, 100), span(20, 50))).toEqual(span(20, 50));
    expect(uncoveredSpans(span(30, 100), span(20, 50))).toEqual([span(50, 100)]);
    expect(uncoveredSpans(span(30, 40), span(20, 50))).toEqual([]);
  });

  it('lists the whole need without a watermark or without overlap', () => {
    expect(uncoveredSpans(span(0, 10), null)).toEqual([span(0, 10)]);
    expect(uncoveredSpans(span(60, 70), span(20, 50))).toEqual([span(60, 70)]);
    expect(coveredSpan(span(60, 70), span(20, 50))).toBeNull();
  });

  it('places times in a half-open span', () => {
    expect(inSpan(iso(20), span(20, 50))).toBe(true);
    expect(inSpan(iso(50), span(20, 50))).toBe(false);
    expect(inSpan(null, span(20, 50))).toBe(false);
  });
});

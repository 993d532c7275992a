// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTimers, snapshotEnvironment } from '../../src/core/env';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('createTimers', () => {
  it("settles with the promise's value, or the fallback when it rejects or runs out of time", async () => {
    vi.useFakeTimers();
    const { timeout } = createTimers();
    await expect(timeout(Promise.resolve('value'), 1000, 'fallback')).resolves.toBe('value');
    await expect(timeout(Promise.reject(new Error('no')), 1000, 'fallback')).resolves.toBe(
      'fallback',
    );
    const slow = timeout(new Promise<string>(() => {}), 1000, 'fallback');
    vi.advanceTimersByTime(1000);
    await expect(slow).resolves.toBe('fallback');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clearAll() settles every pending timeout with its fallback at once', async () => {
    vi.useFakeTimers();
    const timers = createTimers();
    const pending = timers.timeout(new Promise<string>(() => {}), 60_000, 'fallback');
    timers.clearAll();
    expect(vi.getTimerCount()).toBe(0);
    await expect(pending).resolves.toBe('fallback');
  });
});

describe('snapshotEnvironment', () => {
  it('keeps the page address without its query or hash (they may carry tokens)', () => {
    vi.stubGlobal('location', {
      href: 'https://app.example.com/call?userSig=eJwSECRET#token=x',
      origin: 'https://app.example.com',
      pathname: '/call',
    });
    expect(snapshotEnvironment().url).toBe('https://app.example.com/call');
  });

  it('reads nothing it cannot: no browser globals in Node', () => {
    const facts = snapshotEnvironment({ VERSION: '4.15.22' });
    expect(facts).toMatchObject({ sdkVersion: '4.15.22', browser: { name: 'unknown' } });
    expect(facts.url).toBeUndefined();
  });
});

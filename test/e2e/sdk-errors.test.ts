/**
 * The real SDK alone (no trtc-doctor), in Chromium with no camera or microphone: the errors the
 * demo and the widget tests rely on are produced for real, as REAL-SDK.md says, and the harness
 * really keeps every request on loopback.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWithoutGesture, runScenario, useSealedBrowser } from './harness/fixture';

const e2e = useSealedBrowser('no-devices');

/** The `<NAME 0xhex>` tag the SDK ends its messages with. */
const tag = (message: string | undefined): string | undefined =>
  /<([A-Z_]+ 0x[0-9a-f]+)>/.exec(message ?? '')?.[1];

describe('the loopback seal', () => {
  it('blocks and records requests, websockets and workers that leave loopback', async () => {
    const page = await e2e.open('/pages/sdk-only.html');
    const outcome = await page.evaluate(async () => {
      const fetched = await fetch('https://example.com/x').then(
        () => 'reached',
        () => 'blocked',
      );
      const socket = new WebSocket('wss://example.org/ws');
      const closed = await new Promise((done) => {
        socket.onerror = () => done('blocked');
        socket.onopen = () => done('reached');
      });
      const source = `fetch('https://example.net/w').then(() => postMessage('reached'), () => postMessage('blocked'))`;
      const worker = new Worker(
        URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
      );
      const fromWorker = await new Promise((done) => (worker.onmessage = (e) => done(e.data)));
      return { fetched, closed, fromWorker };
    });
    expect(outcome).toEqual({ fetched: 'blocked', closed: 'blocked', fromWorker: 'blocked' });
    await expect
      .poll(() => e2e.browser().peekLeaks())
      .toEqual(['https://example.com/x', 'https://example.net/w', 'wss://example.org/ws']);
    e2e.browser().takeLeaks();
  });
});

describe('real SDK errors, produced offline', () => {
  it('createClient({}) throws INVALID_PARAMETER synchronously', async () => {
    const page = await e2e.open('/pages/sdk-only.html');
    const error = await runScenario(page, 'invalidParameter');
    expect(error).toMatchObject({ thrown: true, name: 'RtcError', code: 4096, extraCode: 0 });
    expect(tag(error.message)).toBe('INVALID_PARAMETER 0x1000');
    // The SDK does not export its error class or codes.
    const exported = await evaluateWithoutGesture(
      page,
      '[typeof TRTC.ErrorCode, typeof TRTC.RtcError]',
    );
    expect(exported).toEqual(['undefined', 'undefined']);
  });

  it('publish() before join() rejects with INVALID_OPERATION', async () => {
    const page = await e2e.open('/pages/sdk-only.html');
    const error = await runScenario(page, 'invalidOperation');
    expect(error).toMatchObject({ thrown: true, name: 'RtcError', code: 4097 });
    expect(tag(error.message)).toBe('INVALID_OPERATION 0x1001');
  });

  it('capture with no camera rejects with DEVICE_NOT_FOUND', async () => {
    const page = await e2e.open('/pages/sdk-only.html');
    const devices = await page.evaluate(() => navigator.mediaDevices.enumerateDevices());
    expect(devices.filter((d) => d.kind === 'videoinput')).toEqual([]);
    const error = await runScenario(page, 'capture');
    expect(error).toMatchObject({ thrown: true, name: 'RtcError', code: 4099 });
    expect(tag(error.message)).toBe('DEVICE_NOT_FOUND 0x1003');
  });

  it('join() rejects with SCHEDULE_FAILED and the uploads reach the local sink', async () => {
    const page = await e2e.open('/pages/sdk-only.html');
    const before = e2e.server().sinkHits();
    const error = await runScenario(page, 'join');
    expect(error).toMatchObject({ thrown: true, name: 'RtcError', code: 16460, extraCode: 4 });
    expect(error.message).toContain('Failed to join room - schedule failed');
    expect(tag(error.message)).toBe('SCHEDULE_FAILED 0x404c');
    // The log and stat uploads that follow a join attempt went to loopback, not to Tencent.
    await expect.poll(() => e2e.server().sinkHits(), { timeout: 10_000 }).toBeGreaterThan(before);
  });

  it('play() outside a gesture rejects with PLAY_NOT_ALLOWED; only a real click resumes', async () => {
    const page = await e2e.open('/pages/sdk-only.html');
    const error = await runScenario(page, 'playBlocked');
    expect(error).toMatchObject({ thrown: true, name: 'RtcError', code: 16451 });
    expect(tag(error.message)).toBe('PLAY_NOT_ALLOWED 0x4043');
    const audioPaused = () =>
      evaluateWithoutGesture<{ tag: string; paused: boolean }[]>(
        page,
        'scenarios.playerState()',
      ).then((media) => media.find((m) => m.tag === 'audio')?.paused);
    expect(await audioPaused()).toBe(true);

    // Outside a gesture, resume() fails the same way.
    const again = await runScenario(page, 'resumeWithoutGesture');
    expect(again).toMatchObject({ thrown: true, code: 16451 });
    expect(await audioPaused()).toBe(true);

    // A real click on a host button that calls resume() in its handler: playback starts.
    await page.click('#sdk-resume');
    expect(await evaluateWithoutGesture(page, 'window.__resumed')).toEqual({ thrown: false });
    expect(await audioPaused()).toBe(false);
  });
});

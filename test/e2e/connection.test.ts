/**
 * The connection test in Chromium, against loopback stand-ins only: an HTTP endpoint for the
 * scheduling host, a WebSocket endpoint for signalling, a STUN responder, and closed loopback
 * ports for what is blocked. Each blocked case gives its plain-words verdict, in the action's
 * result, on a network card's button, and in the Environment tab's Test my setup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSealedBrowser } from './harness/fixture';
import { card, openByLauncher } from './harness/panel';
import { closedPort, startStandIns, type StandIns } from './harness/standins';

const e2e = useSealedBrowser('no-devices');
let hosts: StandIns;
let closed: number;
beforeAll(async () => {
  hosts = await startStandIns();
  closed = await closedPort();
});
afterAll(() => hosts.close());

/** A developer doctor of the script-tag build on the page, with these connection options. */
async function pageWith(connectionTest: Record<string, unknown>): Promise<Page> {
  const page = await e2e.open('/pages/sdk-only.html');
  await page.addScriptTag({ url: '/dist/trtc-doctor.iife.js' });
  await page.evaluate((options) => {
    const w = window as unknown as Record<string, { configure(s: unknown): void }> & {
      TRTCDoctor: { doctor: { destroy(): void }; createDoctor(o: unknown): unknown };
    };
    // One doctor: the script tag's is replaced by one with the test's hosts.
    w.TRTCDoctor.doctor.destroy();
    const doctor = w.TRTCDoctor.createDoctor({
      lang: 'en',
      audience: 'developer',
      connectionTest: { timeoutMs: 3000, ...options },
    }) as { mount(o: unknown): void };
    doctor.mount({ showLauncher: true });
    (w as unknown as { d: unknown }).d = doctor;
  }, connectionTest);
  return page;
}

type Found = { outcome: string; text: string; data: { candidates: string[] } };
const run = (page: Page): Promise<Found> =>
  page.evaluate(() =>
    (window as unknown as { d: { runAction(a: string): Promise<Found> } }).d.runAction(
      'test-connection',
    ),
  );

describe('the connection test in Chromium', () => {
  it('everything answers: HTTPS stand-in, WebSocket stand-in, a srflx from the STUN stand-in', async () => {
    const page = await pageWith({
      scheduleUrl: hosts.httpUrl,
      signalUrl: hosts.wsUrl,
      iceServers: [{ urls: hosts.stunUrl }],
    });
    const before = { ...hosts.hits };
    const found = await run(page);
    expect(found.outcome).toBe('conn-ok');
    expect(found.data.candidates).toEqual(['host', 'srflx']);
    expect(hosts.hits.http).toBeGreaterThan(before.http);
    expect(hosts.hits.ws).toBeGreaterThan(before.ws);
    expect(hosts.hits.stun).toBeGreaterThan(before.stun);
  });

  it('no ICE servers: host candidates only, and it says UDP was not tested', async () => {
    const page = await pageWith({ scheduleUrl: hosts.httpUrl, signalUrl: hosts.wsUrl });
    const found = await run(page);
    expect(found.outcome).toBe('conn-no-stun-tested');
    expect(found.data.candidates).toEqual(['host']);
  });

  it('STUN on a port that does not answer: UDP is blocked, with the whitelist ports', async () => {
    const page = await pageWith({
      scheduleUrl: hosts.httpUrl,
      signalUrl: hosts.wsUrl,
      iceServers: [{ urls: `stun:127.0.0.1:${closed}` }],
    });
    const found = await run(page);
    expect(found.outcome).toBe('conn-udp-blocked');
    expect(found.text).toBe(
      'UDP is blocked: only TCP 443 works. Ask IT to open UDP 8000, 8080, 8800, 843, 443, 16285, or set a TURN server.',
    );
  });

  it('a TURN server on a closed loopback port gives no relay', async () => {
    const page = await pageWith({
      scheduleUrl: hosts.httpUrl,
      signalUrl: hosts.wsUrl,
      iceServers: [
        { urls: hosts.stunUrl },
        { urls: `turn:127.0.0.1:${closed}`, username: 'u', credential: 'p' },
      ],
    });
    const found = await run(page);
    expect(found.outcome).toBe('conn-no-turn');
    expect(found.data.candidates).not.toContain('relay');
  });

  it('signalling on a closed port; then both hosts on closed ports', async () => {
    const noSignal = await pageWith({
      scheduleUrl: hosts.httpUrl,
      signalUrl: `ws://127.0.0.1:${closed}/`,
    });
    expect((await run(noSignal)).outcome).toBe('conn-no-signal');
    const offline = await pageWith({
      scheduleUrl: `http://127.0.0.1:${closed}/`,
      signalUrl: `ws://127.0.0.1:${closed}/`,
    });
    const found = await run(offline);
    expect(found.outcome).toBe('conn-offline');
    expect(found.text).toMatch(/cannot be reached at all/);
  });

  it("a scheduling failure's card offers Test connection; the Environment tab tests the setup", async () => {
    const page = await pageWith({
      scheduleUrl: hosts.httpUrl,
      signalUrl: hosts.wsUrl,
      iceServers: [{ urls: `stun:127.0.0.1:${closed}` }],
    });
    await page.evaluate(() =>
      (window as unknown as { d: { capture(e: unknown): void } }).d.capture(16460),
    );
    await openByLauncher(page);
    const failed = card(page, 'sdk:SCHEDULE_FAILED');
    await failed.locator('[data-action="test-connection"]').click();
    const verdict = failed.locator('[part~="connection"]');
    await expect
      .poll(() => verdict.getAttribute('data-verdict'), { timeout: 8000 })
      .toBe('conn-udp-blocked');
    expect(await failed.locator('[part~="result"]').innerText()).toContain('UDP is blocked');

    await page.locator('trtc-doctor [role="tab"]', { hasText: 'Environment' }).click();
    await page.locator('trtc-doctor [data-action="preflight"]').click();
    const items = page.locator('trtc-doctor [part~="preflight"] li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(5);
    const connection = page.locator('trtc-doctor [part~="preflight"] li[data-item="connection"]');
    expect(await connection.getAttribute('data-status')).toBe('fail');
    const report = await page.evaluate(() =>
      (window as unknown as { d: { report(o: unknown): string } }).d.report({ format: 'markdown' }),
    );
    expect(report).toContain('### Preflight (fail)');
  });
});

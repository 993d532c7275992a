/**
 * The userSig inspector in Chromium with the real SDKs: a real, expired userSig (made by the
 * official generator) given to v4 `createClient` and to v5 `enterRoom`. The warning problem
 * appears before the offline join fails, and the userSig appears nowhere: not in the panel,
 * the reports, the timeline or the console.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import TLSSigAPIv2 from 'tls-sig-api-v2';
import { useSealedBrowser } from './harness/fixture';
import { card, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('no-devices');
const APP = 1400000000;

/** A real userSig issued 3 hours ago, valid for 60 s. */
function expiredSig(userId: string): string {
  vi.useFakeTimers({ now: Date.now() - 3 * 3_600_000, toFake: ['Date'] });
  try {
    return new TLSSigAPIv2.Api(APP, 'e2e-test-key-'.repeat(5)).genSig(userId, 60);
  } finally {
    vi.useRealTimers();
  }
}

/** Everything a page could leak: the panel's DOM, both reports, the timeline, the console. */
async function everything(page: Page, consoleLines: string[]): Promise<string> {
  const inPage = await page.evaluate(() => {
    const d = (window as unknown as { TRTCDoctor: { doctor: Record<string, never> } }).TRTCDoctor
      .doctor as unknown as {
      report(o?: unknown): string;
      timeline: { value: unknown };
      problems: { value: { diagnosis: unknown; userSig?: unknown }[] };
    };
    const host = document.querySelector('trtc-doctor');
    return [
      host?.shadowRoot?.innerHTML ?? '',
      d.report(),
      d.report({ format: 'markdown' }),
      JSON.stringify(d.timeline.value),
      JSON.stringify(d.problems.value.map((p) => [p.diagnosis, p.userSig])),
    ].join('\n');
  });
  return `${inPage}\n${consoleLines.join('\n')}`;
}

/**
 * Our console messages (they all start `trtc-doctor:`). The SDK's own debug log is not ours: v5
 * prints the userSig there itself (its \`str_user_sig\` upload line, the failed call's params).
 */
const ours = (line: string) => line.includes('trtc-doctor');

const forms = (sig: string) => [sig, sig.slice(20, 60), encodeURIComponent(sig).slice(20, 60)];

describe('the userSig inspector in Chromium', () => {
  it('v4: an expired userSig in createClient warns before the join fails', async () => {
    const userSig = expiredSig('e2e-user');
    const consoleLines: string[] = [];
    const page = await e2e.open('/pages/after.html', {
      before: async (p) =>
        void p.on('console', (m) => ours(m.text()) && consoleLines.push(m.text())),
    });
    const summary = await page.evaluate(
      ({ sig, app }) => {
        const w = window as unknown as {
          TRTC: {
            createClient(c: unknown): {
              setProxyServer(o: unknown): void;
              join(o: unknown): Promise<unknown>;
            };
          };
          TRTCDoctor: { doctor: { problems: { value: { diagnosis: { id: string } }[] } } };
        };
        const client = w.TRTC.createClient({
          mode: 'rtc',
          sdkAppId: app,
          userId: 'e2e-user',
          userSig: sig,
        });
        client.setProxyServer({
          loggerProxy: `${location.origin}/sink`,
          scheduleProxy: location.host,
        });
        // The decode is local and quick; the join's scheduling request is slower.
        return new Promise<{ before: string[]; joinFailed: boolean; after: string[] }>((done) => {
          const ids = () => w.TRTCDoctor.doctor.problems.value.map((p) => p.diagnosis.id);
          const wait = () => (ids().length ? start() : setTimeout(wait, 5));
          const start = () => {
            const before = ids();
            client.join({ roomId: 1234 }).then(
              () => done({ before, joinFailed: false, after: ids() }),
              () => setTimeout(() => done({ before, joinFailed: true, after: ids() }), 50),
            );
          };
          wait();
        });
      },
      { sig: userSig, app: APP },
    );
    expect(summary.before).toEqual(['usersig:expired']);
    expect(summary.joinFailed).toBe(true);
    expect(summary.after).toContain('usersig:expired');

    await openByLauncher(page);
    const warning = card(page, 'usersig:expired');
    await expect.poll(() => warning.count(), { timeout: 5000 }).toBe(1);
    expect(await warning.innerText()).toMatch(/expired 3 h ago/);
    const text = await everything(page, consoleLines);
    for (const form of forms(userSig)) expect(text).not.toContain(form);
  });

  it('v5: an expired userSig given to enterRoom warns; the userSig appears nowhere', async () => {
    const userSig = expiredSig('e2e-v5-user');
    const consoleLines: string[] = [];
    const page = await e2e.open('/pages/v5-after.html', {
      before: async (p) =>
        void p.on('console', (m) => ours(m.text()) && consoleLines.push(m.text())),
    });
    const failed = await page.evaluate(
      ({ sig, app }) => {
        const w = window as unknown as {
          TRTC: { create(): { enterRoom(o: unknown): Promise<unknown> } };
        };
        const proxy = {
          scheduleProxy: `${location.host}/sink/schedule`,
          loggerProxy: `${location.origin}/sink`,
        };
        return w.TRTC.create()
          .enterRoom({ sdkAppId: app, userId: 'e2e-v5-user', userSig: sig, roomId: 1234, proxy })
          .then(
            () => false,
            () => true,
          );
      },
      { sig: userSig, app: APP },
    );
    expect(failed).toBe(true);
    await openByLauncher(page);
    await expect.poll(() => card(page, 'usersig:expired').count(), { timeout: 5000 }).toBe(1);
    const report = JSON.parse(
      await page.evaluate(() =>
        (
          window as unknown as { TRTCDoctor: { doctor: { report(): string } } }
        ).TRTCDoctor.doctor.report(),
      ),
    ) as { clients: { userSigCheck?: Record<string, unknown> }[] };
    expect(report.clients.find((c) => c.userSigCheck)?.userSigCheck).toMatchObject({
      valid: true,
      validForSeconds: 60,
      userIdMatches: true,
      sdkAppIdMatches: true,
    });
    const text = await everything(page, consoleLines);
    for (const form of forms(userSig)) expect(text).not.toContain(form);
  });
});

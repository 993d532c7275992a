/**
 * The integrations in Chromium, as users run them: a real React 19 app (StrictMode, development
 * build) and a Vue 3 app built with Vite from `test/e2e/apps/` against the built library; the real
 * vConsole and eruda with the TRTC tab; the real Sentry SDK with a recording transport. Errors are
 * the real v5 SDK's own (enterRoom with a string roomId, offline).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Doctor } from '../../src/index';
import { useSealedBrowser } from './harness/fixture';

const ROOT = resolve(import.meta.dirname, '../..');
const APPS = resolve(import.meta.dirname, 'apps');
const DIST = process.env.E2E_DIST_DIR || join(ROOT, 'dist');
/** Where the apps are built, served as `/apps/`. */
const OUT = mkdtempSync(join(tmpdir(), 'trtc-doctor-apps-'));
const USER_SIG = 'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1Pd80vzijJTU8GmzQyNzUwNTM0sLcwNjQ2MjJVqAQCbfg7e';

const e2e = useSealedBrowser('no-devices', { mounts: { '/apps/': OUT } });

beforeAll(async () => {
  await build({
    configFile: false,
    root: APPS,
    base: '/apps/',
    logLevel: 'warn',
    // Development React: StrictMode mounts, unmounts and mounts again only there.
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    plugins: [react(), vue()],
    resolve: {
      // The package as its exports map says, from the build under test.
      alias: [
        { find: /^trtc-doctor$/, replacement: join(DIST, 'trtc-doctor.js') },
        { find: /^trtc-doctor\/(\w+)$/, replacement: join(DIST, 'esm/$1.js') },
      ],
    },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: ['react', 'vue', 'consoles', 'sentry'].map((app) => join(APPS, app, 'index.html')),
      },
    },
  });
}, 120_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/**
 * Counts the listeners the app's own bundle (trtc-doctor, the framework, the app) adds to and
 * removes from window, document and the visual viewport, per type. The SDK's script is not counted:
 * it is the page's, not ours.
 */
function countListeners(): void {
  const net: Record<string, number> = {};
  const ours = () => /\/apps\/assets\//.test(String(new Error().stack));
  const targets = () => [window, document, window.visualViewport];
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type: string, ...rest: never[]) {
    if (targets().includes(this as never) && ours()) net[type] = (net[type] ?? 0) + 1;
    return add.call(this, type, ...(rest as [never]));
  };
  proto.removeEventListener = function (this: EventTarget, type: string, ...rest: never[]) {
    if (targets().includes(this as never) && ours()) net[type] = (net[type] ?? 0) - 1;
    return remove.call(this, type, ...(rest as [never]));
  };
  (window as unknown as { listeners: typeof net }).listeners = net;
}

const listeners = (page: Page) =>
  page.evaluate(() => (window as unknown as { listeners: Record<string, number> }).listeners);
const call = (page: Page, name: string) =>
  page.evaluate(async (n) => {
    await (window as unknown as { app: Record<string, () => unknown> }).app[n]!();
  }, name);
const hosts = (page: Page) => page.locator('trtc-doctor').count();
/** The card of the doctor's first problem, inside the panel's shadow root. */
async function card(page: Page) {
  const id = await page.evaluate(
    () =>
      (
        window as unknown as { app: { doctor: Pick<Doctor, 'problems'> } }
      ).app.doctor.problems.peek()[0]?.diagnosis.id,
  );
  return page.locator(`[data-diagnosis-id="${id}"]`).first();
}
/** The real SDK's enterRoom with a string roomId: INVALID_PARAMETER 5000, extra code 5016. */
const DIAGNOSIS = 'v5:5016';

describe.each(['react', 'vue'])('%s app', (app) => {
  it('shows the panel, gets the real error as state and a card, and unmount leaves nothing', async () => {
    const page = await e2e.open(`/apps/${app}/index.html`, {
      before: async (p) => void (await p.addInitScript(countListeners)),
    });
    await expect.poll(() => hosts(page), { timeout: 10_000 }).toBe(1);
    const before = await listeners(page);
    if (app === 'react') {
      // StrictMode made a doctor, destroyed it, and kept the second: one listens now.
      expect(before.unhandledrejection).toBe(1);
    }
    await call(page, 'fail');
    await expect.poll(() => page.locator('#count').textContent()).toBe('1');
    await expect.poll(async () => (await card(page)).isVisible()).toBe(true);

    await call(page, 'unmount');
    expect(await hosts(page)).toBe(0);
    const after = await listeners(page);
    // React keeps its own document `selectionchange` listener for the page's lifetime.
    delete after.selectionchange;
    expect(Object.entries(after).filter(([, n]) => n !== 0)).toEqual([]);
    expect(await page.content()).not.toContain(USER_SIG);
  });
});

describe.each(['vconsole', 'eruda'])('%s', (name) => {
  it('the TRTC tab shows the embedded panel, full height, with the real error', async () => {
    const page = await e2e.open(`/apps/consoles/index.html?console=${name}`);
    await call(page, 'fail');
    await call(page, 'show');
    await expect.poll(async () => (await card(page)).isVisible(), { timeout: 10_000 }).toBe(true);
    const panel = page.locator('trtc-doctor[data-mode=embedded]');
    expect(await panel.count()).toBe(1);
    // No title bar of its own (the console's tab is the title), and it fills the tab.
    expect(await page.locator('trtc-doctor h2#td-title').isVisible()).toBe(false);
    const sizes = await panel.evaluate((host) => ({
      host: host.getBoundingClientRect().height,
      tab: host.parentElement!.parentElement!.getBoundingClientRect().height,
      border: getComputedStyle(host.shadowRoot!.querySelector('.panel')!).borderTopWidth,
    }));
    expect(sizes.host).toBeGreaterThan(100);
    expect(sizes.host).toBeGreaterThanOrEqual(sizes.tab - 1);
    expect(sizes.border).toBe('0px');
    await call(page, 'remove');
    expect(await hosts(page)).toBe(0);
  });
});

/** The items of each recorded envelope: a header line, then per item a header and its payload. */
function parseEnvelopes(bodies: string[]) {
  return bodies.map((body) => {
    const bytes = Buffer.from(body);
    const items: { type: string; filename?: string; text: string }[] = [];
    let at = bytes.indexOf(10) + 1;
    while (at > 0 && at < bytes.length) {
      const end = bytes.indexOf(10, at);
      const header = JSON.parse(bytes.subarray(at, end).toString()) as Record<string, unknown>;
      const length = typeof header.length === 'number' ? header.length : undefined;
      const stop = length === undefined ? bytes.indexOf(10, end + 1) : end + 1 + length;
      const text = bytes.subarray(end + 1, stop < 0 ? bytes.length : stop).toString();
      items.push({ type: String(header.type), filename: header.filename as string, text });
      at = stop < 0 ? -1 : stop + 1;
    }
    return items;
  });
}

describe('Sentry', () => {
  const sent = async (page: Page) => {
    await call(page, 'flush');
    const bodies = await page.evaluate(
      () => (window as unknown as { app: { sent: string[] } }).app.sent,
    );
    // Only envelopes with an event (the SDK also sends its session updates).
    const envelopes = parseEnvelopes(bodies).filter((items) =>
      items.some((i) => i.type === 'event'),
    );
    return { bodies, envelopes };
  };

  it('a problem is one event with tags, fingerprint, breadcrumbs, the report, and no userSig', async () => {
    const page = await e2e.open('/apps/sentry/index.html');
    await call(page, 'fail');
    await expect.poll(async () => (await sent(page)).envelopes.length).toBe(1);
    const { bodies, envelopes } = await sent(page);
    const items = envelopes[0]!;
    const event = JSON.parse(items.find((i) => i.type === 'event')!.text);
    expect(event.tags['trtc.diagnosis']).toBe(DIAGNOSIS);
    expect(event.tags).toMatchObject({ 'trtc.code': '5000', 'trtc.sdk': 'v5' });
    expect(event.fingerprint).toEqual(['trtc-doctor', event.tags['trtc.diagnosis']]);
    expect(
      event.breadcrumbs.some((b: { category: string }) => b.category.startsWith('trtc.')),
    ).toBe(true);
    const attachment = items.find((i) => i.type === 'attachment')!;
    expect(attachment.filename).toBe('trtc-doctor-report.md');
    expect(attachment.text).toContain('5000');
    expect(bodies.join('\n')).not.toContain(USER_SIG);
  });

  it('an unhandled real TRTC rejection, seen by both Sentry and the doctor, is one enriched event', async () => {
    const page = await e2e.open('/apps/sentry/index.html');
    await call(page, 'failUnhandled');
    await expect.poll(async () => (await sent(page)).envelopes.length).toBe(1);
    // Another moment: a second event (ours, for the same error) would have come by now.
    await page.waitForTimeout(300);
    const { bodies, envelopes } = await sent(page);
    expect(envelopes).toHaveLength(1);
    const event = JSON.parse(envelopes[0]!.find((i) => i.type === 'event')!.text);
    expect(event.tags['trtc.diagnosis']).toBe(DIAGNOSIS);
    expect(bodies.join('\n')).not.toContain(USER_SIG);
  });
});

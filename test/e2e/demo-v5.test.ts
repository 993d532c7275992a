/**
 * The built v5 demo pages (`dist/demo/v5*.html`, static files) in Chromium with no camera, every
 * request on loopback: the script-tag page's buttons make real SDK v5 errors that the corner panel
 * explains, in both languages; the support page shows the panel inline; the QA page's simulated
 * events give their cards, and Resume plays the blocked (generated) audio and resolves its card.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSealedBrowser } from './harness/fixture';
import { card, cardIds, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('no-devices');
const OUT = resolve(import.meta.dirname, '../../test-results/screenshots');
const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
};

describe('demo, SDK v5', () => {
  it('script-tag page: real v5 errors become their cards; the switch translates', async () => {
    const page = await e2e.open('/dist/demo/v5.html?lang=en');
    await page.click('[data-v5-run="enterEmpty"]');
    await page.click('[data-v5-run="camera"]');
    await page.click('[data-v5-run="enter"]');
    await expect.poll(() => page.locator('#log li.failed').count(), { timeout: 10_000 }).toBe(3);
    const log = (await page.locator('#log').textContent()) ?? '';
    for (const code of ['5000 (extra 5001)', '5300 (extra 5301)', 'OPERATION_FAILED 5500']) {
      expect(log).toContain(code);
    }
    await openByLauncher(page);
    await expect
      .poll(() => cardIds(page).then((ids) => ids.sort()), { timeout: 5_000 })
      .toEqual(['sdk:SCHEDULE_FAILED', 'v5:5001', 'v5:5301']);

    const note = page.locator('[data-v5-i18n="cameraNote"]');
    const title = page.locator('trtc-doctor [part~="panel"] h2').first();
    const english = await title.textContent();
    await page.click('[data-lang-choice="zh"]');
    await expect.poll(() => note.textContent()).toMatch(/[\u4e00-\u9fff]/);
    await expect.poll(() => title.textContent()).not.toBe(english);
  });

  it('support page: the panel is inline and explains the camera error', async () => {
    const page = await e2e.open('/dist/demo/v5-support.html?lang=en');
    // The inline mount loads the panel part at once.
    await expect
      .poll(() => page.locator('#help > trtc-doctor').count(), { timeout: 5_000 })
      .toBe(1);
    await page.click('[data-v5-run="camera"]');
    await expect
      .poll(
        () => page.locator('#help trtc-doctor [part~="card"]').getAttribute('data-diagnosis-id'),
        { timeout: 5_000 },
      )
      .toBe('v5:5301');
  });

  it('QA page: simulated events give their cards; Resume plays and resolves', async () => {
    const page = await e2e.open('/dist/demo/v5-qa.html?lang=en');
    await page.click('[data-v5-run="kickedOut"]');
    await page.click('[data-v5-run="firewall"]');
    await page.click('[data-v5-run="autoplayFailed"]');
    await expect
      .poll(() => cardIds(page).then((ids) => ids.sort()), { timeout: 5_000 })
      .toEqual(['v5:5001', 'v5:5501', 'v5:autoplay-failed', 'v5:kicked-out/kick']);
    expect(await card(page, 'v5:5501').locator('[data-guide="firewall"]').count()).toBe(1);

    const blocked = card(page, 'v5:autoplay-failed');
    expect(await blocked.getAttribute('data-resolved')).toBe('false');
    await blocked.locator('[data-action="resume-playback"]').click();
    await expect.poll(() => blocked.getAttribute('data-resolved'), { timeout: 5_000 }).toBe('true');
    const paused = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLMediaElement>('#player audio')].map((a) => a.paused),
    );
    expect(paused).toEqual([false]);

    // The open overlay covers the page's right side, as it would for a QA tester: close it.
    await page.evaluate(() =>
      (
        window as unknown as { trtcDoctorDemo: { doctor: { close(): void } } }
      ).trtcDoctorDemo.doctor.close(),
    );
    await page.click('#show-report');
    await expect.poll(() => page.locator('#report').textContent()).toContain('5501');
  });

  it('QA page: "Emit every v5 catalog entry" shows each of them', async () => {
    const page = await e2e.open('/dist/demo/v5-qa.html?lang=en');
    const ids = await page.evaluate(
      () => (window as unknown as { trtcDoctorDemo: { ids: string[] } }).trtcDoctorDemo.ids,
    );
    // The 8 top-level codes and the extra codes of REAL-SDK-V5.md, and the event entries.
    expect(ids.length).toBeGreaterThan(70);
    await page.click('#sim-all-v5');
    const shown = () =>
      page.evaluate(() => {
        const root = document.querySelector('trtc-doctor')?.shadowRoot;
        return [...(root?.querySelectorAll('[data-diagnosis-id]') ?? [])].map((n) =>
          n.getAttribute('data-diagnosis-id'),
        );
      });
    await expect
      .poll(
        async () => {
          const seen = new Set(await shown());
          return ids.filter((id) => !seen.has(id));
        },
        { timeout: 15_000 },
      )
      .toEqual([]);
  });

  it.each(
    ['v5', 'v5-support', 'v5-qa'].flatMap((name) => ['en', 'zh'].map((lang) => ({ name, lang }))),
  )('$name ($lang) fits a 390 px phone, log lines included', async ({ name, lang }) => {
    const page = await e2e.open(`/dist/demo/${name}.html?lang=${lang}`, { context: PHONE });
    // Long SDK messages in the log are the widest text the page gets.
    await page.tap('[data-v5-run="camera"]');
    await page.tap('[data-v5-run="roomIdString"]');
    await expect.poll(() => page.locator('#log li.failed').count(), { timeout: 5_000 }).toBe(2);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: resolve(OUT, `demo-${name}-${lang}-phone.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

/**
 * The built demo (`dist/demo/`, static files) in Chromium with no camera: the script-tag page
 * explains the real errors its buttons make and switches language; its autoplay page is really
 * blocked on load and fixed by Resume; the support page shows the panel inline; the QA page's
 * simulate menu shows every catalog entry.
 */
import { describe, expect, it } from 'vitest';
import { useSealedBrowser } from './harness/fixture';
import { card, cardIds, launcher, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('no-devices');

describe('demo', () => {
  it('script-tag page: its buttons make real errors and the cards explain them', async () => {
    const page = await e2e.open('/dist/demo/index.html?lang=en');
    await page.click('[data-run="badParams"]');
    await page.click('[data-run="capture"]');
    await expect.poll(() => page.locator('#log li.failed').count(), { timeout: 5_000 }).toBe(2);
    await expect
      .poll(() => page.locator('#log').textContent())
      .toContain('<INVALID_PARAMETER 0x1000>');
    await openByLauncher(page);
    await expect
      .poll(() => cardIds(page).then((ids) => ids.sort()), { timeout: 5_000 })
      .toEqual(['sdk:DEVICE_NOT_FOUND', 'sdk:INVALID_PARAMETER']);

    // The language switch translates the page and the panel.
    const title = page.locator('trtc-doctor [part~="panel"] h2').first();
    const english = await title.textContent();
    await page.click('[data-lang-choice="zh"]');
    await expect
      .poll(() => page.locator('[data-run="badParams"]').first().textContent())
      .toMatch(/[\u4e00-\u9fff]/);
    await expect.poll(() => title.textContent()).not.toBe(english);
    await expect.poll(() => title.textContent()).toMatch(/[\u4e00-\u9fff]/);
  });

  it('autoplay page: blocked on load for real, then the first click on the launcher plays it', async () => {
    const page = await e2e.open('/dist/demo/index.html?autoplay=1&lang=en');
    const blocked = card(page, 'sdk:PLAY_NOT_ALLOWED');
    await expect.poll(() => launcher(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.locator('#log').textContent()).toContain('PLAY_NOT_ALLOWED');
    const audioPaused = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLMediaElement>('#player audio')].map((a) => a.paused),
      );
    expect(await audioPaused()).toEqual([true]);
    // The click that opens the panel is a user gesture: it resumes the blocked sound.
    await openByLauncher(page);
    await expect.poll(() => blocked.getAttribute('data-resolved'), { timeout: 5_000 }).toBe('true');
    expect(await audioPaused()).toEqual([false]);
  });

  it('support page: the panel is inline in the help section', async () => {
    const page = await e2e.open('/dist/demo/support.html?lang=en');
    // The inline mount loads the panel part at once.
    await expect
      .poll(() => page.locator('#help > trtc-doctor').count(), { timeout: 5_000 })
      .toBe(1);
    await page.click('[data-run="capture"]');
    await expect
      .poll(
        () => page.locator('#help trtc-doctor [part~="card"]').getAttribute('data-diagnosis-id'),
        {
          timeout: 5_000,
        },
      )
      .toBe('sdk:DEVICE_NOT_FOUND');
  });

  it('QA page: "Emit all" shows every catalog entry', async () => {
    const page = await e2e.open('/dist/demo/qa.html?lang=en');
    const ids = await page.evaluate(() =>
      (
        window as unknown as { trtcDoctorDemo: { catalog: { id: string }[] } }
      ).trtcDoctorDemo.catalog.map((e) => e.id),
    );
    expect(ids.length).toBeGreaterThan(100);
    await page.click('#sim-all');
    const shown = async () =>
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
        { timeout: 10_000 },
      )
      .toEqual([]);
  });
});

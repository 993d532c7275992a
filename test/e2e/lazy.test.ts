/**
 * The script tag's split, in Chromium with the real SDK: the entry file alone loads with the page
 * (no panel, no words), the panel part and one language come from beside it at the first problem,
 * the other language only on a switch; when the part cannot load (blocked, offline) the launcher
 * still counts, opens the raw codes and messages, and says why in the console; the single-file
 * build needs nothing beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario, useSealedBrowser } from './harness/fixture';
import { cardIds, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('no-devices');

/** The paths of every `/dist/` file the page requested, in order. */
function distRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/')) seen.push(path.replace(/-[\w-]{8}\.js$/, '.js'));
  });
  return seen;
}

describe('script tag: the panel part loads on demand', () => {
  it('loads only the entry with the page, then the panel and English at the first problem', async () => {
    let seen: string[] = [];
    const page = await e2e.open('/pages/after.html?lang=en', {
      before: async (p) => void (seen = distRequests(p)),
    });
    await page.waitForLoadState('load');
    expect(seen).toEqual(['/dist/trtc-doctor.iife.js']);
    expect(await page.evaluate(() => document.querySelector('trtc-doctor'))).toBeNull();

    const error = await runScenario(page, 'invalidParameter');
    expect(error).toMatchObject({ thrown: true, code: 4096 });
    await openByLauncher(page);
    await expect.poll(() => cardIds(page), { timeout: 5_000 }).toEqual(['sdk:INVALID_PARAMETER']);
    expect(seen).toContain('/dist/lazy/panel.js');
    expect(seen).toContain('/dist/lazy/en.js');
    expect(seen).not.toContain('/dist/lazy/zh.js');

    // A switch loads the other language, and the card is explained again in it.
    await page.evaluate(() =>
      (
        window as unknown as { TRTCDoctor: { doctor: { configure(s: object): void } } }
      ).TRTCDoctor.doctor.configure({ lang: 'zh' }),
    );
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (
                window as unknown as {
                  TRTCDoctor: {
                    doctor: { problems: { value: { diagnosis: { title: string } }[] } };
                  };
                }
              ).TRTCDoctor.doctor.problems.value[0]?.diagnosis.title,
          ),
        { timeout: 5_000 },
      )
      .toMatch(/[\u4e00-\u9fff]/);
    expect(seen).toContain('/dist/lazy/zh.js');
  });

  it('blocked: the launcher counts, the raw list shows the code and message, the console says why', async () => {
    const warnings: string[] = [];
    const page = await e2e.open('/pages/after.html?lang=en', {
      before: async (p) => {
        p.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
        await p.route('**/dist/lazy/**', (route) => route.abort('blockedbyclient'));
      },
    });
    const error = await runScenario(page, 'invalidParameter');
    expect(error).toMatchObject({ thrown: true, code: 4096 });
    await expect
      .poll(() => warnings.some((w) => w.includes('could not load')), { timeout: 5_000 })
      .toBe(true);
    const mini = page.locator('trtc-doctor[data-mini] button').first();
    await expect.poll(() => mini.getAttribute('aria-label'), { timeout: 5_000 }).toContain('1');
    await mini.click();
    const dialog = page.locator('trtc-doctor[data-mini] [role="dialog"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('4096');
    // The report still works, raw.
    const report = await page.evaluate(() =>
      (
        window as unknown as { TRTCDoctor: { doctor: { report(): string } } }
      ).TRTCDoctor.doctor.report(),
    );
    expect(JSON.parse(report)).toMatchObject({ schema: 'trtc-doctor/raw-report@1' });
    expect(report).toContain('4096');
  });

  it('the single-file build needs nothing beside it', async () => {
    let seen: string[] = [];
    const page = await e2e.open('/pages/after.html?lang=en&build=full', {
      before: async (p) => {
        seen = distRequests(p);
        await p.route('**/dist/trtc-doctor.iife.js', (route) =>
          route.continue({
            url: route.request().url().replace('trtc-doctor.iife.js', 'trtc-doctor.full.iife.js'),
          }),
        );
        await p.route('**/dist/lazy/**', (route) => route.abort('blockedbyclient'));
      },
    });
    const error = await runScenario(page, 'invalidParameter');
    expect(error).toMatchObject({ thrown: true, code: 4096 });
    await openByLauncher(page);
    await expect.poll(() => cardIds(page), { timeout: 5_000 }).toEqual(['sdk:INVALID_PARAMETER']);
    expect(seen.filter((p) => p.startsWith('/dist/lazy/'))).toEqual([]);
  });
});

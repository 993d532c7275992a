/**
 * The script tag's split, in Chromium with the real SDK: the entry file alone loads with the page
 * (no panel, no words), the panel part and the words the first problem needs come from beside it
 * at the first problem (exactly what bench/lib/chunks.mjs counts: the engine, the words and the
 * plain launcher), the panel's view (Preact) on the first open, each tab's chunk when the tab
 * opens, the other language only on a switch; when the part cannot load (blocked, offline) the
 * launcher still counts, opens the raw codes and messages, and says why in the console; the
 * single-file build needs nothing beside it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// @ts-expect-error: a plain ES module of the bench, without types
import { lazyPart } from '../../bench/lib/chunks.mjs';
import { runScenario, useSealedBrowser } from './harness/fixture';
import { cardIds, openByLauncher, panel } from './harness/panel';

/** What the size budget counts as the first problem's load, as request paths (no hashes). */
const counted = (lang: string): string[] =>
  ((lazyPart('dist', lang) as string[] | null) ?? []).map(
    (file) => `/${relative(process.cwd(), file).replace(/-[\w-]{8}\.js$/, '.js')}`,
  );

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
    // The first problem loads panel.js, the panel's words and the SDK codes' words: what the
    // budget counts, no more, no less (no cards, no tab, no other family, no other language).
    const first = counted('en');
    expect(first).toContain('/dist/lazy/en-panel.js');
    expect(first).toContain('/dist/lazy/en-sdk.js');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('trtc-doctor') !== null), {
        timeout: 5_000,
      })
      .toBe(true);
    await expect.poll(() => [...new Set(seen.slice(1))].sort()).toEqual([...first].sort());
    // The launcher is plain DOM: the panel's view (Preact) and its words are not part of the
    // first problem, nor is the userSig decoder (this page's client has no userSig yet).
    expect(seen).not.toContain('/dist/lazy/view.js');
    expect(seen).not.toContain('/dist/lazy/en-view.js');
    // The view and the cards' chunk load when the panel first shows them (or on a press on the
    // launcher).
    await openByLauncher(page);
    await expect.poll(() => cardIds(page), { timeout: 5_000 }).toEqual(['sdk:INVALID_PARAMETER']);
    expect(seen).toContain('/dist/lazy/view.js');
    expect(seen).toContain('/dist/lazy/en-view.js');
    expect(seen).toContain('/dist/lazy/ProblemCard.js');

    // Each tab's chunk loads when the tab opens, not before.
    const tab = (name: string) =>
      panel(page).locator(`[role="tab"]`, { hasText: name }).first().click();
    await tab('Report');
    await expect.poll(() => seen.includes('/dist/lazy/Report.js'), { timeout: 5_000 }).toBe(true);
    await expect
      .poll(() => panel(page).locator('[part="preview"]').textContent(), { timeout: 5_000 })
      .toContain('INVALID_PARAMETER');
    expect(seen).not.toContain('/dist/lazy/Environment.js');
    await tab('Environment');
    await expect
      .poll(() => panel(page).locator('[data-action="preflight"]').count(), { timeout: 5_000 })
      .toBe(1);
    expect(seen).toContain('/dist/lazy/Environment.js');
    expect(seen.some((p) => p.startsWith('/dist/lazy/zh-'))).toBe(false);

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
    // The same parts in Chinese, nothing else.
    expect(seen).toContain('/dist/lazy/zh-panel.js');
    expect(seen).toContain('/dist/lazy/zh-view.js');
    expect(seen).toContain('/dist/lazy/zh-sdk.js');
    expect(seen).not.toContain('/dist/lazy/zh-v5.js');
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
    await expect.poll(() => mini.textContent(), { timeout: 5_000 }).toBe('TRTC Doctor 1 recorded');
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

  it('carries no second copy of what it takes from the entry: option checks, redaction, shortcuts', () => {
    const entry = readFileSync('dist/trtc-doctor.iife.js', 'utf8');
    const lazy = readdirSync('dist/lazy')
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join('dist/lazy', file), 'utf8'))
      .join('\n');
    // A message of options.ts, redact.ts's TLS-sig shape, the shortcut grammar's `cmd` alias.
    for (const marker of [/needs a container/, /eJ\(\?:/, /replace\(.cmd.,.meta.\)/]) {
      // Booleans, so a failure names the marker rather than print the whole bundle.
      expect(marker.test(entry), `${marker} in the entry`).toBe(true);
      expect(marker.test(lazy), `${marker} in the lazy part`).toBe(false);
    }
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

  it('the single-file build reads right on a GBK page: its Chinese words are ASCII escapes', async () => {
    /** The first problem's title, on a page served in `charset` (the script: no charset). */
    const titleOn = async (charset: string | undefined) => {
      const page = await e2e.open('/pages/after.html?lang=zh&build=full', {
        before: async (p) => {
          await p.route('**/pages/after.html*', async (route) => {
            const response = await route.fetch();
            await route.fulfill({
              response,
              headers: { 'content-type': `text/html${charset ? `; charset=${charset}` : ''}` },
            });
          });
          await p.route('**/dist/trtc-doctor.iife.js', async (route) => {
            const url = route
              .request()
              .url()
              .replace('trtc-doctor.iife.js', 'trtc-doctor.full.iife.js');
            const response = await route.fetch({ url });
            // A server that names no charset: the page's decides.
            await route.fulfill({ response, headers: { 'content-type': 'text/javascript' } });
          });
        },
      });
      await runScenario(page, 'invalidParameter');
      return page.evaluate(
        () =>
          new Promise<string | undefined>((done) => {
            const w = window as unknown as {
              TRTCDoctor: { doctor: { problems: { value: { diagnosis: { title: string } }[] } } };
            };
            const poll = () => {
              const title = w.TRTCDoctor.doctor.problems.value[0]?.diagnosis.title;
              if (title) done(title);
              else setTimeout(poll, 20);
            };
            poll();
          }),
      );
    };
    const utf8 = await titleOn('utf-8');
    expect(utf8).toMatch(/[\u4e00-\u9fff]/);
    expect(await titleOn('gbk')).toBe(utf8);
  });
});

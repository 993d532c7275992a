/**
 * Screenshots of the open panel with real problems, in both languages and both colour schemes,
 * saved to `test-results/screenshots/` (ignored by git) for people to look at. The assertions
 * check what a screenshot cannot prove alone: the language and the scheme really changed.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario, useSealedBrowser } from './harness/fixture';
import { cardIds, openByLauncher, panel } from './harness/panel';

const e2e = useSealedBrowser('no-devices');
const OUT = resolve(import.meta.dirname, '../../test-results/screenshots');

interface Look {
  /** The panel's title and first card's title. */
  texts: string[];
  background: string;
  color: string;
}

async function look(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const root = document.querySelector('trtc-doctor')?.shadowRoot;
    const node = root?.querySelector('[part~="panel"]');
    const style = node ? getComputedStyle(node) : undefined;
    const titles = [...(root?.querySelectorAll('h2, [part~="card"] h3') ?? [])].map(
      (h) => h.textContent ?? '',
    );
    return {
      texts: titles.slice(0, 2),
      background: style?.backgroundColor ?? '',
      color: style?.color ?? '',
    };
  });
}

const looks: Record<string, Look> = {};

describe('screenshots', () => {
  mkdirSync(OUT, { recursive: true });

  describe.each(['en', 'zh'] as const)('%s', (lang) => {
    it.each(['light', 'dark'] as const)('%s', async (colorScheme) => {
      const page = await e2e.open(`/pages/after.html?lang=${lang}`, {
        context: { viewport: { width: 1100, height: 760 }, colorScheme },
      });
      for (const scenario of ['capture', 'invalidParameter', 'join', 'playBlocked']) {
        expect((await runScenario(page, scenario)).thrown, scenario).toBe(true);
      }
      await openByLauncher(page);
      await expect.poll(() => cardIds(page).then((ids) => ids.length), { timeout: 5_000 }).toBe(4);
      // Let the fonts settle before the picture.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = resolve(OUT, `panel-${lang}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      await panel(page).screenshot({
        path: resolve(OUT, `panel-${lang}-${colorScheme}-panel.png`),
      });
      looks[`${lang}-${colorScheme}`] = await look(page);
      const texts = looks[`${lang}-${colorScheme}`]?.texts ?? [];
      expect(texts.length).toBe(2);
      if (lang === 'zh') expect(texts.join('')).toMatch(/[\u4e00-\u9fff]/);
      else expect(texts.join('')).not.toMatch(/[\u4e00-\u9fff]/);
    });
  });

  it('the schemes differ in colour and the languages in words', () => {
    expect(Object.keys(looks).sort()).toEqual(['en-dark', 'en-light', 'zh-dark', 'zh-light']);
    for (const lang of ['en', 'zh']) {
      const light = looks[`${lang}-light`];
      const dark = looks[`${lang}-dark`];
      expect(light?.background).not.toBe(dark?.background);
      expect(light?.color).not.toBe(dark?.color);
      expect(light?.texts).toEqual(dark?.texts);
    }
    expect(looks['en-light']?.texts).not.toEqual(looks['zh-light']?.texts);
  });
});

/**
 * Accessibility of the open panel with real problems in it: axe-core finds no violation in any
 * tab, in English and Chinese; and a keyboard user can do everything: open with Ctrl+Shift+D,
 * Tab to the first action, press Enter to run it (Resume really plays), Escape closes and focus
 * returns to the launcher.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateWithoutGesture, runScenario, useSealedBrowser } from './harness/fixture';
import { card, cardIds, launcher, openByLauncher, panel, shadowFocus } from './harness/panel';

const e2e = useSealedBrowser('no-devices');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown; failureSummary: string }[];
}

/** axe-core on the `<trtc-doctor>` element and its shadow tree. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(
      { include: [['trtc-doctor']] },
      { resultTypes: ['violations'] },
    )) as {
      violations: AxeViolation[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

async function withProblems(page: Page): Promise<void> {
  for (const scenario of ['playBlocked', 'invalidParameter', 'join']) {
    expect((await runScenario(page, scenario)).thrown, scenario).toBe(true);
  }
}

const audioPaused = (page: Page) =>
  evaluateWithoutGesture<{ tag: string; paused: boolean }[]>(page, 'scenarios.playerState()').then(
    (media) => media.find((m) => m.tag === 'audio')?.paused,
  );

describe('accessibility', () => {
  it.each(['en', 'zh'])(
    'axe finds no violation in any tab of the open panel (%s)',
    async (lang) => {
      const page = await e2e.open(`/pages/after.html?lang=${lang}`);
      await withProblems(page);
      await openByLauncher(page);
      await expect.poll(() => cardIds(page).then((ids) => ids.length), { timeout: 5_000 }).toBe(3);
      await page.addScriptTag({ path: AXE });

      const tabs = page.locator('trtc-doctor [role="tab"]');
      const count = await tabs.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < count; i += 1) {
        await tabs.nth(i).click();
        await expect.poll(() => tabs.nth(i).getAttribute('aria-selected')).toBe('true');
        const name = (await tabs.nth(i).textContent()) ?? String(i);
        expect(await axeViolations(page), `tab ${name}`).toEqual([]);
      }
    },
  );

  it('keyboard: shortcut opens, Tab reaches the first action, Enter runs it, Escape closes', async () => {
    const page = await e2e.open('/pages/after.html');
    expect((await runScenario(page, 'playBlocked')).code).toBe(16451);
    await expect.poll(() => launcher(page).isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await panel(page).isVisible()).toBe(false);

    await page.keyboard.press('Control+Shift+D');
    await expect.poll(() => panel(page).isVisible(), { timeout: 5_000 }).toBe(true);
    // Focus moved into the panel.
    expect(await shadowFocus(page)).not.toBeNull();

    let focused: string | null = null;
    for (let presses = 0; presses < 15; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await shadowFocus(page);
      if (focused?.includes('[data-action=')) break;
    }
    expect(focused).toContain('[data-action=resume-playback]');

    // Enter on the focused button is a user gesture too: playback starts.
    expect(await audioPaused(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => audioPaused(page), { timeout: 5_000 }).toBe(false);
    await expect
      .poll(() => card(page, 'sdk:PLAY_NOT_ALLOWED').getAttribute('data-resolved'))
      .toBe('true');

    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).isVisible()).toBe(false);
    expect(await shadowFocus(page)).toContain('[part=launcher]');
  });

  it('the shortcut toggles: a second Ctrl+Shift+D closes the panel', async () => {
    const page = await e2e.open('/pages/after.html');
    expect((await runScenario(page, 'invalidParameter')).code).toBe(4096);
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(() => panel(page).isVisible(), { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(() => panel(page).isVisible()).toBe(false);
    await openByLauncher(page);
  });
});

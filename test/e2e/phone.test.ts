/**
 * The panel on a 390x844 touch phone and on a desktop, for both audiences: the open panel stays
 * inside the viewport, every control is at least 44 px tall on touch, the launcher can be dragged
 * off the host's bottom-centre button, the end user reads no code, the developer's toast appears
 * at the first problem, axe finds nothing; screenshots of each in both languages are saved to
 * `test-results/screenshots/` to be looked at.
 */
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateWithoutGesture, runScenario, useSealedBrowser } from './harness/fixture';
import { cardIds, launcher, openByLauncher, panel } from './harness/panel';

const e2e = useSealedBrowser('no-devices');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OUT = resolve(import.meta.dirname, '../../test-results/screenshots');
const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
};
const DESKTOP = { viewport: { width: 1100, height: 760 } };
const SIZES = { phone: PHONE, desktop: DESKTOP } as const;
type Audience = 'user' | 'developer';

/** The phone page with real problems (blocked playback, bad parameters, a failed join). */
async function withProblems(page: Page, audience: Audience): Promise<void> {
  await evaluateWithoutGesture(page, `TRTCDoctor.doctor.configure({ audience: '${audience}' })`);
  for (const scenario of ['playBlocked', 'invalidParameter', 'join']) {
    expect((await runScenario(page, scenario)).thrown, scenario).toBe(true);
  }
  await expect.poll(() => launcher(page).isVisible(), { timeout: 5_000 }).toBe(true);
}

/** Drags with one finger, through the browser's own touch input (pointer events of type touch). */
async function touchDrag(page: Page, from: [number, number], to: [number, number]) {
  const cdp = await page.context().newCDPSession(page);
  const point = ([x, y]: [number, number]) => [{ x, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= 8; i += 1) {
    const at: [number, number] = [
      from[0] + ((to[0] - from[0]) * i) / 8,
      from[1] + ((to[1] - from[1]) * i) / 8,
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Every visible control of the panel and launcher, with its height. */
function controls(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('trtc-doctor')!.shadowRoot!;
    return [...root.querySelectorAll<HTMLElement>('button, summary, a, input, textarea')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.sr'))
      .map((el) => ({
        what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30)}`,
        height: Math.round(el.getBoundingClientRect().height),
      }));
  });
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run({ include: [['trtc-doctor']] }, {})) as {
      violations: { id: string; nodes: { target: unknown }[] }[];
    };
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)}`);
  });
}

describe('on a phone', () => {
  it.each(['developer', 'user'] as const)(
    'the open %s panel is a sheet inside the viewport, no wider, controls 44 px tall',
    async (audience) => {
      const page = await e2e.open('/pages/phone.html?lang=en', { context: PHONE });
      await withProblems(page, audience);
      await launcher(page).tap();
      await expect.poll(() => panel(page).isVisible(), { timeout: 5_000 }).toBe(true);
      const box = (await panel(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      const widths = await page.evaluate(() => {
        const body = document.querySelector('trtc-doctor')!.shadowRoot!.querySelector('.body')!;
        return [document.documentElement.scrollWidth, body.scrollWidth, body.clientWidth];
      });
      expect(widths[0]).toBeLessThanOrEqual(390);
      expect(widths[1]).toBeLessThanOrEqual(widths[2]!);
      // Every tab (developers) with its controls.
      const tabs = page.locator('trtc-doctor [role="tab"]');
      for (let i = 0; i < Math.max(1, await tabs.count()); i += 1) {
        if (audience === 'developer') await tabs.nth(i).tap();
        const small = (await controls(page)).filter((c) => c.height < 44);
        expect(small, `tab ${i}`).toEqual([]);
        // Nothing inside is wider than the sheet (a long timeline line, the search row).
        const wide = await page.evaluate(() => {
          const root = document.querySelector('trtc-doctor')!.shadowRoot!;
          const right = root.querySelector('.body')!.getBoundingClientRect().right;
          return [...root.querySelectorAll<HTMLElement>('.body *')]
            .filter((el) => el.getBoundingClientRect().right > right + 0.5 && !el.closest('.txt'))
            .map((el) => el.outerHTML.slice(0, 60));
        });
        expect(wide, `tab ${i}`).toEqual([]);
      }
    },
  );

  it('the launcher can be dragged off the host’s bottom-centre button', async () => {
    const page = await e2e.open('/pages/phone.html?lang=en', { context: PHONE });
    await withProblems(page, 'developer');
    const host = (await page.locator('#end-call').boundingBox())!;
    const centre: [number, number] = [host.x + host.width / 2, host.y + host.height / 2];
    const under = () =>
      page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id || 'ours', centre);
    const own = (await launcher(page).boundingBox())!;
    const grip: [number, number] = [own.x + own.width / 2, own.y + own.height / 2];
    // First onto the button (the page's control is hidden), then up and away.
    await touchDrag(page, grip, [centre[0] + own.width / 2, centre[1]]);
    expect(await under()).toBe('ours');
    const moved = (await launcher(page).boundingBox())!;
    await touchDrag(
      page,
      [moved.x + moved.width / 2, moved.y + moved.height / 2],
      [moved.x + moved.width / 2, moved.y - 120],
    );
    expect(await under()).toBe('end-call');
    // A drag is not a tap: the panel did not open.
    expect(await panel(page).isVisible()).toBe(false);
    // Kept for the session: a reload puts it back where it was dropped.
    const dropped = (await launcher(page).boundingBox())!;
    await page.reload();
    await withProblems(page, 'developer');
    const again = (await launcher(page).boundingBox())!;
    expect(Math.round(again.y)).toBe(Math.round(dropped.y));
  });

  it('an end user reads no code, hex or RtcError in the panel', async () => {
    const page = await e2e.open('/pages/phone.html?lang=en', { context: PHONE });
    await withProblems(page, 'user');
    await launcher(page).tap();
    await expect.poll(() => cardIds(page).then((ids) => ids.length), { timeout: 5_000 }).toBe(3);
    const text = await panel(page).innerText();
    expect(text).not.toMatch(/0x[0-9a-f]+|RtcError|\b\d{4,}\b|TRTC Doctor/i);
    expect(text).toContain('Contact support');
  });
});

describe('when the panel cannot load, on a phone', () => {
  it.each([
    ['en', 'user'],
    ['zh', 'developer'],
  ] as const)(
    'the raw list (%s, %s) fits the screen, its controls are 44 px tall, axe-clean, where it was dragged this session',
    async (lang, audience) => {
      const page = await e2e.open(`/pages/phone.html?lang=${lang}`, {
        context: PHONE,
        before: async (p) => {
          await p.route('**/dist/lazy/**', (r) => r.abort('blockedbyclient'));
          // Where the user dragged the launcher earlier this session: clear of the host's button.
          await p.addInitScript(() =>
            sessionStorage.setItem('trtc-doctor:launcher', '{"x":0,"y":64,"min":false}'),
          );
        },
      });
      await evaluateWithoutGesture(
        page,
        `TRTCDoctor.doctor.configure({ audience: '${audience}' })`,
      );
      for (const scenario of ['invalidParameter', 'join']) {
        expect((await runScenario(page, scenario)).thrown, scenario).toBe(true);
      }
      const mini = page.locator('trtc-doctor[data-mini] button').first();
      await expect.poll(() => mini.textContent(), { timeout: 5_000 }).toMatch(/ 2 /);
      const endCall = (await page.locator('#end-call').boundingBox())!;
      const own = (await mini.boundingBox())!;
      expect(own.y + own.height).toBeLessThanOrEqual(endCall.y);
      await mini.tap();
      const dialog = page.locator('trtc-doctor[data-mini] [role="dialog"]');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      if (audience === 'user') await dialog.locator('summary').tap();
      const box = (await dialog.boundingBox())!;
      // 16 px from each side, as the launcher.
      expect(box.x).toBeGreaterThanOrEqual(15.5);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(own.y);
      const small = await page.evaluate(() =>
        [
          ...document
            .querySelector('trtc-doctor[data-mini]')!
            .shadowRoot!.querySelectorAll('button, summary'),
        ]
          .map((el) => Math.round(el.getBoundingClientRect().height))
          .filter((h) => h < 44),
      );
      expect(small).toEqual([]);
      expect(await dialog.textContent()).toContain('4096');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(OUT, `phone-fallback-${lang}-${audience}.png`) });
    },
  );

  it('the plain launcher shows the worst severity and can be dragged off the host’s button', async () => {
    const page = await e2e.open('/pages/phone.html?lang=en', {
      context: PHONE,
      before: async (p) => {
        await p.route('**/dist/lazy/**', (r) => r.abort('blockedbyclient'));
      },
    });
    const mini = page.locator('trtc-doctor[data-mini] button').first();
    const severity = () =>
      page.evaluate(() =>
        document
          .querySelector('trtc-doctor[data-mini]')!
          .shadowRoot!.querySelector('.b')!
          .getAttribute('data-severity'),
      );
    // Blocked playback alone is a warning, as the panel would say; a failed join makes it an error.
    expect((await runScenario(page, 'playBlocked')).thrown).toBe(true);
    await expect.poll(() => mini.textContent(), { timeout: 5_000 }).toMatch(/ 1 /);
    expect(await severity()).toBe('warning');
    await page.screenshot({ path: resolve(OUT, 'phone-fallback-warning.png') });
    for (const scenario of ['invalidParameter', 'join']) {
      expect((await runScenario(page, scenario)).thrown, scenario).toBe(true);
    }
    await expect.poll(() => mini.textContent(), { timeout: 5_000 }).toMatch(/ 3 /);
    expect(await severity()).toBe('error');
    const host = (await page.locator('#end-call').boundingBox())!;
    const centre: [number, number] = [host.x + host.width / 2, host.y + host.height / 2];
    const under = () =>
      page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id || 'ours', centre);
    const own = (await mini.boundingBox())!;
    // First onto the button (the page's control is hidden), then up and away.
    await touchDrag(
      page,
      [own.x + own.width / 2, own.y + own.height / 2],
      [centre[0] + own.width / 2, centre[1]],
    );
    expect(await under()).toBe('ours');
    const moved = (await mini.boundingBox())!;
    await touchDrag(
      page,
      [moved.x + moved.width / 2, moved.y + moved.height / 2],
      [moved.x + moved.width / 2, moved.y - 120],
    );
    expect(await under()).toBe('end-call');
    // A drag is not a tap: the raw list did not open.
    expect(await page.locator('trtc-doctor[data-mini] [role="dialog"]').isVisible()).toBe(false);
    const dropped = (await mini.boundingBox())!;
    expect(dropped.y + dropped.height).toBeLessThanOrEqual(host.y);
    expect(dropped.x).toBeGreaterThanOrEqual(15.5);
    expect(dropped.x + dropped.width).toBeLessThanOrEqual(390 - 15.5);
    await page.screenshot({ path: resolve(OUT, 'phone-fallback-dragged.png') });
  });
});

describe('200 % zoom', () => {
  // A 1100x760 window at 200 % zoom lays out 550x380 CSS px: the panel must still fit and scroll.
  it.each(['developer', 'user'] as const)(
    'the %s panel fits a 550x380 viewport',
    async (audience) => {
      const page = await e2e.open('/pages/phone.html?lang=en', {
        context: { viewport: { width: 550, height: 380 }, deviceScaleFactor: 2 },
      });
      await withProblems(page, audience);
      await openByLauncher(page);
      const box = (await panel(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(550);
      expect(box.y + box.height).toBeLessThanOrEqual(380);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        550,
      );
      await page.screenshot({ path: resolve(OUT, `zoom200-${audience}.png`) });
    },
  );
});

describe('timeline and contact form on a phone', () => {
  it.each(['en', 'zh'] as const)('screenshots (%s)', async (lang) => {
    const page = await e2e.open(`/pages/phone.html?lang=${lang}`, { context: PHONE });
    await withProblems(page, 'developer');
    await launcher(page).tap();
    await page.locator('trtc-doctor [role="tab"]').nth(1).tap();
    await page.screenshot({ path: resolve(OUT, `phone-timeline-${lang}.png`) });
    await evaluateWithoutGesture(page, `TRTCDoctor.doctor.configure({ audience: 'user' })`);
    await page.locator('trtc-doctor [data-support]').tap();
    await page.locator('trtc-doctor textarea').fill('Joining the class');
    await page.screenshot({ path: resolve(OUT, `phone-support-${lang}.png`) });
    expect(await page.locator('trtc-doctor [part~="preview"]').textContent()).toContain(
      'Joining the class',
    );
  });
});

describe('the developer toast', () => {
  it.each(Object.keys(SIZES) as (keyof typeof SIZES)[])(
    'appears at the first problem with its title (%s)',
    async (size) => {
      const page = await e2e.open('/pages/phone.html?lang=en', { context: SIZES[size] });
      await evaluateWithoutGesture(page, `TRTCDoctor.doctor.configure({ audience: 'developer' })`);
      expect((await runScenario(page, 'join')).thrown).toBe(true);
      const toast = page.locator('trtc-doctor [part~="toast"]');
      await expect.poll(() => toast.isVisible(), { timeout: 5_000 }).toBe(true);
      const first = await evaluateWithoutGesture<string>(
        page,
        'TRTCDoctor.doctor.problems.value[0].diagnosis.related[0]?.title ?? TRTCDoctor.doctor.problems.value[0].diagnosis.title',
      );
      expect(await toast.textContent()).toContain(`1 problem · ${first}`);
      await page.screenshot({ path: resolve(OUT, `toast-${size}.png`) });
      await toast.locator('.tmain').click();
      await expect.poll(() => panel(page).isVisible()).toBe(true);
      expect(await toast.count()).toBe(0);
    },
  );
});

describe('axe and screenshots', () => {
  mkdirSync(OUT, { recursive: true });
  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    for (const audience of ['developer', 'user'] as const) {
      it.each(['en', 'zh'] as const)(`${size}, ${audience}, %s: axe clean`, async (lang) => {
        const page = await e2e.open(`/pages/phone.html?lang=${lang}`, {
          context: SIZES[size],
        });
        await withProblems(page, audience);
        await openByLauncher(page);
        await expect
          .poll(() => cardIds(page).then((ids) => ids.length), { timeout: 5_000 })
          .toBe(3);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.screenshot({ path: resolve(OUT, `${size}-${audience}-${lang}.png`) });
        await panel(page).screenshot({
          path: resolve(OUT, `${size}-${audience}-${lang}-panel.png`),
        });
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

describe('the demo pages', () => {
  it.each(['index', 'support', 'qa'])('%s fits a 390 px phone', async (name) => {
    const page = await e2e.open(`/dist/demo/${name}.html?lang=en`, { context: PHONE });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.screenshot({ path: resolve(OUT, `demo-${name}-phone.png`), fullPage: true });
    expect(width).toBeLessThanOrEqual(390);
  });

  it('support page: the end user’s inline panel explains a failed capture', async () => {
    const page = await e2e.open('/dist/demo/support.html?lang=en', { context: DESKTOP });
    // No camera in this browser: a real DEVICE_NOT_FOUND, with no request leaving loopback.
    await page.click('[data-run="capture"]');
    await expect.poll(() => cardIds(page).then((ids) => ids.length), { timeout: 5_000 }).toBe(1);
    const help = page.locator('#help');
    await help.scrollIntoViewIfNeeded();
    await help.screenshot({ path: resolve(OUT, 'demo-support-inline.png') });
    expect(await panel(page).innerText()).not.toMatch(/0x[0-9a-f]+|RtcError/i);
  });
});

/**
 * The README's pictures (`docs/screenshots/`), small: one pixel per CSS pixel, clipped to the
 * panel. Only with `UPDATE_DOCS_SCREENSHOTS=1`, so a test run never rewrites tracked files.
 */
describe.runIf(process.env.UPDATE_DOCS_SCREENSHOTS === '1')('README screenshots', () => {
  const DOCS = resolve(import.meta.dirname, '../../docs/screenshots');
  mkdirSync(DOCS, { recursive: true });

  it('developer overlay, end-user inline panel, phone sheet', async () => {
    const dev = await e2e.open('/pages/phone.html?lang=en', { context: DESKTOP });
    await withProblems(dev, 'developer');
    await openByLauncher(dev);
    await expect.poll(() => cardIds(dev).then((ids) => ids.length), { timeout: 5_000 }).toBe(3);
    await dev.screenshot({
      path: resolve(DOCS, 'developer-overlay.png'),
      clip: { x: 630, y: 120, width: 470, height: 640 },
    });

    const inline = await e2e.open('/dist/demo/support.html?lang=en', { context: DESKTOP });
    await inline.click('[data-run="capture"]');
    await expect.poll(() => cardIds(inline).then((ids) => ids.length), { timeout: 5_000 }).toBe(1);
    await inline.locator('#help').screenshot({ path: resolve(DOCS, 'user-inline.png') });

    const phone = await e2e.open('/pages/phone.html?lang=en', {
      context: { ...PHONE, deviceScaleFactor: 1 },
    });
    await withProblems(phone, 'user');
    await launcher(phone).tap();
    await expect.poll(() => panel(phone).isVisible(), { timeout: 5_000 }).toBe(true);
    await phone.screenshot({ path: resolve(DOCS, 'phone-sheet.png') });
  });
});

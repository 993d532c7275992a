/**
 * A hostile host stylesheet (`* { all: unset !important }`, global `!important` colours and fonts,
 * huge z-indexes, box-model rules on every element) changes nothing inside the panel: every
 * panel node has the same computed style and the same box with and without it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario, useSealedBrowser } from './harness/fixture';
import { cardIds, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('no-devices');
const HOSTILE = readFileSync(new URL('./pages/hostile.css', import.meta.url), 'utf8');

/** Properties a leak would change (inherited ones and the box model). */
const PROPS = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-shadow',
  'cursor',
  'opacity',
  'transform',
  'box-sizing',
  'margin-top',
  'padding-top',
  'border-top-width',
  'border-top-style',
  'min-width',
  'display',
  'position',
  'z-index',
  'outline-style',
];

interface Snapshot {
  /** `index tag[part]` -> computed values of PROPS. */
  styles: Record<string, Record<string, string>>;
  /** `index tag[part]` -> rounded box, for every element with an area. */
  boxes: Record<string, string>;
}

/** Every element of the shadow root: its computed style and its box on screen. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate((props) => {
    const root = document.querySelector('trtc-doctor')?.shadowRoot;
    const styles: Snapshot['styles'] = {};
    const boxes: Snapshot['boxes'] = {};
    [...(root?.querySelectorAll('*') ?? [])].forEach((el, i) => {
      const part = el.getAttribute('part');
      const name = `${i} ${el.tagName.toLowerCase()}${part ? `[${part}]` : ''}`;
      const style = getComputedStyle(el);
      styles[name] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
      const r = el.getBoundingClientRect();
      // Boxes of what can be seen: the zero-height root sits where the page's flow puts the
      // host element, and the 1px live region is visually hidden; neither is drawn.
      if (r.width * r.height > 1) {
        boxes[name] = [r.x, r.y, r.width, r.height].map(Math.round).join(',');
      }
    });
    return { styles, boxes };
  }, PROPS);
}

async function makeErrors(page: Page): Promise<void> {
  for (const scenario of ['invalidParameter', 'join', 'playBlocked']) {
    expect((await runScenario(page, scenario)).thrown, scenario).toBe(true);
  }
}

async function openPanel(page: Page): Promise<void> {
  await openByLauncher(page);
  await expect.poll(() => cardIds(page).then((ids) => ids.length), { timeout: 5_000 }).toBe(3);
  // Focus the first action so focus styles are compared too.
  await page.locator('trtc-doctor [part~="card"] [data-action]').first().focus();
}

describe('hostile host CSS', () => {
  it('changes no computed style and no box inside the panel', async () => {
    const viewport = { width: 1280, height: 800 };
    // The same clock in both pages, so relative times ("now", "3 s ago") read the same.
    const before = (page: Page) => page.clock.setFixedTime(new Date('2026-01-01T10:00:00Z'));
    const clean = await e2e.open('/pages/after.html', { context: { viewport }, before });
    await makeErrors(clean);
    await openPanel(clean);
    const expected = await snapshot(clean);
    expect(Object.keys(expected.styles).length).toBeGreaterThan(20);

    const hostile = await e2e.open('/pages/after.html', { context: { viewport }, before });
    // Errors first: Playwright's evaluate (behind addStyleTag) would give the page a user gesture.
    await makeErrors(hostile);
    await hostile.addStyleTag({ content: HOSTILE });
    // The stylesheet really applies to the page around the panel.
    expect(await hostile.evaluate(() => getComputedStyle(document.body).color)).toBe(
      'rgb(255, 0, 255)',
    );
    await openPanel(hostile);
    const actual = await snapshot(hostile);

    expect(actual.styles).toEqual(expected.styles);
    expect(actual.boxes).toEqual(expected.boxes);
  });
});

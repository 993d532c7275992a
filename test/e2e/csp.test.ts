/**
 * The script-tag page under a strict CSP sent as a header (`default-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'`, plus only what the SDK needs: see STRICT_CSP): the panel is
 * styled exactly as without the CSP, every card and action still works, and trtc-doctor causes no
 * `securitypolicyviolation` at all. The SDK's own violations, if any, are told apart by their
 * source file and reported by the test's output.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario, useSealedBrowser } from './harness/fixture';
import { card, cardIds, launcher, openByLauncher, panel } from './harness/panel';
import { STRICT_CSP } from './harness/server';

const e2e = useSealedBrowser('no-devices');

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

/** Records every CSP violation of the page from its very start (an init script runs first). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      });
    });
  });
}

const violations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

const SCENARIOS = ['invalidParameter', 'invalidOperation', 'capture', 'join', 'playBlocked'];
const EXPECTED_CARDS = [
  'sdk:DEVICE_NOT_FOUND',
  'sdk:INVALID_OPERATION',
  'sdk:INVALID_PARAMETER',
  'sdk:PLAY_NOT_ALLOWED',
  'sdk:SCHEDULE_FAILED',
];

/** Computed styles that show whether our stylesheet applied, for the main panel nodes. */
function panelStyles(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const root = document.querySelector('trtc-doctor')?.shadowRoot;
    const nodes: Record<string, Element | null | undefined> = {
      launcher: root?.querySelector('[part~="launcher"]'),
      panel: root?.querySelector('[part~="panel"]'),
      card: root?.querySelector('[part~="card"]'),
      action: root?.querySelector('[part~="card"] [data-action]'),
    };
    const props = [
      'background-color',
      'color',
      'font-family',
      'font-size',
      'border-radius',
      'padding-top',
      'position',
      'display',
    ];
    const out: Record<string, Record<string, string>> = {};
    for (const [name, node] of Object.entries(nodes)) {
      if (!node) continue;
      const style = getComputedStyle(node);
      out[name] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    return out;
  });
}

/** Opens the page, makes every real error, opens the panel; returns the page. */
async function pageWithEveryError(query: string): Promise<Page> {
  const page = await e2e.open(`/pages/after.html${query}`, { before: recordViolations });
  for (const scenario of SCENARIOS) {
    expect((await runScenario(page, scenario)).thrown, scenario).toBe(true);
  }
  await openByLauncher(page);
  await expect
    .poll(() => cardIds(page).then((ids) => ids.sort()), { timeout: 5_000 })
    .toEqual(EXPECTED_CARDS);
  return page;
}

describe('strict CSP', () => {
  it('the panel works and is styled as without the CSP; trtc-doctor violates nothing', async () => {
    const open = await pageWithEveryError('');
    const baseline = await panelStyles(open);

    const page = await pageWithEveryError('?csp=strict');
    const response = await page.request.get(`${e2e.origin()}/pages/after.html?csp=strict`);
    expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);

    // Styled: the launcher has a real background, and every node looks as without the CSP.
    const styles = await panelStyles(page);
    expect(Object.keys(styles).sort()).toEqual(['action', 'card', 'launcher', 'panel']);
    expect(styles.launcher?.['background-color']).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(styles).toEqual(baseline);
    await expect.poll(() => launcher(page).isVisible()).toBe(true);
    await expect.poll(() => panel(page).isVisible()).toBe(true);

    // An action still works under the CSP: the real click on the launcher that opened the panel
    // resumed the blocked playback (the launcher's first click runs Resume), and its card settled.
    const blocked = card(page, 'sdk:PLAY_NOT_ALLOWED');
    await expect.poll(() => blocked.getAttribute('data-resolved'), { timeout: 5_000 }).toBe('true');

    const seen = await violations(page);
    const fromSdk = seen.filter((v) => v.sourceFile.endsWith('/sdk/trtc.js'));
    const ours = seen.filter((v) => !fromSdk.includes(v));
    if (fromSdk.length) console.warn('CSP violations by the TRTC SDK itself:', fromSdk);
    expect(ours).toEqual([]);

    // The policy is really enforced on this page: an inline style attribute is refused (and
    // reported). (eval cannot be the probe: DevTools evaluation is exempt from the CSP.)
    const probe = await page.evaluate(() => {
      document.body.setAttribute('style', 'color: rgb(255, 0, 0)');
      return getComputedStyle(document.body).color;
    });
    expect(probe).not.toBe('rgb(255, 0, 0)');
    await expect
      .poll(async () =>
        (await violations(page)).some(
          (v) => v.sourceFile === '' && v.directive === 'style-src-attr',
        ),
      )
      .toBe(true);
  });
});

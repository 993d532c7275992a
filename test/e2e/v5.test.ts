/**
 * The script-tag build on a plain page with the real TRTC SDK v5 (`trtc-sdk-v5`), in Chromium with
 * no camera, every request kept on loopback (the SDK's schedule and log hosts point at the test
 * server, `enterRoom({ proxy })`): each offline recipe of REAL-SDK-V5.md becomes its own card (not a
 * generic one), whether trtc-doctor's script comes after the SDK's or before it; the events that
 * cannot be produced offline (`kicked-out`, `autoplay-failed`, an `error` 5501) are delivered
 * through the real instance's own `emit()`; a real click on Resume calls the event's `resume()`
 * inside the gesture and the card resolves on the play-state event; and the userSig given to
 * `enterRoom()` appears nowhere we write (panel, both reports, our console messages).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateWithoutGesture, useSealedBrowser, type ErrorSummary } from './harness/fixture';
import { card, cardIds, hasGlobalDoctor, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('no-devices');

/** What `scenarios-v5.js` resolves to for a real v5 error. */
interface V5ErrorSummary extends ErrorSummary {
  functionName?: string;
  /** `originError.getCode()`, the internal v4-style code, when there is one. */
  originCode?: number;
}

/** Runs `scenarios.<name>(...args)` of the page outside a user gesture, as an app's code runs. */
function run<T = V5ErrorSummary>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  const list = args.map((a) => JSON.stringify(a)).join(', ');
  return evaluateWithoutGesture<T>(page, `window.scenarios.${name}(${list})`);
}

/** Each offline recipe: the scenario, the SDK's code and extraCode, the card it must make. */
const RECIPES = [
  { scenario: 'enterRoomEmpty', code: 5000, extraCode: 5001, id: 'v5:5001' },
  { scenario: 'roomIdString', code: 5000, extraCode: 5016, id: 'v5:5016' },
  { scenario: 'roomIdZero', code: 5000, extraCode: 5015, id: 'v5:5015' },
  { scenario: 'startLocalVideo', code: 5300, extraCode: 5301, id: 'v5:5301' },
  { scenario: 'viewMissing', code: 5000, extraCode: 5009, id: 'v5:5009' },
  { scenario: 'seiWithoutEnable', code: 5100, extraCode: 5108, id: 'v5:5108' },
  { scenario: 'remoteVideoBeforeEnter', code: 5100, extraCode: 5101, id: 'v5:5101' },
  { scenario: 'switchRoleBeforeEnter', code: 5100, extraCode: 5101, id: 'v5:5101' },
  // No extraCode: the cause (schedule failed) is in its originError, and leads.
  { scenario: 'enterRoomOffline', code: 5500, extraCode: undefined, id: 'sdk:SCHEDULE_FAILED' },
] as const;

const PAGES = [
  { order: 'after', path: '/pages/v5-after.html' },
  { order: 'before', path: '/pages/v5-before.html' },
] as const;

/**
 * Reads the shadow DOM without giving the page a user activation: Playwright's locator queries
 * run with one, which would make a later `navigator.userActivation` check meaningless.
 */
function quietly<T>(page: Page, body: string): Promise<T> {
  return evaluateWithoutGesture<T>(
    page,
    `(() => { const root = document.querySelector('trtc-doctor')?.shadowRoot; ${body} })()`,
  );
}

/** The `data-resolved` of the card with `id` (null when there is no such card), read quietly. */
const resolvedOf = (page: Page, id: string) =>
  quietly<string | null>(
    page,
    `return root?.querySelector('[part~="card"][data-diagnosis-id="${id}"]')?.getAttribute('data-resolved') ?? null;`,
  );

describe('the real SDK v5 alone', () => {
  it('gives every offline recipe its code, and the offline enterRoom stays on loopback', async () => {
    const page = await e2e.open('/pages/v5-sdk-only.html');
    for (const { scenario, code, extraCode } of RECIPES) {
      const error = await run(page, scenario);
      expect(error, scenario).toMatchObject({ thrown: true, code });
      expect(error.extraCode, scenario).toBe(extraCode);
    }
    const before = e2e.server().sinkHits();
    const offline = await run(page, 'enterRoomOffline');
    expect(offline.message).toContain('schedule failed');
    // SCHEDULE_FAILED 0x404c, the v4-style cause inside the v5 error.
    expect(offline.originCode).toBe(0x404c);
    await expect.poll(() => e2e.server().sinkHits(), { timeout: 10_000 }).toBeGreaterThan(before);
  });
});

describe.each(PAGES)('script tag $order the SDK v5', ({ path }) => {
  it('watches TRTC.create() and defines nothing stray on the namespace', async () => {
    const page = await e2e.open(path);
    expect(await hasGlobalDoctor(page)).toBe(true);
    const alone = await e2e.open('/pages/v5-sdk-only.html');
    const keys = 'Object.getOwnPropertyNames(TRTC).sort()';
    expect(await evaluateWithoutGesture(page, keys)).toEqual(
      await evaluateWithoutGesture(alone, keys),
    );
    expect(await evaluateWithoutGesture(page, "typeof TRTC.create === 'function'")).toBe(true);
  });

  it.each(RECIPES)('$scenario ($code/$extraCode) shows the $id card', async (recipe) => {
    const page = await e2e.open(path);
    const error = await run(page, recipe.scenario);
    // The page still gets the SDK's own error, unchanged by the wrapping.
    expect(error).toMatchObject({ thrown: true, code: recipe.code });
    expect(error.extraCode).toBe(recipe.extraCode);

    await openByLauncher(page);
    await expect.poll(() => cardIds(page), { timeout: 5_000 }).toEqual([recipe.id]);
    await expect.poll(() => card(page, recipe.id).isVisible()).toBe(true);
  });

  it.each(['kick', 'banned', 'room_disband'])(
    'kicked-out (%s) through the instance emit shows its card',
    async (reason) => {
      const page = await e2e.open(path);
      await run(page, 'emitKickedOut', reason);
      await openByLauncher(page);
      await expect
        .poll(() => cardIds(page), { timeout: 5_000 })
        .toEqual([`v5:kicked-out/${reason}`]);
    },
  );

  it('an error 5501 through the instance emit shows the firewall guide with the ports', async () => {
    const page = await e2e.open(path);
    expect(await run<boolean>(page, 'learnErrorClass')).toBe(true);
    const emitted = await run(page, 'emitError', 5500, 5501);
    expect(emitted).toMatchObject({ code: 5500, extraCode: 5501 });
    await openByLauncher(page);
    // The card of learnErrorClass's enterRoom({}) is there too; 5501 is its own.
    await expect.poll(() => cardIds(page), { timeout: 5_000 }).toContain('v5:5501');
    const guide = card(page, 'v5:5501').locator('[data-guide="firewall"]');
    await expect.poll(() => guide.count()).toBe(1);
    const text = (await guide.textContent()) ?? '';
    for (const port of ['8000', '8080', '8800', '443']) expect(text).toContain(port);
  });
});

describe('autoplay-failed: Resume calls the event resume() inside the click', () => {
  it.each(PAGES)('script tag $order the SDK', async ({ path }) => {
    const page = await e2e.open(path);
    // Marks the span of each click's dispatch: a resume() called in the click sees it set.
    await evaluateWithoutGesture(
      page,
      `window.__inClick = false;
       addEventListener('click', () => (window.__inClick = true), true);
       addEventListener('click', () => (window.__inClick = false));
       const record = window.__resumeCalls.push.bind(window.__resumeCalls);
       window.__resumeCalls.push = (call) => record({ ...call, inClick: window.__inClick });`,
    );
    await run(page, 'emitAutoplayFailed', 'remote-1', 'audio');
    // Opened by script and read quietly: the only user activation is the click on Resume.
    await evaluateWithoutGesture(page, 'TRTCDoctor.doctor.open()');
    await expect
      .poll(() => resolvedOf(page, 'v5:autoplay-failed'), { timeout: 5_000 })
      .toBe('false');
    const activation = 'navigator.userActivation.hasBeenActive';
    expect(await evaluateWithoutGesture(page, activation)).toBe(false);
    expect(await evaluateWithoutGesture(page, 'window.__resumeCalls')).toEqual([]);

    const blocked = card(page, 'v5:autoplay-failed');
    await blocked.locator('[data-action="resume-playback"]').click();
    await expect
      .poll(() => evaluateWithoutGesture(page, 'window.__resumeCalls'), { timeout: 5_000 })
      .toEqual([{ userId: 'remote-1', mediaType: 'audio', gesture: true, inClick: true }]);
    // resume() stays pending: the card waits for the SDK to say the media plays.
    await new Promise((done) => setTimeout(done, 300));
    expect(await resolvedOf(page, 'v5:autoplay-failed')).toBe('false');

    await run(page, 'emitPlaying', 'remote-1', 'audio');
    await expect.poll(() => blocked.getAttribute('data-resolved'), { timeout: 5_000 }).toBe('true');
  });
});

describe('the userSig given to enterRoom()', () => {
  it('appears nowhere: panel (shadow DOM), both reports, our console messages', async () => {
    const ours: string[] = [];
    const sdks: string[] = [];
    const page = await e2e.open('/pages/v5-after.html?lang=en', {
      before: async (p) => {
        p.on('console', (message) => {
          const from = message.location().url;
          (from.includes('/sdk/v5/') ? sdks : ours).push(message.text());
        });
      },
    });
    const userSig = await evaluateWithoutGesture<string>(page, 'window.USER_SIG');
    const forms = [userSig, encodeURIComponent(userSig), userSig.slice(8, 40)];

    expect((await run(page, 'enterRoomOffline')).code).toBe(5500);
    // The same message quotes the userSig and a control word: the word shows, the userSig not.
    const control = 'CONTROL-7f3a';
    expect(await run<boolean>(page, 'learnErrorClass')).toBe(true);
    expect((await run(page, 'emitHandlerError', control)).message).toContain(userSig);
    await openByLauncher(page);
    await expect.poll(() => cardIds(page), { timeout: 5_000 }).toContain('v5:5503');
    // Every tab of the panel rendered once, so each view had its chance to show the secret.
    const shown = await page.evaluate(async () => {
      const root = document.querySelector('trtc-doctor')!.shadowRoot!;
      const texts: string[] = [];
      for (const tab of root.querySelectorAll<HTMLElement>('[role="tab"]')) {
        tab.click();
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
        texts.push(root.innerHTML, (root as unknown as HTMLElement).textContent ?? '');
      }
      texts.push(root.innerHTML);
      return texts.join('\n');
    });
    const reports = await evaluateWithoutGesture<string[]>(
      page,
      `[TRTCDoctor.doctor.report({ format: 'json' }), TRTCDoctor.doctor.report({ format: 'markdown' })]`,
    );
    // Not vacuous: the reports and the panel do describe this room and its errors.
    for (const report of reports) {
      expect(report).toContain('1400000000');
      expect(report).toMatch(/schedule failed/i);
      expect(report).toContain(control);
    }
    expect(shown).toMatch(/schedule failed/i);
    expect(shown).toContain(control);

    for (const form of forms) {
      expect(shown, 'panel').not.toContain(form);
      for (const report of reports) expect(report, 'report').not.toContain(form);
      for (const line of ours) expect(line, 'our console').not.toContain(form);
    }
    // The SDK itself logs the userSig in its own enterRoom() failure line: outside our reach.
    expect(sdks.some((line) => line.includes(userSig))).toBe(true);
  });
});

/**
 * The script-tag build on a plain page with the real SDK, in Chromium with no camera: each real
 * error the demo produces becomes the right card (and only that card), whether trtc-doctor's
 * script comes after the SDK's or before it; the SDK's error still reaches the page unchanged;
 * and PLAY_NOT_ALLOWED is fixed by a real click on the card's Resume button.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWithoutGesture, runScenario, useSealedBrowser } from './harness/fixture';
import { card, cardIds, hasGlobalDoctor, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('no-devices');

/** Each real error of the demo list: the scenario, the SDK code it must give, the card it must make. */
const REAL_ERRORS = [
  { scenario: 'invalidParameter', code: 4096, id: 'sdk:INVALID_PARAMETER' },
  { scenario: 'invalidOperation', code: 4097, id: 'sdk:INVALID_OPERATION' },
  { scenario: 'capture', code: 4099, id: 'sdk:DEVICE_NOT_FOUND' },
  { scenario: 'join', code: 16460, id: 'sdk:SCHEDULE_FAILED' },
  { scenario: 'playBlocked', code: 16451, id: 'sdk:PLAY_NOT_ALLOWED' },
] as const;

const audioPaused = (page: Parameters<typeof runScenario>[0]) =>
  evaluateWithoutGesture<{ tag: string; paused: boolean }[]>(page, 'scenarios.playerState()').then(
    (media) => media.find((m) => m.tag === 'audio')?.paused,
  );

describe.each([
  { order: 'after', page: '/pages/after.html' },
  { order: 'before', page: '/pages/before.html' },
])('script tag $order the SDK', ({ page: path }) => {
  it.each(REAL_ERRORS)('$scenario shows the $id card', async ({ scenario, code, id }) => {
    const page = await e2e.open(path);
    expect(await hasGlobalDoctor(page)).toBe(true);

    // Outside a user gesture, as an app's own code runs (and as autoplay needs).
    const error = await runScenario(page, scenario);
    // The page still gets the SDK's own error, unchanged by the wrapping.
    expect(error).toMatchObject({ thrown: true, code });

    await openByLauncher(page);
    await expect.poll(() => cardIds(page), { timeout: 5_000 }).toEqual([id]);
    await expect.poll(() => card(page, id).isVisible()).toBe(true);
  });

  it('a real click on Resume plays the blocked stream and resolves the card', async () => {
    const page = await e2e.open(path);
    const error = await runScenario(page, 'playBlocked');
    expect(error).toMatchObject({ thrown: true, code: 16451 });
    expect(await audioPaused(page)).toBe(true);

    const blocked = card(page, 'sdk:PLAY_NOT_ALLOWED');
    // The shortcut opens the panel without resuming: only a click on our own UI promises that.
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(() => blocked.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await blocked.getAttribute('data-resolved')).not.toBe('true');
    expect(await audioPaused(page)).toBe(true);

    await blocked.locator('[data-action="resume-playback"]').click();
    await expect.poll(() => audioPaused(page), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => blocked.getAttribute('data-resolved'), { timeout: 5_000 }).toBe('true');
  });

  it('the first real click on the launcher is the gesture that plays the blocked stream', async () => {
    const page = await e2e.open(path);
    expect(await runScenario(page, 'playBlocked')).toMatchObject({ thrown: true, code: 16451 });
    expect(await audioPaused(page)).toBe(true);
    await openByLauncher(page);
    await expect.poll(() => audioPaused(page), { timeout: 5_000 }).toBe(false);
    await expect
      .poll(() => card(page, 'sdk:PLAY_NOT_ALLOWED').getAttribute('data-resolved'), {
        timeout: 5_000,
      })
      .toBe('true');
  });
});

/**
 * The real TRTC SDK v5 with Chromium's fake camera and microphone (REAL-SDK-V5.md's device
 * recipes), script tag after the SDK: permission prompts denied give 5300/5302 and its card;
 * granted, a second `startLocalVideo()` while the first runs gives 5998 and a camera id that does
 * not exist gives 5300/5304, each with its own card.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateWithoutGesture, useSealedBrowser, type ErrorSummary } from './harness/fixture';
import { cardIds, openByLauncher } from './harness/panel';

const run = (page: Page, name: string) =>
  evaluateWithoutGesture<ErrorSummary>(page, `window.scenarios.${name}()`);

/** Runs `scenario` on the v5 script-tag page; expects the SDK's codes, then the card `id`. */
async function expectCard(
  e2e: ReturnType<typeof useSealedBrowser>,
  scenario: string,
  codes: Partial<ErrorSummary>,
  id: string,
): Promise<void> {
  const page = await e2e.open('/pages/v5-after.html');
  const devices = await page.evaluate(() => navigator.mediaDevices.enumerateDevices());
  // The devices exist: the failure is the permission, the call order or the id, not the camera.
  expect(devices.some((d) => d.kind === 'videoinput')).toBe(true);
  const error = await run(page, scenario);
  expect(error).toMatchObject({ thrown: true, ...codes });
  await openByLauncher(page);
  await expect.poll(() => cardIds(page), { timeout: 5_000 }).toEqual([id]);
}

describe('fake devices, permission prompts denied', () => {
  const e2e = useSealedBrowser('fake-devices-denied');
  it('startLocalVideo() gives 5300/5302 and the v5:5302 card', () =>
    expectCard(e2e, 'startLocalVideo', { code: 5300, extraCode: 5302 }, 'v5:5302'));
});

describe('fake devices, permission prompts granted', () => {
  const e2e = useSealedBrowser('fake-devices-granted');
  it('a second startLocalVideo() while the first runs gives 5998 and the v5:5998 card', () =>
    expectCard(e2e, 'startLocalVideoTwice', { code: 5998 }, 'v5:5998'));
  it('updateLocalVideo() with a camera id that does not exist gives 5300/5304', () =>
    expectCard(e2e, 'badCameraId', { code: 5300, extraCode: 5304 }, 'v5:5304'));
});

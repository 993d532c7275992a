/**
 * Chromium with a fake camera and microphone and every permission prompt denied: the real SDK
 * rejects capture with INITIALIZE_FAILED named NotAllowedError, and trtc-doctor's card leads with
 * the browser's guidance (`browser:NotAllowedError`), with the script tag after or before the SDK.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, useSealedBrowser } from './harness/fixture';
import { card, cardIds, hasGlobalDoctor, openByLauncher } from './harness/panel';

const e2e = useSealedBrowser('fake-devices-denied');

describe('permission denied', () => {
  it('the SDK alone: INITIALIZE_FAILED with the browser name NotAllowedError', async () => {
    const page = await e2e.open('/pages/sdk-only.html');
    const devices = await page.evaluate(() => navigator.mediaDevices.enumerateDevices());
    // The devices exist: the failure is the permission, not a missing camera.
    expect(devices.some((d) => d.kind === 'videoinput')).toBe(true);
    const error = await runScenario(page, 'capture');
    expect(error).toMatchObject({ thrown: true, name: 'NotAllowedError', code: 4100 });
    expect(error.message).toContain('<INITIALIZE_FAILED 0x1004>');
  });

  it.each(['/pages/after.html', '/pages/before.html'])(
    '%s shows the browser:NotAllowedError card',
    async (path) => {
      const page = await e2e.open(path);
      expect(await hasGlobalDoctor(page)).toBe(true);
      const error = await runScenario(page, 'capture');
      expect(error).toMatchObject({ thrown: true, name: 'NotAllowedError', code: 4100 });
      await openByLauncher(page);
      await expect
        .poll(() => cardIds(page), { timeout: 5_000 })
        .toEqual(['browser:NotAllowedError']);
      // The SDK's own entry stays behind it, as a related diagnosis inside the card.
      const related = card(page, 'browser:NotAllowedError').locator(
        '[data-diagnosis-id="sdk:INITIALIZE_FAILED"]',
      );
      await expect.poll(() => related.count()).toBeGreaterThan(0);
    },
  );

  it("the card's permission button asks again: denied while blocked, granted once allowed", async () => {
    const page = await e2e.open('/pages/after.html');
    expect((await runScenario(page, 'capture')).name).toBe('NotAllowedError');
    await openByLauncher(page);
    const denied = card(page, 'browser:NotAllowedError');
    const ask = denied.locator('[data-action="request-permission"]');
    const outcome = denied.locator('[part~="result"]');

    await ask.click();
    await expect
      .poll(() => outcome.getAttribute('data-outcome'), { timeout: 5_000 })
      .toMatch(/^(denied|blocked)$/);

    // The user allows the site (as in the browser's site settings), then asks again.
    await page.context().grantPermissions(['camera', 'microphone']);
    await ask.click();
    await expect
      .poll(() => outcome.getAttribute('data-outcome'), { timeout: 5_000 })
      .toBe('granted');
  });
});

/**
 * Reading trtc-doctor's panel from a test, through its public DOM contract only: the
 * `<trtc-doctor>` element, its open shadow root, `part` names, `data-diagnosis-id`,
 * `data-action` and `data-resolved`. Playwright's CSS locators pierce open shadow roots.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { evaluateWithoutGesture } from './fixture';

/** The launcher button of the overlay. */
export const launcher = (page: Page): Locator => page.locator('trtc-doctor [part~="launcher"]');

/** The panel (the dialog region). */
export const panel = (page: Page): Locator => page.locator('trtc-doctor [part~="panel"]');

/** The problem card for a diagnosis id (not the related blocks inside other cards). */
export const card = (page: Page, id: string): Locator =>
  page.locator(`trtc-doctor [part~="card"][data-diagnosis-id="${id}"]`);

/** The diagnosis ids of every problem card shown, in order. */
export function cardIds(page: Page): Promise<string[]> {
  return page
    .locator('trtc-doctor [part~="card"]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-diagnosis-id') ?? ''));
}

/**
 * Whether the page has the script-tag doctor (`TRTCDoctor.doctor`). Asked without a user
 * gesture: `page.evaluate` would give the page one, and autoplay would then be allowed.
 */
export function hasGlobalDoctor(page: Page): Promise<boolean> {
  return evaluateWithoutGesture<boolean>(
    page,
    "typeof globalThis.TRTCDoctor?.doctor?.watchClient === 'function'",
  );
}

/** Opens the overlay by clicking its launcher (a real click), and waits for the panel. */
export async function openByLauncher(page: Page): Promise<void> {
  await launcher(page).click();
  await expect.poll(() => panel(page).isVisible(), { timeout: 5_000 }).toBe(true);
}

/** The shadow root's active element, described as `tag[part]` (or null). */
export function shadowFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector('trtc-doctor')?.shadowRoot?.activeElement;
    if (!active) return null;
    const part = active.getAttribute('part');
    const action = active.getAttribute('data-action');
    return `${active.tagName.toLowerCase()}${part ? `[part=${part}]` : ''}${action ? `[data-action=${action}]` : ''}`;
  });
}

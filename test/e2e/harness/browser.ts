/**
 * Debian Chromium through playwright-core, sealed to loopback (REAL-SDK.md): DNS resolves only
 * localhost and 127.0.0.1, every other request is aborted by a route AND recorded, and anything
 * the route cannot see (websockets, requests of other frames or workers) is recorded too. Each
 * test asserts the record is empty: a test fails if any request leaves loopback.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// The flags REAL-SDK.md asks for, shared with the browser bench (Playwright adds a fresh temp
// profile itself).
import SEALED_FLAGS from './sealed-flags.json';

/** Which media devices and permission answers the browser has. */
export type MediaScenario =
  /** No flag: headless Chromium has no camera or microphone. */
  | 'no-devices'
  /** Fake camera and microphone, every permission prompt denied. */
  | 'fake-devices-denied'
  /** Fake camera and microphone, every permission prompt granted. */
  | 'fake-devices-granted';

const MEDIA_FLAGS: Record<MediaScenario, string[]> = {
  'no-devices': [],
  'fake-devices-denied': ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
  'fake-devices-granted': ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
};

/** True for the only hosts a test may talk to. */
export function isLoopback(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Page-internal schemes never touch the network.
  if (['data:', 'blob:', 'about:', 'chrome-extension:', 'devtools:'].includes(parsed.protocol)) {
    return true;
  }
  return parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
}

/** A launched, sealed browser and the record of every attempt to leave loopback. */
export interface SealedBrowser {
  readonly browser: Browser;
  /** A new sealed context (fresh storage, colour scheme and locale as asked). */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  /** A page in a new sealed context. */
  newPage(options?: Parameters<Browser['newContext']>[0]): Promise<Page>;
  /** Every non-loopback URL that was tried since the last `takeLeaks()`, sorted, once each. */
  peekLeaks(): string[];
  /** The same, and forgets them. */
  takeLeaks(): string[];
  close(): Promise<void>;
}

/** Launches `/usr/bin/chromium` with the sealed flags and the media scenario's flags. */
export async function launchSealed(scenario: MediaScenario = 'no-devices'): Promise<SealedBrowser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...SEALED_FLAGS, ...MEDIA_FLAGS[scenario]],
    // Playwright's own flags are fine; it would add --headless anyway.
    headless: true,
  });
  let leaks: string[] = [];
  const record = (url: string): void => {
    if (!isLoopback(url)) leaks.push(url);
  };

  const newContext: SealedBrowser['newContext'] = async (options) => {
    const context = await browser.newContext({ serviceWorkers: 'block', ...options });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      record(url);
      return route.abort('blockedbyclient');
    });
    // What the route may not see: websockets, and requests from any page or worker.
    context.on('request', (request) => record(request.url()));
    context.on('page', (page) => page.on('websocket', (ws) => record(ws.url())));
    return context;
  };

  return {
    browser,
    newContext,
    async newPage(options) {
      const context = await newContext(options);
      return context.newPage();
    },
    peekLeaks: () => [...new Set(leaks)].sort(),
    takeLeaks() {
      const taken = [...new Set(leaks)].sort();
      leaks = [];
      return taken;
    },
    close: () => browser.close(),
  };
}

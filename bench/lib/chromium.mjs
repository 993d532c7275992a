// Debian's Chromium through playwright-core, sealed to loopback as REAL-SDK.md requires: DNS
// resolves nothing but localhost/127.0.0.1, and every request elsewhere is aborted.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// The flags REAL-SDK.md asks for, the same list the browser tests use.
const ARGS = JSON.parse(
  readFileSync(new URL('../../test/e2e/harness/sealed-flags.json', import.meta.url), 'utf8'),
);

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary profile
 * (`--user-data-dir` in a new temp directory, removed on close), and every context is a fresh
 * incognito-like session on top of it.
 */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Whether a URL stays on this machine. */
export function isLoopback(url) {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return false;
  }
}

/**
 * A new context whose every request off loopback is aborted and recorded (with websockets and
 * worker requests, which the route may not see), so a run that tried to leave the machine says so.
 */
export async function sealedContext(browser, options = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  // What the route may not see: websockets, and requests of workers.
  const record = (url) => {
    if (!isLoopback(url) && !blocked.includes(url)) blocked.push(url);
  };
  context.on('request', (request) => record(request.url()));
  context.on('page', (page) => page.on('websocket', (ws) => record(ws.url())));
  return { context, blocked };
}

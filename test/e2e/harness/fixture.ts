/**
 * The per-file setup every browser test shares: one server and one sealed browser per file
 * (launching is the slow part), a fresh context per page, and the loopback check after each test.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchSealed, type MediaScenario, type SealedBrowser } from './browser';
import { startServer, type ServerOptions, type TestServer } from './server';

/** What a test file gets from {@link useSealedBrowser}. */
export interface E2E {
  /** The server's origin, `http://127.0.0.1:PORT`. */
  readonly origin: () => string;
  readonly server: () => TestServer;
  readonly browser: () => SealedBrowser;
  /** Opens `path` (e.g. `/pages/after.html?lang=zh`) in a page of a new, sealed context. */
  open(path: string, options?: OpenOptions): Promise<Page>;
}

/** How {@link E2E.open} sets up the page. */
export interface OpenOptions {
  /** Options of the new context (viewport, colour scheme, locale...). */
  context?: Parameters<SealedBrowser['newContext']>[0];
  /** Runs before navigation, e.g. to add init scripts. */
  before?: (page: Page) => Promise<void>;
}

/**
 * Registers the hooks: launch before the file, close after it, and after each test fail when any
 * request tried to leave loopback, then close that test's contexts.
 */
export function useSealedBrowser(
  scenario: MediaScenario,
  { mounts }: Pick<ServerOptions, 'mounts'> = {},
): E2E {
  let server: TestServer | undefined;
  let sealed: SealedBrowser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // E2E_DIST_DIR serves another build as /dist/ (e.g. an unpacked release tarball's dist/).
    server = await startServer({ distDir: process.env.E2E_DIST_DIR || undefined, mounts });
    sealed = await launchSealed(scenario);
  });

  afterEach(async () => {
    // Uploads the SDK schedules a moment after an error would escape a check made at once.
    await new Promise((done) => setTimeout(done, 300));
    const leaks = sealed?.takeLeaks() ?? [];
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
    expect(leaks, 'requests that tried to leave loopback').toEqual([]);
  });

  afterAll(async () => {
    await sealed?.close();
    await server?.close();
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`e2e: ${what} is not ready (beforeAll failed?)`);
    return value;
  };

  return {
    origin: () => need(server, 'the server').origin,
    server: () => need(server, 'the server'),
    browser: () => need(sealed, 'the browser'),
    async open(path, { context: contextOptions, before } = {}) {
      const context = await need(sealed, 'the browser').newContext(contextOptions);
      contexts.push(context);
      const page = await context.newPage();
      await before?.(page);
      await page.goto(need(server, 'the server').origin + path);
      return page;
    },
  };
}

/**
 * Runs `expression` in the page WITHOUT a user gesture and returns its awaited JSON value.
 * Playwright's `page.evaluate` runs with one, and a single call gives the page the user
 * activation that lets autoplay through: before a PLAY_NOT_ALLOWED scenario, use only this. Throws the page's
 * exception text when the expression throws.
 */
export async function evaluateWithoutGesture<T = unknown>(
  page: Page,
  expression: string,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const answer = await cdp.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: false,
    });
    if (answer.exceptionDetails) {
      const text = answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text;
      throw new Error(`page threw: ${text}`);
    }
    return answer.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** What `scenarios.*()` in `pages/scenarios.js` resolves to: the SDK's error, flattened. */
export interface ErrorSummary {
  thrown: boolean;
  name?: string;
  code?: number;
  extraCode?: number;
  message?: string;
}

/** Runs one of the page's real-error scenarios outside a user gesture. */
export function runScenario(page: Page, name: string): Promise<ErrorSummary> {
  return evaluateWithoutGesture<ErrorSummary>(page, `window.scenarios.${name}()`);
}

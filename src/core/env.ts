/**
 * Facts about where the page runs: browser, secure context, SDK version, permission states and
 * the SDK's own `checkSystemRequirements()`. Used by the `check-environment` action and the report.
 * Everything is read lazily and guarded: importing this file touches no browser global.
 */
import { field, read, str } from './guard.js';
import { sdkVersionOf } from './sdk-version.js';
import type { TrtcNamespaceLike } from './types.js';

/** A browser as told by its user agent. */
export interface BrowserInfo {
  /** `Chrome`, `Edge`, `Firefox`, `Safari`, `WeChat`, `QQ Browser` or `unknown`. */
  readonly name: string;
  readonly version: string;
}

/** A permission state, `unknown` where the browser cannot tell (Firefox for camera, Safari < 16). */
export type PermissionValue = 'granted' | 'denied' | 'prompt' | 'unknown';

/** Camera and microphone permission states. */
export interface PermissionStates {
  readonly camera: PermissionValue;
  readonly microphone: PermissionValue;
}

/** The SDK's `checkSystemRequirements()` result, booleans only. */
export interface SystemCheck {
  readonly result: boolean;
  readonly detail: Readonly<Record<string, boolean>>;
}

/** Where the page runs. Every field is optional data: absent means "could not tell". */
export interface EnvironmentFacts {
  /** `Date.now()` of the check. */
  readonly checkedAt: number;
  readonly userAgent?: string;
  readonly browser: BrowserInfo;
  readonly language?: string;
  readonly secureContext?: boolean;
  /** The page address without query or hash (those may carry tokens). */
  readonly url?: string;
  /** `TRTC.VERSION`. */
  readonly sdkVersion?: string;
  /** `v4` (`trtc-js-sdk`) or `v5` (`trtc-sdk-v5`), when the namespace is known. */
  readonly sdkFamily?: 'v4' | 'v5';
  /** This package's version. */
  readonly widgetVersion: string;
  readonly screenShare?: boolean;
  readonly permissions?: PermissionStates;
  /** Absent when the SDK's check was not available or timed out. */
  readonly system?: SystemCheck;
}

/** This package's version, set at build time. */
export const WIDGET_VERSION: string =
  typeof __TRTC_DOCTOR_VERSION__ === 'string' ? __TRTC_DOCTOR_VERSION__ : 'dev';

// Most specific first: WeChat and QQ Browser also say Chrome/Safari, Edge also says Chrome.
const BROWSERS: readonly (readonly [string, RegExp])[] = [
  ['WeChat', /MicroMessenger\/([\d.]+)/],
  ['QQ Browser', /M?QQBrowser\/([\d.]+)/],
  ['Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/([\d.]+)/],
  ['Chrome', /(?:Chrome|CriOS)\/([\d.]+)/],
  ['Safari', /Version\/([\d.]+).*Safari\//],
];

/** Name and version from a user agent string (a small parser for the browsers TRTC users meet). */
export function parseBrowser(userAgent: string): BrowserInfo {
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match?.[1]) return { name, version: match[1] };
  }
  return { name: 'unknown', version: '' };
}

/** The browser's `navigator`, when there is one (not in Node or a sandbox without it). */
export const nav = () => field(globalThis, 'navigator') as Partial<Navigator> | undefined;

export { sdkVersionOf, warnUnknownVersion } from './sdk-version.js';

/**
 * Which SDK generation a namespace is: v5 makes instances with `create()`, v4 clients with
 * `createClient()`; the version decides when both or neither are there.
 */
export function sdkFamilyOf(trtc: TrtcNamespaceLike | undefined): 'v4' | 'v5' | undefined {
  const major = /^(\d+)\./.exec(sdkVersionOf(trtc) ?? '')?.[1];
  if (major === '4' || major === '5') return `v${major}`;
  if (typeof field(trtc, 'createClient') === 'function') return 'v4';
  return typeof field(trtc, 'create') === 'function' ? 'v5' : undefined;
}

/** The facts that cost nothing to read (no promise, no prompt). */
export function snapshotEnvironment(trtc?: TrtcNamespaceLike): EnvironmentFacts {
  const userAgent = str(field(nav(), 'userAgent'));
  const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
  return {
    checkedAt: Date.now(),
    userAgent,
    browser: parseBrowser(userAgent ?? ''),
    language: str(field(nav(), 'language')),
    secureContext: flag(field(globalThis, 'isSecureContext')),
    url: read(() => {
      const { origin, pathname } = (globalThis as { location?: Location }).location!;
      return origin + pathname;
    }),
    sdkVersion: sdkVersionOf(trtc),
    sdkFamily: sdkFamilyOf(trtc),
    widgetVersion: WIDGET_VERSION,
    screenShare: flag(read(() => trtc?.isScreenShareSupported?.())),
  };
}

/** A permission state as we report it: one of the three the browser knows, else `unknown`. */
const permissionValue = (state: unknown): PermissionValue =>
  state === 'granted' || state === 'denied' || state === 'prompt' ? state : 'unknown';

/**
 * Camera and microphone permission states, where the browser tells them. Where it cannot (Firefox
 * for the camera, Safari before 16), v5's `TRTC.getPermissions({ request: false })` may (5.13+).
 */
export async function queryPermissions(
  trtc?: TrtcNamespaceLike,
  timeout?: Timeout,
): Promise<PermissionStates> {
  const states = await browserPermissions();
  const ask = trtc?.getPermissions;
  if (!ask || !timeout || (states.camera !== 'unknown' && states.microphone !== 'unknown')) {
    return states;
  }
  const sdk = await timeout(
    new Promise((resolve) => resolve(ask.call(trtc, { request: false }))).catch(() => undefined),
    SYSTEM_CHECK_TIMEOUT_MS,
    undefined,
  );
  const pick = (key: 'camera' | 'microphone') =>
    states[key] === 'unknown' ? permissionValue(field(sdk, key)) : states[key];
  return { camera: pick('camera'), microphone: pick('microphone') };
}

async function browserPermissions(): Promise<PermissionStates> {
  const [camera, microphone] = await Promise.all(
    (['camera', 'microphone'] as const).map(async (name): Promise<PermissionValue> => {
      try {
        // Firefox throws a TypeError for these names, Safari before 16 has no `permissions`.
        return permissionValue(
          (await nav()?.permissions?.query({ name: name as PermissionName }))?.state,
        );
      } catch {
        return 'unknown';
      }
    }),
  );
  return { camera: camera!, microphone: microphone! };
}

/** Bounds a promise: resolves to `fallback` after `ms`. Supplied by the doctor (its timers). */
export type Timeout = <T>(promise: Promise<T>, ms: number, fallback: T) => Promise<T>;

/**
 * Timeouts that a destroy can cut short: each is a one-off `setTimeout`, cleared as soon as the
 * promise settles; `clearAll()` settles every pending one with its fallback.
 */
export function createTimers(): { timeout: Timeout; clearAll(): void } {
  const pending = new Set<() => void>();
  const timeout: Timeout = (promise, ms, fallback) =>
    new Promise((resolve) => {
      // Settling twice is harmless: a promise keeps its first value.
      const finish = (value: typeof fallback) => {
        clearTimeout(id);
        pending.delete(cancel);
        resolve(value);
      };
      const cancel = () => finish(fallback);
      const id = setTimeout(cancel, ms);
      pending.add(cancel);
      promise.then(finish, cancel);
    });
  return { timeout, clearAll: () => [...pending].forEach((cancel) => cancel()) };
}

/** How long the SDK's self-check may take before the report goes on without it. */
export const SYSTEM_CHECK_TIMEOUT_MS = 4000;

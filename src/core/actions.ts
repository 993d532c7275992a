/**
 * The fixes the panel offers. Each action resolves to an `ActionResult` (never rejects): a failure
 * is an outcome the UI can explain. Actions that need a user gesture (resume, the permission
 * prompt, the clipboard) start their browser call synchronously, before any `await`, so they run
 * inside the click that triggered them.
 */
import type { ConnectionFindings } from './connection.js';
import { nav, queryPermissions } from './env.js';
import type { EnvironmentFacts, Timeout } from './env.js';
import { field, read, text } from './guard.js';
import { settles } from './store.js';
import type { ResolveTrigger } from './store.js';
import { t } from './strings.js';
import type { StringKey } from './strings.js';
import type { ActionId, ActionResult, Lang, Problem, TrtcNamespaceLike } from './types.js';

/** What the actions need from the doctor. */
export interface ActionHub {
  lang(): Lang;
  problems(): readonly Problem[];
  trtc(): TrtcNamespaceLike | undefined;
  readonly onRetryCapture?: (problem: Problem) => unknown;
  readonly onRejoin?: (problem: Problem) => unknown;
  readonly timeout: Timeout;
  resolve(trigger: ResolveTrigger, target?: object): void;
  /** Record a failure of a host callback (deduplicated by the doctor). */
  capture(error: unknown, problem: Problem | undefined, operation: string): void;
  /** A short, redacted description of an error. */
  describe(error: unknown): string;
  /** The markdown report. */
  report(): string;
  setEnvironment(environment: EnvironmentFacts): void;
  /**
   * Loads the results' sentences in the current language (when they load on demand); resolves
   * either way. Started with the action, awaited before its result is said.
   */
  ready?(): Promise<unknown>;
  /** The connection test with the doctor's hosts (`test-connection`); absent: not offered. */
  testConnection?(): Promise<ConnectionFindings>;
}

/** A device as the `check-devices` action lists it. */
export interface DeviceSummary {
  readonly deviceId: string;
  readonly label: string;
}

/** How long a device or clipboard call may take before it counts as failed. */
export const ACTION_TIMEOUT_MS = 4000;

/** Every action core implements. */
export const ACTION_IDS =
  'resume-playback request-permission retry-capture check-devices check-environment rejoin copy-report reload-page open-system-settings test-connection'.split(
    ' ',
  ) as readonly ActionId[];

/** The outcomes that mean the action did what it was for. */
const SUCCESSES = [
  'resumed',
  'granted',
  'retried',
  'rejoined',
  'checked',
  'supported',
  'copied',
  'reloading',
  'conn-ok',
  'conn-no-stun-tested',
];

/** A `getUserMedia` error name, and what it tells (`denied` turns `blocked` if it was denied before). */
const MEDIA_FAILURES: readonly (readonly [RegExp, StringKey])[] = [
  [/NotAllowed|PermissionDenied|Security/, 'denied'],
  [/NotFound|DevicesNotFound|Overconstrained/, 'no-device'],
  [/NotReadable|TrackStart|Abort/, 'in-use'],
];

/** How an action says its outcome (`result` of `createActions`). */
export type Say = (
  action: ActionId,
  outcome: string,
  vars?: Record<string, string | number>,
  data?: unknown,
  key?: StringKey,
) => ActionResult;

/** A list from a call, bounded in time (`list` of `createActions`). */
export type ListOf = (call: () => unknown) => Promise<unknown[] | undefined>;

/** The actions bound to a hub: `run`, `canRun`, and `result` (an outcome said in the hub's language). */
export function createActions(hub: ActionHub) {
  // How each result says itself: said again once the sentences are loaded (`run`).
  const sayings = new WeakMap<ActionResult, () => string>();
  /** The result of `action`: its outcome, said by the string `key` (the outcome by default). */
  const result = (
    action: ActionId,
    outcome: string,
    vars?: Record<string, string | number>,
    data?: unknown,
    key = outcome as StringKey,
  ): ActionResult => {
    const say = () => t(hub.lang(), key, vars);
    const made = { action, ok: SUCCESSES.includes(outcome), outcome, text: say(), data };
    sayings.set(made, say);
    return made;
  };
  /** A list, or `undefined` when the call is missing, fails, or takes too long. */
  const list = (call: () => unknown): Promise<unknown[] | undefined> =>
    hub.timeout(new Promise((resolve) => resolve(call())), ACTION_TIMEOUT_MS, undefined).then(
      (value) => (Array.isArray(value) ? value : undefined),
      () => undefined,
    );
  /** The problem a host callback is about: the one given, or the first open one it fixes. */
  const pick = (action: ActionId, problem?: Problem) => {
    const open = hub.problems().filter((p) => !p.resolved);
    return problem ?? open.find((p) => p.diagnosis.actions.includes(action)) ?? open[0];
  };
  const callHost = (action: 'retry-capture' | 'rejoin', outcome: string) => {
    const callback = action === 'rejoin' ? hub.onRejoin : hub.onRetryCapture;
    return async (problem?: Problem): Promise<ActionResult> => {
      if (!callback) return result(action, 'unsupported');
      const target = pick(action, problem);
      try {
        // The host owns its streams and credentials; we only call back (and wait for it).
        await callback(target as Problem);
        return result(action, outcome);
      } catch (error) {
        hub.capture(error, target, action);
        const reason = hub.describe(error);
        return result(action, 'failed', { reason }, { reason });
      }
    };
  };

  const ACTIONS: Record<ActionId, (problem?: Problem) => Promise<ActionResult>> = {
    'resume-playback'(problem) {
      const own = problem?.source.target;
      const streams = new Set(
        typeof field(own, 'resume') === 'function'
          ? [own]
          : hub
              .problems()
              .filter((p) => {
                const target = p.source.target;
                return (
                  !p.resolved &&
                  typeof field(target, 'resume') === 'function' &&
                  settles('playing', p, target)
                );
              })
              .map((p) => p.source.target),
      );
      if (!streams.size) {
        return Promise.resolve(result('resume-playback', 'nothing-to-do'));
      }
      // resume() only succeeds inside the user's click: every call happens now, before any await.
      const attempts = [...streams].map((stream) =>
        new Promise((resolve) => resolve((stream as { resume(): unknown }).resume())).then(
          () => (hub.resolve('playing', stream), true),
          () => false,
        ),
      );
      return Promise.all(attempts).then((oks) => {
        const resumed = oks.filter(Boolean).length;
        const data = { resumed, total: oks.length };
        return resumed === oks.length
          ? result('resume-playback', 'resumed', { n: resumed }, data)
          : result('resume-playback', 'failed', {}, data, 'resumeFailed');
      });
    },

    'request-permission'(problem) {
      const d = problem?.diagnosis;
      const about = `${d?.message ?? ''} ${d?.key ?? ''}`;
      const camera = /camera|video/i.test(about);
      // Both when the problem names neither (or both).
      const kinds: ('camera' | 'microphone')[] =
        camera === /microphone|audio|\bmic\b/i.test(about)
          ? ['camera', 'microphone']
          : [camera ? 'camera' : 'microphone'];
      const named = t(hub.lang(), kinds[1] ? 'both' : kinds[0]!);
      const done = (outcome: string, extra: { reason?: string; [k: string]: unknown } = {}) =>
        result(
          'request-permission',
          outcome,
          { kinds: named, reason: extra.reason ?? '' },
          { kinds, ...extra },
        );
      if (field(globalThis, 'isSecureContext') === false) {
        return Promise.resolve(done('insecure-context'));
      }
      const media = nav()?.mediaDevices;
      if (typeof media?.getUserMedia !== 'function') return Promise.resolve(done('unsupported'));
      // Both start now: the prompt needs the click, and the state read now is the state before it.
      const before = queryPermissions();
      const request = new Promise<MediaStream>((resolve) =>
        resolve(
          media.getUserMedia({
            video: kinds.includes('camera'),
            audio: kinds.includes('microphone'),
          }),
        ),
      );
      return Promise.all([
        before,
        request.then(
          (s) => ({ s }),
          (e: unknown) => ({ e }),
        ),
      ]).then(([permissions, got]) => {
        if ('s' in got) {
          // Tracks that cannot be stopped end with the stream; the permission is what mattered.
          read(() => got.s.getTracks().forEach((track) => track.stop()));
          hub.resolve('permission-granted');
          return done('granted', { permissions });
        }
        const errorName = text(field(got.e, 'name') ?? '');
        const extra = { permissions, errorName };
        const [, outcome] = MEDIA_FAILURES.find(([pattern]) => pattern.test(errorName)) ?? [];
        if (!outcome) return done('failed', { ...extra, reason: hub.describe(got.e) });
        const blocked = outcome === 'denied' && kinds.some((k) => permissions[k] === 'denied');
        return done(blocked ? 'blocked' : outcome, extra);
      });
    },

    'retry-capture': callHost('retry-capture', 'retried'),
    rejoin: callHost('rejoin', 'rejoined'),

    // The checks load when first run: most pages never list their devices.
    'check-devices': () => import('./checks.js').then((c) => c.checkDevices(hub, result, list)),
    'check-environment': () => import('./checks.js').then((c) => c.checkEnvironmentOf(hub, result)),

    // v5 DEVICE_ERROR 5302 on Windows and macOS: the system, not the browser, refused the device,
    // and the error's own handler opens the system's privacy settings. Called inside the click.
    'open-system-settings'(problem) {
      const handler = systemSettingsHandler(problem);
      if (!handler) return Promise.resolve(result('open-system-settings', 'unsupported'));
      handler();
      return Promise.resolve(result('open-system-settings', 'opened'));
    },

    // The last resort for a lost connection when the host gave no `onRejoin`: a fresh page joins
    // again with whatever the host's own start-up does.
    'reload-page'() {
      const loc = field(globalThis, 'location') as Location | undefined;
      if (typeof loc?.reload !== 'function')
        return Promise.resolve(result('reload-page', 'unsupported'));
      loc.reload();
      return Promise.resolve(result('reload-page', 'reloading'));
    },

    // The verdict is the outcome, and its sentence (the whitelist's UDP ports filled in).
    'test-connection'() {
      // The test's module (with the ports it names) is loaded by then: it ran the test.
      return Promise.all([hub.testConnection!(), import('./connection.js')]).then(([found, c]) =>
        result('test-connection', found.verdict, { ports: c.MEDIA_UDP_PORTS }, found),
      );
    },

    'copy-report'() {
      const report = hub.report();
      const copied = (ok: unknown) =>
        ok || copyWithTextarea(report)
          ? result('copy-report', 'copied', {}, { text: report })
          : result('copy-report', 'failed', {}, { text: report }, 'copyFailed');
      // Started inside the click: Safari grants the clipboard only to a transient user gesture.
      const writing = new Promise((resolve) => resolve(nav()!.clipboard!.writeText(report)));
      return hub
        .timeout(
          writing.then(
            () => true,
            () => false,
          ),
          ACTION_TIMEOUT_MS,
          false,
        )
        .then(copied);
    },
  };

  /** Run `action`. Synchronous up to the first browser call; never rejects. */
  function run(action: ActionId, problem?: Problem): Promise<ActionResult> {
    // The sentences load beside the action, which starts now (inside the click).
    const ready = hub.ready?.();
    return new Promise<ActionResult>((resolve) =>
      resolve(
        ACTION_IDS.includes(action) ? ACTIONS[action](problem) : result(action, 'unsupported'),
      ),
    )
      .catch((error: unknown) => result(action, 'failed', { reason: hub.describe(error) }))
      .then((done) =>
        ready
          ? ready.then(
              () => ({ ...done, text: sayings.get(done)?.() ?? done.text }),
              () => done,
            )
          : done,
      );
  }

  /** The `handler()` of the error behind a problem (v5 sets one where it can help). */
  const systemSettingsHandler = (problem?: Problem) => {
    const error = problem?.error;
    const handler = field(error, 'handler');
    return typeof handler === 'function' ? () => handler.call(error) : undefined;
  };

  /** Whether `action` can do anything here (for `problem`, when the action depends on it). */
  function canRun(action: ActionId, problem?: Problem): boolean {
    if (action === 'open-system-settings') return !!systemSettingsHandler(problem);
    if (action === 'retry-capture') return typeof hub.onRetryCapture === 'function';
    if (action === 'rejoin') return typeof hub.onRejoin === 'function';
    if (action === 'request-permission' || action === 'check-devices') return nav() !== undefined;
    if (action === 'test-connection') return typeof hub.testConnection === 'function';
    if (action === 'reload-page')
      return typeof field(field(globalThis, 'location'), 'reload') === 'function';
    return ACTION_IDS.includes(action);
  }

  return { run, canRun, result };
}

function copyWithTextarea(text: string): boolean {
  const doc = field(globalThis, 'document') as Document | undefined;
  if (!doc?.body) return false;
  const area = doc.createElement('textarea');
  try {
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.appendChild(area);
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

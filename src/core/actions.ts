/**
 * The fixes the panel offers. Each action resolves to an `ActionResult` (never rejects): a failure
 * is an outcome the UI can explain. Actions that need a user gesture (resume, the permission
 * prompt, the clipboard) start their browser call synchronously, before any `await`, so they run
 * inside the click that triggered them.
 */
import { checkEnvironment, queryPermissions } from './env.js';
import type { EnvironmentFacts, Timeout } from './env.js';
import { settles } from './store.js';
import type { ResolveTrigger } from './store.js';
import { t } from './strings.js';
import type { StringKey } from './strings.js';
import type {
  ActionId,
  ActionResult,
  Lang,
  Problem,
  TrtcNamespaceLike,
  TrtcStreamLike,
} from './types.js';

/** Every action core implements. */
export const ACTION_IDS: readonly ActionId[] = [
  'resume-playback',
  'request-permission',
  'retry-capture',
  'check-devices',
  'check-environment',
  'rejoin',
  'copy-report',
];

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
}

/** A device as the `check-devices` action lists it. */
export interface DeviceSummary {
  readonly deviceId: string;
  readonly label: string;
}

/** How long a device or clipboard call may take before it counts as failed. */
export const ACTION_TIMEOUT_MS = 4000;

type Kind = 'camera' | 'microphone';

const nav = (): Partial<Navigator> | undefined =>
  (globalThis as { navigator?: Navigator }).navigator;

/** The action functions bound to a hub. */
export function createActions(hub: ActionHub) {
  const result = (
    action: ActionId,
    ok: boolean,
    outcome: string,
    key: StringKey,
    vars?: Record<string, string | number>,
    data?: unknown,
  ): ActionResult => ({ action, ok, outcome, text: t(hub.lang(), key, vars), data });

  function resumePlayback(problem?: Problem): Promise<ActionResult> {
    const streams = new Set<TrtcStreamLike>();
    const own = problem?.source.target as TrtcStreamLike | undefined;
    if (own && typeof own.resume === 'function') streams.add(own);
    else {
      for (const p of hub.problems()) {
        const target = p.source.target as TrtcStreamLike | undefined;
        if (
          !p.resolved &&
          target &&
          typeof target.resume === 'function' &&
          settles('playing', p, target)
        ) {
          streams.add(target);
        }
      }
    }
    if (!streams.size)
      return Promise.resolve(result('resume-playback', false, 'nothing-to-do', 'nothingToResume'));
    // resume() only succeeds inside the user's click: every call happens now, before any await.
    const attempts = [...streams].map((stream) => {
      try {
        return Promise.resolve(stream.resume?.()).then(
          () => (hub.resolve('playing', stream), true),
          () => false,
        );
      } catch {
        return Promise.resolve(false);
      }
    });
    return Promise.all(attempts).then((oks) => {
      const resumed = oks.filter(Boolean).length;
      const data = { resumed, total: oks.length };
      return resumed === oks.length
        ? result('resume-playback', true, 'resumed', 'resumed', { n: resumed }, data)
        : result('resume-playback', false, 'failed', 'resumeFailed', {}, data);
    });
  }

  function kindsOf(problem?: Problem): Kind[] {
    const d = problem?.diagnosis;
    const text = `${d?.message ?? ''} ${d?.key ?? ''}`;
    const camera = /camera|video/i.test(text);
    const microphone = /microphone|audio|\bmic\b/i.test(text);
    if (camera !== microphone) return camera ? ['camera'] : ['microphone'];
    return ['camera', 'microphone'];
  }

  function requestPermission(problem?: Problem): Promise<ActionResult> {
    const kinds = kindsOf(problem);
    const vars = {
      kinds: t(
        hub.lang(),
        kinds.length === 2 ? 'both' : kinds[0] === 'camera' ? 'camera' : 'microphone',
      ),
    };
    const done = (ok: boolean, outcome: string, key: StringKey, extra: object = {}) =>
      result('request-permission', ok, outcome, key, vars, { kinds, ...extra });
    const n = nav();
    if ((globalThis as { isSecureContext?: boolean }).isSecureContext === false) {
      return Promise.resolve(done(false, 'insecure-context', 'insecureContext'));
    }
    const media = n?.mediaDevices;
    if (!media || typeof media.getUserMedia !== 'function')
      return Promise.resolve(done(false, 'unsupported', 'unsupported'));
    // Both start now: the prompt needs the click, and the state read now is the state before it.
    const before = queryPermissions();
    let request: Promise<MediaStream>;
    try {
      request = media.getUserMedia({
        video: kinds.includes('camera'),
        audio: kinds.includes('microphone'),
      });
    } catch (error) {
      request = Promise.reject(error);
    }
    return Promise.all([
      before,
      request.then(
        (s) => ({ s }),
        (e: unknown) => ({ e }),
      ),
    ]).then(([permissions, got]) => {
      if ('s' in got) {
        try {
          got.s.getTracks().forEach((track) => track.stop());
        } catch {
          // Tracks that cannot be stopped end with the stream; the permission is what mattered.
        }
        hub.resolve('permission-granted');
        return done(true, 'granted', 'granted', { permissions });
      }
      const name = String((got.e as { name?: unknown } | null)?.name ?? '');
      const extra = { permissions, errorName: name };
      if (/NotAllowed|PermissionDenied|Security/.test(name)) {
        const wasBlocked = kinds.some((k) => permissions[k] === 'denied');
        return wasBlocked
          ? done(false, 'blocked', 'blocked', extra)
          : done(false, 'denied', 'denied', extra);
      }
      if (/NotFound|DevicesNotFound|Overconstrained/.test(name))
        return done(false, 'no-device', 'noDevice', extra);
      if (/NotReadable|TrackStart|Abort/.test(name)) return done(false, 'in-use', 'inUse', extra);
      return done(false, 'failed', 'failed', { ...extra, reason: hub.describe(got.e) });
    });
  }

  function pick(action: ActionId, problem?: Problem): Problem | undefined {
    if (problem) return problem;
    const open = hub.problems().filter((p) => !p.resolved);
    return open.find((p) => p.diagnosis.actions.includes(action)) ?? open[0];
  }

  async function callHost(
    action: 'retry-capture' | 'rejoin',
    problem?: Problem,
  ): Promise<ActionResult> {
    const callback = action === 'rejoin' ? hub.onRejoin : hub.onRetryCapture;
    if (!callback) return result(action, false, 'unsupported', 'unsupported');
    const target = pick(action, problem);
    try {
      // The host owns its streams and credentials; we only call back (and wait for it).
      await callback(target as Problem);
      return action === 'rejoin'
        ? result(action, true, 'rejoined', 'rejoined')
        : result(action, true, 'retried', 'retried');
    } catch (error) {
      hub.capture(error, target, action);
      const reason = hub.describe(error);
      return result(action, false, 'failed', 'failed', { reason }, { reason });
    }
  }

  async function listDevices(
    name: 'getCameras' | 'getMicrophones' | 'getSpeakers',
  ): Promise<unknown[] | undefined> {
    try {
      const trtc = hub.trtc();
      const fn = trtc?.[name];
      if (typeof fn !== 'function') return undefined;
      const list = await hub.timeout(Promise.resolve(fn.call(trtc)), ACTION_TIMEOUT_MS, undefined);
      return Array.isArray(list) ? list : undefined;
    } catch {
      return undefined;
    }
  }

  async function enumerate(): Promise<unknown[] | undefined> {
    try {
      const media = nav()?.mediaDevices;
      if (typeof media?.enumerateDevices !== 'function') return undefined;
      const list = await hub.timeout(media.enumerateDevices(), ACTION_TIMEOUT_MS, undefined);
      return Array.isArray(list) ? list : undefined;
    } catch {
      return undefined;
    }
  }

  const summary = (list: unknown[]): DeviceSummary[] =>
    list.map((d) => {
      const { deviceId, label } = (d ?? {}) as { deviceId?: unknown; label?: unknown };
      return {
        deviceId: typeof deviceId === 'string' ? deviceId : '',
        label: typeof label === 'string' ? label : '',
      };
    });

  async function checkDevices(): Promise<ActionResult> {
    let [cameras, microphones, speakers] = await Promise.all([
      listDevices('getCameras'),
      listDevices('getMicrophones'),
      listDevices('getSpeakers'),
    ]);
    if (!cameras || !microphones || !speakers) {
      const all = await enumerate();
      const ofKind = (kind: string) =>
        all?.filter((d) => (d as { kind?: unknown } | null)?.kind === kind);
      cameras ??= ofKind('videoinput');
      microphones ??= ofKind('audioinput');
      speakers ??= ofKind('audiooutput');
    }
    if (!cameras && !microphones && !speakers)
      return result('check-devices', false, 'unsupported', 'unsupported');
    const data = {
      cameras: summary(cameras ?? []),
      microphones: summary(microphones ?? []),
      speakers: summary(speakers ?? []),
    };
    const counts = {
      cameras: data.cameras.length,
      microphones: data.microphones.length,
      speakers: data.speakers.length,
    };
    return result('check-devices', true, 'checked', 'devices', counts, data);
  }

  async function checkEnv(): Promise<ActionResult> {
    const environment = await checkEnvironment(hub.trtc(), hub.timeout);
    hub.setEnvironment(environment);
    const system = environment.system;
    if (!system)
      return result('check-environment', true, 'checked', 'environmentChecked', {}, environment);
    if (system.result)
      return result('check-environment', true, 'supported', 'environmentOk', {}, environment);
    const missing = Object.keys(system.detail).filter((k) => !system.detail[k]);
    return result(
      'check-environment',
      false,
      'not-supported',
      'environmentBad',
      { missing: missing.join(', ') || '?' },
      environment,
    );
  }

  function copyWithTextarea(text: string): boolean {
    const doc = (globalThis as { document?: Document }).document;
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

  function copyReport(): Promise<ActionResult> {
    const text = hub.report();
    const copied = (ok: boolean) =>
      ok
        ? result('copy-report', true, 'copied', 'copied', {}, { text })
        : copyWithTextarea(text)
          ? result('copy-report', true, 'copied', 'copied', {}, { text })
          : result('copy-report', false, 'failed', 'copyFailed', {}, { text });
    let writing: Promise<boolean>;
    try {
      // Started inside the click: Safari grants the clipboard only to a transient user gesture.
      const clipboard = nav()?.clipboard;
      writing =
        typeof clipboard?.writeText === 'function'
          ? hub.timeout(
              clipboard.writeText(text).then(
                () => true,
                () => false,
              ),
              ACTION_TIMEOUT_MS,
              false,
            )
          : Promise.resolve(false);
    } catch {
      writing = Promise.resolve(false);
    }
    return writing.then(copied);
  }

  /** Run `action`. Synchronous up to the first browser call; never rejects. */
  function run(action: ActionId, problem?: Problem): Promise<ActionResult> {
    let running: Promise<ActionResult>;
    try {
      switch (action) {
        case 'resume-playback':
          running = resumePlayback(problem);
          break;
        case 'request-permission':
          running = requestPermission(problem);
          break;
        case 'retry-capture':
        case 'rejoin':
          running = callHost(action, problem);
          break;
        case 'check-devices':
          running = checkDevices();
          break;
        case 'check-environment':
          running = checkEnv();
          break;
        case 'copy-report':
          running = copyReport();
          break;
        default:
          running = Promise.resolve(result(action, false, 'unsupported', 'unsupported'));
      }
    } catch (error) {
      running = Promise.reject(error);
    }
    return running.catch((error: unknown) =>
      result(action, false, 'failed', 'failed', { reason: hub.describe(error) }),
    );
  }

  /** Whether `action` can do anything here. */
  function canRun(action: ActionId): boolean {
    switch (action) {
      case 'retry-capture':
        return typeof hub.onRetryCapture === 'function';
      case 'rejoin':
        return typeof hub.onRejoin === 'function';
      case 'request-permission':
      case 'check-devices':
        return nav() !== undefined;
      default:
        return ACTION_IDS.includes(action);
    }
  }

  return { run, canRun };
}

/**
 * `createDoctorCore()`: the engine behind the panel. It watches TRTC clients and streams, turns
 * every error into a deduplicated problem, keeps a bounded timeline, runs the fixes and writes the
 * redacted report. The UI arrives as a `PanelMounter`, so core never imports Preact.
 */
import { batch, signal } from '@preact/signals-core';
import { createActions } from './actions.js';
import { createDiagnoser, isTrtcError } from './diagnoser.js';
import { createTimers, sdkVersionOf, snapshotEnvironment } from './env.js';
import type { EnvironmentFacts } from './env.js';
import { detectLang } from './lang.js';
import { validateDoctorOptions, validateMountOptions, validateSettings } from './options.js';
import { createFactBook } from './facts.js';
import { redactText } from './redact.js';
import { buildReport } from './report.js';
import { MAX_PROBLEMS, MAX_TIMELINE_ENTRIES, createStore } from './store.js';
import type { ResolveTrigger, TimelineInput } from './store.js';
import { t } from './strings.js';
import type {
  CaptureContext,
  Diagnosis,
  Doctor,
  DoctorOptions,
  MountedPanel,
  PanelMounter,
  PanelSettings,
  Problem,
  ProblemSource,
  TrtcNamespaceLike,
} from './types.js';
import { createWarnOnce } from './warn.js';
import type { WarnOnce } from './warn.js';
import { assertClient, assertStream, createWatcher, publicSource } from './watch.js';

/** The source of problems not tied to a watched object (unhandled rejections, `capture()`). */
export const PAGE_SOURCE: ProblemSource = Object.freeze({ type: 'page', label: 'page' });

/** What `instrumentTrtc()` needs beyond the public API. Not part of the public contract. */
export interface DoctorInternals {
  /** Remember a `createClient` config: its secrets now, its facts for `client` once known. */
  rememberConfig(config: unknown, client?: object): void;
  /** The namespace found on the page, for the device and environment checks. */
  setTrtc(trtc: TrtcNamespaceLike): void;
  /** Run `fn` on destroy. Returns a function that cancels that. */
  onDestroy(fn: () => void): () => void;
  readonly warnOnce: WarnOnce;
  isDestroyed(): boolean;
}

const internalsOf = new WeakMap<Doctor, DoctorInternals>();

/** The internals of a doctor made by `createDoctorCore()` (for `instrumentTrtc`). */
export function doctorInternals(doctor: Doctor): DoctorInternals | undefined {
  return internalsOf.get(doctor);
}

const isObject = (value: unknown): value is object =>
  (typeof value === 'object' || typeof value === 'function') && value !== null;

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * Make a doctor. `src/index.ts` passes the UI's mounter (`createDoctor()`); without one, `mount()`
 * throws and everything else works (an engine for tests, SSR, or a custom UI).
 *
 * @example
 * ```ts
 * const doctor = createDoctorCore({ lang: 'en', onProblem: (p) => log(p.diagnosis.id) });
 * doctor.watchClient(client);
 * doctor.problems.value; // newest and worst first
 * ```
 */
export function createDoctorCore(options: DoctorOptions = {}, mounter?: PanelMounter): Doctor {
  const {
    lang,
    audience = 'user',
    wrapMethods = true,
    captureUnhandledRejections = true,
    trtc,
    onProblem,
    onRetryCapture,
    onRejoin,
    maxProblems = MAX_PROBLEMS,
    maxTimeline = MAX_TIMELINE_ENTRIES,
    pseudonymizeUserIds = false,
  } = validateDoctorOptions(options);
  if (mounter !== undefined && typeof mounter !== 'function') {
    throw new TypeError(
      "trtc-doctor: createDoctorCore(options, mounter) expects mounter to be a function (the UI's mountPanel).",
    );
  }
  const warnOnce = createWarnOnce();
  const store = createStore({ maxProblems, maxTimeline });
  const settings = signal<PanelSettings>({
    lang: lang ?? detectLang(),
    audience,
    colorScheme: 'system',
    messages: {},
  });
  const timers = createTimers();
  const teardowns = new Set<() => void>();
  // A new secret means memoised messages were cleaned without it.
  const facts = createFactBook(() => diagnoser.clear());
  const diagnoser = createDiagnoser({ lang: () => settings.peek().lang, secrets: facts.secrets });
  const diagnoseFor = diagnoser.diagnose;
  const seen = new WeakMap<object, string>();
  let foundTrtc: TrtcNamespaceLike | undefined;
  let environment: EnvironmentFacts | undefined;
  let panel: MountedPanel | undefined;
  let destroyed = false;

  const checkVersion = (ns: TrtcNamespaceLike | undefined) => {
    const version = sdkVersionOf(ns);
    if (version !== undefined && !version.startsWith('4.')) {
      warnOnce(
        'sdk-version',
        `TRTC SDK ${version} is not 4.x: errors are explained as well as possible, some may be generic.`,
      );
    }
  };
  checkVersion(trtc);

  // Memoised per diagnosis and per source: a storm repeats the same few of each.
  const descriptions = new WeakMap<Diagnosis, string>();
  const describe = (d: Diagnosis): string => {
    let text = descriptions.get(d);
    if (text === undefined) {
      text =
        [d.key ?? d.id, d.code, d.hex].filter((x) => x !== undefined).join(' ') +
        (d.message ? `: ${d.message.slice(0, 160)}` : '');
      descriptions.set(d, text);
    }
    return text;
  };
  const publicSources = new WeakMap<ProblemSource, ReturnType<typeof publicSource>>();
  const publicOf = (source: ProblemSource) => {
    let pub = publicSources.get(source);
    if (!pub) publicSources.set(source, (pub = publicSource(source)));
    return pub;
  };

  function record(
    error: unknown,
    source: ProblemSource,
    operation: string | undefined,
    event: string,
  ): Problem | undefined {
    if (destroyed) return undefined;
    try {
      // The same error object may arrive twice (a rejected play() and the stream's `error`, or
      // track() and an unhandled rejection): it is one occurrence.
      const known = isObject(error) ? seen.get(error) : undefined;
      const existing = known === undefined ? undefined : store.get(known);
      if (existing) return existing;
      const diagnosis = diagnoseFor(error);
      const { problem, opened } = batch(() => {
        const result = store.record(diagnosis, source, operation, error);
        store.log({
          type: 'error',
          event,
          text: describe(diagnosis),
          source: publicOf(source),
          diagnosisId: diagnosis.id,
        });
        return result;
      });
      if (isObject(error)) seen.set(error, problem.fingerprint);
      if (opened && onProblem) {
        try {
          onProblem(problem);
        } catch (failure) {
          warnOnce(
            'onProblem',
            `the onProblem callback threw (${String(read(() => String(failure)))}); problems are still recorded.`,
          );
        }
      }
      return problem;
    } catch (failure) {
      warnOnce('capture', `could not record an error: ${String(read(() => String(failure)))}`);
      return undefined;
    }
  }

  function log(entry: TimelineInput): void {
    if (!destroyed) store.log({ ...entry, text: redactText(entry.text, facts.secrets()) });
  }

  function resolve(trigger: ResolveTrigger, target?: object, media?: string): void {
    if (destroyed) return;
    const count = store.resolve(trigger, target, media);
    if (count)
      store.log({ type: 'info', event: 'resolved', text: `${count} resolved (${trigger})` });
  }

  const watcher = createWatcher({
    wrapMethods,
    warnOnce,
    capture: (error, source, operation, event) => void record(error, source, operation, event),
    log,
    resolve,
    learnClient: facts.learn,
  });

  const currentTrtc = (): TrtcNamespaceLike | undefined => {
    const found = trtc ?? foundTrtc ?? read(() => (globalThis as { TRTC?: unknown }).TRTC);
    return isObject(found) ? (found as TrtcNamespaceLike) : undefined;
  };

  function sourceOf(call: string, context: CaptureContext | undefined): ProblemSource {
    if (context === undefined) return PAGE_SOURCE;
    if (!isObject(context)) {
      throw new TypeError(
        `trtc-doctor: ${call} expects a context object like { operation: 'join' }, got ${typeof context}.`,
      );
    }
    const source = context.source;
    if (source === undefined) return PAGE_SOURCE;
    if (!isObject(source) || typeof source.label !== 'string' || typeof source.type !== 'string') {
      throw new TypeError(
        `trtc-doctor: ${call} context.source needs { type, label } (a ProblemSource).`,
      );
    }
    return source;
  }

  function report(format: 'json' | 'markdown'): string {
    return buildReport(
      {
        problems: store.problems.peek(),
        timeline: store.timeline.peek(),
        environment: environment ?? snapshotEnvironment(currentTrtc()),
        clients: facts.clients(),
        secrets: [...facts.secrets()],
        pseudonymizeUserIds,
        lang: settings.peek().lang,
        now: Date.now(),
      },
      format,
    );
  }

  const actions = createActions({
    lang: () => settings.peek().lang,
    problems: () => store.problems.peek(),
    trtc: currentTrtc,
    onRetryCapture,
    onRejoin,
    timeout: timers.timeout,
    resolve,
    capture: (error, problem, operation) =>
      void record(error, problem?.source ?? PAGE_SOURCE, operation, operation),
    describe: (error) => {
      const d = diagnoseFor(error);
      return d.message ?? d.title;
    },
    report: () => report('markdown'),
    setEnvironment: (facts) => {
      environment = facts;
    },
  });

  const onUnhandledRejection = (event: PromiseRejectionEvent) => {
    const reason = read(() => event.reason);
    if (isTrtcError(reason)) record(reason, PAGE_SOURCE, undefined, 'unhandledrejection');
  };
  if (captureUnhandledRejections) {
    const target = read(() => (globalThis as { addEventListener?: unknown }).addEventListener);
    if (typeof target === 'function') {
      globalThis.addEventListener('unhandledrejection', onUnhandledRejection);
      teardowns.add(() =>
        globalThis.removeEventListener('unhandledrejection', onUnhandledRejection),
      );
    }
  }

  function configure(next: Partial<PanelSettings>): void {
    const valid = validateSettings(next);
    if (destroyed) return;
    const previous = settings.peek();
    const merged: { -readonly [K in keyof PanelSettings]: PanelSettings[K] } = { ...previous };
    if (valid.lang !== undefined) merged.lang = valid.lang;
    if (valid.audience !== undefined) merged.audience = valid.audience;
    if (valid.colorScheme !== undefined) merged.colorScheme = valid.colorScheme;
    if (valid.messages !== undefined) merged.messages = { ...valid.messages };
    batch(() => {
      settings.value = merged;
      // Problems are shown in the panel's language: explain them again in the new one.
      if (merged.lang !== previous.lang) store.rediagnose((input) => diagnoseFor(input));
    });
  }

  const label = (call: string, value: unknown): string | undefined => {
    if (value === undefined || typeof value === 'string') return value;
    throw new TypeError(`trtc-doctor: ${call} label must be a string, got ${typeof value}.`);
  };

  const doctor: Doctor = {
    watchClient(client, name) {
      const checked = label('watchClient(client, label)', name);
      if (destroyed) return (assertClient(client), noop);
      return watcher.watchClient(client, checked);
    },
    watchStream(stream, name) {
      const checked = label('watchStream(stream, label)', name);
      if (destroyed) return (assertStream(stream), noop);
      return watcher.watchStream(stream, checked);
    },
    capture(error, context) {
      const source = sourceOf('capture(error, context)', context);
      return record(error, source, context?.operation, context?.operation ?? 'capture');
    },
    track(promise, context) {
      if (!read(() => typeof (promise as { then?: unknown }).then === 'function')) {
        throw new TypeError(
          'trtc-doctor: track(promise) expects a promise, e.g. doctor.track(client.join({ roomId })).',
        );
      }
      const source = sourceOf('track(promise, context)', context);
      if (destroyed) return promise;
      return Promise.resolve(promise).then(undefined, (error: unknown) => {
        record(error, source, context?.operation, context?.operation ?? 'track');
        throw error;
      });
    },
    problems: store.problems,
    timeline: store.timeline,
    revision: store.revision,
    report(reportOptions = {}) {
      const format = read(() => reportOptions.format) ?? 'json';
      if (format !== 'json' && format !== 'markdown') {
        throw new TypeError(
          `trtc-doctor: report({ format }) must be 'json' or 'markdown', got ${String(format)}.`,
        );
      }
      return report(format);
    },
    runAction(action, problem) {
      if (destroyed) {
        return Promise.resolve({
          action,
          ok: false,
          outcome: 'unsupported',
          text: t(settings.peek().lang, 'unsupported'),
        });
      }
      return actions.run(action, problem).then((result) => {
        log({ type: 'action', event: `action:${action}`, text: result.outcome });
        return result;
      });
    },
    canRun: (action) => !destroyed && actions.canRun(action),
    mount(mountOptions = {}) {
      const valid = validateMountOptions(mountOptions);
      if (!mounter) {
        throw new Error(
          'trtc-doctor: mount() has no panel to show: this doctor was made without a mounter. Use createDoctor() from "trtc-doctor", or pass the UI\'s mountPanel to createDoctorCore().',
        );
      }
      if (panel)
        throw new Error(
          'trtc-doctor: already mounted: call the cleanup returned by mount() first.',
        );
      if (destroyed) return noop;
      const { lang: l, audience: a, colorScheme: c, messages: m } = valid;
      configure({
        ...(l && { lang: l }),
        ...(a && { audience: a }),
        ...(c && { colorScheme: c }),
        ...(m && { messages: m }),
      });
      const now = settings.peek();
      const mounted = mounter(doctor, {
        ...valid,
        lang: now.lang,
        audience: now.audience,
        colorScheme: now.colorScheme,
        messages: now.messages,
      });
      panel = mounted;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        if (panel !== mounted) return;
        panel = undefined;
        try {
          mounted.unmount();
        } catch (failure) {
          warnOnce(
            'unmount',
            `the panel failed to unmount: ${String(read(() => String(failure)))}`,
          );
        }
      };
    },
    open: () => void read(() => panel?.open()),
    close: () => void read(() => panel?.close()),
    configure,
    settings,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      const mounted = panel;
      panel = undefined;
      read(() => mounted?.unmount());
      watcher.unwatchAll();
      for (const teardown of [...teardowns]) read(teardown);
      teardowns.clear();
      timers.clearAll();
    },
  };

  internalsOf.set(doctor, {
    rememberConfig(config, client) {
      if (!destroyed) facts.rememberConfig(config, client);
    },
    setTrtc(ns) {
      foundTrtc = ns;
      checkVersion(ns);
    },
    onDestroy(fn) {
      if (destroyed) {
        read(fn);
        return noop;
      }
      teardowns.add(fn);
      return () => void teardowns.delete(fn);
    },
    warnOnce,
    isDestroyed: () => destroyed,
  });
  return doctor;
}

const noop = (): void => {};

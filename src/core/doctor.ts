/**
 * `createDoctorCore()`: the engine behind the panel. It watches TRTC clients and streams, turns
 * every error into a deduplicated problem, keeps a bounded timeline, runs the fixes and writes the
 * redacted report. The UI arrives as a `PanelMounter`, so core never imports Preact.
 */
import { batch, signal } from '@preact/signals-core';
import { createActions } from './actions.js';
import { runPreflight } from './preflight.js';
import { testConnection } from './connection.js';
import { cleanDiagnosis, createDiagnoser, isTrtcError } from './diagnoser.js';
import { createTimers, queryPermissions, snapshotEnvironment, warnUnknownVersion } from './env.js';
import type { EnvironmentFacts } from './env.js';
import { createFactBook } from './facts.js';
import { describe, fail, field, isObject, read, text } from './guard.js';
import { detectLang } from './lang.js';
import { validateDoctorOptions, validateMountOptions, validateSettings } from './options.js';
import { redactText } from './redact.js';
import { buildReport } from './report.js';
import { createStore } from './store.js';
import type { ResolveTrigger, TimelineInput } from './store.js';
import type {
  CaptureContext,
  Diagnosis,
  Doctor,
  DoctorOptions,
  MountedPanel,
  PanelMounter,
  PanelSettings,
  PreflightResult,
  Problem,
  ProblemSource,
  TrtcNamespaceLike,
} from './types.js';
import { createUserSigInspector } from './usersig-book.js';
import { createWarnOnce, usedAfterDestroy } from './warn.js';
import type { WarnOnce } from './warn.js';
import { publicSource } from './watch.js';
import type { WatchHub } from './watch.js';
import { createWatching } from './watching.js';

/** The source of problems not tied to a watched object (unhandled rejections, `capture()`). */
export const PAGE_SOURCE: ProblemSource = Object.freeze({ type: 'page', label: 'page' });

/** What `instrumentTrtc()` needs beyond the public API. Not part of the public contract. */
export interface DoctorInternals {
  /** Remember a `createClient` config: its secrets now, its facts for `client` once known. */
  rememberConfig(config: unknown, client?: object): void;
  /** The namespace found on the page, for the device and environment checks. */
  setTrtc(trtc: TrtcNamespaceLike): void;
  /** Run `fn` on destroy (at once when already destroyed). Returns a function that cancels that. */
  onDestroy(fn: () => void): () => void;
  readonly warnOnce: WarnOnce;
  /**
   * Hands the user's comment (redacted) and the report to the host's `onReport`; resolves to
   * whether it went without error. Absent when no `onReport` was given.
   */
  readonly sendReport?: (comment: string) => Promise<boolean>;
}

const internalsOf = new WeakMap<Doctor, DoctorInternals>();

/** The internals of a doctor made by `createDoctorCore()` (for `instrumentTrtc`). */
export const doctorInternals = (doctor: Doctor): DoctorInternals | undefined =>
  internalsOf.get(doctor);

const noop = (): void => {};

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
    onReport,
    maxProblems,
    maxTimeline,
    pseudonymizeUserIds = false,
    connectionTest,
  } = validateDoctorOptions(options);
  if (mounter !== undefined && typeof mounter !== 'function') {
    fail(
      "createDoctorCore(options, mounter) expects mounter to be a function (the UI's mountPanel).",
    );
  }
  const warnOnce = createWarnOnce(() => facts.secrets());
  const store = createStore({ maxProblems, maxTimeline });
  const settings = signal<PanelSettings>({
    lang: lang ?? detectLang(),
    audience,
    colorScheme: 'system',
    messages: {},
  });
  const currentLang = () => settings.peek().lang;
  const timers = createTimers();
  const teardowns = new Set<() => void>();
  // `doctor.onProblem()` subscribers; the `onProblem` option is called first.
  const problemListeners = new Set<(problem: Problem) => void>();
  // A new secret: memoised messages and what is already kept were cleaned without it.
  const facts = createFactBook(
    () => {
      diagnoser.clear();
      cleanKept(facts.secrets());
    },
    (client, userSig, record) => sigs.learn(client, userSig, record),
  );
  const diagnoser = createDiagnoser(currentLang, facts.secrets);
  const seen = new WeakMap<object, string>();
  let foundTrtc: TrtcNamespaceLike | undefined;
  let environment: EnvironmentFacts | undefined;
  let panel: MountedPanel | undefined;
  let destroyed = false;

  const checkVersion = (ns: TrtcNamespaceLike | undefined) => warnUnknownVersion(ns, warnOnce);
  checkVersion(trtc);

  // Memoised per diagnosis and per source: a storm repeats the same few of each.
  const memo = <K extends object, V>(make: (key: K) => V) => {
    const made = new WeakMap<K, V>();
    return (key: K): V => {
      if (!made.has(key)) made.set(key, make(key));
      return made.get(key)!;
    };
  };
  const describeDiagnosis = memo(
    (d: Diagnosis) =>
      [d.key ?? d.id, d.code, d.hex].filter((x) => x !== undefined).join(' ') +
      (d.message ? `: ${d.message.slice(0, 160)}` : ''),
  );
  const publicOf = memo(publicSource);

  /** Cleans every kept problem and timeline line by `secrets` (also what a v5 watcher learns). */
  function cleanKept(secrets: readonly string[]): void {
    read(() =>
      store.clean(
        (d) => cleanDiagnosis(d, secrets),
        (line) => redactText(line, secrets),
      ),
    );
  }

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
      const existing = known && store.get(known);
      if (existing) return existing;
      // The operation tells a blocked play() from a refused camera (both NotAllowedError).
      const diagnosis = diagnoseAny(error, operation);
      const { problem, opened } = batch(() => {
        store.log({
          type: 'error',
          event,
          text: describeDiagnosis(diagnosis),
          source: publicOf(source),
          diagnosisId: diagnosis.id,
        });
        const made = store.record(diagnosis, source, operation, error);
        // Once per opened problem: later occurrences keep the facts (store.record).
        const sig = made.opened && sigs.factsFor(made.problem);
        if (!sig) return made;
        store.attachUserSig(made.problem.fingerprint, sig);
        return { problem: store.get(made.problem.fingerprint)!, opened: true };
      });
      if (isObject(error)) seen.set(error, problem.fingerprint);
      if (opened) {
        // A copy: a listener may subscribe or unsubscribe others while it runs.
        for (const listener of [onProblem, ...problemListeners]) {
          try {
            listener?.(problem);
          } catch (failure) {
            warnOnce(
              'onProblem',
              `onProblem threw (${text(failure)}); problems are still recorded.`,
            );
          }
        }
      }
      return problem;
    } catch (failure) {
      warnOnce('capture', `could not record an error: ${text(failure)}`);
      return undefined;
    }
  }

  function log(entry: TimelineInput): void {
    if (!destroyed) store.log({ ...entry, text: redactText(entry.text, facts.secrets()) });
  }

  function resolve(trigger: ResolveTrigger, target?: object, media?: string): void {
    const count = destroyed ? 0 : store.resolve(trigger, target, media);
    if (count)
      store.log({ type: 'info', event: 'resolved', text: `${count} resolved (${trigger})` });
  }

  // The userSig inspector: its warnings are recorded like errors, from a marker it recognises.
  const sigs = createUserSigInspector({
    now: Date.now,
    lang: currentLang,
    record: (marker, source) => void record(marker, source, undefined, 'usersig'),
    attach: (fingerprint, sig) => store.attachUserSig(fingerprint, sig),
    problems: () => store.problems.peek(),
  });
  const diagnoseAny = (input: unknown, operation?: string) =>
    sigs.diagnose(input) ?? diagnoser.diagnose(input, operation);

  const hub: WatchHub = {
    wrapMethods,
    warnOnce,
    capture: record,
    log,
    resolve,
    learnClient: facts.learn,
  };

  /** The SDK family, from the namespace, else from what was watched (an ESM app may pass none). */
  const withFamily = (facts: EnvironmentFacts): EnvironmentFacts =>
    facts.sdkFamily || !watching.sawV5() ? facts : { ...facts, sdkFamily: 'v5' };

  const currentTrtc = () => {
    const found = trtc ?? foundTrtc ?? field(globalThis, 'TRTC');
    return isObject(found) ? (found as TrtcNamespaceLike) : undefined;
  };

  /** The source a `capture()`/`track()` context names (misuse throws). */
  function sourceOf(call: string, context: CaptureContext | undefined): ProblemSource {
    if (context !== undefined && !isObject(context)) {
      fail(
        `${call} expects a context object like { operation: 'join' }, got ${describe(context)}.`,
      );
    }
    const source = context?.source;
    if (source === undefined) return PAGE_SOURCE;
    if (typeof field(source, 'label') !== 'string' || typeof field(source, 'type') !== 'string') {
      fail(`${call} context.source needs { type, label }.`);
    }
    return source;
  }

  let lastPreflight: PreflightResult | undefined;
  const report = (format: 'json' | 'markdown') =>
    buildReport(
      {
        problems: store.problems.peek(),
        timeline: store.timeline.peek(),
        environment: withFamily(environment ?? snapshotEnvironment(currentTrtc())),
        clients: facts.clients(),
        secrets: facts.secrets(),
        preflight: lastPreflight,
        pseudonymizeUserIds,
        lang: currentLang(),
        now: Date.now(),
      },
      format,
    );

  const actions = createActions({
    lang: currentLang,
    problems: () => store.problems.peek(),
    trtc: currentTrtc,
    onRetryCapture,
    onRejoin,
    timeout: timers.timeout,
    resolve,
    capture: (error, problem, operation) =>
      void record(error, problem?.source ?? PAGE_SOURCE, operation, operation),
    describe: (error) => {
      const d = diagnoser.diagnose(error);
      return d.message ?? d.title;
    },
    report: () => report('markdown'),
    setEnvironment: (facts) => void (environment = facts),
    testConnection: () => testConnection(connectionTest),
  });

  const onUnhandledRejection = (event: PromiseRejectionEvent) => {
    const reason = field(event, 'reason');
    if (isTrtcError(reason)) record(reason, PAGE_SOURCE, undefined, 'unhandledrejection');
  };
  if (captureUnhandledRejections && typeof field(globalThis, 'addEventListener') === 'function') {
    addEventListener('unhandledrejection', onUnhandledRejection);
    teardowns.add(() => removeEventListener('unhandledrejection', onUnhandledRejection));
  }

  /** Merge valid settings (as `configure()` and `mount()` take them) into `settings`. */
  function apply(next: Partial<PanelSettings>): void {
    if (destroyed) return;
    const previous = settings.peek();
    const merged: Record<string, unknown> = { ...previous };
    for (const key of ['lang', 'audience', 'colorScheme', 'messages'] as const) {
      if (next[key] !== undefined) merged[key] = next[key];
    }
    // A copy of `messages`: the host may change its object later.
    merged.messages = { ...(merged.messages as object) };
    batch(() => {
      settings.value = merged as unknown as PanelSettings;
      // Problems are shown in the panel's language: explain them again in the new one.
      if (merged.lang !== previous.lang) store.rediagnose(diagnoseAny);
    });
  }

  // Whether the doctor was destroyed, said once (see warn.ts usedAfterDestroy).
  const gone = (call: string) => (destroyed && usedAfterDestroy(warnOnce, call), destroyed);

  const watching = createWatching(hub, gone);

  const doctor: Doctor = {
    watchClient: watching.watchClient,
    watchStream: watching.watchStream,
    watchTrtc: watching.watchTrtc,
    capture(error, context) {
      const source = sourceOf('capture(error, context)', context);
      if (gone('capture()')) return undefined;
      return record(error, source, context?.operation, context?.operation ?? 'capture');
    },
    track(promise, context) {
      if (typeof field(promise, 'then') !== 'function') {
        fail(`track(promise) expects a promise (e.g. client.join()), got ${describe(promise)}.`);
      }
      const source = sourceOf('track(promise, context)', context);
      if (gone('track()')) return promise;
      return Promise.resolve(promise).then(undefined, (error: unknown) => {
        record(error, source, context?.operation, context?.operation ?? 'track');
        throw error;
      });
    },
    onProblem(listener) {
      if (typeof listener !== 'function') {
        fail(`onProblem(listener) expects a function, got ${describe(listener)}.`);
      }
      if (gone('onProblem()')) return noop;
      // A wrapper per call: subscribing one function twice gives two independent subscriptions.
      const once = (problem: Problem) => listener(problem);
      problemListeners.add(once);
      return () => void problemListeners.delete(once);
    },
    redact: (value) => redactText(value, facts.secrets()),
    problems: store.problems,
    timeline: store.timeline,
    revision: store.revision,
    report(reportOptions = {}) {
      const format = field(reportOptions, 'format') ?? 'json';
      if (format !== 'json' && format !== 'markdown') {
        fail(`report({ format }) must be 'json' or 'markdown', got ${describe(format)}.`);
      }
      return report(format);
    },
    runAction(action, problem) {
      if (gone('runAction()')) return Promise.resolve(actions.result(action, 'unsupported'));
      return actions.run(action, problem).then((result) => {
        log({ type: 'action', event: `action:${action}`, text: result.outcome });
        return result;
      });
    },
    canRun: (action, problem) => !destroyed && actions.canRun(action, problem),
    mount(mountOptions = {}) {
      const valid = validateMountOptions(mountOptions);
      if (!mounter) {
        fail(
          'mount() has no panel to show: make the doctor with createDoctor() from "trtc-doctor".',
          Error,
        );
      }
      if (panel) fail('already mounted: call the cleanup returned by mount() first.', Error);
      if (gone('mount()')) return noop;
      apply(valid);
      const mounted = (panel = mounter(doctor, { ...valid, ...settings.peek() }));
      let done = false;
      return () => {
        if (done || panel !== mounted) return;
        done = true;
        panel = undefined;
        try {
          mounted.unmount();
        } catch (failure) {
          warnOnce('unmount', `the panel failed to unmount: ${text(failure)}`);
        }
      };
    },
    open: () => void (gone('open()') || read(() => panel?.open())),
    close: () => void (gone('close()') || read(() => panel?.close())),
    configure(next) {
      const valid = validateSettings(next);
      if (!gone('configure()')) apply(valid);
    },
    settings,
    preflight() {
      return runPreflight({
        lang: currentLang,
        now: Date.now,
        runAction: (action) => doctor.runAction(action),
        permissions: () => queryPermissions(currentTrtc(), timers.timeout),
        clients: facts.clients,
        userSigsSettled: sigs.settled,
      }).then((result) => {
        if (!destroyed) lastPreflight = result;
        log({ type: 'action', event: 'preflight', text: result.status });
        return result;
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      const mounted = panel;
      panel = undefined;
      read(() => mounted?.unmount());
      watching.unwatchAll();
      teardowns.forEach(read);
      teardowns.clear();
      problemListeners.clear();
      timers.clearAll();
    },
  };

  internalsOf.set(doctor, {
    rememberConfig: (config, client) => void (destroyed || facts.rememberConfig(config, client)),
    setTrtc(ns) {
      foundTrtc = ns;
      checkVersion(ns);
    },
    onDestroy(fn) {
      if (destroyed) return (read(fn), noop);
      teardowns.add(fn);
      return () => void teardowns.delete(fn);
    },
    warnOnce,
    ...(onReport && {
      sendReport: (comment: string) =>
        new Promise((resolve) =>
          resolve(
            onReport({
              comment: redactText(comment, facts.secrets()),
              markdown: report('markdown'),
              json: report('json'),
            }),
          ),
        ).then(
          () => true,
          (error: unknown) => (record(error, PAGE_SOURCE, 'onReport', 'onReport'), false),
        ),
    }),
  });
  return doctor;
}

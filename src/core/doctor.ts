/**
 * The engine behind the panel: over a recorder (recorder.ts: watching, secrets, the queue of what
 * was reported), it turns every error into a deduplicated problem, keeps a bounded timeline, runs
 * the fixes and writes the redacted report. The UI arrives as a `PanelMounter`, so core never
 * imports Preact. `createDoctorCore()` is recorder and engine at once, synchronous, with every
 * language; `createDoctor()` loads the engine on demand (lazy.ts).
 */
import { batch } from '@preact/signals-core';
import { createActions } from './actions.js';
import { cleanDiagnosis, createDiagnoser } from './diagnoser.js';
import { createTimers, queryPermissions, snapshotEnvironment } from './env.js';
import type { EnvironmentFacts } from './env.js';
import { describe, fail, field, isObject, read, text } from './guard.js';
import { mergeSettings, validateMountOptions, validateSettings } from './options.js';
import { PAGE_SOURCE, createRecorder } from './recorder.js';
import type { Occurrence, Recorder } from './recorder.js';
import { setDoctorInternals } from './internals.js';
import type { DoctorInternals } from './internals.js';
import { redactText } from './redact.js';
import { buildReport } from './report.js';
import { createStore, fingerprintOf } from './store.js';
import type { ResolveTrigger, TimelineInput } from './store.js';
import type {
  Diagnosis,
  Doctor,
  DoctorOptions,
  MountedPanel,
  MountOptions,
  PanelMounter,
  PanelSettings,
  PreflightResult,
  Problem,
  ProblemSource,
} from './types.js';
import { createUserSigInspector } from './usersig-book.js';
import { useAllPacks } from '../lang/all.js';
import { hasPart, loadParts, loadedParts, takeWanted } from '../lang/registry.js';
import { createWordsWait } from './words-wait.js';
import { publicSource } from './watch.js';

export { PAGE_SOURCE } from './recorder.js';
export { doctorInternals } from './internals.js';
export type { DoctorInternals } from './internals.js';

/**
 * How the engine checks what its own doctor is given (`mount()` and `configure()` options): the
 * checks of options.ts, which throw a clear message. The lazy doctor checks everything a host
 * passes before it reaches the engine, and only the panel calls the engine's own doctor, so it
 * passes none (`TRUSTED`) and the lazy part leaves the checks out.
 */
export interface EngineChecks {
  mount(options: unknown): MountOptions;
  settings(settings: unknown): Partial<PanelSettings>;
}

/** No checks: for an engine that only the panel and the lazy doctor call (lazy.ts). */
export const TRUSTED: EngineChecks = {
  mount: (options) => options as MountOptions,
  settings: (settings) => settings as Partial<PanelSettings>,
};

/** The engine's own calls, beyond the public `Doctor`: for the lazy doctor that wraps it. */
export interface Engine {
  readonly doctor: Doctor;
  readonly internals: DoctorInternals;
  /** Take what the recorder queued, and all it records from now on (once; later calls do nothing). */
  attach(): void;
}

const noop = (): void => {};

/**
 * Make a doctor at once, with every language: a synchronous recorder and the engine over it.
 * Without a mounter, `mount()` throws and everything else works (an engine for tests, SSR, or a
 * custom UI); the single-file script-tag build passes the UI's. `createDoctor()` from
 * `trtc-doctor` is the one to use in an app: it loads this part on demand.
 *
 * @example
 * ```ts
 * const doctor = createDoctorCore({ lang: 'en', onProblem: (p) => log(p.diagnosis.id) });
 * doctor.watchClient(client);
 * doctor.problems.value; // newest and worst first
 * ```
 */
export function createDoctorCore(options: DoctorOptions = {}, mounter?: PanelMounter): Doctor {
  useAllPacks();
  const recorder = createRecorder(options, { sync: true });
  if (mounter !== undefined && typeof mounter !== 'function') {
    recorder.destroy();
    fail(
      "createDoctorCore(options, mounter) expects mounter to be a function (the UI's mountPanel).",
    );
  }
  const checks = { mount: validateMountOptions, settings: validateSettings };
  return createEngine(recorder, mounter, true, checks).doctor;
}

/**
 * The engine over `recorder`. Unless `attachNow` is false, it attaches itself, so what the
 * recorder queued is diagnosed now, in order, with its original times. Words load on demand
 * (lang/registry.ts): a problem whose words are not loaded waits for them (words-wait.ts), a
 * language switch loads the new language's parts first, an action its sentences.
 */
export function createEngine(
  recorder: Recorder,
  mounter: PanelMounter | undefined,
  attachNow: boolean,
  checks: EngineChecks,
): Engine {
  const { warnOnce, settings, facts, watching } = recorder;
  const {
    onProblem,
    onRetryCapture,
    onRejoin,
    onReport,
    maxProblems,
    maxTimeline,
    pseudonymizeUserIds = false,
    connectionTest,
  } = recorder.options;
  const store = createStore({ maxProblems, maxTimeline });
  const currentLang = () => settings.peek().lang;
  const timers = createTimers();
  const problemListeners = recorder.listeners;
  const diagnoser = createDiagnoser(currentLang, facts.secrets);
  const seen = new WeakMap<object, string>();
  let environment: EnvironmentFacts | undefined;
  let panel: MountedPanel | undefined;
  const isGone = recorder.isDestroyed;

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

  // Problems whose words are loading: recorded once they are there, in order.
  const wait = createWordsWait({
    lang: currentLang,
    now: Date.now,
    warnOnce,
    isGone,
    release(waiting) {
      diagnoser.clear();
      for (const w of waiting) record(w.error, w.source, w.operation, w.event, w.occurrence, true);
    },
  });

  /** Record an error (`logged`: its timeline line is there already, from before its wait). */
  function record(
    error: unknown,
    source: ProblemSource,
    operation: string | undefined,
    event: string,
    occurrence?: Occurrence,
    logged = false,
  ): Problem | undefined {
    if (isGone()) return undefined;
    try {
      // The same error object may arrive twice (a rejected play() and the stream's `error`, or
      // track() and an unhandled rejection): it is one occurrence.
      const known = isObject(error) ? seen.get(error) : undefined;
      const existing = known && store.get(known);
      if (existing) return existing;
      // The operation tells a blocked play() from a refused camera (both NotAllowedError).
      const lang = currentLang();
      takeWanted(lang);
      const diagnosis = diagnoseAny(error, operation);
      const missing = takeWanted(lang);
      // Occurrences the recorder folded are one line, at the first one's time, with their count.
      const times = occurrence && occurrence.count > 1 ? ` ×${occurrence.count}` : '';
      const line = (): void => {
        if (logged) return;
        const entry = {
          type: 'error' as const,
          event,
          text: describeDiagnosis(diagnosis) + times,
          source: publicOf(source),
          diagnosisId: diagnosis.id,
        };
        store.log(entry, occurrence?.firstAt);
      };
      const item = { error, source, operation, event, occurrence };
      if (wait.hold(item, () => fingerprintOf(diagnosis.id, source), missing)) {
        line();
        return undefined;
      }
      const { problem, opened } = batch(() => {
        line();
        const made = store.record(diagnosis, source, operation, error, occurrence);
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

  function log(entry: TimelineInput, at?: number): void {
    if (!isGone()) store.log({ ...entry, text: redactText(entry.text, facts.secrets()) }, at);
  }

  function resolve(trigger: ResolveTrigger, target?: object, media?: string, at?: number): void {
    const count = isGone() ? 0 : store.resolve(trigger, target, media, at);
    if (count)
      store.log({ type: 'info', event: 'resolved', text: `${count} resolved (${trigger})` }, at);
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

  /** The SDK family, from the namespace, else from what was watched (an ESM app may pass none). */
  const withFamily = (facts: EnvironmentFacts): EnvironmentFacts =>
    facts.sdkFamily || !watching.sawV5() ? facts : { ...facts, sdkFamily: 'v5' };

  const currentTrtc = recorder.trtc;
  const { sourceOf, gone } = recorder;

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

  /** The actions' sentences in the current language; resolves either way. */
  const wordsOfActions = () =>
    loadParts(currentLang(), ['actions']).catch((error: unknown) =>
      warnOnce('words', `the words of the actions could not load (${text(error)}).`),
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
    // Loaded when first run (as `preflight()` below): most pages never test their connection.
    ready: () => wordsOfActions(),
    testConnection: () => import('./connection.js').then((c) => c.testConnection(connectionTest)),
  });

  /** Merge valid settings (as `configure()` and `mount()` take them) into `settings`. */
  function apply(next: Partial<PanelSettings>): void {
    if (isGone()) return;
    const previous = settings.peek();
    const merged = mergeSettings(previous, next);
    batch(() => {
      settings.value = merged;
      // Problems are shown in the panel's language: explain them again in the new one.
      if (merged.lang !== previous.lang) store.rediagnose(diagnoseAny);
    });
  }

  const doctor: Doctor = {
    watchClient: watching.watchClient,
    watchStream: watching.watchStream,
    watchTrtc: watching.watchTrtc,
    capture(error, context) {
      const source = sourceOf('capture(error, context)', context);
      if (gone('capture()')) return undefined;
      // What the recorder still holds came first.
      recorder.flush();
      return record(error, source, context?.operation, context?.operation ?? 'capture');
    },
    track: recorder.track,
    onProblem: recorder.onProblem,
    redact: recorder.redact,
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
    canRun: (action, problem) => !isGone() && actions.canRun(action, problem),
    mount(mountOptions = {}) {
      const valid = checks.mount(mountOptions);
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
      const valid = checks.settings(next);
      if (gone('configure()')) return;
      const lang = valid.lang;
      // The panel switches once the new language has the parts the current one has.
      const parts = lang ? loadedParts(currentLang()).filter((part) => !hasPart(lang, part)) : [];
      if (!lang || !parts.length) return apply(valid);
      loadParts(lang, parts).then(
        () => (diagnoser.clear(), apply(valid)),
        (error: unknown) => {
          warnOnce('lang', `the ${lang} words could not load (${text(error)}).`);
          apply({ ...valid, lang: currentLang() });
        },
      );
    },
    settings,
    preflight() {
      return Promise.all([import('./preflight.js'), wordsOfActions()])
        .then(([{ runPreflight }]) =>
          runPreflight({
            lang: currentLang,
            now: Date.now,
            runAction: (action) => doctor.runAction(action),
            permissions: () => queryPermissions(currentTrtc(), timers.timeout),
            clients: facts.clients,
            userSigsSettled: sigs.settled,
          }),
        )
        .then(
          (result) => {
            if (!isGone()) lastPreflight = result;
            log({ type: 'action', event: 'preflight', text: result.status });
            return result;
          },
          // The checklist's code could not load (offline): nothing was checked.
          (): PreflightResult => ({ at: Date.now(), status: 'warn', items: [] }),
        );
    },
    destroy() {
      if (isGone()) return;
      const mounted = panel;
      panel = undefined;
      read(() => mounted?.unmount());
      recorder.destroy();
      timers.clearAll();
    },
    load: () => Promise.resolve(!isGone()),
  };

  const attach = () =>
    recorder.attach({
      capture: record,
      log,
      resolve,
      learnUserSig: (client, userSig, found) => sigs.learn(client, userSig, found),
      secretLearned() {
        diagnoser.clear();
        cleanKept(facts.secrets());
      },
    });
  if (attachNow) attach();

  const internals: DoctorInternals = {
    rememberConfig: (config, client) => void (isGone() || facts.rememberConfig(config, client)),
    setTrtc: recorder.setTrtc,
    onDestroy: recorder.onDestroy,
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
  };
  setDoctorInternals(doctor, internals);
  return { doctor, internals, attach };
}

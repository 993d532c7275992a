/**
 * `createDoctor()`'s doctor: the recorder now, the engine and the panel later. The engine (with
 * the catalog of the current language, and Preact) is loaded on the first problem, on open, on
 * the shortcut or the launcher, on an inline `mount()`, or on `doctor.load()`; what the recorder
 * queued before is diagnosed then, in order, with its original times. Until then `problems` is
 * empty, `report()` is the raw report (codes, messages, times), and a launcher made of plain DOM
 * counts what was recorded. When the part cannot load, nothing is lost: that launcher stays and
 * opens the raw list, and a console warning says why.
 */
import { computed, signal } from '@preact/signals-core';
import type { Engine } from './core/doctor.js';
import { setDoctorInternals } from './core/internals.js';
import { describe, fail, field, read, text } from './core/guard.js';
import { mergeSettings, validateMountOptions, validateSettings } from './core/options.js';
import { rawReport } from './core/raw-report.js';
import { createRecorder } from './core/recorder.js';
import type { Recorder, UserSigDecoder } from './core/recorder.js';
import type {
  ActionResult,
  Doctor,
  DoctorOptions,
  MountOptions,
  PreflightResult,
  Problem,
  TimelineEntry,
} from './core/types.js';
import { showMiniLauncher, urlAsksForLauncher } from './ui/mini.js';
import type { MiniLauncher } from './ui/mini.js';
import { matchesShortcut, parseShortcut } from './core/shortcut.js';

/** What the lazily loaded part gives (src/lazy.ts). */
export interface LazyPart {
  /** Load the words of the recorder's language, then make the engine over it. */
  start(recorder: Recorder): Promise<Engine>;
}

const EMPTY: readonly never[] = Object.freeze([]);
const noop = (): void => {};

interface MountRequest {
  readonly options: MountOptions;
  /** Open once the panel is there. */
  open: boolean;
  unmount?: () => void;
}

/**
 * Make a doctor whose engine and panel `importPart` loads on demand; `importUserSig` loads the
 * userSig decoder for the check before the load (recorder.ts).
 */
export function createLazyDoctor(
  options: DoctorOptions,
  importPart: () => Promise<LazyPart>,
  importUserSig?: () => Promise<UserSigDecoder>,
): Doctor {
  let engine: Engine | undefined;
  let loading: Promise<boolean> | undefined;
  let failed = false;
  let request: MountRequest | undefined;
  let mini: MiniLauncher | undefined;
  let stopKeys = noop;
  const current = signal<Engine | undefined>(undefined);

  const recorder = createRecorder(options, {
    importUserSig,
    // The first problem loads the rest (not again after a failed load: open or load() retries).
    onQueued() {
      mini?.update();
      if (!failed) void load();
    },
  });
  const { warnOnce, settings } = recorder;

  function load(): Promise<boolean> {
    if (engine) return Promise.resolve(true);
    if (recorder.isDestroyed()) return Promise.resolve(false);
    return (loading ??= importPart()
      .then(async (loaded) => {
        const made = await loaded.start(recorder);
        if (recorder.isDestroyed()) return false;
        engine = made;
        failed = false;
        if (request) showPanel(request);
        // After the panel: what was queued arrives as new problems (its toast, its announcement).
        made.attach();
        current.value = made;
        return true;
      })
      .catch((error: unknown) => {
        loading = undefined;
        failed = true;
        warnOnce(
          'load',
          `the panel could not load (${text(error)}). Problems are still recorded: the launcher counts them, shows their codes and messages, and the report still works.`,
        );
        if (request?.options.mode === 'overlay' || (request && !request.options.mode)) {
          showMini(request);
        }
        return false;
      }));
  }

  function showPanel(r: MountRequest): void {
    stopKeys();
    mini?.remove();
    mini = undefined;
    try {
      r.unmount = engine!.doctor.mount(r.options);
      if (r.open) engine!.doctor.open();
    } catch (error) {
      warnOnce('mount', `the panel could not be shown: ${text(error)}`);
    }
  }

  function showMini(r: MountRequest): void {
    mini ??= read(() =>
      showMiniLauncher({
        options: r.options,
        lang: () => settings.peek().lang,
        audience: () => settings.peek().audience,
        scheme: () => settings.peek().colorScheme,
        count: () => recorder.pending().length,
        raw: () => recorder.pending(),
        failed: () => failed,
        report: () => doctor.report({ format: 'markdown' }),
        redact: recorder.redact,
        open: () => void openPanel(),
      }),
    );
  }

  function openPanel(): Promise<boolean> {
    if (request) request.open = true;
    return load().then((ok) => {
      if (!ok) mini?.openRaw();
      return ok;
    });
  }

  const unsupported = (action: ActionResult['action']): ActionResult => ({
    action,
    ok: false,
    outcome: 'unsupported',
    text: 'The panel could not load.',
  });

  const doctor: Doctor = {
    watchClient: recorder.watching.watchClient,
    watchStream: recorder.watching.watchStream,
    watchTrtc: recorder.watching.watchTrtc,
    capture(error, context) {
      if (engine) return engine.doctor.capture(error, context);
      const source = recorder.sourceOf('capture(error, context)', context);
      if (recorder.gone('capture()')) return undefined;
      recorder.capture(error, source, context?.operation, context?.operation ?? 'capture');
      return undefined;
    },
    track: recorder.track,
    onProblem: recorder.onProblem,
    redact: recorder.redact,
    problems: computed<readonly Problem[]>(() => current.value?.doctor.problems.value ?? EMPTY),
    timeline: computed<readonly TimelineEntry[]>(
      () => current.value?.doctor.timeline.value ?? EMPTY,
    ),
    revision: computed(() => {
      const made = current.value;
      return made ? made.doctor.revision.value + 1 : 0;
    }),
    report(reportOptions = {}) {
      if (engine) return engine.doctor.report(reportOptions);
      const format = field(reportOptions, 'format') ?? 'json';
      if (format !== 'json' && format !== 'markdown') {
        fail(`report({ format }) must be 'json' or 'markdown', got ${describe(format)}.`);
      }
      return rawReport(recorder, format);
    },
    runAction(action, problem) {
      // Loaded: at once, so an action that needs the click (resume, permission) still has it.
      if (engine) return engine.doctor.runAction(action, problem);
      return load().then((ok) =>
        ok ? engine!.doctor.runAction(action, problem) : unsupported(action),
      );
    },
    canRun: (action, problem) => !!engine?.doctor.canRun(action, problem),
    mount(mountOptions = {}) {
      const valid = validateMountOptions(mountOptions);
      if (request) fail('already mounted: call the cleanup returned by mount() first.', Error);
      if (typeof document === 'undefined') {
        fail('mount() needs a browser document; call it in the browser.', Error);
      }
      const overlay = (valid.mode ?? 'overlay') === 'overlay';
      const keys =
        overlay && valid.shortcut !== false ? parseShortcut(valid.shortcut ?? 'ctrl+shift+d') : 0;
      if (recorder.gone('mount()')) return noop;
      // The settings among the mount options (the language to load first, among them).
      const { lang, audience, colorScheme, messages } = valid;
      const given = { lang, audience, colorScheme, messages };
      doctor.configure(
        Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
      );
      const r: MountRequest = (request = { options: valid, open: false });
      if (engine) showPanel(r);
      else if (!overlay || recorder.pending().length) void load();
      else {
        if (keys) {
          const onKeyDown = (e: KeyboardEvent) => {
            if (!matchesShortcut(e, keys)) return;
            e.preventDefault();
            void openPanel();
          };
          addEventListener('keydown', onKeyDown);
          stopKeys = () => {
            removeEventListener('keydown', onKeyDown);
            stopKeys = noop;
          };
        }
        if (valid.showLauncher ?? urlAsksForLauncher()) showMini(r);
      }
      return () => {
        if (request !== r) return;
        request = undefined;
        stopKeys();
        mini?.remove();
        mini = undefined;
        read(() => r.unmount?.());
      };
    },
    open() {
      if (recorder.gone('open()')) return;
      if (engine) engine.doctor.open();
      else if (request) void openPanel();
    },
    close() {
      if (recorder.gone('close()')) return;
      if (request) request.open = false;
      engine?.doctor.close();
      mini?.closeRaw();
    },
    configure(next) {
      const valid = validateSettings(next);
      if (recorder.gone('configure()')) return;
      if (!engine) {
        settings.value = mergeSettings(settings.peek(), valid);
        mini?.update();
      }
      // The engine loads a new language's words before it switches.
      else engine.doctor.configure(valid);
    },
    settings,
    preflight(): Promise<PreflightResult> {
      return load().then((ok) =>
        ok ? engine!.doctor.preflight() : { at: Date.now(), status: 'warn', items: [] },
      );
    },
    destroy() {
      if (recorder.isDestroyed()) return;
      request = undefined;
      stopKeys();
      mini?.remove();
      mini = undefined;
      if (engine) engine.doctor.destroy();
      else recorder.destroy();
    },
    load,
  };

  const { onReport } = recorder.options;
  setDoctorInternals(doctor, {
    rememberConfig: (config, client) =>
      void (recorder.isDestroyed() || recorder.facts.rememberConfig(config, client)),
    setTrtc: recorder.setTrtc,
    onDestroy: recorder.onDestroy,
    warnOnce,
    ...(onReport && {
      sendReport: (comment: string) =>
        load().then((ok) => (ok ? (engine!.internals.sendReport?.(comment) ?? false) : false)),
    }),
  });
  return doctor;
}

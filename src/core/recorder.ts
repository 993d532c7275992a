/**
 * The always-loaded half of a doctor: it validates the options, watches clients, streams and v5
 * instances, wraps their methods, learns secrets, and records what they report. It holds no
 * catalog words and no Preact: what it records waits in a small bounded queue until the engine
 * (diagnosis, store, panel: `doctor.ts`) is there, then goes to it in order, with its own times.
 *
 * A storm costs little here: equal errors from one source fold into one queued occurrence (a count
 * and the first and last times), so 100,000 new error objects of one kind are one entry, and the
 * engine sees them once per microtask. `createDoctorCore()` uses a synchronous recorder instead
 * (every call goes straight to the engine), which tests and the single-file build rely on.
 */
import { signal } from '@preact/signals-core';
import type { Signal } from '@preact/signals-core';
import { warnUnknownVersion } from './sdk-version.js';
import { createFactBook } from './facts.js';
import type { FactBook, MutableFacts } from './facts.js';
import { describe, fail, field, isObject, read } from './guard.js';
import { detectLang } from './lang.js';
import { isTrtcError, quickSignature } from './signature.js';
import { validateDoctorOptions } from './options.js';
import { redactText } from './redact.js';
import type { ResolveTrigger, TimelineInput } from './store.js';
import type {
  CaptureContext,
  DoctorOptions,
  PanelSettings,
  Problem,
  ProblemSource,
  TrtcNamespaceLike,
} from './types.js';
import { createWarnOnce, usedAfterDestroy } from './warn.js';
import type { WarnOnce } from './warn.js';
import type * as UserSig from './usersig.js';
import type { WatchHub } from './watch.js';
import { createWatching } from './watching.js';
import type { Watching } from './watching.js';

/** The source of problems not tied to a watched object (unhandled rejections, `capture()`). */
export const PAGE_SOURCE: ProblemSource = Object.freeze({ type: 'page', label: 'page' });

/** Queued entries kept before the engine is there; beyond it new captures are counted, not kept. */
export const MAX_PENDING = 2000;

/** Occurrences of one queued capture: how many, and when the first and the last came. */
export interface Occurrence {
  readonly count: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

/** Where the recorder hands what it recorded: the engine. */
export interface RecorderSink {
  capture(
    error: unknown,
    source: ProblemSource,
    operation: string | undefined,
    event: string,
    occurrence?: Occurrence,
  ): Problem | undefined;
  log(entry: TimelineInput, at?: number): void;
  resolve(trigger: ResolveTrigger, target?: object, media?: string, at?: number): void;
  learnUserSig(client: object, userSig: string, record: MutableFacts): void;
  /** A new secret was learned: what is kept must be cleaned once more. */
  secretLearned(): void;
}

/** A capture waiting for the engine (the raw view shows these when the panel cannot load). */
export interface PendingCapture {
  readonly kind: 'capture';
  readonly error: unknown;
  readonly source: ProblemSource;
  readonly operation: string | undefined;
  readonly event: string;
  count: number;
  readonly firstAt: number;
  lastAt: number;
}

type Pending =
  | PendingCapture
  | { readonly kind: 'log'; readonly entry: TimelineInput; readonly at: number }
  | {
      readonly kind: 'resolve';
      readonly trigger: ResolveTrigger;
      readonly target?: object;
      readonly media?: string;
      readonly at: number;
    };

/** The recorder behind a doctor. */
export interface Recorder {
  readonly options: DoctorOptions;
  readonly warnOnce: WarnOnce;
  readonly settings: Signal<PanelSettings>;
  readonly facts: FactBook;
  readonly watching: Watching;
  /** `doctor.onProblem()` subscribers (the engine calls the `onProblem` option, then these). */
  readonly listeners: Set<(problem: Problem) => void>;
  /** Record an error (as watchers do): queued, or handed to the engine. */
  capture(
    error: unknown,
    source: ProblemSource,
    operation: string | undefined,
    event: string,
  ): void;
  /** The source a `capture()`/`track()` context names (misuse throws). */
  sourceOf(call: string, context: CaptureContext | undefined): ProblemSource;
  /** `doctor.track()`: record the promise's rejection and pass it on unchanged. */
  track<T>(promise: Promise<T>, context?: CaptureContext): Promise<T>;
  /** `doctor.onProblem()`. */
  onProblem(listener: (problem: Problem) => void): () => void;
  /** `doctor.redact()`: by shape and by the secrets learned. */
  redact(text: string): string;
  /** Captures waiting for the engine, oldest first. */
  pending(): readonly PendingCapture[];
  /** Timeline entries waiting for the engine, oldest first, with their times. */
  pendingLog(): readonly { readonly entry: TimelineInput; readonly at: number }[];
  /** Captures not kept because the queue was full (before the engine was there). */
  dropped(): number;
  /** Hand everything queued to `sink`, in order; from now on the recorder forwards to it. */
  attach(sink: RecorderSink): void;
  /** Hand what is queued to the engine now (no-op before `attach`). */
  flush(): void;
  /** The TRTC namespace: the `trtc` option, else the one `instrumentTrtc` found, else the page's. */
  trtc(): TrtcNamespaceLike | undefined;
  setTrtc(trtc: TrtcNamespaceLike): void;
  /** Whether the doctor is destroyed (warns once that `call` came too late). */
  gone(call: string): boolean;
  isDestroyed(): boolean;
  /** Run `fn` on destroy (at once when already destroyed). Returns a function that cancels that. */
  onDestroy(fn: () => void): () => void;
  destroy(): void;
}

/** How the recorder hands over: `sync` forwards each call at once (no queue, no folding). */
export interface RecorderSetup {
  readonly sync?: boolean;
  /** Called when a capture is queued while no engine is attached (the lazy doctor loads then). */
  readonly onQueued?: () => void;
  /**
   * Loads the userSig decoder (usersig.ts) for the check made before the engine is there: a
   * wrong userSig calls `onQueued`. Without it, userSigs wait for the engine unchecked.
   */
  readonly importUserSig?: () => Promise<UserSigDecoder>;
}

/** What the check before the engine needs of usersig.ts (a chunk of its own in the ESM build). */
export type UserSigDecoder = Pick<
  typeof UserSig,
  'inspectUserSig' | 'compareUserSig' | 'findingOf'
>;

/** Make a recorder. Throws (a clear message) for invalid options, like `createDoctor()`. */
export function createRecorder(options: DoctorOptions = {}, setup: RecorderSetup = {}): Recorder {
  const valid = validateDoctorOptions(options);
  const { lang, audience = 'user', wrapMethods = true, captureUnhandledRejections = true } = valid;
  const { sync = false, onQueued, importUserSig } = setup;
  const warnOnce = createWarnOnce(() => facts.secrets());
  const settings = signal<PanelSettings>({
    lang: lang ?? detectLang(),
    audience,
    colorScheme: 'system',
    messages: {},
  });
  const listeners = new Set<(problem: Problem) => void>();
  const teardowns = new Set<() => void>();
  let sink: RecorderSink | undefined;
  let destroyed = false;
  let foundTrtc: TrtcNamespaceLike | undefined;

  // What waits for the engine, in order; `folds` finds the queued capture an equal error joins.
  let queue: Pending[] = [];
  // By source, then by operation and event, then by signature: a storm's lookups hash strings
  // whose hashes are kept (the event's name, quickSignature's remembered string), none made.
  let folds = new Map<ProblemSource, Map<string, Map<string, PendingCapture>>>();
  // The same error object twice (a rejected play() and the stream's `error`) is one occurrence:
  // those that opened a queued entry are kept weakly (a storm's folded ones are not added).
  const seen = new WeakSet<object>();
  const userSigs: [object, string, MutableFacts][] = [];
  let dropped = 0;
  let scheduled = false;

  const facts = createFactBook(
    () => sink?.secretLearned(),
    (client, userSig, record) => {
      if (sink) return sink.learnUserSig(client, userSig, record);
      if (userSigs.length < 16) userSigs.push([client, userSig, record]);
      // A userSig that is wrong (expired, for another user...) is a problem before the join:
      // decoding it is wordless and small, loaded with the first userSig (not with the page), and
      // a finding loads the engine, which warns.
      importUserSig?.()
        .then(async ({ compareUserSig, findingOf, inspectUserSig }) => {
          const found = await inspectUserSig(userSig);
          const now = Date.now();
          if (found && !sink && !destroyed && findingOf(compareUserSig(found, record, now), now)) {
            onQueued?.();
          }
        })
        .catch(() => {});
    },
  );

  function flush(): void {
    scheduled = false;
    if (!sink || !queue.length) return;
    const drained = queue;
    queue = [];
    folds = new Map();
    for (const op of drained) {
      if (op.kind === 'capture') {
        const { error, source, operation, event, count, firstAt, lastAt } = op;
        sink.capture(error, source, operation, event, { count, firstAt, lastAt });
      } else if (op.kind === 'log') sink.log(op.entry, op.at);
      else sink.resolve(op.trigger, op.target, op.media, op.at);
    }
  }

  /** Queue `op`; with an engine, hand over at the end of this task (once for a whole burst). */
  function push(op: Pending): boolean {
    if (queue.length >= MAX_PENDING) {
      if (sink) flush();
      else {
        dropped++;
        warnOnce(
          'dropped',
          `more than ${MAX_PENDING} events arrived before the panel loaded; later ones are counted, not kept.`,
        );
        return false;
      }
    }
    queue.push(op);
    if (sink && !scheduled) {
      scheduled = true;
      queueMicrotask(flush);
    }
    return true;
  }

  function capture(
    error: unknown,
    source: ProblemSource,
    operation: string | undefined,
    event: string,
  ): void {
    if (destroyed) return;
    if (sync && sink) return void sink.capture(error, source, operation, event);
    try {
      const object = isObject(error);
      if (object && seen.has(error)) return;
      const at = Date.now();
      const key = quickSignature(error);
      const byCall = operation === undefined ? event : `${operation}|${event}`;
      let bySource = key === undefined ? undefined : folds.get(source);
      let byKey = bySource?.get(byCall);
      const folded = key === undefined ? undefined : byKey?.get(key);
      if (folded) {
        folded.count++;
        folded.lastAt = at;
        return;
      }
      const op: PendingCapture = {
        kind: 'capture',
        error,
        source,
        operation,
        event,
        count: 1,
        firstAt: at,
        lastAt: at,
      };
      if (!push(op)) return;
      if (object) seen.add(error);
      if (key !== undefined) {
        if (!bySource) folds.set(source, (bySource = new Map()));
        if (!byKey) bySource.set(byCall, (byKey = new Map()));
        byKey.set(key, op);
      }
      if (!sink) onQueued?.();
    } catch {
      // A hostile getter: this error is not recorded.
    }
  }

  const hub: WatchHub = {
    wrapMethods,
    warnOnce,
    capture,
    log(entry) {
      if (destroyed) return;
      if (sync && sink) sink.log(entry);
      else push({ kind: 'log', entry, at: Date.now() });
    },
    resolve(trigger, target, media) {
      if (destroyed) return;
      if (sync && sink) return sink.resolve(trigger, target, media);
      // Later captures start a new occurrence: a problem that comes back after it was settled.
      folds = new Map();
      push({ kind: 'resolve', trigger, target, media, at: Date.now() });
    },
    learnClient: (client, label, found) => facts.learn(client, label, found),
  };

  const gone = (call: string) => (destroyed && usedAfterDestroy(warnOnce, call), destroyed);
  const watching = createWatching(hub, gone);

  warnUnknownVersion(valid.trtc, warnOnce);

  const onUnhandledRejection = (event: PromiseRejectionEvent) => {
    const reason = field(event, 'reason');
    if (isTrtcError(reason)) capture(reason, PAGE_SOURCE, undefined, 'unhandledrejection');
  };
  if (captureUnhandledRejections && typeof field(globalThis, 'addEventListener') === 'function') {
    addEventListener('unhandledrejection', onUnhandledRejection);
    teardowns.add(() => removeEventListener('unhandledrejection', onUnhandledRejection));
  }

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

  return {
    options: valid,
    warnOnce,
    settings,
    facts,
    watching,
    listeners,
    capture,
    sourceOf,
    track(promise, context) {
      if (typeof field(promise, 'then') !== 'function') {
        fail(`track(promise) expects a promise (e.g. client.join()), got ${describe(promise)}.`);
      }
      const source = sourceOf('track(promise, context)', context);
      if (gone('track()')) return promise;
      return Promise.resolve(promise).then(undefined, (error: unknown) => {
        capture(error, source, context?.operation, context?.operation ?? 'track');
        throw error;
      });
    },
    onProblem(listener) {
      if (typeof listener !== 'function') {
        fail(`onProblem(listener) expects a function, got ${describe(listener)}.`);
      }
      if (gone('onProblem()')) return () => {};
      // A wrapper per call: subscribing one function twice gives two independent subscriptions.
      const once = (problem: Problem) => listener(problem);
      listeners.add(once);
      return () => void listeners.delete(once);
    },
    redact: (value) => redactText(value, facts.secrets()),
    pending: () => queue.filter((op): op is PendingCapture => op.kind === 'capture'),
    pendingLog: () =>
      queue.flatMap((op) => (op.kind === 'log' ? [{ entry: op.entry, at: op.at }] : [])),
    dropped: () => dropped,
    attach(next) {
      if (destroyed || sink) return;
      sink = next;
      for (const [client, userSig, record] of userSigs.splice(0)) {
        next.learnUserSig(client, userSig, record);
      }
      flush();
    },
    flush,
    trtc() {
      const found = valid.trtc ?? foundTrtc ?? field(globalThis, 'TRTC');
      return isObject(found) ? (found as TrtcNamespaceLike) : undefined;
    },
    setTrtc(ns) {
      foundTrtc = ns;
      warnUnknownVersion(ns, warnOnce);
    },
    gone,
    isDestroyed: () => destroyed,
    onDestroy(fn) {
      if (destroyed) return (read(fn), () => {});
      teardowns.add(fn);
      return () => void teardowns.delete(fn);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      watching.unwatchAll();
      teardowns.forEach(read);
      teardowns.clear();
      listeners.clear();
      queue = [];
      folds = new Map();
      userSigs.length = 0;
    },
  };
}

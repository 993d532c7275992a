/**
 * The doctor's memory: distinct problems (deduplicated by fingerprint, bounded) and a timeline
 * (a ring buffer). Recording is O(1) per event; the sorted `problems` array and the `timeline`
 * array are only built when someone reads them, so a storm of errors costs a Map lookup, a ring
 * buffer write and a counter increment each.
 */
import { batch, computed, signal } from '@preact/signals-core';
import type { ReadonlySignal, Signal } from '@preact/signals-core';
import { field } from './guard.js';
import { SEVERITIES } from './quick-severity.js';
import type { Occurrence } from './recorder.js';
import type {
  Diagnosis,
  Problem,
  ProblemSource,
  Severity,
  TimelineEntry,
  UserSigFacts,
} from './types.js';

import { MAX_PROBLEMS, MAX_TIMELINE_ENTRIES } from './limits.js';

export { MAX_PROBLEMS, MAX_TIMELINE_ENTRIES };

/** An event that can settle earlier problems. */
export type ResolveTrigger = 'playing' | 'connected' | 'captured' | 'permission-granted' | 'joined';

interface ResolutionRule {
  /** Diagnosis ids this event settles (matched against the id, related ids and error name). */
  readonly ids: readonly string[];
  /** Diagnosis kinds it settles as a whole. */
  readonly kinds?: readonly Diagnosis['kind'][];
  /** Problems of a failed operation it settles (e.g. any failed `join`). */
  readonly operations?: readonly string[];
  /** Problems from any source; by default only those of the object that reported the event. */
  readonly anySource?: boolean;
  /** Only problems about the media (audio or video) the event is about, when it says. */
  readonly sameMedia?: boolean;
}

/** `ids('sdk', 'A B')` is `['sdk:A', 'sdk:B']`. */
const ids = (kind: string, names: string) => names.split(' ').map((name) => `${kind}:${name}`);

/**
 * When a problem counts as fixed. One table, so the rules can be read (and reviewed) together:
 * - `playing`: the stream's `resume()` succeeded or its player reports PLAYING (for the media
 *   that was blocked: the SDK's message says `Audio play failed` or `Video play failed`; audio
 *   when it does not say);
 * - `connected`: the client's connection is CONNECTED again;
 * - `captured`: the stream's `initialize()` succeeded or `device-auto-recovered` fired;
 * - `permission-granted`: the `request-permission` action got the devices;
 * - `joined`: a `join()` of that client succeeded.
 * Both spellings of the keys the SDK and the seed page disagree on are listed.
 */
export const RESOLUTION_RULES: Readonly<Record<ResolveTrigger, ResolutionRule>> = {
  // The SDK plays video muted, so video often starts while audio is blocked: a video PLAYING
  // does not settle blocked audio.
  playing: {
    ids: [
      ...ids('sdk', 'PLAY_NOT_ALLOWED'),
      ...ids('v5', 'autoplay-failed autoplay-failed/no-resume'),
    ],
    sameMedia: true,
  },
  connected: {
    ids: [
      ...ids(
        'sdk',
        'SIGNAL_CHANNEL_RECONNECTION_FAILED UPLINK_RECONNECTION_FAILED DOWNLINK_RECONNECTION_FAILED JOIN_ROOM_FAILED',
      ),
      // v5: the reconnection that gave up.
      'v5:5502',
    ],
  },
  captured: {
    ids: [
      ...ids('sdk', 'DEVICE_NOT_FOUND INITIALIZE_FAILED DEVICE_AUTO_RECOVER_FAILED'),
      ...ids(
        'browser',
        'NotFoundError NotReadableError OverconstrainedError AbortError NotAllowedError InsecureContext',
      ),
      // OverconstrainedError by its constraint (catalog/browser.ts).
      ...ids(
        'browser',
        'OverconstrainedError/deviceId OverconstrainedError/resolution OverconstrainedError/frameRate OverconstrainedError/facingMode OverconstrainedError/audio',
      ),
      // v5 DEVICE_ERROR and its extra codes (the device is there and working now).
      ...ids('v5', '5300 5301 5302 5303 5304 5305 5306 5307 5308 5309 5310'),
    ],
    // v5 has no stream objects: a camera or microphone that starts settles what its start failed.
    operations: ['startLocalVideo', 'startLocalAudio', 'updateLocalVideo', 'updateLocalAudio'],
  },
  'permission-granted': { ids: ['browser:NotAllowedError', 'v5:5302'], anySource: true },
  joined: {
    ids: ids(
      'sdk',
      'JOIN_ROOM_FAILED SIGNAL_CAHNNEL_SETUP_FAILED SIGNAL_CHANNEL_SETUP_FAILED SCHEDULE_FAILED CLIENT_BANNED',
    ),
    kinds: ['account', 'join'],
    operations: ['join', 'enterRoom', 'switchRoom'],
  },
};

/** Audio or video: what a playback problem is about (the SDK says `Audio play failed ...`). */
export function blockedMedia(diagnosis: Diagnosis): 'audio' | 'video' {
  return /\bvideo play failed/i.test(diagnosis.message ?? '') ? 'video' : 'audio';
}

/**
 * Whether `trigger` on `target` settles `problem` (by the table above). `media` is what the event
 * is about, when it says (a `player-state-changed` event's `type`).
 */
export function settles(
  trigger: ResolveTrigger,
  problem: Problem,
  target?: object,
  media?: string,
): boolean {
  const rule = RESOLUTION_RULES[trigger];
  if (!rule.anySource && (!target || problem.source.target !== target)) return false;
  const d = problem.diagnosis;
  if (rule.sameMedia && media !== undefined && blockedMedia(d) !== media) return false;
  if (rule.kinds && [d, ...d.related].some((x) => rule.kinds?.includes(x.kind))) return true;
  if (problem.operation && rule.operations?.includes(problem.operation)) return true;
  // The error's own name counts (an INITIALIZE_FAILED named NotAllowedError), except for blocked
  // playback: a NotAllowedError from play() is not settled by a granted camera.
  const named = d.id === 'sdk:PLAY_NOT_ALLOWED' ? [] : [`browser:${d.errorName}`];
  return [d.id, ...named, ...d.related.map((r) => r.id)].some((id) => rule.ids.includes(id));
}

/** A fingerprint holds this many characters of a label or user id (a key must stay small). */
export const MAX_FINGERPRINT_PART = 200;

/**
 * A problem with the host's own error object on it, not enumerable: the host's telemetry may read
 * `problem.error` (the kept occurrence, its stack already read), but a `JSON.stringify(problems)`
 * or a spread never carries the raw error (and any secret in it) along.
 */
function withError(fields: Omit<Problem, 'error'>, error: unknown): Problem {
  return Object.defineProperty(fields, 'error', { value: error, configurable: true });
}

/** The fingerprint of a problem: equal fingerprints are one problem. */
export function fingerprintOf(diagnosisId: string, source: ProblemSource): string {
  const part = (text: unknown) => String(text ?? '').slice(0, MAX_FINGERPRINT_PART);
  return `${diagnosisId}|${source.type}|${part(source.label)}|${part(source.userId)}`;
}

/** Worst first, as the launchers rank them (quick-severity.ts). */
const SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<
  Severity,
  number
>;

/** What `record()` did. */
export interface RecordResult {
  readonly problem: Problem;
  /** New, or a resolved problem that came back: `onProblem` fires for these. */
  readonly opened: boolean;
}

/** A timeline entry before the store numbers and times it. */
export type TimelineInput = Omit<TimelineEntry, 'seq' | 'at'>;

/** The store behind a doctor. */
export interface Store {
  readonly problems: ReadonlySignal<readonly Problem[]>;
  readonly timeline: ReadonlySignal<readonly TimelineEntry[]>;
  readonly revision: ReadonlySignal<number>;
  /**
   * Count an occurrence of `diagnosis` from `source`. `input` is kept to re-diagnose later.
   * `occurrence` counts several at once, at their own times (what the recorder folded).
   */
  record(
    diagnosis: Diagnosis,
    source: ProblemSource,
    operation?: string,
    input?: unknown,
    occurrence?: Occurrence,
  ): RecordResult;
  /** The current problem with this fingerprint. */
  get(fingerprint: string): Problem | undefined;
  /** Attach decoded userSig facts to the problem with this fingerprint (when it is kept). */
  attachUserSig(fingerprint: string, facts: UserSigFacts): void;
  /** Mark every open problem that `trigger` on `target` (about `media`) settles as resolved. Returns how many. */
  resolve(trigger: ResolveTrigger, target?: object, media?: string, at?: number): number;
  /** Append to the timeline (at `at`, by default now). */
  log(entry: TimelineInput, at?: number): TimelineEntry;
  /** Replace each problem's diagnosis (e.g. in another language) from the input and operation kept. */
  rediagnose(diagnoseAgain: (input: unknown, operation?: string) => Diagnosis): void;
  /**
   * Clean what is already kept once more (a secret became known after it was recorded): each
   * diagnosis through `cleanDiagnosis`, each timeline text through `cleanText`. Both return their
   * argument itself when nothing changes; only what changed is replaced (and signalled).
   */
  clean(cleanDiagnosis: (d: Diagnosis) => Diagnosis, cleanText: (text: string) => string): void;
}

interface Slot {
  problem: Problem;
  input: unknown;
}

/** Make a store. `now` is injectable for tests. */
export function createStore({
  maxProblems = MAX_PROBLEMS,
  maxTimeline = MAX_TIMELINE_ENTRIES,
  now = Date.now,
}: { maxProblems?: number; maxTimeline?: number; now?: () => number } = {}): Store {
  // Insertion order is recency: an update deletes and re-inserts, so the first entry is the
  // least recently seen (the eviction candidate) and reversing gives newest first.
  const slots = new Map<string, Slot>();
  // The timeline: grows to `maxTimeline`, then overwrites its oldest entry, at `start`.
  const ring: TimelineEntry[] = [];
  let start = 0;
  let seq = 0;

  const problemsVersion = signal(0);
  const timelineVersion = signal(0);
  const revision = signal(0);
  const bump = (version: Signal<number>) =>
    batch(() => {
      version.value++;
      revision.value++;
    });

  const problems = computed<readonly Problem[]>(() => {
    void problemsVersion.value;
    const list = Array.from(slots.values(), (s) => s.problem).reverse();
    // Stable sort: open first, then worst, then newest (the recency order breaks ties).
    return list.sort(
      (a, b) =>
        Number(a.resolved) - Number(b.resolved) ||
        SEVERITY_RANK[a.diagnosis.severity] - SEVERITY_RANK[b.diagnosis.severity] ||
        b.lastAt - a.lastAt,
    );
  });

  const timeline = computed<readonly TimelineEntry[]>(
    () => (void timelineVersion.value, ring.slice(start).concat(ring.slice(0, start))),
  );

  // How many kept problems are resolved: with none, eviction takes the oldest without a scan.
  let resolvedCount = 0;

  function evictOne(): void {
    let victim = slots.keys().next().value as string;
    if (resolvedCount) {
      for (const [key, slot] of slots) {
        if (slot.problem.resolved) {
          victim = key;
          resolvedCount--;
          break;
        }
      }
    }
    slots.delete(victim);
  }

  return {
    problems,
    timeline,
    revision,
    record(diagnosis, source, operation, input, occurrence) {
      const at = occurrence?.lastAt ?? now();
      const fingerprint = fingerprintOf(diagnosis.id, source);
      const previous = slots.get(fingerprint)?.problem;
      // The input of the first occurrence is kept (again after a problem came back): an error's
      // unread stack holds the objects of its frames (the SDK's stream, as `this`) in V8, so the
      // kept one has its stack read once, and a storm of occurrences costs no read each.
      const again = previous && !previous.resolved;
      const kept = again ? slots.get(fingerprint)!.input : input;
      if (!again) field(input, 'stack');
      const problem = withError(
        {
          fingerprint,
          diagnosis,
          source,
          operation: operation ?? previous?.operation,
          count: (previous?.count ?? 0) + (occurrence?.count ?? 1),
          firstAt: previous?.firstAt ?? occurrence?.firstAt ?? at,
          lastAt: at,
          resolved: false,
          // Decoded userSig facts stay with the problem across its occurrences.
          ...(again && previous.userSig && { userSig: previous.userSig }),
        },
        kept,
      );
      if (previous?.resolved) resolvedCount--;
      // Deleted and set again: the Map's order stays the order of last occurrence.
      if (previous) slots.delete(fingerprint);
      else if (slots.size >= maxProblems) evictOne();
      slots.set(fingerprint, { problem, input: kept });
      bump(problemsVersion);
      return { problem, opened: !previous || previous.resolved };
    },
    get: (fingerprint) => slots.get(fingerprint)?.problem,
    attachUserSig(fingerprint, userSig) {
      const slot = slots.get(fingerprint);
      if (!slot) return;
      slot.problem = withError({ ...slot.problem, userSig }, slot.input);
      bump(problemsVersion);
    },
    resolve(trigger, target, media, at = now()) {
      let changed = 0;
      for (const slot of slots.values()) {
        if (slot.problem.resolved || !settles(trigger, slot.problem, target, media)) continue;
        slot.problem = withError({ ...slot.problem, resolved: true, resolvedAt: at }, slot.input);
        changed++;
        resolvedCount++;
      }
      if (changed) bump(problemsVersion);
      return changed;
    },
    log(input, at = now()) {
      // Built field by field: an object spread here costs more than the rest of an event.
      const entry: TimelineEntry = {
        seq: ++seq,
        at,
        type: input.type,
        event: input.event,
        text: input.text,
        source: input.source,
        diagnosisId: input.diagnosisId,
      };
      if (ring.length < maxTimeline) ring.push(entry);
      else {
        ring[start] = entry;
        start = (start + 1) % maxTimeline;
      }
      bump(timelineVersion);
      return entry;
    },
    rediagnose(diagnoseAgain) {
      for (const slot of slots.values()) {
        const { operation } = slot.problem;
        const diagnosis = diagnoseAgain(slot.input, operation);
        slot.problem = withError({ ...slot.problem, diagnosis }, slot.input);
      }
      if (slots.size) bump(problemsVersion);
    },
    clean(cleanDiagnosis, cleanText) {
      let problemsChanged = false;
      let timelineChanged = false;
      for (const slot of slots.values()) {
        const diagnosis = cleanDiagnosis(slot.problem.diagnosis);
        if (diagnosis === slot.problem.diagnosis) continue;
        slot.problem = withError({ ...slot.problem, diagnosis }, slot.input);
        problemsChanged = true;
      }
      ring.forEach((entry, i) => {
        const text = cleanText(entry.text);
        if (text === entry.text) return;
        ring[i] = { ...entry, text };
        timelineChanged = true;
      });
      batch(() => {
        if (problemsChanged) bump(problemsVersion);
        if (timelineChanged) bump(timelineVersion);
      });
    },
  };
}

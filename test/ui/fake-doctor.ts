/**
 * A fake Doctor for the panel's tests: signals the test controls, spies for the actions, and a
 * count of how often the panel reads `problems` and `timeline`.
 */
import { signal } from '@preact/signals-core';
import type { ReadonlySignal, Signal } from '@preact/signals-core';
import { vi } from 'vitest';
import type {
  ActionId,
  ActionResult,
  Diagnosis,
  Doctor,
  PanelSettings,
  Problem,
  TimelineEntry,
} from '../../src/core/types';
import { useAllPacks } from '../../src/lang/all';

// These tests read words synchronously: both languages' packs, as createDoctorCore has them.
useAllPacks();

/** The fake, with its controls. */
export interface FakeDoctor extends Doctor {
  readonly problemsState: Signal<readonly Problem[]>;
  readonly timelineState: Signal<readonly TimelineEntry[]>;
  readonly settingsState: Signal<PanelSettings>;
  readonly revisionState: Signal<number>;
  /** How many times the panel read `problems` / `timeline` (value or peek). */
  readonly reads: { problems: number; timeline: number };
  /** What `runAction` resolves to, per action (default: ok, outcome `done`). */
  readonly results: Partial<Record<ActionId, Partial<ActionResult>>>;
  /** Actions `canRun` refuses. */
  readonly refused: Set<ActionId>;
  readonly runAction: ReturnType<typeof vi.fn<Doctor['runAction']>>;
  readonly canRun: ReturnType<typeof vi.fn<Doctor['canRun']>>;
  readonly report: ReturnType<typeof vi.fn<Doctor['report']>>;
  /** Replace the problems and bump the revision, as the engine does. */
  setProblems(list: readonly Problem[]): void;
  setTimeline(list: readonly TimelineEntry[]): void;
}

function counting<T>(s: Signal<T>, reads: FakeDoctor['reads'], key: keyof FakeDoctor['reads']) {
  return {
    get value() {
      reads[key]++;
      return s.value;
    },
    peek() {
      reads[key]++;
      return s.peek();
    },
    subscribe: (fn: (v: T) => void) => s.subscribe(fn),
  } as unknown as ReadonlySignal<T>;
}

/** Makes a fake doctor; `settings` overrides the defaults (en, developer, light). */
export function createFakeDoctor(settings: Partial<PanelSettings> = {}): FakeDoctor {
  const reads = { problems: 0, timeline: 0 };
  const problemsState = signal<readonly Problem[]>([]);
  const timelineState = signal<readonly TimelineEntry[]>([]);
  const revisionState = signal(0);
  const settingsState = signal<PanelSettings>({
    lang: 'en',
    audience: 'developer',
    colorScheme: 'light',
    messages: {},
    ...settings,
  });
  const results: FakeDoctor['results'] = {};
  const refused = new Set<ActionId>();
  const fake: FakeDoctor = {
    problemsState,
    timelineState,
    settingsState,
    revisionState,
    reads,
    results,
    refused,
    problems: counting(problemsState, reads, 'problems'),
    timeline: counting(timelineState, reads, 'timeline'),
    revision: revisionState,
    settings: settingsState,
    runAction: vi.fn(async (action: ActionId) => ({
      action,
      ok: true,
      outcome: 'done',
      text: `${action} done`,
      ...results[action],
    })),
    canRun: vi.fn((action: ActionId) => !refused.has(action)),
    report: vi.fn((o?: { format?: 'json' | 'markdown' }) =>
      o?.format === 'markdown' ? '# report' : '{"report":true}',
    ),
    setProblems(list) {
      problemsState.value = list;
      revisionState.value++;
    },
    setTimeline(list) {
      timelineState.value = list;
      revisionState.value++;
    },
    watchClient: () => () => undefined,
    watchStream: () => () => undefined,
    watchTrtc: () => () => undefined,
    capture: () => undefined,
    track: (p) => p,
    onProblem: () => () => undefined,
    redact: (text) => text,
    mount: () => () => undefined,
    open: () => undefined,
    close: () => undefined,
    configure(s) {
      settingsState.value = { ...settingsState.value, ...s };
    },
    destroy: () => undefined,
    preflight: vi.fn(async () => ({ at: 0, status: 'pass' as const, items: [] })),
    load: vi.fn(async () => true),
  };
  return fake;
}

/** A diagnosis with sensible defaults (an SDK PLAY_NOT_ALLOWED), overridable. */
export function makeDiagnosis(d: Partial<Diagnosis> = {}): Diagnosis {
  return {
    id: 'sdk:PLAY_NOT_ALLOWED',
    kind: 'sdk',
    key: 'PLAY_NOT_ALLOWED',
    code: 16451,
    hex: '0x4043',
    related: [],
    severity: 'warning',
    title: 'Playback blocked by the browser',
    cause: 'The browser blocks autoplay with sound until the user interacts.',
    fix: ['Show a button', 'Call stream.resume() in its click handler'],
    hint: 'Click Resume to hear the others.',
    actions: ['resume-playback'],
    docs: [
      {
        label: 'Autoplay',
        url: 'https://web.sdk.qcloud.com/trtc/webrtc/doc/en/tutorial-21-advanced-auto-play-policy.html',
      },
    ],
    guide: 'autoplay',
    message: 'play() failed <PLAY_NOT_ALLOWED 0x4043>',
    lang: 'en',
    ...d,
  };
}

let seq = 0;

/** A problem around a diagnosis, from a local stream, seen once a minute ago. */
export function makeProblem(d: Partial<Diagnosis> = {}, p: Partial<Problem> = {}): Problem {
  const diagnosis = makeDiagnosis(d);
  const now = Date.now();
  return {
    fingerprint: `${diagnosis.id}|${++seq}`,
    diagnosis,
    source: { type: 'local-stream', label: 'camera' },
    count: 1,
    firstAt: now - 60_000,
    lastAt: now - 60_000,
    resolved: false,
    ...p,
  };
}

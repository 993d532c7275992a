// @vitest-environment node
import { effect } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import {
  MAX_PROBLEMS,
  MAX_TIMELINE_ENTRIES,
  RESOLUTION_RULES,
  createStore,
  fingerprintOf,
  settles,
} from '../../src/core/store';
import type { Diagnosis, Problem, ProblemSource } from '../../src/core/types';
import { fakeDiagnosis } from '../fakes';

const stream = {};
const client = {};
const src = (label: string, target?: object): ProblemSource => ({ type: 'client', label, target });

function clock(start = 1000) {
  let now = start;
  return { now: () => now, tick: (ms = 1) => (now += ms) };
}

describe('store: problems', () => {
  it('dedupes by diagnosis id + source, counting and keeping first/last times', () => {
    const c = clock();
    const store = createStore({ now: c.now });
    const a = store.record(fakeDiagnosis('sdk:X'), src('client 1'));
    c.tick(10);
    const b = store.record(fakeDiagnosis('sdk:X'), src('client 1'));
    store.record(fakeDiagnosis('sdk:X'), src('client 2'));
    expect(a.opened).toBe(true);
    expect(b.opened).toBe(false);
    expect(b.problem.count).toBe(2);
    expect(b.problem.firstAt).toBe(1000);
    expect(b.problem.lastAt).toBe(1010);
    expect(store.problems.value).toHaveLength(2);
    expect(b.problem.fingerprint).toBe(fingerprintOf('sdk:X', src('client 1')));
  });

  it('replaces problem objects instead of mutating them', () => {
    const store = createStore();
    const first = store.record(fakeDiagnosis('sdk:X'), src('c')).problem;
    const second = store.record(fakeDiagnosis('sdk:X'), src('c')).problem;
    expect(second).not.toBe(first);
    expect(first.count).toBe(1);
  });

  it('sorts open first, then severity, then newest', () => {
    const c = clock();
    const store = createStore({ now: c.now });
    store.record(fakeDiagnosis('a', { severity: 'info' }), src('s'));
    c.tick();
    store.record(fakeDiagnosis('b', { severity: 'warning' }), src('s'));
    c.tick();
    store.record(fakeDiagnosis('c', { severity: 'error' }), src('s'));
    c.tick();
    store.record(fakeDiagnosis('d', { severity: 'error' }), src('s'));
    c.tick();
    store.record(fakeDiagnosis('sdk:PLAY_NOT_ALLOWED', { severity: 'error' }), src('s', stream));
    store.resolve('playing', stream);
    expect(store.problems.value.map((p) => p.diagnosis.id)).toEqual([
      'd',
      'c',
      'b',
      'a',
      'sdk:PLAY_NOT_ALLOWED',
    ]);
  });

  it('re-opens a resolved problem that happens again', () => {
    const store = createStore();
    store.record(fakeDiagnosis('sdk:PLAY_NOT_ALLOWED'), src('s', stream));
    expect(store.resolve('playing', stream)).toBe(1);
    expect(store.problems.value[0]?.resolved).toBe(true);
    expect(store.problems.value[0]?.resolvedAt).toBeTypeOf('number');
    const again = store.record(fakeDiagnosis('sdk:PLAY_NOT_ALLOWED'), src('s', stream));
    expect(again.opened).toBe(true);
    expect(again.problem.resolved).toBe(false);
    expect(again.problem.resolvedAt).toBeUndefined();
    expect(again.problem.count).toBe(2);
  });

  it('bounds problems, evicting the oldest resolved first, then the oldest', () => {
    const store = createStore({ maxProblems: 3 });
    store.record(fakeDiagnosis('sdk:A'), src('s'));
    store.record(fakeDiagnosis('sdk:PLAY_NOT_ALLOWED'), src('s', stream));
    store.record(fakeDiagnosis('sdk:C'), src('s'));
    store.resolve('playing', stream);
    store.record(fakeDiagnosis('sdk:D'), src('s'));
    expect(store.problems.value.map((p) => p.diagnosis.id).sort()).toEqual([
      'sdk:A',
      'sdk:C',
      'sdk:D',
    ]);
    store.record(fakeDiagnosis('sdk:E'), src('s'));
    expect(store.problems.value.map((p) => p.diagnosis.id).sort()).toEqual([
      'sdk:C',
      'sdk:D',
      'sdk:E',
    ]);
  });

  it('keeps MAX_PROBLEMS by default', () => {
    const store = createStore();
    for (let i = 0; i < MAX_PROBLEMS + 50; i++) store.record(fakeDiagnosis(`sdk:${i}`), src('s'));
    expect(store.problems.value).toHaveLength(MAX_PROBLEMS);
  });

  it('re-diagnoses every problem (a language change)', () => {
    const store = createStore();
    store.record(fakeDiagnosis('sdk:A', { title: 'english' }), src('s'), undefined, 'input-a');
    const inputs: unknown[] = [];
    store.rediagnose((input) => (inputs.push(input), fakeDiagnosis('sdk:A', { title: 'chinese' })));
    expect(inputs).toEqual(['input-a']);
    expect(store.problems.value[0]?.diagnosis.title).toBe('chinese');
  });
});

describe('store: timeline', () => {
  it('is a ring buffer of the newest entries, oldest first, with increasing seq', () => {
    const store = createStore({ maxTimeline: 3 });
    for (let i = 1; i <= 5; i++) store.log({ type: 'info', event: 'e', text: String(i) });
    const list = store.timeline.value;
    expect(list.map((e) => e.text)).toEqual(['3', '4', '5']);
    expect(list.map((e) => e.seq)).toEqual([3, 4, 5]);
  });

  it('keeps MAX_TIMELINE_ENTRIES by default', () => {
    const store = createStore();
    for (let i = 0; i < MAX_TIMELINE_ENTRIES * 3; i++)
      store.log({ type: 'info', event: 'e', text: '' });
    expect(store.timeline.value).toHaveLength(MAX_TIMELINE_ENTRIES);
  });
});

describe('store: signals', () => {
  it('bumps revision on every change, and builds the arrays only when read', () => {
    const store = createStore();
    const seen: number[] = [];
    const stop = effect(() => void seen.push(store.revision.value));
    store.record(fakeDiagnosis('a'), src('s'));
    store.log({ type: 'info', event: 'e', text: '' });
    stop();
    expect(seen).toEqual([0, 1, 2]);
    const before = store.problems.value;
    store.log({ type: 'info', event: 'e', text: '' });
    // A timeline change leaves the problems array as it was (same object: no re-render).
    expect(store.problems.value).toBe(before);
    store.record(fakeDiagnosis('a'), src('s'));
    expect(store.problems.value).not.toBe(before);
  });
});

describe('resolution rules', () => {
  const problem = (
    id: string,
    target?: object,
    extra: Partial<Problem> = {},
    d: Partial<Diagnosis> = {},
  ): Problem => ({
    fingerprint: id,
    diagnosis: fakeDiagnosis(id, d),
    source: src('x', target),
    count: 1,
    firstAt: 0,
    lastAt: 0,
    resolved: false,
    ...extra,
  });

  it('settles only what the table says, from the same source where required', () => {
    expect(settles('playing', problem('sdk:PLAY_NOT_ALLOWED', stream), stream)).toBe(true);
    expect(settles('playing', problem('sdk:PLAY_NOT_ALLOWED', stream), {})).toBe(false);
    expect(settles('playing', problem('sdk:DEVICE_NOT_FOUND', stream), stream)).toBe(false);
    // Media: the SDK's message names it; audio when it does not.
    const audio = problem(
      'sdk:PLAY_NOT_ALLOWED',
      stream,
      {},
      { message: 'Audio play failed, NotAllowedError' },
    );
    const video = problem(
      'sdk:PLAY_NOT_ALLOWED',
      stream,
      {},
      { message: 'Video play failed, NotAllowedError' },
    );
    const silent = problem('sdk:PLAY_NOT_ALLOWED', stream);
    expect([audio, video, silent].map((p) => settles('playing', p, stream, 'video'))).toEqual([
      false,
      true,
      false,
    ]);
    expect([audio, video, silent].map((p) => settles('playing', p, stream, 'audio'))).toEqual([
      true,
      false,
      true,
    ]);
    expect([audio, video, silent].map((p) => settles('playing', p, stream))).toEqual([
      true,
      true,
      true,
    ]);
    for (const key of [
      'SIGNAL_CHANNEL_RECONNECTION_FAILED',
      'UPLINK_RECONNECTION_FAILED',
      'DOWNLINK_RECONNECTION_FAILED',
      'JOIN_ROOM_FAILED',
    ]) {
      expect(settles('connected', problem(`sdk:${key}`, client), client)).toBe(true);
    }
    expect(settles('connected', problem('sdk:PLAY_NOT_ALLOWED', client), client)).toBe(false);
    for (const id of [
      'sdk:DEVICE_NOT_FOUND',
      'sdk:INITIALIZE_FAILED',
      'sdk:DEVICE_AUTO_RECOVER_FAILED',
      'browser:NotReadableError',
    ]) {
      expect(settles('captured', problem(id, stream), stream)).toBe(true);
    }
    expect(settles('permission-granted', problem('browser:NotAllowedError', stream))).toBe(true);
    // An INITIALIZE_FAILED that carries the browser's NotAllowedError is a permission problem too.
    expect(
      settles(
        'permission-granted',
        problem('sdk:INITIALIZE_FAILED', stream, {}, { errorName: 'NotAllowedError' }),
      ),
    ).toBe(true);
    expect(settles('permission-granted', problem('sdk:INITIALIZE_FAILED', stream))).toBe(false);
    expect(settles('joined', problem('account:70001', client), client)).toBe(true);
    expect(settles('joined', problem('join:-10013', client), client)).toBe(true);
    expect(settles('joined', problem('unknown', client, { operation: 'join' }), client)).toBe(true);
    expect(settles('joined', problem('unknown', client, { operation: 'publish' }), client)).toBe(
      false,
    );
    // Related diagnoses count: a JOIN_ROOM_FAILED explained by its account code.
    expect(
      settles(
        'joined',
        problem('sdk:X', client, {}, { related: [fakeDiagnosis('account:70001')] }),
        client,
      ),
    ).toBe(true);
  });

  it('has a rule for every trigger', () => {
    expect(Object.keys(RESOLUTION_RULES).sort()).toEqual([
      'captured',
      'connected',
      'joined',
      'permission-granted',
      'playing',
    ]);
  });
});

describe('userSig facts on a problem', () => {
  it('stay with it across later occurrences, and go when it comes back after being resolved', () => {
    const store = createStore();
    const client = {};
    const source: ProblemSource = { type: 'client', label: 'c', target: client };
    const d = fakeDiagnosis('account:70001');
    const { problem } = store.record(d, source);
    const facts = { valid: true as const, issuedAt: 1, expiresAt: 2, validForSeconds: 1 };
    store.attachUserSig(problem.fingerprint, facts as never);
    expect(store.record(d, source).problem.userSig).toBe(facts);
    expect(store.record(d, source).problem.userSig).toBe(facts);
    store.resolve('joined', client);
    expect(store.get(problem.fingerprint)?.resolved).toBe(true);
    // A new episode is inspected afresh (the doctor attaches the facts it finds then).
    expect(store.record(d, source).problem.userSig).toBeUndefined();
  });
});

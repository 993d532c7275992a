import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_INTERVAL_MS, createPanelModel } from '../../src/ui/model';
import type { PanelModel } from '../../src/ui/model';
import { createFakeDoctor, makeProblem } from './fake-doctor';

let model: PanelModel | undefined;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  model?.dispose();
  model = undefined;
  vi.useRealTimers();
});

describe('createPanelModel', () => {
  it('starts with the doctor’s current problems and schedules nothing', () => {
    const doctor = createFakeDoctor();
    doctor.problemsState.value = [makeProblem()];
    model = createPanelModel(doctor);
    expect(model.problems.value).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(model.announcement.value).toBe('');
  });

  it('updates its snapshot in the next frame only', () => {
    const doctor = createFakeDoctor();
    model = createPanelModel(doctor);
    const list = [makeProblem()];
    doctor.setProblems(list);
    expect(model.problems.value).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(model.problems.value).toBe(list);
  });

  it('announces the first new problem at once, then coalesces for ~2 s', () => {
    const doctor = createFakeDoctor();
    model = createPanelModel(doctor);
    doctor.setProblems([makeProblem({ title: 'First' })]);
    vi.advanceTimersToNextFrame();
    expect(model.announcement.value).toBe('New problem: First');

    const more = [makeProblem(), makeProblem(), makeProblem()];
    doctor.setProblems([...doctor.problemsState.value, more[0]!]);
    vi.advanceTimersToNextFrame();
    doctor.setProblems([...doctor.problemsState.value, more[1]!, more[2]!]);
    vi.advanceTimersToNextFrame();
    // Throttled: still the first sentence, one timer pending.
    expect(model.announcement.value).toBe('New problem: First');
    expect(vi.getTimerCount()).toBe(1);
    // The timer only asks for a frame: what it says is a change of that frame, as every other.
    vi.advanceTimersToNextTimer();
    expect(model.announcement.value).toBe('New problem: First');
    vi.advanceTimersToNextFrame();
    expect(model.announcement.value).toBe('3 new problems');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not announce repeats of a known problem, but does when a resolved one comes back', () => {
    const doctor = createFakeDoctor();
    const p = makeProblem({ title: 'Again' });
    model = createPanelModel(doctor);
    doctor.setProblems([p]);
    vi.advanceTimersToNextFrame();
    model.announcement.value = '';
    vi.advanceTimersByTime(ANNOUNCE_INTERVAL_MS);
    doctor.setProblems([{ ...p, count: 5 }]);
    vi.advanceTimersToNextFrame();
    expect(model.announcement.value).toBe('');
    doctor.setProblems([{ ...p, resolved: true }]);
    vi.advanceTimersToNextFrame();
    doctor.setProblems([{ ...p, resolved: false }]);
    vi.advanceTimersToNextFrame();
    expect(model.announcement.value).toBe('New problem: Again');
  });

  it('announces in the current language', () => {
    const doctor = createFakeDoctor({ lang: 'zh' });
    model = createPanelModel(doctor);
    doctor.setProblems([makeProblem(), makeProblem()]);
    vi.advanceTimersToNextFrame();
    expect(model.announcement.value).toBe('2 个新问题');
  });

  it('dispose cancels the pending frame and announcement, and runs pending cleanups', () => {
    const doctor = createFakeDoctor();
    const m = createPanelModel(doctor);
    doctor.setProblems([makeProblem()]);
    vi.advanceTimersToNextFrame();
    doctor.setProblems([...doctor.problemsState.value, makeProblem()]);
    vi.advanceTimersToNextFrame();
    doctor.setProblems([...doctor.problemsState.value, makeProblem()]);
    const cleanup = vi.fn();
    m.later(cleanup, 10_000);
    expect(vi.getTimerCount()).toBe(3); // frame, announcement, cleanup
    m.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(cleanup).toHaveBeenCalledOnce();
    doctor.setProblems([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('t() prefers settings.messages, then the language, then English', () => {
    const doctor = createFakeDoctor({ lang: 'zh', messages: { close: 'Shut' } });
    model = createPanelModel(doctor);
    expect(model.t('close')).toBe('Shut');
    expect(model.t('report')).toBe('报告');
    expect(model.t('newMany', { n: 4 })).toBe('4 个新问题');
  });

  it('source(): the label alone when it says what it is, else with a type word', () => {
    const doctor = createFakeDoctor();
    model = createPanelModel(doctor);
    const say = model.source;
    // The engine's default labels.
    expect(say({ type: 'client', label: 'client 1' })).toBe('client 1');
    expect(say({ type: 'local-stream', label: 'local stream 2' })).toBe('local stream 2');
    expect(say({ type: 'remote-stream', label: 'remote alice', userId: 'alice' })).toBe(
      'remote alice',
    );
    // A host's own labels.
    expect(say({ type: 'client', label: 'main' })).toBe('Client main');
    expect(say({ type: 'local-stream', label: 'camera' })).toBe('Local stream camera');
    expect(say({ type: 'remote-stream', label: 'r', userId: 'bob' })).toBe('Remote user bob');
    expect(say({ type: 'page', label: 'page' })).toBe('Page');
    doctor.configure({ lang: 'zh' });
    expect(say({ type: 'local-stream', label: 'camera' })).toBe('本地流 camera');
    expect(say({ type: 'page', label: 'page' })).toBe('页面');
    expect(say({ type: 'client', label: 'client 1' })).toBe('client 1');
  });
});

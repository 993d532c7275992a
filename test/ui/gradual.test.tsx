/**
 * Opening the panel on a long list: the first cards (or timeline rows) render at once, the rest a
 * few after each paint, in order; focus moves in after the paint; nothing is left scheduled once
 * the list is whole or the panel is gone. Preact's effects run after a frame (an animation frame,
 * or a 35 ms timeout, then a timeout): fake timers drive them here, outside `act()`, which would
 * run them all at once.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '../../src/core/types';
import { mountPanel } from '../../src/ui/mount';
import { createPanelModel } from '../../src/ui/model';
import { Panel } from '../../src/ui/Panel';
import { CARDS_PER_STEP, FIRST_CARDS } from '../../src/ui/model';
import { FIRST_ROWS, ROWS_PER_STEP, TIMELINE_ROWS } from '../../src/ui/Timeline';
import { createFakeDoctor, makeProblem } from './fake-doctor';
import type { FakeDoctor } from './fake-doctor';
import { cardsLoaded } from './parts';

cardsLoaded();

let box: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  box = document.createElement('div');
  document.body.append(box);
});

afterEach(async () => {
  render(null, box);
  // Preact's pending effect flush must run before the fake clock goes, or the next test's
  // effects would wait behind it forever.
  await vi.runAllTimersAsync();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** One frame, the effects after it and the render they cause. */
const paint = async () => {
  vi.advanceTimersToNextFrame();
  // Then Preact's timeout (a zero delay set in a timer runs 1 ms later on the fake clock), and
  // the render the effects ask for.
  await vi.advanceTimersByTimeAsync(1);
};

const withProblems = (n: number): FakeDoctor => {
  const doctor = createFakeDoctor();
  doctor.problemsState.value = Array.from({ length: n }, (_, i) =>
    makeProblem({ id: `sdk:P${i}`, title: `Problem ${i}` }),
  );
  return doctor;
};

const ids = () =>
  [...box.querySelectorAll<HTMLElement>('[part="card"]')].map((c) => c.dataset.diagnosisId);

describe('gradual lists', () => {
  it('renders the first cards at once and the rest after each paint, in order; counts are whole', async () => {
    const doctor = withProblems(20);
    render(<Panel m={createPanelModel(doctor)} overlay={false} />, box);
    expect(ids()).toEqual(Array.from({ length: FIRST_CARDS }, (_, i) => `sdk:P${i}`));
    expect(box.querySelector('[role="tab"]')?.textContent).toBe('Problems (20)');
    await paint();
    expect(ids()).toHaveLength(FIRST_CARDS + CARDS_PER_STEP);
    for (let i = 0; i < 10 && ids().length < 20; i++) await paint();
    expect(ids()).toEqual(Array.from({ length: 20 }, (_, i) => `sdk:P${i}`));
    // Whole: the last effect schedules nothing more.
    await paint();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a short list renders whole at once and schedules nothing after', async () => {
    render(<Panel m={createPanelModel(withProblems(2))} overlay={false} />, box);
    expect(ids()).toHaveLength(2);
    await paint();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves nothing behind when the panel goes mid-way', async () => {
    render(<Panel m={createPanelModel(withProblems(20))} overlay={false} />, box);
    render(null, box);
    await paint();
    await paint();
    expect(vi.getTimerCount()).toBe(0);
    expect(box.innerHTML).toBe('');
  });

  it('renders the newest timeline rows first, then the rest up to the limit', async () => {
    const doctor = createFakeDoctor();
    const now = Date.now();
    doctor.timelineState.value = Array.from({ length: 300 }, (_, seq): TimelineEntry => ({
      seq,
      at: now - (300 - seq) * 1000,
      type: 'info',
      event: 'e',
      text: `line ${seq}`,
    }));
    const m = createPanelModel(doctor);
    m.tab.value = 'timeline';
    render(<Panel m={m} overlay={false} />, box);
    const rows = () => [...box.querySelectorAll('.tl li .txt')].map((r) => r.textContent);
    expect(rows()).toHaveLength(FIRST_ROWS);
    expect(rows()[0]).toBe('line 299');
    await paint();
    expect(rows()).toHaveLength(FIRST_ROWS + ROWS_PER_STEP);
    for (let i = 0; i < 10 && rows().length < TIMELINE_ROWS; i++) await paint();
    expect(rows()).toHaveLength(TIMELINE_ROWS);
    expect(rows().at(-1)).toBe(`line ${300 - TIMELINE_ROWS}`);
    expect(box.querySelector('[data-show-all]')).not.toBeNull();
  });
});

describe('opening the overlay', () => {
  it('moves focus in after the first paint, not in the render', async () => {
    const panel = mountPanel(withProblems(20), {});
    const root = document.querySelector('trtc-doctor')!.shadowRoot!;
    panel.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect(root.activeElement).toBeNull();
    await paint();
    expect(root.activeElement?.id).toBe('td-tab-problems');
    panel.unmount();
    await paint();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads the viewport when it opens (its height and what an on-screen keyboard covers)', async () => {
    const panel = mountPanel(withProblems(1), {});
    const root = document.querySelector('trtc-doctor')!.shadowRoot!;
    panel.open();
    await vi.advanceTimersByTimeAsync(0);
    const ov = root.querySelector<HTMLElement>('.ov')!;
    const height = window.visualViewport?.height ?? innerHeight;
    expect(ov.style.getPropertyValue('--td-vh')).toBe(`${Math.round(height)}px`);
    expect(ov.style.getPropertyValue('--td-vb')).toMatch(/^\d+px$/);
    panel.unmount();
  });
});

describe('warming up', () => {
  it('makes the time formatters once, one per idle callback, once there is a problem', () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const relative = vi.spyOn(Intl, 'RelativeTimeFormat');
    const exact = vi.spyOn(Intl, 'DateTimeFormat');
    const idle = { didTimeout: false, timeRemaining: () => 50 };
    const doctor = createFakeDoctor({ lang: 'zh' });
    const m = createPanelModel(doctor);
    // No problem yet: nothing is scheduled.
    expect(callbacks).toHaveLength(0);
    doctor.setProblems([makeProblem()]);
    vi.advanceTimersToNextFrame();
    expect(callbacks).toHaveLength(1);
    expect(relative).not.toHaveBeenCalled();
    callbacks[0]!(idle);
    expect(relative).toHaveBeenCalledWith('zh', expect.anything());
    expect(exact).not.toHaveBeenCalled();
    expect(callbacks).toHaveLength(2);
    callbacks[1]!(idle);
    expect(exact).toHaveBeenCalledWith('zh', expect.anything());
    // Done: more problems schedule nothing more.
    doctor.setProblems([makeProblem(), makeProblem()]);
    vi.advanceTimersToNextFrame();
    expect(callbacks).toHaveLength(2);
    m.dispose();
  });

  it('dispose drops a warm-up still waiting', () => {
    vi.stubGlobal('requestIdleCallback', () => 7);
    const cancel = vi.fn();
    vi.stubGlobal('cancelIdleCallback', cancel);
    const m = createPanelModel(withProblems(1));
    m.dispose();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('lays the first cards’ words out in each text style, hidden, a style per idle step, then takes them away', () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const idle = { didTimeout: false, timeRemaining: () => 0 };
    const panel = mountPanel(withProblems(5), {});
    const root = document.querySelector('trtc-doctor')!.shadowRoot!;
    const words = () => root.querySelector<HTMLElement>('.r[aria-hidden="true"]');
    callbacks.shift()!(idle); // the time formatters
    callbacks.shift()!(idle);
    expect(words()).toBeNull();
    callbacks.shift()!(idle);
    const box = words()!;
    expect(box.style.visibility).toBe('hidden');
    expect(box.textContent).toContain('Problem 0');
    expect(box.textContent).toContain(`Problem ${FIRST_CARDS - 1}`);
    expect(box.textContent).not.toContain(`Problem ${FIRST_CARDS}`);
    expect(box.textContent).toContain('Raw message');
    let steps = 1;
    while (callbacks.length) {
      callbacks.shift()!(idle);
      steps++;
    }
    expect(steps).toBeGreaterThan(3);
    expect(words()).toBeNull();
    // The panel itself is untouched: one root of ours, no card.
    expect(root.querySelectorAll('.r')).toHaveLength(1);
    expect(root.querySelector('[part="card"]')).toBeNull();
    panel.unmount();
  });

  it('stops laying words out once the panel opens, and on unmount', async () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const idle = { didTimeout: false, timeRemaining: () => 0 };
    const panel = mountPanel(withProblems(5), {});
    const root = document.querySelector('trtc-doctor')!.shadowRoot!;
    callbacks.shift()!(idle);
    callbacks.shift()!(idle);
    callbacks.shift()!(idle);
    expect(root.querySelector('.r[aria-hidden="true"]')).not.toBeNull();
    panel.open();
    await vi.advanceTimersByTimeAsync(0);
    callbacks.shift()!(idle);
    expect(root.querySelector('.r[aria-hidden="true"]')).toBeNull();
    panel.unmount();
    expect(vi.mocked(cancelIdleCallback)).toHaveBeenCalled();
  });
});

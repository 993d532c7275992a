/**
 * The problem cards and the timeline load when the panel first shows them (src/ui/lazy-tab.tsx):
 * the panel's frame (title, tabs) is there at once with a polite "Loading…" in its body, then the
 * cards; a press on the toast or the launcher fetches them ahead. Fresh modules per test, so
 * nothing is loaded before it starts.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createFakeDoctor, makeProblem } from './fake-doctor';

import type * as LazyTab from '../../src/ui/lazy-tab';
import type * as Model from '../../src/ui/model';
import type * as PanelModule from '../../src/ui/Panel';
import type * as ShellModule from '../../src/ui/shell';

let ui: {
  model: typeof Model;
  Panel: typeof PanelModule;
  lazy: typeof LazyTab;
  shell: typeof ShellModule;
};

beforeEach(async () => {
  vi.resetModules();
  (await import('../../src/lang/all')).useAllPacks();
  ui = {
    model: await import('../../src/ui/model'),
    Panel: await import('../../src/ui/Panel'),
    lazy: await import('../../src/ui/lazy-tab'),
    shell: await import('../../src/ui/shell'),
  };
});
afterEach(cleanup);

const doctorWith = (n: number) => {
  const doctor = createFakeDoctor();
  doctor.setProblems(
    Array.from({ length: n }, (_, i) =>
      makeProblem({ id: `sdk:P${i}`, title: `Problem ${i}` }, { fingerprint: `f${i}` }),
    ),
  );
  return doctor;
};

describe('the cards load with the first panel that shows them', () => {
  it('the frame and "Loading…" first, then the cards, in order', async () => {
    const m = ui.model.createPanelModel(doctorWith(2));
    const { container } = render(<ui.Panel.Panel m={m} overlay />);
    // The frame is there at once: the dialog, its title and its tabs.
    expect(screen.getByRole('dialog', { name: 'TRTC Doctor' })).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    const body = container.querySelector('#td-tabpanel')!;
    expect(body.querySelector('[role=status][aria-busy=true]')?.textContent).toBe('Loading…');
    expect(container.querySelector('[data-diagnosis-id]')).toBeNull();
    await screen.findByText('Problem 0');
    const ids = [...container.querySelectorAll('[data-diagnosis-id]')].map((el) =>
      el.getAttribute('data-diagnosis-id'),
    );
    expect(ids).toEqual(['sdk:P0', 'sdk:P1']);
    expect(body.querySelector('[aria-busy=true]')).toBeNull();
  });

  it('the timeline loads when its tab is first shown', async () => {
    const m = ui.model.createPanelModel(doctorWith(1));
    render(<ui.Panel.Panel m={m} overlay={false} />);
    m.tab.value = 'timeline';
    const body = document.querySelector('#td-tabpanel')!;
    expect(body.querySelector('[role=status][aria-busy=true]')?.textContent).toBe('Loading…');
    await vi.waitFor(() => expect(body.querySelector('[aria-busy=true]')).toBeNull());
    expect(body.textContent).not.toBe('');
  });

  it('preloadPanel() fetches both ahead: the next panel shows its cards at once', async () => {
    ui.lazy.preloadPanel();
    await Promise.all([ui.lazy.LazyCards.preload(), ui.lazy.LazyTimeline.preload()]);
    const m = ui.model.createPanelModel(doctorWith(1));
    const { container } = render(<ui.Panel.Panel m={m} overlay />);
    expect(container.querySelector('[data-diagnosis-id="sdk:P0"]')).not.toBeNull();
    expect(container.querySelector('[aria-busy=true]')).toBeNull();
  });

  /** A closed overlay's shell for `m` in the page; taken away after the test. */
  const overlay = (m: Model.PanelModel) => {
    const box = document.body.appendChild(document.createElement('div'));
    const shell = ui.shell.mountShell(m, box, {
      mode: 'overlay',
      position: 'bottom-right',
      zIndex: 1,
    });
    onTestFinished(() => {
      shell.dispose();
      box.remove();
      m.dispose();
    });
  };

  it('a press on the launcher, or focus on it, fetches the cards and the timeline ahead', async () => {
    const m = ui.model.createPanelModel(doctorWith(1));
    overlay(m);
    const cards = vi.spyOn(ui.lazy.LazyCards, 'preload');
    const timeline = vi.spyOn(ui.lazy.LazyTimeline, 'preload');
    const launcher = screen.getByRole('button', { name: /TRTC Doctor/ });
    fireEvent.pointerDown(launcher);
    // After the panel's view, which the same press fetches (shell.test.tsx).
    await vi.waitFor(() => expect(cards).toHaveBeenCalledTimes(1));
    expect(timeline).toHaveBeenCalledTimes(1);
    fireEvent.focus(launcher);
    await vi.waitFor(() => expect(cards).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a press on the toast fetches the cards before its click opens the panel', async () => {
    const doctor = doctorWith(1);
    const m = ui.model.createPanelModel(doctor, false, true);
    overlay(m);
    m.toast.value = doctor.problems.value[0]!;
    const spy = vi.spyOn(ui.lazy.LazyCards, 'preload');
    fireEvent.pointerDown(screen.getByRole('button', { name: /Problem 0/ }));
    await vi.waitFor(() => expect(spy).toHaveBeenCalled());
  });
});

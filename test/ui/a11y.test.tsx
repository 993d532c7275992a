import { act, cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { PanelSettings } from '../../src/core/types';
import { createPanelModel } from '../../src/ui/model';
import type { PanelModel, TabId } from '../../src/ui/model';
import { mountShell } from '../../src/ui/shell';
import type { ShellOptions } from '../../src/ui/shell';
import { createFakeDoctor, makeDiagnosis, makeProblem } from './fake-doctor';
import { cardsLoaded } from './parts';

cardsLoaded();

/** The shell of `m` (its launcher, toast and panel) in a `<main>`, as the page has it. */
function show(m: PanelModel, options: Pick<ShellOptions, 'mode' | 'position'>) {
  const container = document.body.appendChild(document.createElement('main'));
  const shell = mountShell(m, container, { zIndex: 1, ...options });
  return {
    container,
    remove() {
      shell.dispose();
      container.remove();
    },
  };
}

afterEach(cleanup);

async function violations(root: Element) {
  // Colour contrast needs layout, which happy-dom has not: it is checked from the palette instead.
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('axe-core', () => {
  it('does report a violation in happy-dom (the check can fail)', async () => {
    const { container } = render(
      <main>
        <button type="button" />
      </main>,
    );
    expect((await violations(container)).join()).toContain('button-name');
  });

  it('finds no violation: closed overlay with its launcher and badge', async () => {
    const doctor = createFakeDoctor();
    doctor.problemsState.value = [makeProblem()];
    const m = createPanelModel(doctor);
    const { container, remove } = show(m, { mode: 'overlay', position: 'top-left' });
    expect(container.querySelector('[part="launcher"]')).not.toBeNull();
    expect(container.querySelector('[part="badge"]')).not.toBeNull();
    expect(await violations(container)).toEqual([]);
    remove();
    m.dispose();
  });

  it.each<[string, Partial<PanelSettings>, TabId]>([
    ['developer problems', { audience: 'developer' }, 'problems'],
    ['user problems', { audience: 'user', lang: 'zh' }, 'problems'],
    ['timeline', {}, 'timeline'],
    ['environment', {}, 'environment'],
    ['report', {}, 'report'],
  ])('finds no violation: %s (overlay open and inline)', async (_, settings, tab) => {
    const doctor = createFakeDoctor(settings);
    doctor.problemsState.value = [
      makeProblem({
        guide: 'unblock-permission',
        actions: ['resume-playback', 'request-permission'],
      }),
      makeProblem(
        {
          id: 'sdk:JOIN_ROOM_FAILED',
          severity: 'error',
          guide: 'firewall',
          related: [makeDiagnosis({ id: 'account:70001' })],
        },
        { resolved: true },
      ),
    ];
    doctor.timelineState.value = [
      {
        seq: 1,
        at: Date.now(),
        type: 'error',
        event: 'error',
        text: 'PLAY_NOT_ALLOWED',
        source: { type: 'client', label: 'c' },
      },
    ];
    for (const mode of ['overlay', 'inline'] as const) {
      const m = createPanelModel(doctor, true);
      m.tab.value = tab;
      m.open.value = true;
      const { container, remove } = show(m, { mode, position: 'bottom-right' });
      await act(() => undefined);
      expect(container.querySelector('[part="panel"]')).not.toBeNull();
      expect(await violations(container)).toEqual([]);
      remove();
      m.dispose();
    }
  });
});

/**
 * What QA reads: a timeline with clock times, chips, search and expandable long lines; the report
 * as it will be copied; every engine-made word in the panel's language; checks as checklists.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '../../src/core/types';
import { createPanelModel } from '../../src/ui/model';
import { Panel } from '../../src/ui/Panel';
import { clock } from '../../src/ui/time';
import { LONG_ENTRY_CHARS } from '../../src/ui/Timeline';
import { createFakeDoctor, makeProblem } from './fake-doctor';
import type { FakeDoctor } from './fake-doctor';
import { cardsLoaded } from './parts';

cardsLoaded();

afterEach(cleanup);

const AT = Date.UTC(2026, 0, 2, 3, 4, 5, 678);

const entry = (seq: number, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  seq,
  at: AT + seq,
  type: 'info',
  event: 'initialize',
  text: 'initialize ok',
  source: { type: 'client', label: 'client 2' },
  ...over,
});

function open(doctor: FakeDoctor, tab: 'timeline' | 'report' | 'environment' | 'problems') {
  const m = createPanelModel(doctor);
  m.tab.value = tab;
  return { ...render(<Panel m={m} overlay={false} />), m };
}

describe('timeline', () => {
  it('shows each entry’s clock time to the millisecond and how long ago', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: AT + 1 + 3 * 60_000 });
    const doctor = createFakeDoctor();
    doctor.timelineState.value = [entry(1)];
    const { container } = open(doctor, 'timeline');
    const li = container.querySelector('.tl li')!;
    expect(li.querySelector('.clock')?.textContent).toBe(clock(AT + 1, 'en'));
    expect(clock(AT, 'en')).toMatch(/^\d\d:04:05\.678$/);
    expect(li.querySelector('time')?.textContent).toBe('3 min. ago');
    vi.useRealTimers();
  });

  it('filters are chips (aria-pressed), with a search box and a clear button', async () => {
    const doctor = createFakeDoctor();
    doctor.timelineState.value = [
      entry(1),
      entry(2, { type: 'error', event: 'error', text: 'PLAY_NOT_ALLOWED' }),
      entry(3, { type: 'state', event: 'peer-join', text: 'alice' }),
    ];
    const { container, getByRole } = open(doctor, 'timeline');
    const chips = [...container.querySelectorAll<HTMLElement>('.chip')];
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).toEqual([
      'true',
      'true',
      'true',
      'true',
    ]);
    const rows = () =>
      [...container.querySelectorAll<HTMLElement>('.tl li')].map((li) => li.dataset.type);
    await act(() => void fireEvent.click(chips[0]!));
    expect(chips[0]!.getAttribute('aria-pressed')).toBe('false');
    expect(rows()).toEqual(['state', 'info']);
    const search = getByRole('searchbox', { name: 'Search' });
    await act(() => void fireEvent.input(search, { target: { value: 'ALICE' } }));
    expect(rows()).toEqual(['state']);
    await act(() => void fireEvent.click(getByRole('button', { name: 'Clear' })));
    expect((search as HTMLInputElement).value).toBe('');
    expect(rows()).toEqual(['state', 'error', 'info']);
  });

  it('long entries end in an ellipsis and expand', async () => {
    const doctor = createFakeDoctor();
    const long = 'x'.repeat(LONG_ENTRY_CHARS + 1);
    doctor.timelineState.value = [entry(1, { text: long }), entry(2, { text: 'short' })];
    const { container } = open(doctor, 'timeline');
    // Newest first: the short line, then the long one.
    const [short, longRow] = [...container.querySelectorAll('.tl li')];
    expect(short!.querySelector('.more')).toBeNull();
    const button = longRow!.querySelector<HTMLElement>('.more')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(longRow!.querySelector('.txt')?.classList.contains('open')).toBe(false);
    await act(() => void fireEvent.click(button));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(longRow!.querySelector('.txt')?.classList.contains('open')).toBe(true);
  });

  it('says the engine’s own words in Chinese', () => {
    const doctor = createFakeDoctor({ lang: 'zh' });
    doctor.timelineState.value = [
      entry(1),
      entry(2, { type: 'state', event: 'network-quality', text: 'uplink 1, downlink 2' }),
      entry(3, { type: 'action', event: 'action:resume-playback', text: 'resumed' }),
      entry(4, { event: 'resolved', text: '1 resolved (playing)' }),
    ];
    const { container } = open(doctor, 'timeline');
    const text = container.querySelector('.tl')!.textContent!;
    expect(text).toContain('initialize 成功');
    expect(text).toContain('客户端 2');
    expect(text).toContain('上行 1，下行 2');
    expect(text).toContain('已恢复');
    expect(text).toContain('已解决 1 个（开始播放）');
    expect(text).not.toMatch(/\bok\b|client|uplink|resumed|playing/);
  });
});

describe('report and checks', () => {
  it('the report tab previews what will be copied', async () => {
    const { findByText } = open(createFakeDoctor(), 'report');
    // The tab loads when first opened.
    expect((await findByText('# report')).getAttribute('part')).toBe('preview');
  });

  it('check results are translated checklists, raw data behind Technical details', async () => {
    const doctor = createFakeDoctor({ lang: 'zh' });
    doctor.results['check-environment'] = {
      ok: true,
      outcome: 'supported',
      text: '当前浏览器满足 SDK 的要求。',
      data: {
        checkedAt: 1796160577443,
        secureContext: true,
        permissions: { camera: 'granted', microphone: 'denied' },
        system: { result: true, detail: { isBrowserSupported: true, isWebRTCSupported: true } },
      },
    };
    doctor.problemsState.value = [makeProblem({ actions: ['check-environment'] })];
    const { container } = open(doctor, 'problems');
    await act(
      () => void fireEvent.click(container.querySelector('[data-action="check-environment"]')!),
    );
    await act(() => Promise.resolve());
    const checks = [...container.querySelectorAll('[part="checks"] li')].map(
      (li) => li.textContent,
    );
    expect(checks).toEqual([
      '✓ 安全页面（https）',
      '✓ 已允许使用摄像头',
      '✗ 麦克风已被禁止',
      '✓ 浏览器受支持',
      '✓ 支持WebRTC',
    ]);
    const details = container.querySelector<HTMLDetailsElement>('[part="result"] details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('checkedAt');
  });
});

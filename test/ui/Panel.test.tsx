import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '../../src/core/types';
import { createPanelModel } from '../../src/ui/model';
import { Panel } from '../../src/ui/Panel';
import { TIMELINE_ROWS } from '../../src/ui/Timeline';
import { createFakeDoctor, makeProblem } from './fake-doctor';
import type { FakeDoctor } from './fake-doctor';
import { cardsLoaded } from './parts';

cardsLoaded();

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel(doctor: FakeDoctor = createFakeDoctor()) {
  const m = createPanelModel(doctor);
  const view = render(<Panel m={m} overlay={false} />);
  return { ...view, m, doctor };
}

const entry = (
  seq: number,
  type: TimelineEntry['type'],
  event: string,
  text: string,
): TimelineEntry => ({
  seq,
  at: Date.now() - (10 - seq) * 1000,
  type,
  event,
  text,
  source: { type: 'client', label: 'client 1' },
});

describe('Panel', () => {
  it('is a named region with a tablist; problems first, with the open count', () => {
    const doctor = createFakeDoctor();
    doctor.problemsState.value = [makeProblem(), makeProblem({}, { resolved: true })];
    renderPanel(doctor);
    expect(screen.getByRole('region', { name: 'TRTC Doctor' })).toBeTruthy();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Problems (1)',
      'Timeline',
      'Environment',
      'Report',
    ]);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
    expect(document.querySelectorAll('[part="card"]')).toHaveLength(2);
  });

  it('keeps the doctor’s order of problems', () => {
    const doctor = createFakeDoctor();
    const list = [makeProblem({ id: 'a' }), makeProblem({ id: 'b' }), makeProblem({ id: 'c' })];
    doctor.problemsState.value = list;
    renderPanel(doctor);
    const ids = [...document.querySelectorAll<HTMLElement>('[part="card"]')].map(
      (c) => c.dataset.diagnosisId,
    );
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('says so when there is no problem', () => {
    renderPanel();
    expect(screen.getByText('No problems.')).toBeTruthy();
  });

  it('switches tabs by click and by arrow keys', async () => {
    renderPanel();
    fireEvent.click(screen.getByRole('tab', { name: 'Report' }));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Report' }).getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    // The Report tab loads when first opened.
    expect(await screen.findByRole('button', { name: 'Copy as JSON' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Report' }), { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /Problems/ }).getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /Problems/ }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Report' }).getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  it('timeline: newest first, relative times, filter toggles with aria-pressed', async () => {
    const doctor = createFakeDoctor();
    doctor.timelineState.value = [
      entry(1, 'state', 'connection-state-changed', 'DISCONNECTED -> CONNECTING'),
      entry(2, 'error', 'error', 'PLAY_NOT_ALLOWED <img src=x onerror=alert(1)>'),
      entry(3, 'action', 'action:resume-playback', 'resumed'),
    ];
    const { m } = renderPanel(doctor);
    m.tab.value = 'timeline';
    await waitFor(() => expect(document.querySelector('[part="timeline"]')).not.toBeNull());
    const items = () =>
      [...document.querySelectorAll<HTMLElement>('[part="timeline"] li')].map(
        (li) => li.dataset.type,
      );
    expect(items()).toEqual(['action', 'error', 'state']);
    const tl = document.querySelector<HTMLElement>('[part="timeline"]')!;
    expect(tl.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(tl.querySelector('img')).toBeNull();
    expect(tl.querySelector('time')?.textContent).toMatch(/ago/);
    expect(tl.querySelector('li')?.lastElementChild?.textContent).toBe('client 1');

    const errors = screen.getByRole('button', { name: 'Errors' });
    expect(errors.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(errors);
    await waitFor(() => expect(errors.getAttribute('aria-pressed')).toBe('false'));
    expect(items()).toEqual(['action', 'state']);
    fireEvent.click(errors);
    await waitFor(() => expect(items()).toEqual(['action', 'error', 'state']));
  });

  it('timeline: the newest 100 rows, then every row kept on "Show all"', async () => {
    const doctor = createFakeDoctor();
    doctor.timelineState.value = Array.from({ length: 150 }, (_, i) =>
      entry(i + 1, 'error', 'error', `e${i + 1}`),
    );
    const { m } = renderPanel(doctor);
    m.tab.value = 'timeline';
    const rows = () => document.querySelectorAll('[part="timeline"] li');
    await waitFor(() => expect(rows()).toHaveLength(TIMELINE_ROWS));
    expect(rows()[0]?.textContent).toContain('e150');
    expect(rows()[TIMELINE_ROWS - 1]?.textContent).toContain('e51');
    fireEvent.click(screen.getByRole('button', { name: 'Show all (150)' }));
    await waitFor(() => expect(rows()).toHaveLength(150));
    expect(rows()[149]?.textContent).toContain('e1');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('timeline: makes no new Intl formatter per row', async () => {
    const doctor = createFakeDoctor();
    doctor.timelineState.value = Array.from({ length: 50 }, (_, i) =>
      entry(i, 'state', 'connection-state-changed', 'x'),
    );
    const made = vi.spyOn(Intl, 'RelativeTimeFormat');
    const { m } = renderPanel(doctor);
    m.tab.value = 'timeline';
    await waitFor(() => expect(document.querySelectorAll('time')).toHaveLength(50));
    // At most the one for this language, if no earlier test made it.
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('environment: one button runs both checks and shows facts and devices', async () => {
    const doctor = createFakeDoctor();
    doctor.results['check-environment'] = {
      text: 'Environment checked.',
      data: {
        browser: 'Chrome 126',
        isSecureContext: true,
        sdkVersion: '4.15.22',
        checkSystemRequirements: { result: true },
      },
    };
    doctor.results['check-devices'] = {
      text: 'Devices listed.',
      data: {
        cameras: [{ deviceId: 'c', label: 'USB Camera' }],
        microphones: [{ deviceId: 'm', label: 'Mic' }],
        speakers: [],
      },
    };
    const { m } = renderPanel(doctor);
    m.tab.value = 'environment';
    fireEvent.click(await screen.findByRole('button', { name: 'Run checks' }));
    expect(doctor.runAction).toHaveBeenCalledWith('check-environment');
    expect(doctor.runAction).toHaveBeenCalledWith('check-devices');
    const env = await screen.findByRole('region', { name: 'Check environment' });
    expect(env.textContent).toContain('Chrome 126');
    expect(env.textContent).toContain('checkSystemRequirements');
    expect(
      within(screen.getByRole('region', { name: 'Check devices' })).getByText('USB Camera'),
    ).toBeTruthy();
    // Kept across tab switches.
    m.tab.value = 'problems';
    await waitFor(() => expect(screen.queryByText('USB Camera')).toBeNull());
    m.tab.value = 'environment';
    expect(await screen.findByText('USB Camera')).toBeTruthy();
  });

  it('environment: no button when the doctor cannot run the checks', async () => {
    const doctor = createFakeDoctor();
    doctor.refused.add('check-environment').add('check-devices');
    const { m } = renderPanel(doctor);
    m.tab.value = 'environment';
    await screen.findByText(/Browser, SDK, devices/);
    expect(screen.queryByRole('button', { name: 'Run checks' })).toBeNull();
  });
});

describe('Report tab', () => {
  async function openReport(doctor = createFakeDoctor()) {
    const view = renderPanel(doctor);
    view.m.tab.value = 'report';
    await screen.findByRole('button', { name: 'Copy as JSON' });
    return view;
  }

  it('copies Markdown through the copy-report action', async () => {
    const { doctor } = await openReport();
    doctor.results['copy-report'] = { text: 'Report copied.' };
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(doctor.runAction).toHaveBeenCalledWith('copy-report');
    expect(await screen.findByText('Report copied.')).toBeTruthy();
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('shows the Markdown to copy by hand when copy-report fails', async () => {
    const doctor = createFakeDoctor();
    doctor.results['copy-report'] = { ok: false, outcome: 'failed', text: 'No clipboard.' };
    await openReport(doctor);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText('No clipboard.');
    const area = document.querySelector('textarea')!;
    expect(area.value).toBe('# report');
    expect(area.readOnly).toBe(true);
  });

  it('copies JSON with the clipboard, and falls back to a textarea when it refuses', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { doctor } = await openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    expect(doctor.report).toHaveBeenCalledWith({ format: 'json' });
    expect(writeText).toHaveBeenCalledWith('{"report":true}');
    expect(await screen.findByText('Copied.')).toBeTruthy();

    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    expect(await screen.findByText(/Copy failed/)).toBeTruthy();
    expect(document.querySelector('textarea')?.value).toBe('{"report":true}');
  });

  it('downloads the JSON report through a temporary link and revokes its URL', async () => {
    const create = vi.fn((_: Blob) => 'blob:report');
    const revoke = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke }));
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const { m } = await openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(click).toHaveBeenCalledOnce();
    expect(clicked[0]?.href).toBe('blob:report');
    expect(clicked[0]?.download).toMatch(/^trtc-doctor-report-.*\.json$/);
    expect(clicked[0]?.isConnected).toBe(false);
    expect(await create.mock.calls[0]![0].text()).toBe('{"report":true}');
    m.dispose();
    expect(revoke).toHaveBeenCalledWith('blob:report');
  });
});

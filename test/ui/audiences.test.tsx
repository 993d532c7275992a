/**
 * What each audience reads: the end user's calm panel and its "Contact support" form, the
 * developer's card that leads with the specific cause and says where it failed, and the fixes
 * that work on the first try (Retry / Reload, Click / Tap to turn on sound).
 */
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDoctor } from '../../src/index';
import type { Doctor, Problem, TrtcStreamLike } from '../../src/index';
import { createPanelModel } from '../../src/ui/model';
import { Panel } from '../../src/ui/Panel';
import { ProblemCard } from '../../src/ui/ProblemCard';
import { ownFrame } from '../../src/ui/stack';
import { FakeStream, createFakeTrtc, flush, rtcError } from '../fakes';
import { createFakeDoctor, makeDiagnosis, makeProblem } from './fake-doctor';
import type { FakeDoctor } from './fake-doctor';
import { fakeFrames } from './frames';
import { cardsLoaded } from './parts';

cardsLoaded();

const frames = fakeFrames();
let real: Doctor | undefined;

afterEach(() => {
  cleanup();
  real?.destroy();
  real = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderPanel(doctor: Doctor) {
  const m = createPanelModel(doctor);
  const view = render(<Panel m={m} overlay={false} />);
  return { ...view, m };
}

function renderCard(problem: Problem, doctor: FakeDoctor = createFakeDoctor()) {
  const m = createPanelModel(doctor);
  const view = render(<ProblemCard m={m} problem={problem} />);
  return { card: view.container.querySelector<HTMLElement>('[part="card"]')!, doctor };
}

// As the engine makes it: the server's reason leads, with the SDK's codes; the SDK's own entry
// (what it reported) is related.
const joinFailed = (p: Partial<Problem> = {}) =>
  makeProblem(
    {
      id: 'account:70001',
      kind: 'account',
      key: undefined,
      code: 16385,
      hex: '0x4001',
      extraCode: 70001,
      severity: 'error',
      title: 'userSig expired',
      cause: 'The userSig is past its expiry time.',
      fix: ['Generate a fresh userSig on your server'],
      hint: 'Your session expired: sign in again.',
      guide: undefined,
      actions: ['rejoin', 'copy-report'],
      message: 'RtcError: join failed <0x4001>',
      related: [
        makeDiagnosis({
          id: 'sdk:JOIN_ROOM_FAILED',
          key: 'JOIN_ROOM_FAILED',
          code: 16385,
          hex: '0x4001',
          title: 'Joining the room failed',
          cause: 'The server refused the join.',
          fix: ['Read the extra code'],
          hint: undefined,
          related: [],
        }),
      ],
    },
    { source: { type: 'client', label: 'client 2' }, count: 4, ...p },
  );

const scheduling = () =>
  makeProblem({
    id: 'sdk:SCHEDULE_FAILED',
    title: 'Scheduling failed',
    guide: undefined,
    actions: ['rejoin', 'check-environment'],
  });

/** The panel's visible text outside any closed disclosure. */
function mainText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('details:not([open]) > :not(summary), .sr').forEach((n) => n.remove());
  return copy.textContent ?? '';
}

describe('end users', () => {
  it('see a calm title, the hint and the buttons; no code, count, source, badge or product name', () => {
    const doctor = createFakeDoctor({ audience: 'user' });
    doctor.problemsState.value = [joinFailed(), makeProblem()];
    const { container } = renderPanel(doctor);
    const text = mainText(container);
    expect(container.querySelector('h2')?.textContent).toBe('Call help');
    expect(container.querySelector('[role="tablist"]')).toBeNull();
    expect(text).not.toMatch(/TRTC|0x|16385|70001|RtcError|×4|client|Error\b|Warning/);
    expect(text).toContain('Your session expired: sign in again.');
    // The hint comes before the buttons, the buttons before the details.
    const card = container.querySelector('[part="card"]')!;
    const [hint, button, details] = ['.hint', '[data-action]', 'details'].map((s) =>
      card.querySelector(s)!,
    ) as [Element, Element, Element];
    expect(hint.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(details.textContent).toContain('0x4001');
  });

  it('contact support: what they were doing, a preview of what is sent, copy', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const doctor = createFakeDoctor({ audience: 'user' });
    const { container, getByRole, findByLabelText } = renderPanel(doctor);
    expect(mainText(container)).toContain('Everything looks fine.');
    await act(() => void fireEvent.click(getByRole('button', { name: 'Contact support' })));
    // The contact form loads when first opened.
    const field = (await findByLabelText('What were you doing?')) as HTMLTextAreaElement;
    await act(() => void fireEvent.input(field, { target: { value: 'Joining the class' } }));
    const preview = container.querySelector('[part="preview"]')!;
    expect(preview.textContent).toBe('## What were you doing?\n\nJoining the class\n\n# report');
    // No host callback: no "Send" button.
    expect(container.querySelector('[data-report="send"]')).toBeNull();
    await act(() => void fireEvent.click(getByRole('button', { name: 'Copy' })));
    expect(writeText).toHaveBeenCalledWith(preview.textContent);
    await waitFor(() => expect(container.textContent).toContain('Copied.'));
    await act(() => void fireEvent.click(getByRole('button', { name: /Back/ })));
    expect(container.querySelector('[part="preview"]')).toBeNull();
  });

  it("contact support: the comment is cleaned with the doctor's learned secrets", async () => {
    const doctor = createFakeDoctor({ audience: 'user' });
    doctor.redact = (text) => text.replaceAll('k9Q2x7LmP4vR8sT1wZ3yB6nC', '[redacted]');
    const { container, getByRole, findByLabelText } = renderPanel(doctor);
    await act(() => void fireEvent.click(getByRole('button', { name: 'Contact support' })));
    const field = (await findByLabelText('What were you doing?')) as HTMLTextAreaElement;
    await act(
      () => void fireEvent.input(field, { target: { value: 'my sig k9Q2x7LmP4vR8sT1wZ3yB6nC' } }),
    );
    const preview = container.querySelector('[part="preview"]')!;
    expect(preview.textContent).toContain('my sig [redacted]');
    expect(preview.textContent).not.toContain('k9Q2x7LmP4vR8sT1wZ3yB6nC');
  });

  it("sends through the host's onReport, offered only when given", async () => {
    const onReport = vi.fn();
    real = createDoctor({ lang: 'en', audience: 'user', trtc: createFakeTrtc(), onReport });
    const { container, m } = renderPanel(real);
    m.tab.value = 'support';
    await act(() => flush());
    const field = container.querySelector('textarea')!;
    await act(() => void fireEvent.input(field, { target: { value: 'It froze' } }));
    await act(() => void fireEvent.click(container.querySelector('[data-report="send"]')!));
    await waitFor(() => expect(container.textContent).toContain('Sent. Thank you.'));
    const sent = onReport.mock.calls[0]![0];
    expect(sent.comment).toBe('It froze');
    expect(sent.markdown).toBe(real.report({ format: 'markdown' }));
    expect(JSON.parse(sent.json).schema).toBe('trtc-doctor-report/1');
  });

  it('a failing onReport says so and becomes a problem, never an exception', async () => {
    const onReport = vi.fn(async () => Promise.reject(new Error('offline')));
    real = createDoctor({ lang: 'en', audience: 'user', trtc: createFakeTrtc(), onReport });
    const { container, m } = renderPanel(real);
    m.tab.value = 'support';
    await act(() => flush());
    await act(() => void fireEvent.click(container.querySelector('[data-report="send"]')!));
    await waitFor(() => expect(container.textContent).toContain('Could not send'));
    expect(real.problems.value[0]?.operation).toBe('onReport');
  });

  it('onReport must be a function', () => {
    expect(() => createDoctor({ onReport: 'yes' as never })).toThrow(
      'createDoctor() option "onReport" must be a function',
    );
  });
});

describe('developers', () => {
  it('read the specific cause first, then its steps and the buttons, then the rest', () => {
    const { card } = renderCard(joinFailed());
    expect(card.querySelector('h3')?.textContent).toBe('userSig expired');
    expect(card.textContent).toContain('Reported as: Joining the room failed');
    const fix = card.querySelector('[part="fix"]')!;
    expect(fix.textContent).toBe('Generate a fresh userSig on your server');
    const [button, cause, raw] = ['[data-action]', '[part="cause"]', 'details[part="raw"]'].map(
      (s) => card.querySelector(s)!,
    ) as [Element, Element, Element];
    expect(fix.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.compareDocumentPosition(cause) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(cause.compareDocumentPosition(raw) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect((raw as HTMLDetailsElement).open).toBe(false);
  });

  it('see the call that failed and the first frame of their own code', () => {
    const error = new Error('join failed');
    error.stack = [
      'RtcError: join failed',
      '    at e.join (https://web.sdk.qcloud.com/trtc/webrtc/v4/trtc.js:2:9911)',
      '    at wrapped (http://localhost:5173/node_modules/trtc-doctor/dist/index.js:1:200)',
      '    at startCall (http://localhost:5173/src/call.ts?t=1712:41:17)',
      '    at HTMLButtonElement.onclick (http://localhost:5173/src/main.ts:9:3)',
    ].join('\n');
    const { card } = renderCard(joinFailed({ operation: 'join', error } as Partial<Problem>));
    const origin = card.querySelector('[part="origin"]')!;
    expect(origin.textContent).toBe(
      'Call join()In your code startCall (http://localhost:5173/src/call.ts:41:17)',
    );
  });

  it('a stack of only SDK frames, or none, names no frame', () => {
    expect(ownFrame({ stack: 'Error\n    at x (https://a/trtc.js:1:2)' })).toBeUndefined();
    expect(ownFrame({ stack: 'x@https://a/sdk/v5/trtc.js:1:2\ny@https://a/app.js:3:4' })).toBe(
      'y@https://a/app.js:3:4',
    );
    expect(ownFrame(undefined)).toBeUndefined();
    expect(
      ownFrame({
        get stack(): string {
          throw new Error('no');
        },
      }),
    ).toBeUndefined();
  });
});

describe('fixes that work on the first try', () => {
  it('a lost connection offers Retry when the host can rejoin, never Check environment', () => {
    const { card } = renderCard(scheduling());
    const buttons = [...card.querySelectorAll<HTMLElement>('[data-action]')];
    expect(buttons.map((b) => [b.dataset.action, b.textContent])).toEqual([['rejoin', 'Retry']]);
  });

  it('and Reload the page when it cannot', () => {
    const doctor = createFakeDoctor();
    doctor.refused.add('rejoin');
    const p = scheduling();
    const { card } = renderCard(p, doctor);
    const button = card.querySelector<HTMLElement>('[data-action]')!;
    expect([button.dataset.action, button.textContent]).toEqual(['reload-page', 'Reload the page']);
    fireEvent.click(button);
    expect(doctor.runAction).toHaveBeenCalledWith('reload-page', p);
  });

  it('blocked sound: "Tap" on a touch screen, and a tap anywhere on the card resumes', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === '(pointer: coarse)' }));
    const p = makeProblem();
    const { card, doctor } = renderCard(p, createFakeDoctor({ audience: 'user' }));
    expect(card.querySelector('.hint')?.textContent).toBe('Tap here to turn on sound.');
    fireEvent.click(card.querySelector('h3')!);
    expect(doctor.runAction).toHaveBeenCalledWith('resume-playback', p);
    // Opening the details is not a request to resume.
    doctor.runAction.mockClear();
    fireEvent.click(card.querySelector('summary')!);
    expect(doctor.runAction).not.toHaveBeenCalled();
  });

  it('the real doctor resumes a blocked stream from a click on its card', async () => {
    real = createDoctor({ lang: 'en', audience: 'user', trtc: createFakeTrtc() });
    expect(await real.load()).toBe(true);
    const stream = new FakeStream();
    const resume = vi.spyOn(stream, 'resume');
    real.watchStream(stream as TrtcStreamLike, 'remote');
    stream._emit('error', rtcError(16451, 'play() failed'));
    const { container } = renderPanel(real);
    await act(async () => {
      await flush();
      frames.run();
    });
    fireEvent.click(container.querySelector('[part="card"] .hint')!);
    expect(resume).toHaveBeenCalledOnce();
  });
});

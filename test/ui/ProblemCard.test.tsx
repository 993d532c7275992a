import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanelModel } from '../../src/ui/model';
import { ProblemCard } from '../../src/ui/ProblemCard';
import { createFakeDoctor, makeDiagnosis, makeProblem } from './fake-doctor';
import type { FakeDoctor } from './fake-doctor';
import type { Problem } from '../../src/core/types';

afterEach(cleanup);

function renderCard(problem: Problem, doctor: FakeDoctor = createFakeDoctor()) {
  const m = createPanelModel(doctor);
  const view = render(<ProblemCard m={m} problem={problem} />);
  const card = view.container.querySelector<HTMLElement>('[part="card"]')!;
  return { ...view, card, doctor, m };
}

const joinFailed = () =>
  makeProblem(
    {
      id: 'sdk:JOIN_ROOM_FAILED',
      key: 'JOIN_ROOM_FAILED',
      code: 16385,
      hex: '0x4001',
      extraCode: 70001,
      severity: 'error',
      title: 'Joining the room failed',
      cause: 'The server refused the join.',
      fix: ['Read the extra code'],
      hint: undefined,
      actions: ['rejoin', 'copy-report'],
      guide: undefined,
      message: 'Failed to join room - userSig expired code: 70001',
      related: [
        makeDiagnosis({
          id: 'account:70001',
          kind: 'account',
          key: undefined,
          code: 70001,
          hex: undefined,
          severity: 'error',
          title: 'userSig expired',
          cause: 'The userSig is past its expiry time.',
          fix: ['Generate a fresh userSig on your server'],
          hint: 'Your session expired: sign in again.',
          related: [],
        }),
      ],
    },
    { source: { type: 'client', label: 'client 1' } },
  );

describe('ProblemCard, developer audience', () => {
  it('shows an SDK error with key, decimal, hex, cause, steps, docs and the autoplay line', () => {
    const { card } = renderCard(makeProblem({}, { count: 3 }));
    expect(card.dataset.diagnosisId).toBe('sdk:PLAY_NOT_ALLOWED');
    expect(card.dataset.resolved).toBe('false');
    const codes = [...card.querySelectorAll('[part="codes"] code')].map((c) => c.textContent);
    expect(codes).toEqual(['PLAY_NOT_ALLOWED', '16451', '0x4043']);
    expect(
      within(card).getByRole('heading', { name: 'Playback blocked by the browser' }),
    ).toBeTruthy();
    expect(within(card).getByText(/blocks autoplay with sound/)).toBeTruthy();
    const steps = [...card.querySelectorAll('ol li')].map((li) => li.textContent);
    expect(steps).toEqual(['Show a button', 'Call stream.resume() in its click handler']);
    expect(card.querySelector('pre')?.textContent).toBe('play() failed <PLAY_NOT_ALLOWED 0x4043>');
    expect(card.textContent).toContain('×3');
    expect(card.textContent).toContain('Local stream camera');
    expect(card.textContent).toMatch(/1 min\. ago|1 minute ago/);
    // Blocked sound: the card says how to turn it on (a click on the card itself does it).
    expect(card.querySelector('.hint')?.textContent).toBe('Click here to turn on sound.');
    const link = within(card).getByRole('link', { name: 'Autoplay' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // The buttons come before the links: Tab reaches the fix first.
    const button = card.querySelector('[data-action]')!;
    expect(button.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Developer audience: no "Technical details" disclosure; only the raw message is collapsed.
    expect(card.querySelector('details[part="details"]')).toBeNull();
    expect(card.querySelector('details[part="raw"] pre')).not.toBeNull();
  });

  it('shows the account code behind a JOIN_ROOM_FAILED inside the card, with its fix', () => {
    const { card } = renderCard(joinFailed());
    const rel = card.querySelector<HTMLElement>('[part="related"]')!;
    expect(rel.dataset.diagnosisId).toBe('account:70001');
    expect(rel.textContent).toContain('Behind it: userSig expired');
    expect(rel.textContent).toContain('Generate a fresh userSig on your server');
    expect(card.textContent).toContain('extra 70001');
    // The engine's own label already says "client": no "Client client 1".
    expect(card.querySelector('[part="meta"]')?.textContent).toMatch(/ · client 1$/);
  });

  it('shows a remote user as the source', () => {
    const p = makeProblem({}, { source: { type: 'remote-stream', label: 'r', userId: 'alice' } });
    expect(renderCard(p).card.textContent).toContain('Remote user alice');
  });

  it('keeps only https docs links', () => {
    const p = makeProblem({
      docs: [
        { label: 'good', url: 'https://cloud.tencent.com/document/product/647/34399' },
        { label: 'plain', url: 'http://example.com/' },
        { label: 'script', url: 'javascript:alert(1)' },
      ],
    });
    const { card } = renderCard(p);
    expect([...card.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['good']);
  });

  it('shows the firewall guide: ports, domains and the official page', () => {
    const p = makeProblem({
      id: 'sdk:ICE_TRANSPORT_ERROR',
      guide: 'firewall',
      actions: ['check-environment'],
      docs: [],
    });
    const { card } = renderCard(p);
    const guide = card.querySelector<HTMLElement>('[data-guide="firewall"]')!;
    expect(guide.textContent).toContain('TCP 443');
    expect(guide.textContent).toContain('UDP 8000, 8080, 8800, 843, 443, 16285');
    expect(guide.textContent).toContain('schedule.rtc.tencentcloud.com');
    expect(guide.querySelector('a')?.href).toBe(
      'https://cloud.tencent.com/document/product/647/34399',
    );
  });

  it('marks a resolved problem', () => {
    const { card } = renderCard(makeProblem({}, { resolved: true, resolvedAt: Date.now() }));
    expect(card.dataset.resolved).toBe('true');
    expect(within(card).getByText('Resolved')).toBeTruthy();
  });

  it('renders an unknown error with what it has', () => {
    const p = makeProblem({
      id: 'unknown',
      kind: 'unknown',
      key: undefined,
      code: undefined,
      hex: undefined,
      title: 'Unknown error',
      cause: '',
      fix: [],
      hint: undefined,
      guide: undefined,
      docs: [],
      actions: ['copy-report'],
      message: 'something odd',
    });
    const { card } = renderCard(p);
    expect(card.dataset.diagnosisId).toBe('unknown');
    expect(card.querySelectorAll('[part="codes"] code')).toHaveLength(0);
    expect(card.querySelector('ol')).toBeNull();
    expect(card.querySelector('[data-action="copy-report"]')).not.toBeNull();
  });

  it('shows SDK text with markup as text and adds no element', () => {
    const evil = '<img src=x onerror=alert(1)> and <b>bold</b>';
    const p = makeProblem({ title: evil, cause: evil, message: evil, fix: [evil], related: [] });
    const { card } = renderCard(p);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('b')).toBeNull();
    expect(card.querySelector('h3')?.textContent).toBe(evil);
    expect(card.querySelector('pre')?.textContent).toBe(evil);
  });
});

describe('ProblemCard, code in catalog text', () => {
  it('shows `backticked` parts of cause, steps and hint as <code>, as text', () => {
    const p = makeProblem({
      cause: 'Call `stream.resume()` before `<b>x</b>`.',
      fix: ['Run `TRTC.getCameras()` first', 'A lone ` stays'],
      hint: 'Press `Resume`.',
      guide: undefined,
    });
    const dev = renderCard(p).card;
    const codes = (el: Element | null | undefined) =>
      [...(el?.querySelectorAll('code') ?? [])].map((c) => c.textContent);
    const cause = [...dev.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Call'));
    expect(cause?.textContent).toBe('Call stream.resume() before <b>x</b>.');
    expect(codes(cause)).toEqual(['stream.resume()', '<b>x</b>']);
    expect(dev.querySelector('b')).toBeNull();
    const steps = [...dev.querySelectorAll('ol li')];
    expect(codes(steps[0])).toEqual(['TRTC.getCameras()']);
    expect(steps[1]?.textContent).toBe('A lone ` stays');
    expect(codes(steps[1])).toEqual([]);
    cleanup();
    const user = renderCard(p, createFakeDoctor({ audience: 'user' })).card;
    const hint = user.querySelector('.hint');
    expect(hint?.textContent).toBe('Press Resume.');
    expect(codes(hint)).toEqual(['Resume']);
  });
});

describe('ProblemCard, user audience', () => {
  it('leads with the hint and puts codes behind details', () => {
    const doctor = createFakeDoctor({ audience: 'user' });
    const { card } = renderCard(makeProblem(), doctor);
    // Blocked sound: the catalog's "click the page" is not promised; a click on the card is.
    expect(card.querySelector('.hint')?.textContent).toBe('Click here to turn on sound.');
    const details = card.querySelector('details[part="details"]')!;
    expect(details.querySelector('summary')?.textContent).toBe('Technical details');
    // Every code is inside the disclosure, none outside.
    const codes = [...card.querySelectorAll('[part="codes"]')];
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => details.contains(c))).toBe(true);
    expect(details.contains(card.querySelector('pre'))).toBe(true);
    expect(card.querySelector('[data-action="resume-playback"]')).not.toBeNull();
  });

  it("falls back to the related diagnosis' hint", () => {
    const doctor = createFakeDoctor({ audience: 'user' });
    const { card } = renderCard(joinFailed(), doctor);
    expect(card.querySelector('.hint')?.textContent).toBe('Your session expired: sign in again.');
  });
});

describe('ProblemCard, language', () => {
  it('speaks Chinese and takes overrides from settings.messages', () => {
    const doctor = createFakeDoctor({ lang: 'zh', messages: { resolved: 'Fixed!' } });
    const p = makeProblem({ actions: ['resume-playback', 'check-devices'] }, { resolved: true });
    const { card } = renderCard(p, doctor);
    // Resolved blocked sound plays again: no Resume button, the other actions stay.
    expect(card.querySelector('[data-action="resume-playback"]')).toBeNull();
    expect(card.querySelector('[data-action="check-devices"]')?.textContent).toBe('检测设备');
    expect(card.textContent).toContain('本地流 camera');
    expect(card.querySelector('[part="resolved"]')?.textContent).toBe('Fixed!');
  });

  it('follows a settings change', async () => {
    const doctor = createFakeDoctor();
    const { card } = renderCard(makeProblem(), doctor);
    expect(card.querySelector('[data-action]')?.textContent).toBe('Resume playback');
    doctor.configure({ lang: 'zh' });
    await waitFor(() => expect(card.querySelector('[data-action]')?.textContent).toBe('恢复播放'));
  });
});

describe('ProblemCard actions', () => {
  it('calls resume-playback with the problem synchronously inside the click', () => {
    const problem = makeProblem();
    const { card, doctor } = renderCard(problem);
    const button = card.querySelector<HTMLButtonElement>('[data-action="resume-playback"]')!;
    let calledDuringClick = false;
    button.addEventListener(
      'click',
      () => (calledDuringClick = doctor.runAction.mock.calls.length > 0),
    );
    fireEvent.click(button);
    // The listener above runs after the component's own handler, still inside the same click.
    expect(calledDuringClick).toBe(true);
    expect(doctor.runAction).toHaveBeenCalledWith('resume-playback', problem);
  });

  it('a click while the action runs starts no second run; aria-busy says it runs', async () => {
    const problem = makeProblem();
    const { card, doctor } = renderCard(problem);
    let finish!: () => void;
    doctor.runAction.mockImplementationOnce(
      (action) =>
        new Promise((resolve) => {
          finish = () => resolve({ action, ok: true, outcome: 'resumed', text: 'Playing.' });
        }),
    );
    const button = card.querySelector<HTMLButtonElement>('[data-action="resume-playback"]')!;
    expect(button.getAttribute('aria-busy')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
    fireEvent.click(button);
    expect(doctor.runAction).toHaveBeenCalledOnce();
    finish();
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('false'));
    expect(card.querySelector('[part="result"] [role="status"]')?.textContent).toBe('Playing.');
    fireEvent.click(button);
    expect(doctor.runAction).toHaveBeenCalledTimes(2);
  });

  it('an action that rejects shows a failed result instead of throwing', async () => {
    const { card, doctor } = renderCard(makeProblem());
    doctor.runAction.mockRejectedValueOnce(new Error('stream gone'));
    const button = card.querySelector<HTMLButtonElement>('[data-action="resume-playback"]')!;
    fireEvent.click(button);
    await waitFor(() => expect(card.querySelector('[part="result"]')).not.toBeNull());
    const result = card.querySelector<HTMLElement>('[part="result"]')!;
    expect(result.dataset.outcome).toBe('failed');
    expect(result.querySelector('[role="status"]')?.textContent).toBe('Error: stream gone');
    expect(button.getAttribute('aria-busy')).toBe('false');
  });

  it('offers only the actions the doctor can run', () => {
    const doctor = createFakeDoctor();
    doctor.refused.add('rejoin');
    const { card } = renderCard(joinFailed(), doctor);
    expect(card.querySelector('[data-action="rejoin"]')).toBeNull();
    expect(card.querySelector('[data-action="copy-report"]')).not.toBeNull();
    expect(doctor.canRun).toHaveBeenCalledWith('rejoin', expect.anything());
  });

  it('each action button calls its own action with the problem', async () => {
    const problem = makeProblem({
      actions: [
        'request-permission',
        'retry-capture',
        'check-devices',
        'check-environment',
        'copy-report',
      ],
    });
    const { card, doctor } = renderCard(problem);
    for (const a of problem.diagnosis.actions) {
      fireEvent.click(card.querySelector(`[data-action="${a}"]`)!);
      expect(doctor.runAction).toHaveBeenLastCalledWith(a, problem);
    }
    expect(doctor.runAction).toHaveBeenCalledTimes(5);
  });

  it('after a blocked permission prompt shows the outcome and the unblock steps, this browser first', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0',
    );
    const doctor = createFakeDoctor();
    doctor.results['request-permission'] = {
      ok: false,
      outcome: 'blocked',
      text: 'The browser blocked the camera.',
    };
    const p = makeProblem({
      id: 'browser:NotAllowedError',
      kind: 'browser',
      key: 'NotAllowedError',
      guide: undefined,
      actions: ['request-permission'],
    });
    const { card } = renderCard(p, doctor);
    expect(card.querySelector('[data-guide="unblock-permission"]')).toBeNull();
    fireEvent.click(card.querySelector('[data-action="request-permission"]')!);
    await waitFor(() => expect(card.textContent).toContain('The browser blocked the camera.'));
    const guide = card.querySelector<HTMLDetailsElement>('[data-guide="unblock-permission"]')!;
    expect(guide.open).toBe(true);
    // This browser's steps (and the system's switch) only; the others behind a disclosure.
    const others = guide.querySelector<HTMLDetailsElement>('details[data-others]')!;
    const shown = [...guide.querySelectorAll('li')].filter((li) => !others.contains(li));
    expect(shown.map((li) => li.dataset.browser)).toEqual(['edge', 'system']);
    expect(others.open).toBe(false);
    expect([...others.querySelectorAll('li')].map((li) => li.dataset.browser)).toEqual([
      'chrome',
      'firefox',
      'safari',
      'ios',
      'wechat',
    ]);
    expect(guide.querySelector('.cur')?.textContent).toContain('(your browser)');
  });

  it('after a granted permission shows the outcome and no unblock steps', async () => {
    const doctor = createFakeDoctor();
    doctor.results['request-permission'] = {
      outcome: 'granted',
      text: 'Camera and microphone allowed.',
    };
    const p = makeProblem({ guide: undefined, actions: ['request-permission'] });
    const { card } = renderCard(p, doctor);
    fireEvent.click(card.querySelector('[data-action="request-permission"]')!);
    await waitFor(() => expect(card.textContent).toContain('Camera and microphone allowed.'));
    expect(card.querySelector('[data-guide="unblock-permission"]')).toBeNull();
  });

  it('shows the device lists of check-devices', async () => {
    const doctor = createFakeDoctor();
    doctor.results['check-devices'] = {
      text: '1 camera, 0 microphones',
      data: {
        cameras: [
          { deviceId: 'a', label: 'FaceTime HD' },
          { deviceId: 'b', label: '' },
        ],
        microphones: [],
        speakers: [],
      },
    };
    const { card } = renderCard(makeProblem({ actions: ['check-devices'] }), doctor);
    fireEvent.click(card.querySelector('[data-action="check-devices"]')!);
    await waitFor(() => expect(card.textContent).toContain('FaceTime HD'));
    const res = card.querySelector('[part="result"]')!;
    // A translated checklist first, the device names behind "Technical details".
    const checks = [...res.querySelectorAll('[part="checks"] li')].map((li) => li.textContent);
    expect(checks).toEqual(['✓ Camera found (2)', '✗ No microphone found']);
    const raw = res.querySelector('details[part="details"]')!;
    expect(raw.textContent).toContain('(name hidden until allowed)');
    expect(raw.textContent).toContain('Microphonesnone found');
  });

  it('shows the facts of check-environment as text', async () => {
    const doctor = createFakeDoctor();
    doctor.results['check-environment'] = {
      text: 'Checked.',
      data: {
        browser: 'Chrome 126',
        isSecureContext: true,
        sdkVersion: '<b>4.15.22</b>',
        permissions: { camera: 'denied' },
      },
    };
    const { card } = renderCard(makeProblem({ actions: ['check-environment'] }), doctor);
    fireEvent.click(card.querySelector('[data-action="check-environment"]')!);
    await waitFor(() => expect(card.querySelector('dl')).not.toBeNull());
    const dts = [...card.querySelectorAll('dt')].map((d) => d.textContent);
    expect(dts).toEqual(['browser', 'isSecureContext', 'sdkVersion', 'permissions', 'camera']);
    expect(card.textContent).toContain('Chrome 126');
    expect(card.textContent).toContain('<b>4.15.22</b>');
    expect(card.querySelector('dl b')).toBeNull();
  });

  it('offers the report to copy by hand when copy-report fails', async () => {
    const doctor = createFakeDoctor();
    doctor.results['copy-report'] = { ok: false, outcome: 'failed', text: 'Copy failed.' };
    const { card } = renderCard(joinFailed(), doctor);
    fireEvent.click(card.querySelector('[data-action="copy-report"]')!);
    await waitFor(() => expect(card.querySelector('textarea')).not.toBeNull());
    expect(card.querySelector('textarea')?.value).toBe('# report');
    expect(doctor.report).toHaveBeenCalledWith({ format: 'markdown' });
    // Built once for the failure, not again at each re-render of the card.
    doctor.configure({ lang: 'zh' });
    await waitFor(() => expect(card.querySelector('[data-action]')?.textContent).toBe('重新进房'));
    expect(card.querySelector('textarea')?.value).toBe('# report');
    expect(doctor.report).toHaveBeenCalledOnce();
  });
});

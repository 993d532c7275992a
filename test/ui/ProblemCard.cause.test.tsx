/**
 * Cards built from real diagnoses: the diagnosis leads with the specific cause (the expired
 * userSig, the denied camera), and the SDK's own report ("Join failed") is said once, as what the
 * SDK reported, not as a cause behind it.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose';
import { createPanelModel } from '../../src/ui/model';
import { ProblemCard } from '../../src/ui/ProblemCard';
import { FakeRtcError, referTo } from '../fixtures/real-errors';
import { createFakeDoctor, makeProblem } from './fake-doctor';

afterEach(cleanup);

function renderCard(input: unknown, audience: 'developer' | 'user') {
  const doctor = createFakeDoctor({ audience });
  const d = diagnose(input, { lang: 'en' });
  const problem = makeProblem({}, { diagnosis: d });
  const view = render(<ProblemCard m={createPanelModel(doctor)} problem={problem} />);
  return view.container.querySelector<HTMLElement>('[part="card"]')!;
}

const expired = () =>
  new FakeRtcError({
    code: 16388,
    extraCode: 70001,
    message: `Failed to join room - userSig expired code: 70001${referTo()}`,
  });

describe('a card leads with the specific cause', () => {
  it('JOIN_ROOM_FAILED with 70001: the userSig is the title, "Join failed" what the SDK said', () => {
    const card = renderCard(expired(), 'developer');
    expect(card.dataset.diagnosisId).toBe('account:70001');
    expect(card.querySelector('h3')?.textContent).toBe('userSig expired');
    expect(card.getAttribute('aria-label')).toBe('userSig expired');
    expect(card.textContent).toContain('Reported as: Join failed');
    // With its key and codes, once: not again as a cause "behind" the userSig.
    const reported = card.querySelector<HTMLElement>('[part="reported"]')!;
    expect(reported.dataset.diagnosisId).toBe('sdk:JOIN_ROOM_FAILED');
    expect(reported.textContent).toContain('JOIN_ROOM_FAILED');
    const behind = [...card.querySelectorAll<HTMLElement>('[part="related"]')];
    expect(behind.map((r) => r.dataset.diagnosisId)).not.toContain('sdk:JOIN_ROOM_FAILED');
    expect(card.textContent).toContain('16388');
    expect(card.textContent).toContain('70001');
  });

  it('an end user reads the calm sign-in hint, with no code', () => {
    const card = renderCard(expired(), 'user');
    const hint = card.querySelector('.hint')?.textContent ?? '';
    expect(hint).toMatch(/sign/i);
    expect(hint).not.toMatch(/\d{3,}/);
  });

  it('an INITIALIZE_FAILED named NotAllowedError leads with the denied permission', () => {
    const card = renderCard(
      new FakeRtcError({ code: 4100, name: 'NotAllowedError', message: 'Permission denied' }),
      'developer',
    );
    expect(card.querySelector('h3')?.textContent).toBe('Permission denied');
    expect(card.textContent).toContain('Reported as: Capture failed');
  });
});

describe('the firewall guide', () => {
  it('lists the first host an offline join() asks, schedule.cloud-rtc.com', () => {
    const card = renderCard('ICE_TRANSPORT_ERROR', 'developer');
    const guide = card.querySelector<HTMLElement>('[data-guide="firewall"]')!;
    expect(guide.textContent).toContain('schedule.cloud-rtc.com');
  });
});

import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionResult } from '../../src/ui/ConnectionResult';
import { createPanelModel } from '../../src/ui/model';
import { Preflight } from '../../src/ui/Preflight';
import { ProblemCard } from '../../src/ui/ProblemCard';
import { createFakeDoctor, makeProblem } from './fake-doctor';

afterEach(cleanup);

const HOUR = 3_600_000;

describe('the userSig facts on a card', () => {
  it('a developer reads when it was issued and expired, and whom it was made for', () => {
    const now = Date.now();
    const problem = makeProblem(
      { id: 'account:70013', kind: 'account', code: 70013 },
      {
        userSig: {
          valid: true,
          identifier: 'alice',
          sdkAppId: 1400000001,
          issuedAt: now - 3 * HOUR - 60_000,
          expiresAt: now - 3 * HOUR,
          validForSeconds: 60,
          userIdMatches: false,
          joiningUserId: 'bob',
          checkedAt: now,
        },
      },
    );
    const m = createPanelModel(createFakeDoctor());
    const view = render(<ProblemCard m={m} problem={problem} />);
    const facts = view.container.querySelector('[part="usersig"]')!;
    expect(facts.textContent).toContain('valid for 60 s');
    expect(facts.textContent).toContain('Expired 3 h ago');
    expect(facts.querySelectorAll('code')[0]!.textContent).toBe('alice');
    expect(facts.textContent).toContain('joining as bob');
  });

  it('a truncated one says so (in Chinese too); end users do not see the facts', () => {
    const problem = makeProblem(
      { id: 'join:-10013', kind: 'join', code: -10013 },
      { userSig: { valid: false, reason: 'truncated', checkedAt: 0 } },
    );
    const zh = render(
      <ProblemCard m={createPanelModel(createFakeDoctor({ lang: 'zh' }))} problem={problem} />,
    );
    expect(zh.container.querySelector('[part="usersig"]')!.textContent).toContain('被截断');
    cleanup();
    const user = render(
      <ProblemCard
        m={createPanelModel(createFakeDoctor({ audience: 'user' }))}
        problem={problem}
      />,
    );
    expect(user.container.querySelector('[part="usersig"]')).toBeNull();
  });
});

describe('the connection result and the preflight checklist', () => {
  it('lists the three checks with the candidate types', () => {
    const m = createPanelModel(createFakeDoctor());
    const view = render(
      <ConnectionResult
        m={m}
        data={{
          schedule: 'ok',
          signal: 'blocked',
          ice: 'ok',
          candidates: ['host'],
          verdict: 'conn-no-signal',
        }}
      />,
    );
    const rows = [...view.container.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual([
      '✓ Scheduling host (HTTPS): answers',
      '✗ Signalling (secure WebSocket): blocked',
      '✓ WebRTC candidates: answers (host)',
    ]);
  });

  it('Test my setup runs preflight() and shows each item with its status', async () => {
    const doctor = createFakeDoctor();
    vi.mocked(doctor.preflight).mockResolvedValue({
      at: 0,
      status: 'fail',
      items: [
        { id: 'environment', status: 'pass', text: 'Browser ok.' },
        { id: 'connection', status: 'fail', text: 'UDP is blocked.' },
      ],
    });
    const view = render(<Preflight m={createPanelModel(doctor)} />);
    fireEvent.click(view.getByText('Test my setup'));
    await waitFor(() => expect(view.container.querySelectorAll('li')).toHaveLength(2));
    const failed = view.container.querySelector('li[data-item="connection"]')!;
    expect(failed.getAttribute('data-status')).toBe('fail');
    expect(failed.textContent).toContain('failed: UDP is blocked.');
    expect(doctor.preflight).toHaveBeenCalledTimes(1);
  });
});

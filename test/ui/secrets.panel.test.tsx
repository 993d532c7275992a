/**
 * The open panel, with the real engine, when a secret becomes known after its text was shown: the
 * card is cleaned again, not only the reports.
 */
import { act } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createDoctor } from '../../src/index';
import type { Doctor, TrtcClientLike } from '../../src/index';
import { SECRET_FRAGMENT_LENGTH } from '../../src/core/redact';
import { FakeClient, flush } from '../fakes';
import { fakeFrames } from './frames';
import { cardsLoaded } from './parts';

cardsLoaded();

/** Not shaped like a TLS sig: only the exact value can catch it. */
const SECRET = 'k9Q2x7LmP4vR8sT1wZ3yB6nC5dF0gH2jK4mN7pQ9';
const frames = fakeFrames();
let doctor: Doctor | undefined;

afterEach(() => {
  doctor?.destroy();
  doctor = undefined;
  document.body.innerHTML = '';
});

async function settle(): Promise<void> {
  await act(async () => {
    await flush();
    frames.run();
  });
}

/** Whether any 24-character piece of the secret is in the text. */
const shows = (text: string) =>
  Array.from({ length: SECRET.length - SECRET_FRAGMENT_LENGTH + 1 }, (_, i) =>
    SECRET.slice(i, i + SECRET_FRAGMENT_LENGTH),
  ).some((piece) => text.includes(piece));

describe('the panel and a secret learned late', () => {
  it("cleans the card's message and error name once the secret is known", async () => {
    doctor = createDoctor({ lang: 'en', audience: 'developer' });
    expect(await doctor.load()).toBe(true);
    doctor.mount({ showLauncher: true });
    const name = SECRET.slice(0, 30);
    doctor.capture(Object.assign(new Error(`join failed with ${SECRET}`), { name }));
    await settle();
    await act(() => doctor!.open());
    const panel = () => document.querySelector('trtc-doctor')!.shadowRoot!.textContent ?? '';
    // Not known yet: shown as it came (the test is not vacuous).
    expect(shows(panel())).toBe(true);
    doctor.watchClient(new FakeClient({ sdkAppId: 1, userSig: SECRET }) as TrtcClientLike);
    await settle();
    expect(panel()).toContain('join failed with');
    expect(shows(panel())).toBe(false);
  });
});

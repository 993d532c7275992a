/**
 * `trtc-doctor/sentry` against the real `@sentry/browser` (happy-dom), with a transport that
 * records envelopes instead of sending them (the DSN points at loopback and nothing is fetched):
 * one event per new problem with the tags, fingerprint, breadcrumbs and report attachment, and no
 * userSig anywhere; TRTC errors Sentry catches itself enriched and redacted; others untouched.
 */
import * as Sentry from '@sentry/browser';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createDoctor } from '../src/index';
import type { Doctor } from '../src/index';
import { trtcDoctorIntegration } from '../src/sentry';
import { FakeClient, rtcError } from './fakes';

/** Not shaped like a TLS sig: only the doctor, which learned it, can remove it. */
const USER_SIG = 'k9Q2x7LmP4vR8sT1wZ3yB6nC5dF0gH2jK4mN7pQ9';

interface Item {
  type: string;
  filename?: string;
  body: Record<string, unknown> | string;
}
let envelopes: Item[][] = [];
let doctor: Doctor | undefined;

/** An envelope's items: a header line, then per item a header line and its payload. */
function parseItems(body: string | Uint8Array): Item[] {
  const bytes = Buffer.from(typeof body === 'string' ? body : Uint8Array.from(body));
  const items: Item[] = [];
  let at = bytes.indexOf(10) + 1;
  while (at > 0 && at < bytes.length) {
    const end = bytes.indexOf(10, at);
    const header = JSON.parse(bytes.subarray(at, end).toString()) as Record<string, unknown>;
    const length = typeof header.length === 'number' ? header.length : undefined;
    const stop = length === undefined ? bytes.indexOf(10, end + 1) : end + 1 + length;
    const text = bytes.subarray(end + 1, stop < 0 ? bytes.length : stop).toString();
    let payload: Item['body'] = text;
    try {
      payload = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // An attachment: kept as text.
    }
    items.push({ type: String(header.type), filename: header.filename as string, body: payload });
    at = stop < 0 ? -1 : stop + 1;
  }
  return items;
}

/** A transport that records each envelope and answers 200, sending nothing anywhere. */
function makeRecordingTransport(options: Parameters<typeof Sentry.makeFetchTransport>[0]) {
  return Sentry.createTransport(options, async (request) => {
    envelopes.push(parseItems(request.body));
    return { statusCode: 200 };
  });
}

/** A loaded doctor (the integration reads `capture()`'s Problem at once) and Sentry over it. */
async function init(): Promise<Doctor> {
  const fetch = vi.spyOn(globalThis, 'fetch');
  doctor = createDoctor({ lang: 'en', captureUnhandledRejections: false });
  expect(await doctor.load()).toBe(true);
  Sentry.init({
    dsn: 'https://public@127.0.0.1/1',
    transport: makeRecordingTransport,
    defaultIntegrations: false,
    integrations: [Sentry.breadcrumbsIntegration(), trtcDoctorIntegration({ doctor })],
  });
  onTestFinished(() => expect(fetch).not.toHaveBeenCalled());
  return doctor;
}

afterEach(async () => {
  await Sentry.close();
  doctor?.destroy();
  envelopes = [];
});

/** A recorded event, as much as the tests read. */
interface SentEvent {
  tags: Record<string, string>;
  fingerprint?: string[];
  contexts: { trtc?: Record<string, unknown> };
  breadcrumbs: { category: string; message: string }[];
  exception: { values: { value: string }[] };
}

/** The events recorded so far, with their attachments. */
async function events() {
  await Sentry.flush(2000);
  return envelopes.map((items) => ({
    event: items.find((i) => i.type === 'event')?.body as unknown as SentEvent,
    attachments: items.filter((i) => i.type === 'attachment'),
  }));
}

const tick = () => new Promise((done) => setTimeout(done, 10));

describe('trtcDoctorIntegration', () => {
  it('sends each new problem once, tagged, grouped, with breadcrumbs and the redacted report', async () => {
    const doctor = await init();
    const client = new FakeClient({ sdkAppId: 1400000000, userId: 'alice', userSig: USER_SIG });
    doctor.watchClient(client);
    client._emit('connection-state-changed', { prevState: 'CONNECTING', state: 'DISCONNECTED' });
    const error = rtcError(
      16390,
      `join failed: https://x.example.com/?userSig=${USER_SIG} ${USER_SIG}`,
      70001,
    );
    client._emit('error', error);
    client._emit('error', error); // the same problem again: no second event
    await tick();
    const sent = await events();
    expect(sent).toHaveLength(1);
    const [{ event, attachments }] = sent as [(typeof sent)[number]];
    const d = doctor.problems.value[0]!.diagnosis;
    expect(event.tags).toMatchObject({
      'trtc.diagnosis': d.id,
      'trtc.code': String(d.code),
      'trtc.extra_code': '70001',
      'trtc.sdk': 'v4',
    });
    expect(event.fingerprint).toEqual(['trtc-doctor', d.id]);
    expect(event.contexts.trtc).toMatchObject({ diagnosis: d.id, title: d.title });
    const crumbs = event.breadcrumbs.filter((b) => b.category.startsWith('trtc.'));
    expect(crumbs.map((b) => b.message).join('\n')).toContain('connection-state-changed');
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.filename).toBe('trtc-doctor-report.md');
    expect(String(attachments[0]!.body)).toContain(d.title);
    expect(JSON.stringify(envelopes)).not.toContain(USER_SIG);
  });

  it('enriches a TRTC error Sentry catches itself, redacts it, and sends no second event', async () => {
    const doctor = await init();
    doctor.watchClient(new FakeClient({ sdkAppId: 1, userId: 'bob', userSig: USER_SIG }));
    Sentry.captureException(rtcError(16451, `play failed for ${USER_SIG}`));
    await tick();
    const sent = await events();
    expect(sent).toHaveLength(1);
    const { event, attachments } = sent[0]!;
    expect(event.tags['trtc.diagnosis']).toBe('sdk:PLAY_NOT_ALLOWED');
    expect(event.fingerprint).toEqual(['trtc-doctor', 'sdk:PLAY_NOT_ALLOWED']);
    expect(event.exception.values[0]!.value).toContain('play failed for [redacted]');
    expect(attachments).toHaveLength(1);
    // The doctor recorded it too, as one problem.
    expect(doctor.problems.value.map((p) => p.diagnosis.id)).toEqual(['sdk:PLAY_NOT_ALLOWED']);
    expect(JSON.stringify(envelopes)).not.toContain(USER_SIG);
  });

  it('before the doctor is loaded, the event waits for the diagnosis: one event, enriched, redacted', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const lazy = (doctor = createDoctor({ lang: 'en', captureUnhandledRejections: false }));
    Sentry.init({
      dsn: 'https://public@127.0.0.1/1',
      transport: makeRecordingTransport,
      defaultIntegrations: false,
      integrations: [trtcDoctorIntegration({ doctor: lazy })],
    });
    lazy.watchClient(new FakeClient({ sdkAppId: 1, userId: 'bob', userSig: USER_SIG }));
    expect(lazy.canRun('copy-report')).toBe(false);
    Sentry.captureException(rtcError(16451, `play failed for ${USER_SIG}`));
    await vi.waitFor(async () => expect(await events()).toHaveLength(1));
    await tick();
    const sent = await events();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.event.tags['trtc.diagnosis']).toBe('sdk:PLAY_NOT_ALLOWED');
    expect(sent[0]!.event.exception.values[0]!.value).toContain('play failed for [redacted]');
    expect(JSON.stringify(envelopes)).not.toContain(USER_SIG);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('an error already sent as a problem and caught by Sentry later stays one event', async () => {
    const doctor = await init();
    const error = rtcError(16451, 'play failed');
    doctor.capture(error);
    await tick();
    Sentry.captureException(error);
    await tick();
    const sent = await events();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.event.exception).toBeUndefined();
  });

  it('leaves other events alone', async () => {
    const doctor = await init();
    Sentry.captureException(new Error('the app broke'));
    Sentry.captureMessage('hello');
    const sent = await events();
    expect(sent).toHaveLength(2);
    for (const { event, attachments } of sent) {
      expect(event.tags?.['trtc.diagnosis']).toBeUndefined();
      expect(event.fingerprint).toBeUndefined();
      expect(attachments).toEqual([]);
    }
    expect(doctor.problems.value).toEqual([]);
  });

  it('stops with the client, and names what to pass', async () => {
    const doctor = await init();
    await Sentry.close();
    doctor.capture(rtcError(16451));
    await tick();
    expect(envelopes).toEqual([]);
    expect(() => trtcDoctorIntegration({} as never)).toThrow(
      /needs the doctor from createDoctor\(\)/,
    );
  });
});

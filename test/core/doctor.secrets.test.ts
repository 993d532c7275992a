import { afterEach, describe, expect, it, vi } from 'vitest';
import { instrumentTrtc } from '../../src/core/instrument';
import { SECRET_FRAGMENT_LENGTH } from '../../src/core/redact';
import type { Doctor } from '../../src/core/types';
import { FakeClient, FakeStream, createFakeTrtc, flush, makeDoctor, rtcError } from '../fakes';

/** A userSig-like token: `eJw`, then 197 base64 characters (with `+`, `/`, `=`, `*`, `-`, `_`). */
function fakeUserSig(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/*-_';
  let x = seed;
  let out = 'eJw';
  while (out.length < 199) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return `${out}=`;
}
const USER_SIG = fakeUserSig(7);
/** Not shaped like a TLS sig: only the exact value can catch it. */
const PRIVATE_MAP_KEY = 'k9Q2x7LmP4vR8sT1wZ3yB6nC5dF0gH2jK4mN7pQ9';

/** Every 24-character window of the secret, plus its encoded forms. */
function leakedForms(text: string, secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
  for (let i = 0; i + SECRET_FRAGMENT_LENGTH <= secret.length; i++)
    forms.push(secret.slice(i, i + SECRET_FRAGMENT_LENGTH));
  return forms.filter((form) => text.includes(form));
}

/** Every way a secret reaches trtc-doctor in an error message. */
function messagesCarrying(secret: string, name: string): string[] {
  return [
    `raw ${secret} in the middle`,
    `request https://schedule.example.com/api/v1?sdkAppId=1400000000&${name}=${secret}&x=1 failed`,
    `url-encoded ${encodeURIComponent(secret)} here`,
    `json ${JSON.stringify({ [name]: secret })}`,
    `double json ${JSON.stringify(JSON.stringify({ token: secret }))}`,
    `a fragment ${secret.slice(40, 70)} of it`,
    `wss://signal.example.com/ws?${name}=${encodeURIComponent(secret)}`,
  ];
}

function everything(doctor: Doctor): string {
  // The problems and timeline as the UI sees them, minus the SDK objects and the host's own error
  // object (`problem.error`, handed back as it came).
  const problems = doctor.problems.value.map(
    ({ source: { target: _target, ...source }, error: _error, ...p }) => ({ ...p, source }),
  );
  return [
    doctor.report({ format: 'json' }),
    doctor.report({ format: 'markdown' }),
    JSON.stringify(problems),
    JSON.stringify(doctor.timeline.value),
  ].join('\n');
}

afterEach(() => vi.unstubAllGlobals());

describe('secrets never leave', () => {
  it('a userSig from createClient and a privateMapKey from join appear nowhere', async () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    const client = trtc.createClient({
      mode: 'rtc',
      sdkAppId: 1400000000,
      userId: 'alice',
      userSig: USER_SIG,
    });
    await client.join({ roomId: 1234, privateMapKey: PRIVATE_MAP_KEY });
    const stream = new FakeStream();
    doctor.watchStream(stream);
    const messages = [
      ...messagesCarrying(USER_SIG, 'userSig'),
      ...messagesCarrying(PRIVATE_MAP_KEY, 'privateMapKey'),
    ];
    messages.forEach((message, i) => {
      client._emit('error', rtcError(16388, message, 70001));
      stream._emit('error', new Error(message));
      doctor.capture(message, { operation: `op${i}` });
      client._emit('peer-join', { userId: message });
    });
    client.behave.publish = () => Promise.reject(rtcError(4097, messages[1]));
    await client.publish(stream).catch(() => {});
    await flush();
    const all = everything(doctor);
    // The seeded messages did reach the doctor (the test is not vacuous)...
    expect(all).toContain('schedule.example.com/api/v1');
    const withMessages = doctor.problems.value.filter((p) =>
      p.diagnosis.message?.includes('example.com'),
    );
    expect(withMessages.length).toBeGreaterThan(0);
    expect(doctor.report({ format: 'markdown' })).toContain('schedule.example.com/api/v1');
    expect(doctor.timeline.value.length).toBeGreaterThan(messages.length);
    // ...and no form of either secret survived.
    expect(leakedForms(all, USER_SIG)).toEqual([]);
    expect(leakedForms(all, PRIVATE_MAP_KEY)).toEqual([]);
  });

  it('a userSig read from a watched client is known before its first error', () => {
    const doctor = makeDoctor();
    const client = new FakeClient({
      sdkAppId: 1400000000,
      userId: 'bob',
      userSig: PRIVATE_MAP_KEY,
    });
    doctor.watchClient(client);
    for (const message of messagesCarrying(PRIVATE_MAP_KEY, 'sig'))
      client._emit('error', rtcError(16390, message));
    expect(leakedForms(everything(doctor), PRIVATE_MAP_KEY)).toEqual([]);
  });

  it('a secret learned after an error was recorded is still kept out of reports', () => {
    const doctor = makeDoctor();
    doctor.capture(new Error(`early ${PRIVATE_MAP_KEY}`));
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    trtc.createClient({ mode: 'rtc', sdkAppId: 1, userId: 'c', userSig: PRIVATE_MAP_KEY });
    const reports = doctor.report({ format: 'json' }) + doctor.report({ format: 'markdown' });
    expect(reports).toContain('early');
    expect(leakedForms(reports, PRIVATE_MAP_KEY)).toEqual([]);
  });

  it('an error seen again after its secret was learned is diagnosed afresh, without the secret', () => {
    const doctor = makeDoctor();
    const message = `early ${PRIVATE_MAP_KEY}`;
    // Not shaped like a secret: the first diagnosis (memoised) cannot know to remove it.
    expect(doctor.capture(new Error(message))?.diagnosis.message).toContain(PRIVATE_MAP_KEY);
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    trtc.createClient({ mode: 'rtc', sdkAppId: 1, userId: 'c', userSig: PRIVATE_MAP_KEY });
    const again = doctor.capture(new Error(message));
    expect(again?.count).toBe(2);
    expect(again?.diagnosis.message).toContain('early');
    expect(
      leakedForms(JSON.stringify(doctor.problems.value[0]?.diagnosis), PRIVATE_MAP_KEY),
    ).toEqual([]);
  });

  it('a createClient that throws on bad parameters has its secrets redacted already', () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    trtc.createClient = (config) => {
      throw rtcError(4096, `bad config ${String(config.userSig).slice(0, 40)}`);
    };
    instrumentTrtc(doctor, trtc);
    expect(() => trtc.createClient({ sdkAppId: 1, userSig: PRIVATE_MAP_KEY })).toThrow(
      /bad config/,
    );
    expect(doctor.problems.value[0]?.operation).toBe('createClient');
    expect(leakedForms(everything(doctor), PRIVATE_MAP_KEY)).toEqual([]);
  });

  it('the copied report is the redacted one', async () => {
    const doctor = makeDoctor();
    const client = new FakeClient({ sdkAppId: 1, userId: 'd', userSig: USER_SIG });
    doctor.watchClient(client);
    client._emit('error', rtcError(16390, `x ${USER_SIG.slice(3, 60)}`));
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const result = await doctor.runAction('copy-report');
    expect(result.outcome).toBe('copied');
    const copied = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0]);
    expect(copied).toBe((result.data as { text: string }).text);
    expect(copied).toContain('## TRTC problem report');
    expect(leakedForms(copied, USER_SIG)).toEqual([]);
  });
});

describe('secrets never stay, whenever they become known', () => {
  /** A doctor that knows both secrets, from a client made through the instrumented namespace. */
  function doctorKnowingSecrets(options = {}): Doctor {
    const doctor = makeDoctor(options);
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    trtc.createClient({ mode: 'rtc', sdkAppId: 1, userId: 'e', userSig: PRIVATE_MAP_KEY });
    return doctor;
  }

  it("removes a known secret from an error's name, not only from its message", () => {
    const doctor = doctorKnowingSecrets();
    // Half of it, without a TLS-sig shape: only the exact value can catch it.
    const name = PRIVATE_MAP_KEY.slice(0, 30);
    const problem = doctor.capture(Object.assign(new Error('denied'), { name }));
    expect(problem?.diagnosis.errorName).toContain('[redacted]');
    expect(leakedForms(everything(doctor), PRIVATE_MAP_KEY)).toEqual([]);
  });

  it('removes base64 and base64url forms of a known secret', () => {
    const doctor = doctorKnowingSecrets();
    const b64 = Buffer.from(PRIVATE_MAP_KEY).toString('base64');
    const b64url = Buffer.from(`{"k":"${PRIVATE_MAP_KEY}"}`).toString('base64url');
    doctor.capture(new Error(`auth ${b64} and token=${b64url}`));
    const all = everything(doctor);
    expect(all).toContain('auth');
    expect(all).not.toContain(b64.slice(0, SECRET_FRAGMENT_LENGTH));
    expect(all).not.toContain(b64url.slice(8, 8 + SECRET_FRAGMENT_LENGTH));
  });

  it('cleans problems and the timeline already kept when a secret becomes known later', () => {
    const doctor = makeDoctor();
    const name = PRIVATE_MAP_KEY.slice(5, 40);
    doctor.capture(Object.assign(new Error(`early ${PRIVATE_MAP_KEY}`), { name }));
    const client = new FakeClient({ sdkAppId: 1, userId: 'f' });
    doctor.watchClient(client);
    client._emit('peer-join', { userId: PRIVATE_MAP_KEY });
    // Not known yet, and not shaped like a secret: it is kept as it came (the test is not vacuous).
    expect(leakedForms(everything(doctor), PRIVATE_MAP_KEY)).not.toEqual([]);
    const revision = doctor.revision.value;
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    trtc.createClient({ mode: 'rtc', sdkAppId: 1, userId: 'c', userSig: PRIVATE_MAP_KEY });
    // What the panel and the host read, not only the reports.
    expect(doctor.revision.value).toBeGreaterThan(revision);
    expect(doctor.problems.value[0]?.diagnosis.message).toContain('early');
    expect(leakedForms(everything(doctor), PRIVATE_MAP_KEY)).toEqual([]);
  });

  it("redacts the doctor's own console warnings that quote the host's text", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = doctorKnowingSecrets({
      onProblem: () => {
        throw new Error(
          `telemetry https://t.example.com/c?userSig=${USER_SIG}&k=1 failed for ${PRIVATE_MAP_KEY}`,
        );
      },
    });
    doctor.capture(rtcError(16390, 'x'));
    const printed = warn.mock.calls.flat().join('\n');
    expect(printed).toContain('onProblem threw');
    expect(printed).toContain('t.example.com/c');
    expect(leakedForms(printed, USER_SIG)).toEqual([]);
    expect(leakedForms(printed, PRIVATE_MAP_KEY)).toEqual([]);
  });
});

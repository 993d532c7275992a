/**
 * The always-loaded launcher's severity (core/quick-severity.ts) against the catalog's: for every
 * real error fixture, every coded entry, the event payloads and the browser's errors, the cheap
 * reading gives the severity the diagnosis later gives.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose';
import { quickSeverity } from '../../src/core/quick-severity';
import { catalog } from '../../src/catalog/public';
import { useAllPacks } from '../../src/lang/all';
import { FakeRtcError, v4Cases } from '../fixtures/real-errors';
import { InternalError, RuntimeV5Error, v5Recipes } from '../fixtures/v5-errors';
import { V5_EXTRA_CODES, V5_TOP_CODES } from '../fixtures/v5-codes';

useAllPacks();

const browserError = (name: string, message = 'failed'): Error =>
  Object.assign(new Error(message), { name });
const v5NameOf = (code: number) =>
  (Object.entries(V5_TOP_CODES).find(([, top]) => top === code - (code % 100))?.[0] ??
    'UNKNOWN_ERROR') as keyof typeof V5_TOP_CODES;

interface Case {
  readonly label: string;
  readonly error: unknown;
  readonly operation?: string;
}

const cases: Case[] = [
  ...v4Cases.map(({ label, init }) => ({ label, error: new FakeRtcError(init) })),
  ...v5Recipes.map(({ label, error }) => ({ label, error })),
  // Every 4.x code the catalog has, as the SDK's RtcError.
  ...catalog
    .filter((e) => e.kind === 'sdk' && typeof e.code === 'number')
    .map((e) => ({ label: e.id, error: new FakeRtcError({ code: e.code!, message: 'failed' }) })),
  // Every v5 code and extra code.
  ...[...Object.values(V5_TOP_CODES), ...V5_EXTRA_CODES].map((code) => ({
    label: `v5 ${code}`,
    error:
      code % 100 && code < 5998
        ? new RuntimeV5Error(v5NameOf(code), code, 'enterRoom', 'failed')
        : new RuntimeV5Error(v5NameOf(code), undefined, 'enterRoom', 'failed'),
  })),
  // A v5 error whose origin is a blocked play().
  {
    label: 'v5 5300 from a NotAllowedError',
    error: new RuntimeV5Error(
      'DEVICE_ERROR',
      5302,
      'startLocalVideo',
      'denied',
      browserError('NotAllowedError', 'Permission denied'),
    ),
  },
  {
    label: 'v5 5500 with an internal 4.x code',
    error: new RuntimeV5Error(
      'OPERATION_FAILED',
      undefined,
      'enterRoom',
      'failed',
      new InternalError(16451, 'play() failed <PLAY_NOT_ALLOWED 0x4043>'),
    ),
  },
  // Event payloads.
  ...['kick', 'banned', 'room_disband'].map((reason) => ({
    label: `kicked-out ${reason}`,
    error: { reason },
  })),
  ...['kick', 'banned', 'room-disband'].map((reason) => ({
    label: `client-banned ${reason}`,
    error: { reason, message: `you were ${reason}` },
  })),
  { label: 'autoplay-failed', error: { userId: 'u', mediaType: 'audio', resume() {} } },
  { label: 'autoplay-failed below 5.9', error: { userId: 'u', mediaType: 'video' } },
  {
    label: 'an autoplay Error with resume()',
    error: Object.assign(new Error('autoplay'), { mediaType: 'audio', resume() {} }),
  },
  {
    label: 'a v5 error with resume() is a v5 error',
    error: Object.assign(new Error('autoplay'), { code: 5300, mediaType: 'audio', resume() {} }),
  },
  ...['screen', 'bogus', 3].map((mediaType) => ({
    label: `autoplay-failed below 5.9 for ${mediaType}`,
    error: { userId: 'u', mediaType },
  })),
  { label: 'player-state-changed', error: { state: 'PAUSED', reason: 'banned' } },
  { label: 'the autoplay-dialog notice', error: 'v5:autoplay-dialog' },
  // The browser's errors, by name, with and without a play() behind them.
  ...catalog
    .filter((e) => e.kind === 'browser')
    .flatMap((e) => {
      const name = e.id.slice('browser:'.length).split('/')[0]!;
      return [
        { label: name, error: browserError(name) },
        { label: `${name} from play()`, error: browserError(name), operation: 'play' },
        { label: `${name} from resume()`, error: browserError(name), operation: 'resume' },
      ];
    }),
  {
    label: 'NotAllowedError speaking of playback',
    error: browserError(
      'NotAllowedError',
      "play() failed because the user didn't interact with the document first.",
    ),
  },
  {
    label: 'NotAllowedError from initialize()',
    error: browserError('NotAllowedError', 'Permission denied'),
    operation: 'initialize',
  },
  // Messages the catalog reads.
  ...[
    'previous publishing is ongoing, please avoid re-publishing',
    'previous publish() is ongoing',
    'duplicate publishing, please unpublish and then re-publish',
    'duplicate local stream publishing',
    'duplicate auxiliary stream publishing',
    'SignalChannel reconnect failed',
    'something else entirely',
  ].map((message) => ({ label: message, error: new Error(message) })),
  ...[16451, 16400, 4096, '0x4043', '0x404D', '0x1000'].map((error) => ({
    label: `the code ${error}`,
    error,
  })),
  { label: 'null', error: null },
];

describe('quickSeverity', () => {
  it.each(cases)('$label: as the catalog says', ({ error, operation }) => {
    expect(quickSeverity(error, operation)).toBe(
      diagnose(error, { lang: 'en', operation }).severity,
    );
  });

  it('sees every severity the catalog has among the cases', () => {
    const seen = new Set(cases.map((c) => quickSeverity(c.error, c.operation)));
    expect([...seen].sort()).toEqual(['error', 'info', 'warning']);
  });

  it('never throws, whatever the getters do', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const code = {
      getCode() {
        throw new Error('no');
      },
      message: 'x',
    };
    expect(quickSeverity(hostile)).toBe('error');
    expect(quickSeverity(code)).toBe('error');
    // An error that is its own origin (or a chain of them) is read once, not forever.
    const loop = new RuntimeV5Error('OPERATION_FAILED', 5503, 'enterRoom', 'failed');
    Object.assign(loop, { originError: loop });
    expect(quickSeverity(loop)).toBe(diagnose(loop, { lang: 'en' }).severity);
  });
});

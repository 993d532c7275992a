/**
 * Type tests of the public API: checked by `npm run typecheck` (tsc), never run. Each
 * `@ts-expect-error` fails the type check if the line it guards ever compiles.
 */
import TRTC from 'trtc-js-sdk';
import type { Client, LocalStream } from 'trtc-js-sdk';
import TRTCv5 from 'trtc-sdk-v5';
import {
  catalog,
  createDoctor,
  diagnose,
  instrumentTrtc,
  type ActionId,
  type CatalogEntry,
  type Diagnosis,
  type Doctor,
  type Problem,
} from '../src/index';

declare const client: Client;
declare const stream: LocalStream;

// The real SDK's objects fit, and so does its namespace.
const doctor: Doctor = createDoctor({ trtc: TRTC, lang: 'zh', audience: 'user' });
const unwatchClient: () => void = doctor.watchClient(client, 'main');
const unwatchStream: () => void = doctor.watchStream(stream);
const undo: () => void = instrumentTrtc(doctor, TRTC);
void [unwatchClient, unwatchStream, undo];

// diagnose takes anything and gives a typed diagnosis.
const d: Diagnosis = diagnose(16451, { lang: 'en' });
const actions: readonly ActionId[] = d.actions;
const entries: readonly CatalogEntry[] = catalog;
void [actions, entries];
// @ts-expect-error only 'zh' and 'en'
diagnose(16451, { lang: 'fr' });

// track keeps the promise's type.
const joined: Promise<void> = doctor.track(client.join({ roomId: 1 }), { operation: 'join' });
void joined;

// Problems and the timeline are read-only signals.
const problems: readonly Problem[] = doctor.problems.value;
void problems;
// @ts-expect-error the signal is read-only
doctor.problems.value = [];
// @ts-expect-error the list is read-only
doctor.problems.value.push(problems[0]!);

// Options are checked.
// @ts-expect-error an unknown option
createDoctor({ langs: 'zh' });
// @ts-expect-error a callback, not a string
createDoctor({ onProblem: 'console.log' });
// @ts-expect-error only the two formats
doctor.report({ format: 'html' });
// @ts-expect-error only the known actions
void doctor.runAction('reboot');
// @ts-expect-error an inline panel needs an element, not a selector
doctor.mount({ mode: 'inline', container: '#support' });
// @ts-expect-error only the four corners
doctor.mount({ position: 'center' });

// v5: the real namespace fits `trtc`, its instances fit watchTrtc (and watchClient), and
// instrumentTrtc takes the namespace.
const v5Doctor: Doctor = createDoctor({ trtc: TRTCv5, lang: 'en' });
const instance = TRTCv5.create({ enableAutoPlayDialog: false });
const unwatchV5: () => void = v5Doctor.watchTrtc(instance, 'call');
const unwatchV5Client: () => void = v5Doctor.watchClient(instance);
const undoV5: () => void = instrumentTrtc(v5Doctor, TRTCv5);
void [unwatchV5, unwatchV5Client, undoV5];
// @ts-expect-error a v4 client is not a v5 instance
v5Doctor.watchTrtc(client);
// @ts-expect-error a v4 stream is not a v5 instance
v5Doctor.watchTrtc(stream);
// A problem's actions may include the v5 ones, and canRun takes the problem they are for.
const canOpen: boolean = v5Doctor.canRun('open-system-settings', problems[0]);
void canOpen;

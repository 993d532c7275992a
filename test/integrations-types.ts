/**
 * Type tests of the integrations: checked by `npm run typecheck` (tsc), never run. The real
 * libraries' own types must accept what the integrations make, with no cast; each
 * `@ts-expect-error` fails the type check if the line it guards ever compiles.
 */
import * as Sentry from '@sentry/browser';
import eruda from 'eruda';
import VConsole from 'vconsole';
import { createDoctor, redact } from '../src/index';
import type { Problem } from '../src/index';
import { createErudaPlugin } from '../src/eruda';
import { TrtcDoctorPanel, useTrtcDoctor, useTrtcProblems } from '../src/react';
import { trtcDoctorIntegration } from '../src/sentry';
import { createVConsolePlugin } from '../src/vconsole';
import * as vueBinding from '../src/vue';

const doctor = createDoctor();

// Sentry's own Integration type takes ours.
const integration: NonNullable<Parameters<typeof Sentry.addIntegration>[0]> = trtcDoctorIntegration(
  { doctor },
);
Sentry.init({ dsn: 'https://public@127.0.0.1/1', integrations: [integration] });
// @ts-expect-error the doctor is required
trtcDoctorIntegration({});
// @ts-expect-error the report is markdown, json or none
trtcDoctorIntegration({ doctor, report: 'html' });

// vConsole's addPlugin and eruda's add take the plugins as they are.
new VConsole().addPlugin(createVConsolePlugin(doctor, VConsole));
eruda.add(createErudaPlugin(doctor, eruda));
// @ts-expect-error the VConsole class, not an instance's options
createVConsolePlugin(doctor, { theme: 'dark' });

// Telemetry.
const unsubscribe: () => void = doctor.onProblem((p: Problem) => void p.error);
const clean: string = redact('x') + doctor.redact('y');
// @ts-expect-error a listener takes a problem
doctor.onProblem((p: string) => p);
void [unsubscribe, clean];

// React and Vue.
void [useTrtcDoctor, useTrtcProblems, TrtcDoctorPanel, vueBinding.TrtcDoctorPanel];
// @ts-expect-error the panel has no container prop (it has its own div)
TrtcDoctorPanel({ doctor, container: document.body });
// @ts-expect-error the mode is inline, embedded or overlay
doctor.mount({ mode: 'sidebar' });

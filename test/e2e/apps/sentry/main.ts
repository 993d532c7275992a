// The real Sentry browser SDK with the integration, and a transport that records each envelope
// (as text) instead of sending it: nothing leaves the page.
import * as Sentry from '@sentry/browser';
import { createDoctor } from 'trtc-doctor';
import { trtcDoctorIntegration } from 'trtc-doctor/sentry';
import { realError } from '../shared';

const sent: string[] = [];
const doctor = createDoctor({ lang: 'en' });
Sentry.init({
  dsn: 'https://public@127.0.0.1/1',
  transport: (options) =>
    Sentry.createTransport(options, async (request) => {
      const body = request.body;
      sent.push(typeof body === 'string' ? body : new TextDecoder().decode(body));
      return { statusCode: 200 };
    }),
  integrations: [trtcDoctorIntegration({ doctor })],
});
window.app.doctor = doctor;
window.app.sent = sent;
window.app.fail = () => realError(doctor);
window.app.failUnhandled = () => realError(doctor, false);
window.app.flush = () => Sentry.flush(2000);

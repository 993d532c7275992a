/**
 * The v5 QA view: developer wording, the launcher always shown and the panel open (timeline,
 * environment and report are its tabs), the real v5 errors, the simulate buttons, and the
 * Markdown report on the page.
 */
import TRTC from 'trtc-sdk-v5';
import { createDoctor } from '../../src/index';
import { must } from './page';
import { setUpV5Page } from './v5-page';

const doctor = createDoctor({ trtc: TRTC, audience: 'developer' });
setUpV5Page(TRTC, (lang) => doctor.configure({ lang }), {
  onInstance: (trtc) => doctor.watchTrtc(trtc),
});
doctor.mount({ mode: 'overlay', audience: 'developer', showLauncher: true });
doctor.open();

const reportBox = must('#report');
must('#show-report').addEventListener('click', () => {
  reportBox.hidden = false;
  reportBox.textContent = doctor.report({ format: 'markdown' });
});

// A QA script can reach the doctor: `window.trtcDoctorDemo.doctor.report()`.
Object.assign(window, { trtcDoctorDemo: { doctor } });

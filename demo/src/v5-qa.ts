/**
 * The v5 QA view: developer wording, the launcher always shown and the panel open (timeline,
 * environment and report are its tabs), the real v5 errors, the simulate buttons, and the
 * Markdown report on the page.
 */
import TRTC from 'trtc-sdk-v5';
import { catalog, createDoctor } from '../../src/index';
import { must } from './page';
import { setUpV5Page } from './v5-page';

// Room for every v5 entry at once ("Emit every v5 entry"), beyond the default bound.
const doctor = createDoctor({ trtc: TRTC, audience: 'developer', maxProblems: catalog.length });
const { kit } = setUpV5Page(TRTC, (lang) => doctor.configure({ lang }), {
  onInstance: (trtc) => doctor.watchTrtc(trtc),
});
doctor.mount({ mode: 'overlay', audience: 'developer', showLauncher: true });
doctor.open();

const reportBox = must('#report');
must('#show-report').addEventListener('click', () => {
  reportBox.hidden = false;
  reportBox.textContent = doctor.report({ format: 'markdown' });
});

/** One v5 entry through the instance's emit; the SDK-dialog notice is the doctor's own. */
const simulate = (id: string): Promise<boolean> =>
  id === 'v5:autoplay-dialog' ? Promise.resolve(Boolean(doctor.capture(id))) : kit.simulate(id);
const V5_IDS = catalog.filter((entry) => entry.id.startsWith('v5:')).map((entry) => entry.id);
must('#sim-all-v5').addEventListener('click', () => {
  void V5_IDS.reduce((done, id) => done.then(() => simulate(id)), Promise.resolve(true));
});

// A QA script can drive it too: `window.trtcDoctorDemo.simulate('v5:5302')`.
Object.assign(window, { trtcDoctorDemo: { doctor, simulate, ids: V5_IDS } });

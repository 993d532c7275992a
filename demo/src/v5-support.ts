/**
 * The v5 support page: the app imports the SDK v5 and trtc-doctor as modules, hands each
 * `TRTC.create()` instance to `doctor.watchTrtc()`, and shows the panel inline with end-user
 * wording. In an app the import is `import { createDoctor } from 'trtc-doctor'`; the demo uses the
 * sources so edits show at once.
 */
import TRTC from 'trtc-sdk-v5';
import { createDoctor } from '../../src/index';
import { must } from './page';
import { setUpV5Page } from './v5-page';

const doctor = createDoctor({ trtc: TRTC, audience: 'user' });
const { lang } = setUpV5Page(TRTC, (next) => doctor.configure({ lang: next }), {
  onInstance: (trtc) => doctor.watchTrtc(trtc),
});
doctor.mount({ mode: 'inline', container: must('#help'), audience: 'user', lang });

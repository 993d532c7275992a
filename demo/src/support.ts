/**
 * The support page: the app imports the SDK and trtc-doctor as modules, watches what it creates,
 * and shows the panel inline with end-user wording. In an app the import is
 * `import { createDoctor } from 'trtc-doctor'`; the demo uses the sources so edits show at once.
 */
import TRTC from 'trtc-js-sdk';
import { createDoctor } from '../../src/index';
import { setUpLanguageSwitch } from './i18n';
import { createLog, must, wireRealErrors } from './page';
import { createRealErrorKit } from './real-errors';

const doctor = createDoctor({ trtc: TRTC, audience: 'user' });
const lang = setUpLanguageSwitch((next) => doctor.configure({ lang: next }));
doctor.configure({ lang });
doctor.mount({ mode: 'inline', container: must('#help'), audience: 'user', lang });

const kit = createRealErrorKit(TRTC, createLog(must('#log')), {
  onClient: (client) => doctor.watchClient(client),
  onStream: (stream, label) => doctor.watchStream(stream, label),
});
wireRealErrors(kit);

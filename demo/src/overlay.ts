/**
 * The script-tag page: the SDK and trtc-doctor came in with plain `<script>` tags; trtc-doctor
 * wrapped `TRTC.createClient`/`createStream`, so this code never mentions the doctor except to
 * switch its language.
 */
import type { Doctor } from '../../src/index';
import { setUpLanguageSwitch, t } from './i18n';
import { createLog, must, wireRealErrors } from './page';
import { createRealErrorKit, type Trtc } from './real-errors';

const globals = window as unknown as { TRTC?: Trtc; TRTCDoctor?: { doctor?: Doctor } };
const doctor = globals.TRTCDoctor?.doctor;

const lang = setUpLanguageSwitch((next) => doctor?.configure({ lang: next }));
doctor?.configure({ lang });

const log = createLog(must('#log'));
if (globals.TRTC) {
  wireRealErrors(createRealErrorKit(globals.TRTC, log));
} else {
  log('TRTC', new Error(t('empty')));
}

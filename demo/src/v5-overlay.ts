/**
 * The v5 script-tag page: the SDK v5 and trtc-doctor came in with plain `<script>` tags, and
 * trtc-doctor wrapped `TRTC.create`, so this code never mentions the doctor except to switch its
 * language.
 */
import type { Doctor } from '../../src/index';
import { createLog, must } from './page';
import type { TrtcV5 } from './v5-kit';
import { setUpV5Page } from './v5-page';
import { v5Word } from './v5-words';

const globals = window as unknown as { TRTC?: TrtcV5; TRTCDoctor?: { doctor?: Doctor } };
const doctor = globals.TRTCDoctor?.doctor;

if (globals.TRTC) {
  setUpV5Page(globals.TRTC, (lang) => doctor?.configure({ lang }));
} else {
  createLog(must('#log'))('TRTC', new Error(v5Word('en', 'empty')));
}

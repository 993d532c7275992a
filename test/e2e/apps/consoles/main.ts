// vConsole (`?console=vconsole`) or eruda (`?console=eruda`) with the TRTC tab, as the README says.
import eruda from 'eruda';
import VConsole from 'vconsole';
import { createDoctor } from 'trtc-doctor';
import { createErudaPlugin } from 'trtc-doctor/eruda';
import { createVConsolePlugin } from 'trtc-doctor/vconsole';
import { realError } from '../shared';

const doctor = createDoctor({ lang: 'en', audience: 'developer' });
window.app.doctor = doctor;
window.app.fail = () => realError(doctor);
if (new URLSearchParams(location.search).get('console') === 'eruda') {
  eruda.init();
  eruda.add(createErudaPlugin(doctor, eruda));
  window.app.show = () => (eruda.show(), eruda.show('TRTC'));
  window.app.remove = () => eruda.remove('TRTC');
} else {
  const vConsole = new VConsole({ theme: 'dark' });
  vConsole.addPlugin(createVConsolePlugin(doctor, VConsole));
  window.app.show = () => (vConsole.show(), vConsole.showPlugin('trtc_doctor'));
  window.app.remove = () => vConsole.removePlugin('trtc_doctor');
}

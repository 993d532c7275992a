// A small React 19 app in StrictMode, as a user writes it with trtc-doctor/react.
import { StrictMode, createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { TrtcDoctorPanel, useTrtcDoctor, useTrtcProblems } from 'trtc-doctor/react';
import { realError } from '../shared';

function App() {
  const doctor = useTrtcDoctor({ lang: 'en', audience: 'developer' });
  const problems = useTrtcProblems(doctor);
  useEffect(() => void (window.app.doctor = doctor), [doctor]);
  return createElement(
    'main',
    null,
    createElement('output', { id: 'count' }, String(problems.length)),
    createElement(TrtcDoctorPanel, { doctor, mode: 'inline' }),
  );
}

const root = createRoot(document.getElementById('root')!);
window.app.fail = () => realError(window.app.doctor!);
window.app.unmount = () => root.unmount();
root.render(createElement(StrictMode, null, createElement(App)));

import { createApp } from 'vue';
import { realError } from '../shared';
import App from './App.vue';

const app = createApp(App);
window.app.fail = () => realError(window.app.doctor!);
window.app.unmount = () => app.unmount();
app.mount('#root');

/** `diagnose` and `catalog` with every language, for the script-tag build's `TRTCDoctor.load()`. */
export { catalog, diagnose } from './catalog/public.js';

/**
 * The Chinese words loaded with the panel's view (src/ui/view.tsx): the panel's strings and the
 * unblock guide (`./ui.ts`).
 */
import type { Parts } from '../types.js';
import { ui, unblock } from './ui.js';

/** The view part of the Chinese words. */
export const part: Parts['view'] = { ui, unblock };

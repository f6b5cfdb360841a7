/** Messages of error page, safety and accessibility texts (issue 8). */
import { defineMessages } from '../define';

export const hardening = defineMessages({}, {});

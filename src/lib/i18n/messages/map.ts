/** Messages of the leaders' map: headline, tooltip, province panel, comparison and coverage modes (issue 3). */
import { defineMessages } from '../define';

export const map = defineMessages({}, {});

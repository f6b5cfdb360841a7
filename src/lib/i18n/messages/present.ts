/** Messages of exports, embeds, presentation mode and print (issue 5). */
import { defineMessages } from '../define';

export const present = defineMessages({}, {});

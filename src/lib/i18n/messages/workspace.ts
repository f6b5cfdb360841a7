/** Messages of the analysts' workspace: province filter, charts, tables, downloads, sharing (issue 4). */
import { defineMessages } from '../define';

export const workspace = defineMessages({}, {});

/** Messages of bringing your own data: template, import dialog, report, persistence (issue 6). */
import { defineMessages } from '../define';

export const importer = defineMessages({}, {});

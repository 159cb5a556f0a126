/**
 * The interface in Welsh, in the same area files as English. Typed as the
 * English table, so a key missing from a Welsh file fails the type check.
 */
import app from './app.json';
import picker from './picker.json';
import mode from './mode.json';
import conversation from './conversation.json';
import debrief from './debrief.json';
import presenter from './presenter.json';
import history from './history.json';
import review from './review.json';
import tamper from './tamper.json';
import judging from './judging.json';
import dates from './dates.json';
import matrix from './matrix.json';
import report from './report.json';
import cmi5 from './cmi5.json';
import lrs from './lrs.json';
import offline from './offline.json';
import type { Strings } from '../en-GB/index.ts';

export const cy: Strings = { ...app, ...picker, ...mode, ...conversation, ...debrief, ...presenter, ...history, ...review, ...tamper, ...judging, ...dates, ...matrix, ...report, ...cmi5, ...lrs, ...offline };

/**
 * The interface in British English, one file per area of the app so teams
 * working on different screens edit different files; merged here, keys unchanged.
 * English is the reference: its keys are every key (UiKey), and the fallback.
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

export const enGB = { ...app, ...picker, ...mode, ...conversation, ...debrief, ...presenter, ...history, ...review, ...tamper, ...judging, ...dates, ...matrix, ...report, ...cmi5, ...lrs, ...offline };

export type Strings = typeof enGB;

/**
 * The simulator's side of statements held for the LRS from an earlier page:
 * they are sent as the app starts (and again if the tutor changes the LRS in
 * Settings), and a notice, which the notices region announces, says what
 * became of them.
 */
import { sendHeldStatements, type HeldProgress } from '../../web/lrs/heldStatements.ts';
import type { Settings } from '../../web/settings.ts';
import type { App, Notice } from '../app/app.ts';

const NOTICE = 'lrs-held';

export function heldNotice(p: HeldProgress): Omit<Notice, 'id'> | undefined {
  const sent = p.held - p.left - p.refused;
  if (p.left === 0) {
    if (p.refused > 0) return { key: 'lrsHeld.someRefused', params: { sent: String(sent), refused: String(p.refused), error: p.error }, tone: 'warning' };
    return { key: 'lrsHeld.sent', params: { count: String(sent) }, tone: 'info' };
  }
  if (p.state === 'refused') return { key: 'lrsHeld.refused', params: { count: String(p.left), error: p.error }, tone: 'warning' };
  if (p.state === 'waiting-to-retry') return { key: 'lrsHeld.waiting', params: { count: String(p.left), error: p.error }, tone: 'warning' };
  if (p.state === 'sending') return { key: 'lrsHeld.sending', params: { count: String(p.left) }, tone: 'info' };
  return undefined;
}

const lrsOf = (s: Settings) => JSON.stringify([s.lrsEndpoint, s.lrsUsername, s.lrsPassword]);

export function followHeldStatements(app: App): void {
  const report = (p: HeldProgress) => {
    const notice = heldNotice(p);
    if (notice) app.notify({ id: NOTICE, ...notice });
  };
  let stop = sendHeldStatements(app.settings, report);
  let lrs = lrsOf(app.settings);
  // A tutor who mends the endpoint or the credentials after a refusal need not wait for the next start.
  app.on('settings', (settings) => {
    if (lrsOf(settings) === lrs) return;
    lrs = lrsOf(settings);
    stop();
    stop = sendHeldStatements(settings, report);
  });
}

/**
 * One opened file: what replay found, the record's summary, every turn with
 * its evidence, and, for a verified assessment, the assessor's judgements,
 * comments, sign-off and exports. A file that does not verify is shown read
 * only, with the reason; a practice transcript is labelled as practice and
 * offers nothing that would present it as an assessment record.
 */
import type { Transcript } from '../../engine/transcript.ts';
import { el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { notYetReasons } from '../../web/passView.ts';
import { accessSentence } from '../../web/accessArrangement.ts';
import { formatDateTime } from '../../web/dates.ts';
import { turnAnchor, type Entry } from './entry.ts';
import { exportsSection } from './exportsView.ts';
import { badgeKeys, findingText, isReviewable, shownValue } from './findingText.ts';
import { criteriaPanel } from './criteriaPanel.ts';
import { generalCommentsSection, signOffSection, turnsSection, type ReviewBinding, type ReviewPart } from './reviewSections.ts';
import './recordView.css';

export function modeBadge(mode: string): HTMLElement {
  const practice = mode !== 'assessment';
  return el('span', { class: `badge ${practice ? 'is-practice' : 'is-assessment'}` }, t(practice ? 'review.badgePractice' : 'review.badgeAssessment'));
}

function findingBlock(entry: Entry): HTMLElement {
  const f = entry.record.finding;
  const block = el('div', { class: `finding is-${f.kind}` }, el('p', {}, el('span', { class: `badge is-${f.kind === 'verified' ? 'verified' : 'problem'}` }, t(badgeKeys[f.kind])), ' ', findingText(f, entry.record.transcript)));
  if (f.kind === 'diverges' && ('recorded' in f || 'replayed' in f)) {
    // The sentence says what changed; the raw values stay one click away for whoever must investigate further.
    const values = el('dl', { class: 'difference' }, el('dt', {}, t('review.recorded')), el('dd', {}, el('pre', {}, shownValue(f.recorded))), el('dt', {}, t('review.replayed')), el('dd', {}, el('pre', {}, shownValue(f.replayed))));
    block.append(el('details', { class: 'difference-values' }, el('summary', {}, t('tamper.details')), values));
  }
  if (f.kind !== 'verified' && entry.record.transcript) block.append(el('p', {}, t('review.readOnly')));
  return block;
}

function accessLine(tr: Transcript): string {
  return accessSentence(tr) ?? t('judging.accessNone');
}

/** A transcript that does not verify has its score and result hidden: they are numbers no one can trust. */
function summaryList(tr: Transcript, trusted: boolean): HTMLElement {
  const rows: [string, Node | string][] = [
    [t('review.learner'), tr.learner || '—'],
    [t('review.scenario'), el('span', { lang: 'en-GB' }, `${tr.scenario.title} (${tr.scenario.id})`)],
    [t('review.date'), formatDateTime(tr.startedAt)],
    [t('review.mode'), modeBadge(tr.mode)],
    [t('judging.access'), accessLine(tr)],
    [t('review.score'), trusted ? t('review.scoreValue', { percent: tr.rollUp.percent, met: tr.rollUp.met, total: tr.rollUp.total }) : t('tamper.hiddenScore')],
    [t('review.result'), !trusted ? t('tamper.hiddenResult') : tr.pass ? (tr.pass.passed ? t('review.passed') : t('review.notYet', { mark: tr.pass.mark })) : t('review.unfinished')],
  ];
  // Not yet, and why: the mark missed and each critical criterion not demonstrated.
  if (trusted && tr.pass && !tr.pass.passed) rows.push([t('pass.why'), notYetReasons(tr)]);
  return el('dl', { class: 'summary' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

export interface RecordViewOptions {
  onReviewChange(entry: Entry): void;
  onPrint(entry: Entry): void;
}

export function recordView(entry: Entry, options: RecordViewOptions): HTMLElement {
  const { record } = entry;
  const headingId = `${entry.id}-title`;
  const tr = record.transcript;
  const heading = el('h2', { id: headingId, tabindex: '-1' }, tr ? el('span', { lang: 'en-GB' }, tr.scenario.title) : record.file, tr ? `: ${tr.learner || '—'}` : '');
  const root = el('section', { class: 'record', 'aria-labelledby': headingId, 'data-entry': entry.id, 'data-finding': record.finding.kind }, heading, el('p', { class: 'file-name' }, el('code', {}, record.file)), findingBlock(entry));
  if (!tr) return root;

  const reviewable = isReviewable(record);
  if (tr.mode !== 'assessment') root.append(el('p', { class: 'practice-note' }, el('span', { class: 'badge is-practice' }, t('review.badgePractice')), ' ', t('review.practice')));
  root.append(summaryList(tr, record.finding.kind === 'verified'));

  const parts: ReviewPart[] = [];
  const binding: ReviewBinding = {
    entry,
    update(review) {
      entry.review = review;
      for (const part of parts) part.refresh();
      options.onReviewChange(entry);
    },
  };
  const goToTurn = (n: number) => {
    const target = root.ownerDocument.getElementById(turnAnchor(entry.id, n));
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  };
  // One transcript at a time: the compact turn list beside the criteria panel, which holds the judging, comments and sign-off.
  const turns = turnsSection(binding, reviewable);
  parts.push(turns);
  const workspace = el('div', { class: 'workspace' }, turns.root);
  if (reviewable) {
    const panel = [criteriaPanel(entry.id, tr, { get: () => entry.review, set: binding.update, goToTurn }), generalCommentsSection(binding), signOffSection(binding)];
    parts.push(...panel);
    workspace.append(el('div', { class: 'criteria-column' }, ...panel.map((p) => p.root)));
    workspace.classList.add('is-judging');
    for (const part of parts) part.refresh();
  }
  root.append(workspace);
  if (record.finding.kind === 'verified') root.append(exportsSection(entry, () => options.onPrint(entry)));
  return root;
}

/**
 * One playthrough of one scenario: the engine session plus what the front end
 * needs to persist and resume it. No drawing and no DOM here.
 */
import { Session, type SavedSession, type SessionOptions } from '../../engine/session.ts';
import type { Mode, Transcript } from '../../engine/transcript.ts';
import type { SessionView, Turn } from '../../engine/types.ts';
import type { LibraryEntry } from '../../web/scenarioCatalogue.ts';
import { emptyPresenter, leaveBranch, parsePresenter, type PresenterState } from './presenter.ts';

/**
 * In front of a class the customer's timer waits for the tutor (who lets it
 * run out with "let them wait"), so a discussion is never cut off by it.
 */
const heldClock: NonNullable<SessionOptions['clock']> = { setTimeout: () => 0, clearTimeout: () => {} };

/** What is written to storage after every change; `format` lets a later build recognise an old save. */
export interface SavedPlay {
  format: 'rapport-play/1';
  file: string;
  session: SavedSession;
  /** Present when a tutor is presenting this play to a class. */
  presenter?: PresenterState;
}

export function isSavedPlay(raw: unknown): raw is SavedPlay {
  const r = raw as Partial<SavedPlay> | null;
  return !!r && r.format === 'rapport-play/1' && typeof r.file === 'string' && !!r.session && typeof r.session === 'object';
}

export class Play {
  private readonly listeners = new Set<(view: SessionView) => void>();
  private unbindSession: () => void;

  private constructor(
    readonly entry: LibraryEntry,
    private session: Session,
    /** The tutor's classroom record, when presenting; undefined for a learner's own play. */
    public presenter?: PresenterState,
  ) {
    this.unbindSession = this.bindSession();
  }

  /** Practice unless asked otherwise; the engine refuses an assessment without the learner's name. */
  static start(entry: LibraryEntry, learner: string, options: { presenter?: boolean; mode?: Mode } = {}): Play {
    const mode = options.mode ?? 'practice';
    // Presenting is practice: a class explores branches, and the engine refuses to step back in an assessment.
    if (options.presenter) return new Play(entry, Session.start(entry.scenario, { learner, mode: 'practice', clock: heldClock }), emptyPresenter());
    return new Play(entry, Session.start(entry.scenario, { learner, mode }));
  }

  /** Throws the engine's SaveError when the save belongs to another version of the scenario. */
  static resume(entry: LibraryEntry, saved: SavedPlay): Play {
    const presenter = saved.presenter === undefined ? undefined : parsePresenter(saved.presenter);
    return new Play(entry, Session.restore(entry.scenario, saved.session, presenter ? { clock: heldClock } : {}), presenter);
  }

  /**
   * A finished attempt brought back from its transcript (for the debrief in the
   * history), by replaying its actions with its seed and times as verify does.
   * Throws if the transcript cannot be replayed.
   */
  static fromTranscript(entry: LibraryEntry, transcript: Transcript, presenter?: PresenterState): Play {
    return new Play(entry, Session.replay(entry.scenario, transcript, { clock: heldClock }), presenter);
  }

  private bindSession(): () => void {
    return this.session.subscribe((view) => {
      for (const listener of [...this.listeners]) listener(view);
    });
  }

  private changed(): void {
    const view = this.session.view();
    for (const listener of [...this.listeners]) listener(view);
  }

  get scenario() {
    return this.entry.scenario;
  }

  view(): SessionView {
    return this.session.view();
  }

  get turns(): readonly Turn[] {
    return this.session.history;
  }

  get startedAt(): string {
    return this.session.startedAt;
  }

  get ended(): boolean {
    return this.session.view().ended !== undefined;
  }

  choose(choice: number): Turn {
    return this.session.choose(choice);
  }

  get mode() {
    return this.session.mode;
  }

  /** Lets the customer's timer run out now: a tutor's "let them wait". */
  wait(): Turn {
    return this.session.wait();
  }

  /**
   * Goes back `turns` turns (practice only; the engine refuses in an
   * assessment). When presenting, the turns left behind are kept as an
   * explored branch rather than lost.
   */
  stepBack(turns: number): void {
    const count = Math.min(Math.max(0, Math.floor(turns)), this.turns.length);
    if (count === 0) return;
    const path = this.turns;
    const outcome = this.session.view().ended?.outcome;
    const next = this.session.stepBack(count, this.presenter ? { clock: heldClock } : {});
    if (this.presenter) this.presenter = leaveBranch(this.presenter, path, path.length - count, new Date().toISOString(), outcome);
    this.unbindSession();
    this.session.stop();
    this.session = next;
    this.unbindSession = this.bindSession();
    this.changed();
  }

  /** Changes the classroom record and tells every listener (the view redraws, the app saves). */
  updatePresenter(change: (state: PresenterState) => PresenterState): void {
    if (!this.presenter) return;
    this.presenter = change(this.presenter);
    this.changed();
  }

  /** Fires after every change, including a customer's timer running out, a step back and a presenter's change. */
  subscribe(listener: (view: SessionView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  save(): SavedPlay {
    const saved: SavedPlay = { format: 'rapport-play/1', file: this.entry.file, session: this.session.save() };
    if (this.presenter) saved.presenter = this.presenter;
    return saved;
  }

  transcript(): Transcript {
    return this.session.transcript();
  }

  stop(): void {
    this.session.stop();
  }
}

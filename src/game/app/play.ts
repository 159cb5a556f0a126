/**
 * One playthrough of one scenario: the engine session plus what the front end
 * needs to persist and resume it. No drawing and no DOM here.
 */
import { rollUp, type RollUp } from '../../engine/scoring.ts';
import { Session, type SavedSession } from '../../engine/session.ts';
import type { Transcript } from '../../engine/transcript.ts';
import type { SessionView, Turn } from '../../engine/types.ts';
import type { LibraryEntry } from './library.ts';

/** What is written to storage after every change; `format` lets a later build recognise an old save. */
export interface SavedPlay {
  format: 'rapport-play/1';
  file: string;
  session: SavedSession;
}

export function isSavedPlay(raw: unknown): raw is SavedPlay {
  const r = raw as Partial<SavedPlay> | null;
  return !!r && r.format === 'rapport-play/1' && typeof r.file === 'string' && !!r.session && typeof r.session === 'object';
}

export class Play {
  private constructor(
    readonly entry: LibraryEntry,
    private readonly session: Session,
  ) {}

  static start(entry: LibraryEntry, learner: string): Play {
    return new Play(entry, Session.start(entry.scenario, { learner }));
  }

  /** Throws the engine's SaveError when the save belongs to another version of the scenario. */
  static resume(entry: LibraryEntry, saved: SavedPlay): Play {
    return new Play(entry, Session.restore(entry.scenario, saved.session));
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

  /** Fires after every change, including a customer's timer running out. */
  subscribe(listener: (view: SessionView) => void): () => void {
    return this.session.subscribe(listener);
  }

  save(): SavedPlay {
    return { format: 'rapport-play/1', file: this.entry.file, session: this.session.save() };
  }

  rollUp(): RollUp {
    return rollUp(this.session.history, this.entry.scenario);
  }

  transcript(): Transcript {
    return this.session.transcript();
  }

  /** Whether the pass mark and every critical criterion were reached. */
  passed(result: RollUp = this.rollUp()): boolean {
    const { mark, critical } = this.scenario.pass;
    const status = new Map(result.criteria.map((c) => [c.code, c.status]));
    return result.percent >= mark && critical.every((code) => status.get(code) === 'demonstrated');
  }

  stop(): void {
    this.session.stop();
  }
}

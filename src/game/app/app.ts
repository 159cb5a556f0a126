/**
 * The front end's state: which screen is showing, the settings, the notices,
 * and the playthrough in progress. Phaser scenes and DOM views both listen to
 * it and call its methods; neither holds game state of its own.
 */
import { SaveError } from '../../engine/session.ts';
import type { Turn } from '../../engine/types.ts';
import type { Cue, Mixer } from '../audio/mixer.ts';
import type { Speaker } from '../audio/speech.ts';
import type { UiKey } from '../../web/i18n/i18n.ts';
import { Emitter } from './emitter.ts';
import { formatProblem } from '../../scenario/problem.ts';
import { isLoaded, ScenarioLoadError, type Catalogue, type CatalogueEntry, type LibraryEntry, type ScenarioSource } from '../../web/scenarioCatalogue.ts';
import { ScenarioLoader } from './scenarioLoader.ts';
import { isSavedPlay, Play } from './play.ts';
import { parseSettings, type Settings } from '../../web/settings.ts';
import type { Mode } from '../../engine/transcript.ts';
import { hintFor, isMode, rulesFor, startProblem, type Hint, type LinkRequest, type ModeRules, type StartRequest } from './modeRules.ts';
import type { Store, WriteResult } from '../../web/storage.ts';
import { attemptRecord, openAttemptStore, type AttemptProblem, type AttemptRecord, type AttemptStore } from './attempts.ts';

export type Screen =
  | { name: 'loading' }
  /** `choose`: the mode chooser is open for that scenario (from the picker, the URL or "try again" after an assessment). */
  | { name: 'picker'; choose?: { entry: CatalogueEntry; mode?: Mode } }
  | { name: 'conversation'; play: Play }
  | { name: 'debrief'; play: Play }
  | { name: 'history' };

export interface Notice {
  /** Notices with the same id replace each other, so a repeated failure is shown once. */
  id: string;
  key: UiKey;
  params?: Record<string, string>;
  tone: 'info' | 'warning';
}

export interface AppEvents extends Record<string, unknown> {
  screen: Screen;
  settings: Settings;
  notices: readonly Notice[];
  loading: { done: number; total: number };
  /** The scenario whose data is being fetched to start, resume or replay it; undefined once it has arrived or failed. */
  opening: CatalogueEntry | undefined;
}

const PLAY_KEY = 'play';
const SETTINGS_KEY = 'settings';

export class App extends Emitter<AppEvents> {
  screen: Screen = { name: 'loading' };
  settings: Settings;
  notices: Notice[] = [];
  loading = { done: 0, total: 0 };
  /** Settles once every sound file has loaded or failed (any failure noticed); play does not wait for it. */
  soundsLoaded: Promise<void> = Promise.resolve();
  private unbindPlay: (() => void) | undefined;

  /** What the page's URL asked for (`?scenario=…&mode=…`); it never overrides a saved play's mode. */
  requested: LinkRequest = {};

  /**
   * Set by a cmi5 launch that will not report an assessment (Browse mode, or
   * the course already has its one attempt): only practice is offered, so
   * nothing looks like an assessment that the course never gets.
   */
  practiceOnly = false;

  /** The settings as stored: `settings` less what applies to this page only (see updateSettings). */
  private saved: Settings;

  /** Empty until load: what the picker shows of each scenario; the full data is fetched when one is played (see open). */
  library: Catalogue = { entries: [], rejected: [] };
  /** The scenario being fetched, for the loading state; see AppEvents. */
  opening: CatalogueEntry | undefined;
  /** Fetches each scenario's full data (set by load). */
  scenarios = new ScenarioLoader();
  /** Bumped by every change of screen: a scenario that arrives after the learner has moved on is not opened over them. */
  private generation = 0;
  private readonly loadingParts = { sounds: { done: 0, total: 0 }, scenario: { done: 0, total: 0 } };

  /** Finished attempts (IndexedDB); createApp opens the browser's, and without one history is simply unavailable. */
  attempts: AttemptStore = openAttemptStore(undefined);
  /** Plays brought back from the history: looking at one must not touch the save of an unfinished conversation. */
  private readonly archived = new WeakSet<Play>();

  constructor(
    readonly store: Store,
    readonly mixer: Mixer,
    readonly speaker: Speaker,
  ) {
    super();
    this.settings = parseSettings(store.read(SETTINGS_KEY));
    this.saved = this.settings;
    if (store.unavailable) this.notify({ id: 'storage', key: 'notice.storageUnavailable', tone: 'warning' });
    mixer.setVolume(this.settings.volume);
    mixer.setMuted(this.settings.muted);
  }

  notify(notice: Notice): void {
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
    this.emit('notices', this.notices);
  }

  dismiss(id: string): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.emit('notices', this.notices);
  }

  /**
   * Loads the sounds behind the first screen and takes the catalogue of
   * checked scenarios, then opens the first screen; a scenario's full data is
   * fetched from `source` when it is played (see open).
   */
  async load(sounds: ReadonlyMap<Cue, string>, source: ScenarioSource): Promise<void> {
    this.setLoading('sounds', 0, sounds.size);
    // Sound is heard only after the learner's first gesture, so the picker never waits for it: the files go on
    // loading behind it, and a cue asked for before its file has arrived plays once it has.
    this.soundsLoaded = this.mixer
      .load(sounds, (done, total) => this.setLoading('sounds', done, total))
      .then((failed) => {
        if (failed.length > 0) this.notify({ id: 'sound', key: 'notice.soundMissing', params: { sounds: failed.join(', ') }, tone: 'info' });
      });
    this.library = source.catalogue;
    this.scenarios = new ScenarioLoader(source.fetch);
    for (const r of this.library.rejected) {
      const first = r.problems[0];
      const where = first ? formatProblem(first) : r.file;
      this.notify({ id: `rejected:${r.file}`, key: 'notice.scenarioRejected', params: { file: r.file, problem: where }, tone: 'warning' });
    }
    await this.ready();
  }

  /** One progress for the loading screen: the sounds, and the scenario a saved conversation or a link opens. */
  private setLoading(part: 'sounds' | 'scenario', done: number, total: number): void {
    this.loadingParts[part] = { done, total };
    const { sounds, scenario } = this.loadingParts;
    this.loading = { done: sounds.done + scenario.done, total: sounds.total + scenario.total };
    this.emit('loading', this.loading);
  }

  /**
   * A scenario's full data, fetched (once, however many ask at a time) and
   * held to the catalogue's hash. Undefined, with a notice naming it, when it
   * cannot be had: nothing saved is touched, so trying again later loses nothing.
   */
  async open(entry: CatalogueEntry): Promise<LibraryEntry | undefined> {
    if (isLoaded(entry)) return entry;
    const pending = this.scenarios.load(entry);
    const booting = this.screen.name === 'loading';
    this.setOpening(entry);
    if (booting) this.setLoading('scenario', 0, 1);
    try {
      const loaded = await pending;
      this.dismiss(`open:${entry.file}`);
      return loaded;
    } catch (err) {
      const reason = err instanceof ScenarioLoadError ? err : new ScenarioLoadError(entry, 'unreachable', String(err));
      const key: UiKey = reason.reason === 'changed' ? 'notice.scenarioChanged' : 'notice.scenarioUnreachable';
      this.notify({ id: `open:${entry.file}`, key, params: { title: entry.card.title, error: reason.message }, tone: 'warning' });
      return undefined;
    } finally {
      if (booting) this.setLoading('scenario', 1, 1);
      if (this.opening === entry) this.setOpening(undefined);
    }
  }

  private setOpening(entry: CatalogueEntry | undefined): void {
    this.opening = entry;
    this.emit('opening', entry);
  }

  /** After loading: back into a saved conversation if there is one, else the picker (or where a link asks). */
  async ready(): Promise<void> {
    const generation = this.generation;
    const saved = this.store.read(PLAY_KEY);
    if (isSavedPlay(saved)) {
      const entry = this.library.entries.find((e) => e.file === saved.file);
      const loaded = entry && (await this.open(entry));
      if (generation !== this.generation) return;
      // Not fetched (offline, say): the save stays, the picker offers to resume it, and the notice says why not yet.
      if (entry && !loaded) return this.show({ name: 'picker' });
      try {
        if (!loaded) throw new SaveError(saved.file);
        const play = Play.resume(loaded, saved);
        // A save whose outer mode disagrees with its session was edited: never let it change what kind of record it is.
        const recorded = (saved as { mode?: unknown }).mode;
        if (recorded !== undefined && recorded !== play.mode) {
          play.stop();
          throw new SaveError(saved.file);
        }
        const asked = this.requested;
        if ((asked.mode && (asked.mode !== play.mode || play.presenter)) || (asked.present && !play.presenter)) this.notify({ id: 'mode-url', key: 'mode.urlIgnored', tone: 'info' });
        this.enter(play);
        return;
      } catch (err) {
        if (!(err instanceof SaveError)) throw err;
        this.store.remove(PLAY_KEY);
        this.notify({ id: 'resume', key: 'notice.resumeFailed', params: { file: saved.file }, tone: 'warning' });
      }
    }
    const wanted = this.library.entries.find((e) => e.card.id === this.requested.scenario);
    if (this.requested.scenario && !wanted) this.notify({ id: 'url-scenario', key: 'mode.unknownScenario', params: { id: this.requested.scenario }, tone: 'warning' });
    // A link that names the scenario and practice has made the only choice the chooser would ask for; an
    // assessment still needs the learner's name and the date, so it opens the chooser.
    if (wanted && this.requested.mode === 'practice' && (await this.startScenario(wanted, { mode: 'practice', learner: this.settings.learner }))) return;
    // A present link is a tutor's: presenting is practice with the classroom tools, so it needs nothing more either.
    if (wanted && this.requested.present && (await this.presentScenario(wanted))) return;
    if (generation !== this.generation) return;
    this.show(wanted ? { name: 'picker', choose: { entry: wanted, ...(this.requested.mode ? { mode: this.requested.mode } : {}) } } : { name: 'picker' });
  }

  /**
   * `save: false` applies a change for this page only (a cmi5 launch's learner preferences): what is stored stays
   * as it was, and later saved changes (the learner's name at the start of play, say) do not carry it there.
   */
  updateSettings(patch: Partial<Settings>, { save = true }: { save?: boolean } = {}): void {
    this.settings = parseSettings({ ...this.settings, ...patch });
    if (save) this.saved = parseSettings({ ...this.saved, ...patch });
    this.mixer.setVolume(this.settings.volume);
    this.mixer.setMuted(this.settings.muted);
    if (!this.settings.speak) this.speaker.cancel();
    if (save) this.report(this.store.write(SETTINGS_KEY, this.saved));
    this.emit('settings', this.settings);
  }

  /** The save in storage, if it is for an unfinished conversation the learner can go back to. */
  unfinished(): CatalogueEntry | undefined {
    const saved = this.store.read(PLAY_KEY);
    if (!isSavedPlay(saved)) return undefined;
    if (this.screen.name !== 'picker') return undefined;
    return this.library.entries.find((e) => e.file === saved.file);
  }

  resumeUnfinished(): Promise<void> {
    return this.ready();
  }

  /**
   * Starts a playthrough in the mode asked for, once the scenario's data has
   * arrived; resolves whether it started. An assessment without the learner's
   * name or today's date is refused with a notice before anything is fetched:
   * the rule lives here, not only in the form, so no other way in skips it.
   */
  async startScenario(entry: CatalogueEntry, request: StartRequest = { mode: 'practice', learner: this.settings.learner }): Promise<boolean> {
    const mode = isMode(request.mode) ? request.mode : 'practice';
    const problem = mode === 'assessment' && this.practiceOnly ? 'mode.practiceOnly' : startProblem({ ...request, mode }, new Date());
    if (problem) {
      this.notify({ id: 'start', key: problem, tone: 'warning' });
      return false;
    }
    this.dismiss('start');
    const loaded = await this.openHere(entry);
    if (!loaded) return false;
    const learner = request.learner.trim().slice(0, 80);
    if (learner !== this.settings.learner) this.updateSettings({ learner });
    this.enter(Play.start(loaded, learner, { mode }));
    return true;
  }

  /** The scenario's data, unless the learner has moved to another screen while it was fetched. */
  private async openHere(entry: CatalogueEntry): Promise<LibraryEntry | undefined> {
    const generation = this.generation;
    const loaded = await this.open(entry);
    return generation === this.generation ? loaded : undefined;
  }

  /** Opens the mode chooser for a scenario. */
  chooseMode(entry: CatalogueEntry, mode?: Mode): void {
    this.show({ name: 'picker', choose: { entry, ...(mode ? { mode } : {}) } });
  }

  /** What the current playthrough's mode allows, with the learner's preferences applied. */
  rules(): ModeRules | undefined {
    const play = this.currentPlay();
    return play ? rulesFor(play.mode, this.settings) : undefined;
  }

  /** A pointer for the current turn, in practice only; undefined (and a notice) in an assessment. */
  hint(): Hint | undefined {
    if (this.screen.name !== 'conversation') return undefined;
    const play = this.screen.play;
    if (!rulesFor(play.mode, this.settings).hints) {
      this.notify({ id: 'mode', key: 'mode.noHints', tone: 'info' });
      return undefined;
    }
    return hintFor(play.scenario, play.view());
  }

  /** Takes back the last turn (or `turns` turns), in practice only. Returns whether it did. */
  stepBack(turns = 1): boolean {
    if (this.screen.name !== 'conversation' && this.screen.name !== 'debrief') return false;
    const play = this.screen.play;
    if (!rulesFor(play.mode, this.settings).stepBack) {
      this.notify({ id: 'mode', key: 'mode.noStepBack', tone: 'info' });
      return false;
    }
    if (play.turns.length === 0 || turns < 1 || turns > play.turns.length) return false;
    play.stepBack(turns);
    if (this.screen.name === 'debrief') this.show({ name: 'conversation', play });
    return true;
  }

  choose(choice: number): Turn | undefined {
    if (this.screen.name !== 'conversation') return undefined;
    this.mixer.play('click');
    return this.screen.play.choose(choice);
  }

  openDebrief(): void {
    if (this.screen.name === 'conversation') this.show({ name: 'debrief', play: this.screen.play });
  }

  /** The same scenario again; its data is in hand, so this needs no fetch. */
  async tryAgain(): Promise<void> {
    const current = this.currentPlay();
    if (current?.presenter) {
      await this.presentScenario(current.entry);
      return;
    }
    if (this.screen.name !== 'conversation' && this.screen.name !== 'debrief') return;
    const { entry, mode } = this.screen.play;
    // An assessment is one attempt: another one is a fresh, named and dated start, never a silent restart.
    if (mode === 'assessment' && !this.practiceOnly) this.chooseMode(entry, 'assessment');
    else await this.startScenario(entry, { mode: 'practice', learner: this.settings.learner });
  }

  /** A tutor presenting a scenario to a class (practice, with the presenter's tools); resolves whether it started. */
  async presentScenario(entry: CatalogueEntry): Promise<boolean> {
    const loaded = await this.openHere(entry);
    if (!loaded) return false;
    this.enter(Play.start(loaded, this.settings.learner, { presenter: true }));
    return true;
  }

  showHistory(): void {
    this.show({ name: 'history' });
  }

  /** The debrief of a stored attempt, rebuilt by replaying its transcript (its scenario fetched first). */
  async openAttempt(record: AttemptRecord): Promise<void> {
    const entry = this.library.entries.find((e) => e.card.id === record.scenarioId && e.hash === record.transcript.scenario.hash);
    const loaded = entry && (await this.openHere(entry));
    // Could not be fetched: the notice says so, and the attempt stays in the history to open later.
    if (entry && !loaded) return;
    let play: Play | undefined;
    try {
      if (loaded) play = Play.fromTranscript(loaded, record.transcript, record.presenter);
    } catch {
      play = undefined;
    }
    if (!play) {
      this.notify({ id: 'attempt', key: 'notice.attemptUnavailable', params: { file: record.file }, tone: 'warning' });
      return;
    }
    this.archived.add(play);
    this.show({ name: 'debrief', play });
  }

  backToPicker(): void {
    const play = this.currentPlay();
    // A finished conversation has been reviewed; an unfinished one stays saved to come back to.
    if (play?.ended && !this.archived.has(play)) this.store.remove(PLAY_KEY);
    this.show({ name: 'picker' });
  }

  private currentPlay(): Play | undefined {
    return this.screen.name === 'conversation' || this.screen.name === 'debrief' ? this.screen.play : undefined;
  }

  private enter(play: Play): void {
    this.persist(play);
    this.show(play.ended ? { name: 'debrief', play } : { name: 'conversation', play });
    this.unbindPlay = play.subscribe(() => {
      this.persist(play);
      if (play.ended) this.keepAttempt(play);
    });
  }

  private show(screen: Screen): void {
    const previous = this.currentPlay();
    const next = screen.name === 'conversation' || screen.name === 'debrief' ? screen.play : undefined;
    if (previous && previous !== next) {
      this.unbindPlay?.();
      this.unbindPlay = undefined;
      previous.stop();
    }
    this.speaker.cancel();
    this.generation++;
    this.screen = screen;
    this.emit('screen', screen);
  }

  private persist(play: Play): void {
    this.report(this.store.write(PLAY_KEY, { ...play.save(), mode: play.mode }));
  }

  /** Adds a finished attempt to the history (again after a tutor's step back and new ending: same id, replaced). */
  private keepAttempt(play: Play): void {
    void this.attempts.save(attemptRecord(play.entry.file, play.transcript(), play.presenter)).then((result) => {
      if (result.ok) return;
      const keys: Record<AttemptProblem, UiKey> = { unavailable: 'notice.historyUnavailable', full: 'notice.historyFull', failed: 'notice.historyFailed' };
      this.notify({ id: 'history', key: keys[result.problem], tone: result.problem === 'unavailable' ? 'info' : 'warning' });
    });
  }

  private report(result: WriteResult): void {
    if (result.ok) return;
    const key: UiKey = result.problem === 'full' ? 'notice.storageFull' : result.problem === 'unavailable' ? 'notice.storageUnavailable' : 'notice.storageFailed';
    this.notify({ id: 'storage', key, tone: 'warning' });
  }
}

/**
 * Our engine beside inkjs on the same generated dialogue, in the same run:
 * steps per second along seeded random walks (restarting at endings) and
 * save/restore time at mid-dialogue. Measurements alternate between the two
 * engines round by round and ratios are taken per round, because the machine
 * is noisy.
 */
import { Story } from 'inkjs/full';
import { mulberry32 } from '../src/engine/random.ts';
import { Session, type SavedSession } from '../src/engine/session.ts';
import { checkScenarioText } from '../src/scenario/check.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import { dialogueYaml, generateDialogue } from './generateDialogue.ts';
import { compileInk, scenarioToInk } from './inkDialogue.ts';
import { fmt, interleave, median, medianRunMsWithin, ratePerSecond, ratios, type BenchRow, type BenchSection } from './measure.ts';

export interface EngineBenchOptions {
  nodes?: number;
  seed?: number;
  /** Rounds of (ours, ink) measurements. */
  rounds?: number;
  /** How long each steps-per-second measurement runs, in ms. */
  stepWindowMs?: number;
  /** Single save/restore timings per engine per round (the round's value is their median). */
  saveSamples?: number;
}

/** Open options in authored order, so "the k-th option" means the same choice in both engines. */
const openInOrder = (session: Session) =>
  session
    .view()
    .options.map((o) => o.choice)
    .sort((a, b) => a - b);

/** Random walks on our engine: each step reads the view, as a front end would, then takes a random open option. */
class OurWalker {
  private session: Session;
  private readonly rand: () => number;
  private walks = 0;
  /** Steps taken and time spent in them, leaving out restarts (Session.start) at endings. */
  steps = 0;
  stepMs = 0;
  constructor(
    private readonly scenario: Scenario,
    seed: number,
  ) {
    this.rand = mulberry32(seed);
    this.session = Session.start(scenario, { seed });
  }
  step(): number {
    const start = performance.now();
    const view = this.session.view();
    if (view.ended) {
      this.session.stop();
      this.session = Session.start(this.scenario, { seed: ++this.walks });
      return 0;
    }
    const open = view.options.map((o) => o.choice).sort((a, b) => a - b);
    this.session.choose(open[Math.floor(this.rand() * open.length)]!);
    this.stepMs += performance.now() - start;
    this.steps++;
    return 1;
  }
}

/** The same walks on inkjs: continue to the choices, take a random one, reset at an ending. */
class InkWalker {
  private readonly rand: () => number;
  /** Steps taken and time spent in them, leaving out ResetState at endings. */
  steps = 0;
  stepMs = 0;
  constructor(
    private readonly story: Story,
    seed: number,
  ) {
    this.rand = mulberry32(seed);
  }
  step(): number {
    const start = performance.now();
    this.story.ContinueMaximally();
    const n = this.story.currentChoices.length;
    if (n === 0) {
      this.story.ResetState();
      return 0;
    }
    this.story.ChooseChoiceIndex(Math.floor(this.rand() * n));
    this.stepMs += performance.now() - start;
    this.steps++;
    return 1;
  }
}

interface Lockstep {
  session: Session;
  /** Walk length so far, or the whole walk's length once ended. */
  steps: number;
  ended: boolean;
}

/**
 * Plays one seeded walk on both engines with the same picks, for up to
 * `maxSteps` steps, checking at every step that both say the same line and
 * offer the same options. Throws on the first difference.
 */
function lockstep(scenario: Scenario, story: Story, seed: number, maxSteps = Infinity): Lockstep {
  const oursRand = mulberry32(seed);
  const inkRand = mulberry32(seed);
  const session = Session.start(scenario, { seed });
  story.ResetState();
  let steps = 0;
  for (;;) {
    const view = session.view();
    const text = story.ContinueMaximally().trim();
    const inkChoices = story.currentChoices;
    const where = `walk ${seed}, step ${steps}, node ${view.nodeId}`;
    if (view.line.text !== text) throw new Error(`${where}: ours says "${view.line.text}", ink says "${text}"`);
    if (Boolean(view.ended) !== (inkChoices.length === 0)) throw new Error(`${where}: one engine ended and the other did not`);
    if (view.ended) return { session, steps, ended: true };
    const open = openInOrder(session);
    const ourTexts = open.map((i) => scenario.nodes[view.nodeId]!.choices[i]!.text);
    const inkTexts = inkChoices.map((c) => c.text.trim());
    if (ourTexts.join('\n') !== inkTexts.join('\n')) throw new Error(`${where}: options differ: [${ourTexts.join(' | ')}] vs [${inkTexts.join(' | ')}]`);
    if (steps >= maxSteps) return { session, steps, ended: false };
    session.choose(open[Math.floor(oursRand() * open.length)]!);
    story.ChooseChoiceIndex(Math.floor(inkRand() * inkChoices.length));
    steps++;
  }
}

/** Median of up to `n` single timings of `fn` in ms, within about a second (one of our restores can take tens of ms). */
const medianSingleMs = (n: number, fn: () => void) => medianRunMsWithin(n, 1000, fn);

export async function engineBench(options: EngineBenchOptions = {}): Promise<BenchSection> {
  const nodes = options.nodes ?? 500;
  const seed = options.seed ?? 1;
  const rounds = options.rounds ?? 5;
  const stepWindowMs = options.stepWindowMs ?? 2000;
  const saveSamples = options.saveSamples ?? 200;
  const rows: BenchRow[] = [];

  // The dialogue, as YAML through the real checker; we play the scenario the checker returns.
  const generated = generateDialogue(nodes, seed);
  const yaml = dialogueYaml(generated);
  const checked = checkScenarioText(yaml, `${generated.id}.yaml`);
  const scenario = checked.scenario;
  const choices = Object.values(generated.nodes).reduce((s, n) => s + n.choices.length, 0);
  const conditional = Object.values(generated.nodes).reduce((s, n) => s + n.choices.filter((c) => c.if).length, 0);
  const routes = Object.values(generated.nodes).reduce((s, n) => s + n.when.length, 0);
  const endings = Object.values(generated.nodes).filter((n) => n.end).length;
  rows.push({
    name: `generated ${nodes}-node dialogue passes checkScenarioText`,
    value: scenario ? 'yes' : `no (${checked.problems.length} problems)`,
    goal: 'yes',
    ok: Boolean(scenario),
    detail: `${choices} choices (${conditional} with if), ${routes} routes, ${endings} endings, ${(yaml.length / 1024).toFixed(0)} KiB YAML`,
  });
  if (!scenario) {
    for (const p of checked.problems.slice(0, 5)) console.error(`${p.path}:${p.line}:${p.col}: ${p.message}`);
    return { title: 'Engine vs inkjs', rows, json: { dialogueValid: false } };
  }

  // The same dialogue in ink.
  const inkSource = scenarioToInk(scenario);
  const compileStart = performance.now();
  const { json: inkJson } = compileInk(inkSource);
  const inkCompileMs = performance.now() - compileStart;
  const story = new Story(inkJson);
  rows.push({ name: 'ink source compiled by inkjs', value: `${fmt(inkCompileMs)} ms`, detail: `${(inkSource.length / 1024).toFixed(0)} KiB ink, ${(inkJson.length / 1024).toFixed(0)} KiB JSON` });

  // Same picks, same lines and options, step by step, on 100 walks.
  const lengths: number[] = [];
  for (let w = 1; w <= 100; w++) {
    const walk = lockstep(scenario, story, w);
    walk.session.stop();
    lengths.push(walk.steps);
  }
  const meanWalk = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  rows.push({
    name: 'ours and ink play the same dialogue',
    value: 'yes',
    detail: `100 seeded walks identical line by line and option by option; walk length median ${median(lengths)}, min ${Math.min(...lengths)}, max ${Math.max(...lengths)}`,
  });

  // Steps per second, interleaved; warm both up first.
  const ours = new OurWalker(scenario, 7);
  const inkWalker = new InkWalker(new Story(inkJson), 7);
  ratePerSecond(Math.min(500, stepWindowMs), () => ours.step());
  ratePerSecond(Math.min(500, stepWindowMs), () => inkWalker.step());
  // Each round also yields the rate leaving out restarts, from timers around the steps themselves.
  const bare = { ours: [] as number[], ink: [] as number[] };
  const measureWalker = (walker: OurWalker | InkWalker, into: number[]) => () => {
    walker.steps = 0;
    walker.stepMs = 0;
    const rate = ratePerSecond(stepWindowMs, () => walker.step());
    into.push((walker.steps * 1000) / walker.stepMs);
    return rate;
  };
  const rates = interleave(rounds, { ours: measureWalker(ours, bare.ours), ink: measureWalker(inkWalker, bare.ink) });
  const stepRatios = ratios(rates.ours, rates.ink);
  const stepRatio = median(stepRatios);
  const bareRatios = ratios(bare.ours, bare.ink);
  rows.push({ name: 'steps/s, ours (view + choose, restart at endings)', value: fmt(median(rates.ours)), detail: `rounds: ${rates.ours.map((x) => fmt(x)).join(', ')}` });
  rows.push({ name: 'steps/s, inkjs (ContinueMaximally + ChooseChoiceIndex)', value: fmt(median(rates.ink)), detail: `rounds: ${rates.ink.map((x) => fmt(x)).join(', ')}` });
  rows.push({ name: 'steps/s ratio ours / ink', value: fmt(stepRatio), goal: '>= 1.0', ok: stepRatio >= 1, detail: `per round: ${stepRatios.map((x) => fmt(x)).join(', ')}` });
  rows.push({
    name: 'steps/s leaving out restarts, ours / ink',
    value: fmt(median(bareRatios)),
    detail: `ours ${fmt(median(bare.ours))}, ink ${fmt(median(bare.ink))}; per round: ${bareRatios.map((x) => fmt(x)).join(', ')}`,
  });

  // Save/restore at mid-dialogue: the first seeded walk at least as long as the median walk, stopped halfway.
  const midTurn = Math.max(1, Math.floor(median(lengths) / 2));
  const midSeed = lengths.findIndex((l) => l >= 2 * midTurn) + 1;
  const mid = lockstep(scenario, story, midSeed, midTurn);
  const oursAtMid = mid.session;
  const restoredStory = new Story(inkJson);
  const ourSave = () => Session.restore(scenario, JSON.parse(JSON.stringify(oursAtMid.save())) as SavedSession);
  const inkSave = () => restoredStory.state.LoadJson(story.state.ToJson());
  // Check that both round trips really restore what was saved.
  const back = ourSave();
  if (JSON.stringify(back.view()) !== JSON.stringify(oursAtMid.view())) throw new Error('our restored session differs from the saved one');
  back.stop();
  inkSave();
  if (restoredStory.currentChoices.map((c) => c.text).join('\n') !== story.currentChoices.map((c) => c.text).join('\n')) throw new Error('ink restored story differs');
  const ourBytes = JSON.stringify(oursAtMid.save()).length;
  const inkBytes = story.state.ToJson().length;
  for (let i = 0; i < 10; i++) (ourSave().stop(), inkSave());
  const saves = interleave(rounds, {
    ours: () =>
      medianSingleMs(saveSamples, () => {
        const s = ourSave();
        s.stop();
      }),
    ink: () => medianSingleMs(saveSamples, inkSave),
  });
  const saveRatios = ratios(saves.ink, saves.ours);
  const saveRatio = median(saveRatios);
  // Where our round trip goes: save + stringify, then parse + restore.
  let text = '';
  const saveOnly = medianSingleMs(saveSamples, () => (text = JSON.stringify(oursAtMid.save())));
  const restoreOnly = medianSingleMs(saveSamples, () => Session.restore(scenario, JSON.parse(text) as SavedSession).stop());
  const inkToJson = medianSingleMs(saveSamples, () => (text = story.state.ToJson()));
  const inkLoad = medianSingleMs(saveSamples, () => restoredStory.state.LoadJson(text));
  rows.push({
    name: `save/restore ms at turn ${midTurn}, ours`,
    value: fmt(median(saves.ours)),
    detail: `save+stringify ${fmt(saveOnly)} ms, parse+restore ${fmt(restoreOnly)} ms; ${(ourBytes / 1024).toFixed(1)} KiB`,
  });
  rows.push({ name: `save/restore ms at turn ${midTurn}, inkjs`, value: fmt(median(saves.ink)), detail: `ToJson ${fmt(inkToJson)} ms, LoadJson ${fmt(inkLoad)} ms; ${(inkBytes / 1024).toFixed(1)} KiB` });
  rows.push({ name: 'save/restore ratio ink / ours (> 1: ours faster)', value: fmt(saveRatio), goal: '>= 1.0', ok: saveRatio >= 1, detail: `per round: ${saveRatios.map((x) => fmt(x)).join(', ')}` });
  oursAtMid.stop();

  // Simple timers on the parts of one of our steps, for the profile.
  const probe = lockstep(scenario, story, midSeed, midTurn);
  const viewMs = medianSingleMs(saveSamples, () => probe.session.view());
  const startMs = medianSingleMs(50, () => Session.start(scenario, { seed: 1 }).stop());
  const inkResetMs = medianSingleMs(50, () => story.ResetState());
  probe.session.stop();
  rows.push({ name: 'ours: Session.view() ms / Session.start() ms', value: `${fmt(viewMs)} / ${fmt(startMs)}`, detail: `inkjs ResetState ${fmt(inkResetMs)} ms` });

  return {
    title: `Engine vs inkjs (${nodes}-node generated dialogue)`,
    rows,
    json: {
      nodes,
      dialogueValid: true,
      walkLengthMedian: median(lengths),
      inkCompileMs: inkCompileMs,
      stepsPerSecond: { ours: median(rates.ours), ink: median(rates.ink), ratio: stepRatio, rounds: rates, ratios: stepRatios },
      stepsPerSecondWithoutRestarts: { ours: median(bare.ours), ink: median(bare.ink), ratio: median(bareRatios), ratios: bareRatios },
      saveRestoreMs: {
        turn: midTurn,
        ours: median(saves.ours),
        ink: median(saves.ink),
        ratioInkOverOurs: saveRatio,
        ratios: saveRatios,
        oursSaveMs: saveOnly,
        oursRestoreMs: restoreOnly,
        inkToJsonMs: inkToJson,
        inkLoadJsonMs: inkLoad,
        oursBytes: ourBytes,
        inkBytes,
      },
      oursViewMs: viewMs,
      oursStartMs: startMs,
      inkResetStateMs: inkResetMs,
    },
  };
}

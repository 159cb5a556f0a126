/**
 * Transcripts and a registry for the review tests, made by playing bundled
 * scenarios through the engine so they verify by replay as a learner's would.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bestMoves, play, worstMoves } from './play.ts';
import { loadScenarioFile } from './scenarios.ts';
import { scenarioRegistry } from './registry.ts';

const FILES = ['bank-queue-disruption.yaml', 'phone-angry-energy-bill.yaml', 'complaint-late-delivery.yaml'];

export const registry = scenarioRegistry(Object.fromEntries(FILES.map((f) => [`/scenarios/${f}`, readFileSync(resolve(import.meta.dirname, '../../scenarios', f), 'utf8')])));

export const bank = loadScenarioFile('scenarios/bank-queue-disruption.yaml');
export const bill = loadScenarioFile('scenarios/phone-angry-energy-bill.yaml');
export const delivery = loadScenarioFile('scenarios/complaint-late-delivery.yaml');

export const LEARNER = 'Sam Okafor';
export const bankBest = () => play(bank, bestMoves(bank), { learner: LEARNER });
export const billWorst = () => play(bill, worstMoves(bill), { learner: LEARNER, start: Date.UTC(2026, 2, 10, 9) });
export const deliveryBest = () => play(delivery, bestMoves(delivery), { learner: LEARNER, start: Date.UTC(2026, 2, 11, 14) });
export const bankPractice = () => play(bank, bestMoves(bank), { learner: LEARNER, mode: 'practice' });

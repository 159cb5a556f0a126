/**
 * The scenarios shipped with the build: the catalogue is in the page's first
 * script; each scenario's data is a JSON file of its own, fetched when it is
 * played or replayed (scripts/checkedScenariosPlugin.ts emits both).
 */
import { catalogue, urls } from 'virtual:rapport/checked-scenarios';
import { httpFetcher, type ScenarioSource } from './scenarioCatalogue.ts';

export const bundledScenarios: ScenarioSource = { catalogue, fetch: httpFetcher((entry) => urls[entry.file]) };

/**
 * Checks a share of the bundled scenarios off the main thread. The full check
 * explores every path of a scenario and can take most of a second per file;
 * run on the page it would freeze the loading screen.
 */
import { bundledScenarioFiles } from './bundled.ts';
import { checkFile, type CheckedFile } from './library.ts';

export type WorkerRequest = { shard: number; of: number };
export type WorkerMessage = { type: 'total'; total: number } | { type: 'checked'; checked: CheckedFile } | { type: 'done' };

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { shard, of } = event.data;
  const files = Object.entries(bundledScenarioFiles).sort(([a], [b]) => a.localeCompare(b));
  post({ type: 'total', total: files.length });
  files.forEach(([key, text], i) => {
    if (i % of === shard) post({ type: 'checked', checked: checkFile(key, text) });
  });
  post({ type: 'done' });
};

/** Checks the bundled scenarios in a few workers at once and reports each file as it is done. */
import type { WorkerMessage, WorkerRequest } from './checkWorker.ts';
import { assembleLibrary, type CheckedFile, type Library } from './library.ts';

export function checkBundled(onProgress: (done: number, total: number) => void): Promise<Library> {
  const shards = Math.max(1, Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));
  const checked: CheckedFile[] = [];
  let total = 0;
  const shard = (index: number) =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
      const finish = () => {
        worker.terminate();
        resolve();
      };
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'total') total = data.total;
        else if (data.type === 'checked') {
          checked.push(data.checked);
          onProgress(checked.length, total);
        } else finish();
      };
      worker.onerror = (event) => {
        // The shard's files cannot be listed; say so as a rejected "file" so the learner sees a notice.
        const path = `scenarios (check ${index + 1} of ${shards})`;
        checked.push({ file: path, problems: [{ path, line: 1, col: 1, message: `the scenario checker stopped: ${event.message}` }] });
        finish();
      };
      worker.postMessage({ shard: index, of: shards } satisfies WorkerRequest);
    });
  return Promise.all(Array.from({ length: shards }, (_, i) => shard(i))).then(() => assembleLibrary(checked));
}

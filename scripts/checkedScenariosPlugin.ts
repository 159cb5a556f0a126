/**
 * Runs the full scenario check on the bundled files when Vite builds (or
 * serves) the app, and hands the browser the result as the module
 * `virtual:rapport/checked-scenarios`: the library the picker shows, with
 * every rejected file and its located problems.
 *
 * The browser used to run the same check in a worker on every load: it
 * downloaded the checker, zod and the YAML parser a second time (240 KB
 * gzipped) and kept the picker waiting seconds for a result that depends only
 * on files fixed at build time. The check and its outcome are unchanged
 * (`checkFile` and `assembleLibrary` from src/game/app/library.ts); under
 * `npm start` the module is rebuilt and the page reloaded when a file in
 * scenarios/ is added, changed or removed, so an author still sees their
 * file's problems in the picker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { assembleLibrary, checkFile } from '../src/game/app/library.ts';

export const CHECKED_SCENARIOS_ID = 'virtual:rapport/checked-scenarios';
const RESOLVED_ID = `\0${CHECKED_SCENARIOS_ID}`;
const isScenarioFile = (name: string) => name.endsWith('.yaml');

export function checkedScenarios(dir = 'scenarios'): Plugin {
  let root = process.cwd();
  const scenarioDir = () => resolve(root, dir);
  return {
    name: 'rapport:checked-scenarios',
    configResolved(config) {
      root = config.root;
    },
    // Filters let the bundler skip calling these hooks for every other module.
    resolveId: {
      filter: { id: /^virtual:rapport\/checked-scenarios$/ },
      handler: (id) => (id === CHECKED_SCENARIOS_ID ? RESOLVED_ID : undefined),
    },
    load: {
      filter: { id: /^\0virtual:rapport\/checked-scenarios$/ },
      handler(id) {
        if (id !== RESOLVED_ID) return undefined;
        const files = readdirSync(scenarioDir()).filter(isScenarioFile).sort();
        const checked = files.map((name) => {
          const path = join(scenarioDir(), name);
          this.addWatchFile(path);
          // The key the app has always used (as import.meta.glob gave it): the file is then `scenarios/<name>`.
          return checkFile(`/${dir}/${name}`, readFileSync(path, 'utf8'));
        });
        // JSON.parse of a string literal is quicker for the browser than the same object as a literal.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(assembleLibrary(checked)))});\n`;
      },
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(scenarioDir());
      const changed = (file: string) => {
        if (!file.startsWith(scenarioDir()) || !isScenarioFile(file)) return;
        const graph = server.environments?.client?.moduleGraph;
        const mod = graph?.getModuleById(RESOLVED_ID);
        if (graph && mod) graph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', changed);
      server.watcher.on('change', changed);
      server.watcher.on('unlink', changed);
    },
  };
}

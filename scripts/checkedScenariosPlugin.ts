/**
 * Runs the full scenario check on the bundled files when Vite builds (or
 * serves) the app, and hands the browser the result as the module
 * `virtual:rapport/checked-scenarios`: the catalogue the picker shows (each
 * accepted scenario's card, every rejected file with its located problems)
 * and, for each accepted scenario, the URL of its full data, a JSON file of
 * its own that the app fetches when the scenario is played or replayed.
 *
 * The browser used to run the same check in a worker on every load: it
 * downloaded the checker, zod and the YAML parser a second time (240 KB
 * gzipped) and kept the picker waiting seconds for a result that depends only
 * on files fixed at build time. Then the whole library sat in the page's first
 * script; now only the catalogue does (docs/architecture.md says why JSON files
 * rather than a script per scenario). Under `npm start` the module is rebuilt
 * and the page reloaded when a file in scenarios/ is added, changed or
 * removed, so an author still sees their file's problems in the picker, and
 * each scenario's data is checked again when it is fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { assembleLibrary, checkFile, type Library } from '../src/game/app/library.ts';
import { catalogueOf } from '../src/web/scenarioCatalogue.ts';

export const CHECKED_SCENARIOS_ID = 'virtual:rapport/checked-scenarios';
const RESOLVED_ID = `\0${CHECKED_SCENARIOS_ID}`;
/** Where the dev server serves each scenario's data (the build emits hashed files under assets/ instead). */
export const DEV_SCENARIO_PATH = '/__rapport/scenarios/';
const isScenarioFile = (name: string) => name.endsWith('.yaml');
const stemOf = (file: string) => file.replace(/^.*\//, '').replace(/\.yaml$/, '');

/** What the load hook needs of its context: the watcher always, emitFile only when building. */
interface LoadContext {
  addWatchFile(path: string): void;
  emitFile?(file: { type: 'asset'; name: string; source: string }): string;
}

/** The module's text: the catalogue (JSON.parse of a string literal is quicker for the browser than the same object as a literal) and the URLs. */
function moduleText(library: Library, urlOf: (entry: Library['entries'][number]) => string): string {
  const urls = library.entries.map((e) => `  ${JSON.stringify(e.file)}: ${urlOf(e)},`).join('\n');
  return `export const catalogue = JSON.parse(${JSON.stringify(JSON.stringify(catalogueOf(library)))});\nexport const urls = {\n${urls}\n};\n`;
}

export function checkedScenarios(dir = 'scenarios'): Plugin {
  let root = process.cwd();
  let building = false;
  const scenarioDir = () => resolve(root, dir);
  // The key the app has always used (as import.meta.glob gave it): the file is then `scenarios/<name>`.
  const check = (name: string) => checkFile(`/${dir}/${name}`, readFileSync(join(scenarioDir(), name), 'utf8'));
  return {
    name: 'rapport:checked-scenarios',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    // Filters let the bundler skip calling these hooks for every other module.
    resolveId: {
      filter: { id: /^virtual:rapport\/checked-scenarios$/ },
      handler: (id) => (id === CHECKED_SCENARIOS_ID ? RESOLVED_ID : undefined),
    },
    load: {
      filter: { id: /^\0virtual:rapport\/checked-scenarios$/ },
      handler(this: LoadContext, id: string) {
        if (id !== RESOLVED_ID) return undefined;
        const files = readdirSync(scenarioDir()).filter(isScenarioFile).sort();
        for (const name of files) this.addWatchFile(join(scenarioDir(), name));
        const library = assembleLibrary(files.map(check));
        if (!building || !this.emitFile) return moduleText(library, (e) => JSON.stringify(`${DEV_SCENARIO_PATH}${encodeURIComponent(stemOf(e.file))}.json`));
        const emit = this.emitFile.bind(this);
        // The bundler names each file by its content hash and writes the reference as a URL relative to the script.
        return moduleText(library, (e) => `import.meta.ROLLUP_FILE_URL_${emit({ type: 'asset', name: `scenario-${stemOf(e.file)}.json`, source: JSON.stringify(e.scenario) })}`);
      },
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(scenarioDir());
      server.middlewares.use(DEV_SCENARIO_PATH, devScenarioData(scenarioDir, check));
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

/**
 * The dev server's answer for one scenario's data: checked afresh, and 404 for
 * a file that is missing or now fails the check (never the page, which the
 * server's fallback would otherwise send for any path it does not know).
 */
export function devScenarioData(scenarioDir: () => string, check: (name: string) => ReturnType<typeof checkFile>): Connect.NextHandleFunction {
  return (req, res) => {
    const notFound = (message: string) => {
      res.statusCode = 404;
      res.end(message);
    };
    const stem = decodeURIComponent((req.url ?? '').replace(/^\//, '').replace(/\?.*$/, '').replace(/\.json$/, ''));
    const name = `${stem}.yaml`;
    if (!/^[\w-]+$/.test(stem) || !readdirSync(scenarioDir()).includes(name)) return notFound(`there is no scenario file ${JSON.stringify(name)}`);
    const checked = check(name);
    if (!('scenario' in checked)) return notFound(`${checked.file} does not pass the check`);
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(JSON.stringify(checked.scenario));
  };
}

/**
 * npm run scenarios -- <command> [files...]
 *   check     validate scenarios; prints path:line:col: error: message; exit 0 sound, 1 problems, 2 usage
 *   validity  how blind strategies (longest option, random…) score and pass, and whether best options stand out by length
 *   coverage  which scenarios assess each criterion of A10–C8 (--json for the machine-readable form)
 *   simulate  best, worst, every ending and random playthroughs
 *   graph     the dialogue graph as Graphviz DOT
 *   schema    write scenarios/scenario.schema.json for editor autocompletion
 */
import { runScenariosCli } from './commands.ts';
import { readEnvironmentOnce } from './environment.ts';

readEnvironmentOnce();
try {
  process.exitCode = runScenariosCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
} catch (err) {
  // A bug of ours outside any one file: say so plainly, without a stack trace for the author.
  console.error(`rapport: internal error: ${(err as Error).message}`);
  process.exitCode = 3;
}

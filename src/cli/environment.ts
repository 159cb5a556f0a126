/**
 * The environment as a plain object, read once. Node's `process.env` is a live
 * view of the process environment, and each read of it is a call into C++;
 * the YAML parser reads `process.env.LOG_TOKENS` for every token it lexes, so
 * on a large scenario those reads were a third of parsing it. Commands that
 * check scenarios (the `scenarios` command, the benchmark that times it, the
 * fuzz test that runs it ten thousand times) take the snapshot at start-up;
 * nothing they run changes the environment. Gives back a function that puts
 * the live view back.
 */
export function readEnvironmentOnce(): () => void {
  const live = process.env;
  process.env = { ...live };
  return () => {
    process.env = live;
  };
}

/**
 * `npm run package:cmi5 [-- --base <IRI>] [--out <file>] [--no-build]`
 *
 * Builds the app, writes cmi5.xml with one AU per bundled scenario (launching
 * app/index.html?scenario=<id>, moveOn CompletedAndPassed, masteryScore from
 * the pass mark), checks it against the cmi5 course structure rules, and zips
 * cmi5.xml and the built app into one course package an LMS can import.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { bundledScenarioFiles, checkFile } from '../src/cli/bundled.ts';
import { checkCourseStructure } from '../src/cmi5/checkCourseStructure.ts';
import { auFor, courseStructureXml } from '../src/cmi5/courseStructure.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.RAPPORT_COURSE_IRI ?? 'https://rapport.example/cmi5' },
    out: { type: 'string', default: 'dist-cmi5/rapport-cmi5.zip' },
    'app-dir': { type: 'string', default: 'dist-cmi5/app' },
    'no-build': { type: 'boolean', default: false },
  },
});
const base = values.base!.replace(/\/+$/, '');
const appDir = values['app-dir']!;

const scenarios = bundledScenarioFiles().map((file) => {
  const r = checkFile(file);
  if (!r.scenario || r.problems.length > 0) throw new Error(`${file} has problems; run npm run scenarios -- check`);
  return r.scenario;
});

const xml = courseStructureXml({
  id: `${base}/course`,
  title: 'Rapport: customer service role-play',
  description: 'Conversations with simulated customers, each judged against the UK customer service standards (units A10 to C8).',
  lang: 'en-GB',
  aus: scenarios.map((s) => auFor(s, base)),
});
const problems = checkCourseStructure(xml);
if (problems.length > 0) {
  console.error(`cmi5.xml is not sound:\n${problems.join('\n')}`);
  process.exit(1);
}

if (!values['no-build']) await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const entries: Record<string, Uint8Array> = { 'cmi5.xml': new TextEncoder().encode(xml) };
// Source maps stay out of the course: the LMS serves the package to learners.
for (const f of files(appDir).filter((f) => !f.endsWith('.map'))) entries[`app/${relative(appDir, f).split('\\').join('/')}`] = readFileSync(f);
if (!entries['app/index.html']) throw new Error(`${appDir} has no index.html`);
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(join(dirname(values.out!), 'cmi5.xml'), xml);
writeFileSync(values.out!, zipSync(entries, { level: 6 }));
console.log(`${values.out}: ${scenarios.length} AUs, ${Object.keys(entries).length} files`);

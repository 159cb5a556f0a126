// Regenerates src/standards/catalogue.json from the standards seed. The seed lives in
// ../shared beside the repository (CI clones it there), not inside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { inspectSeed } from '../src/standards/parseSeed.ts';

const root = resolve(import.meta.dirname, '..');
const seed = resolve(root, '../shared/seeds/002_a1d7a2342197f4c3.txt');
const out = resolve(root, 'src/standards/catalogue.json');

const { catalogue, quirks } = inspectSeed(readFileSync(seed, 'utf8'), basename(seed));
writeFileSync(out, `${JSON.stringify(catalogue, null, 2)}\n`);
const criteria = catalogue.units.reduce((n, u) => n + u.elements.reduce((m, e) => m + e.criteria.length, 0), 0);
console.log(`wrote ${out}: ${catalogue.units.length} units, ${criteria} criteria`);
for (const q of quirks) console.log(`  line ${q.line} ${q.kind} ${q.code}: ${q.note}`);

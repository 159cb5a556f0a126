/**
 * The layering of Rapport, checked by dependency-cruiser in `npm test`
 * (`npm run lint:deps`). docs/architecture.md draws the module map these rules
 * hold. Each rule says why; a broken rule is reported as
 * `error <rule>: <importing file> → <imported file>`.
 *
 * Tests (*.test.ts) may reach across layers to set up what they test, so the
 * layer rules look at production code only; the cycle rule and the test-support
 * rule look at everything under src/.
 *
 * What an import rule cannot see, a global such as `window` or `document` used
 * without an import, test/purity.test.ts checks instead.
 */
const production = '^src/.+(?<!\\.test)\\.ts$';
const inFolder = (folder) => `^src/${folder}/.+(?<!\\.test)\\.ts$`;

/** Packages that only a browser page can use. */
const browserOnly = 'node_modules/(phaser|howler|i18next|idb)/';

export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two files one unit that neither can be read, tested or moved without the other.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'standards-import-nothing',
      comment: 'The standards catalogue is data every layer reads (the checker, the engine, exports, pages); it depends on nothing, so nothing can make it change.',
      severity: 'error',
      from: { path: inFolder('standards') },
      to: { pathNot: '^src/standards/' },
    },
    {
      name: 'format-not-engine',
      comment: 'The scenario format (schema, loader, condition language, checker) stands apart from the engine that runs it, as inkjs keeps its compiler and runtime apart: the checker must not change when the engine does.',
      severity: 'error',
      from: { path: inFolder('scenario') },
      to: { path: '^src/engine/' },
    },
    {
      name: 'format-engine-standards-pure',
      comment: 'The format, the engine and the standards run under Node (checker, CLI, tests) and in any renderer: nothing from Phaser, Howler, i18next, IndexedDB or the browser layers.',
      severity: 'error',
      from: { path: '^src/(scenario|engine|standards)/.+(?<!\\.test)\\.ts$' },
      to: { path: [browserOnly, '^src/(web|game|review)/'] },
    },
    {
      name: 'engine-below-front-ends',
      comment: 'The engine is what the pages, the exports and the CLI call; it calls none of them.',
      severity: 'error',
      from: { path: inFolder('engine') },
      to: { path: '^src/(export|cmi5|cli)/' },
    },
    {
      name: 'format-below-front-ends',
      comment: 'The format is read by every other layer and reads none of them.',
      severity: 'error',
      from: { path: inFolder('scenario') },
      to: { path: '^src/(export|cmi5|cli)/' },
    },
    {
      name: 'export-pure',
      comment: 'Exports (JSON, CSV, xAPI, the reviewed record, the LRS queue) are data formats that run under Node as in the browser: nothing from the game, the review page, the browser layer or browser-only packages.',
      severity: 'error',
      from: { path: inFolder('export') },
      to: { path: ['^src/(game|review|web|cli)/', browserOnly] },
    },
    {
      name: 'export-not-cmi5',
      comment: 'cmi5 builds on the xAPI export; the export knows nothing of cmi5, so it stays usable without an LMS.',
      severity: 'error',
      from: { path: inFolder('export') },
      to: { path: '^src/cmi5/' },
    },
    {
      name: 'cmi5-pure',
      comment: "cmi5's launch, statements and session are pure (fetch, storage and timers injected): its browser side lives with the front end (src/game/cmi5Attach.ts).",
      severity: 'error',
      from: { path: inFolder('cmi5') },
      to: { path: ['^src/(game|review|web|cli)/', browserOnly] },
    },
    {
      name: 'web-beneath-both-pages',
      comment: 'src/web is the browser layer shared by the simulator and the review page; if it imported either page, the other would load it too.',
      severity: 'error',
      from: { path: inFolder('web') },
      to: { path: '^src/(game|review|class|cli)/' },
    },
    {
      name: 'review-not-game',
      comment: "The review page must not load the simulator (Phaser, sound, the app's state): what both need lives in src/web.",
      severity: 'error',
      from: { path: inFolder('review') },
      to: { path: ['^src/(game|cli)/', 'node_modules/(phaser|howler)/'] },
    },
    {
      name: 'class-not-game',
      comment: "The class view (class.html) must not load the simulator: it replays transcripts with the engine and reads them with the review page's openRecord, never the review page itself.",
      severity: 'error',
      from: { path: inFolder('class') },
      to: { path: ['^src/(game|cli)/', '^src/review/page/', 'node_modules/(phaser|howler)/'] },
    },
    {
      name: 'class-figures-pure',
      comment: "The class view's figures (counting, shares, next practice, layout, CSV, the LRS query) are pure and tested under Node; only its page/ folder touches the browser layer.",
      severity: 'error',
      from: { path: '^src/class/[^/]+(?<!\\.test)\\.ts$' },
      to: { path: ['^src/web/', browserOnly] },
    },
    {
      name: 'pages-not-class',
      comment: 'The simulator links to the class view and the review page does not need it: neither loads it.',
      severity: 'error',
      from: { path: '^src/(game|review)/.+(?<!\\.test)\\.ts$' },
      to: { path: '^src/class/' },
    },
    {
      name: 'game-not-review',
      comment: 'The simulator links to the review page; it does not load it. What both need lives in src/web.',
      severity: 'error',
      from: { path: inFolder('game') },
      to: { path: '^src/(review|cli)/' },
    },
    {
      name: 'cli-not-browser',
      comment: 'The command line runs under Node: nothing from the pages or browser-only packages.',
      severity: 'error',
      from: { path: inFolder('cli') },
      to: { path: ['^src/(web|game|review|class)/', browserOnly] },
    },
    {
      name: 'validity-author-tool',
      comment: "The validity check plays scenarios blind for authors, under Node (it reads the file to place its findings): nothing from the pages, the exports or browser-only packages.",
      severity: 'error',
      from: { path: inFolder('validity') },
      to: { path: ['^src/(web|game|review|export|cmi5)/', browserOnly] },
    },
    {
      name: 'validity-only-for-the-cli',
      comment: 'The validity check is an authoring tool run by `npm run scenarios`; the format, the engine and the pages must not take on its Node-only code or its thousands of blind plays.',
      severity: 'error',
      from: { path: production, pathNot: '^src/(cli|validity)/' },
      to: { path: '^src/validity/' },
    },
    {
      name: 'phaser-only-in-the-stage',
      comment: "Phaser draws the stage and nothing else: the overlay, the app's state and every other layer stay testable without a canvas (scenes and stage; startGame, drawOnChange and renderCaps set Phaser up).",
      severity: 'error',
      from: { path: production, pathNot: '^src/game/(scenes/|stage/|startGame\\.ts$|drawOnChange\\.ts$|renderCaps\\.ts$)' },
      to: { path: 'node_modules/phaser/' },
    },
    {
      name: 'art-is-drawings-only',
      comment: 'The art (src/game/art) turns looks, poses and places into SVG text: nothing from the stage, the page, the app or a browser package, so the drawings and the rules behind them are tested under Node and shared by the stage and the conversation screen.',
      severity: 'error',
      from: { path: inFolder('game/art') },
      to: { path: ['^src/(web|review|cli|export|cmi5)/', '^src/game/(?!art/)', browserOnly] },
    },
    {
      name: 'howler-behind-one-module',
      comment: 'Sound goes through the mixer; Howler is one backend behind it (howlerBackend.ts), so tests drive the mixer with a fake.',
      severity: 'error',
      from: { path: production, pathNot: '^src/game/audio/howlerBackend\\.ts$' },
      to: { path: 'node_modules/howler/' },
    },
    {
      name: 'i18next-behind-one-module',
      comment: 'Every interface string goes through web/i18n/i18n.ts, whose t() checks keys at type-check; no other file talks to i18next.',
      severity: 'error',
      from: { path: production, pathNot: '^src/web/i18n/i18n\\.ts$' },
      to: { path: 'node_modules/i18next/' },
    },
    {
      name: 'test-support-not-in-production',
      comment: 'test/support holds fakes and played transcripts for tests (some read files with node:fs); shipped code must never load them.',
      severity: 'error',
      from: { path: production },
      to: { path: '^test/' },
    },
  ],
  options: {
    // TypeScript 7 is the native compiler, without the JavaScript API dependency-cruiser's tsc parser needs; swc reads the TypeScript instead.
    parser: 'swc',
    // Type-only imports count: a type from a layer above still ties this layer to it.
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json', '.d.ts'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

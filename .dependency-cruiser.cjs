// Imports run one way (architecture convention 12): routes (src/pages) -> layouts and components -> features ->
// model -> lib (src/lib, src/i18n and src/config.ts). A lower floor never imports a higher one, a feature does not
// reach into another feature, and nothing imports in a circle. `npm run check:imports` holds the rule; `npm test`
// runs it before the build.
//
// dependency-cruiser reads .ts/.mjs files; it cannot read the frontmatter of .astro files yet
// (sverweij/dependency-cruiser#1007), so an .astro file counts only as the target of an import.
// There are no known exceptions: every rule holds for every file (no baseline file, no --ignore-known).

/** The floors, lowest first: a floor may import its own floor and any floor below it. */
const LIB = '^src/(lib|i18n)/|^src/config\\.ts$';
const MODEL = '^src/model/|^src/content\\.config\\.ts$';
const FEATURES = '^src/features/';
const CHROME = '^src/(layouts|components)/';
const PAGES = '^src/pages/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-imports-up',
      comment: 'src/lib and src/i18n are shared pure helpers: they import nothing from the model, features or pages.',
      severity: 'error',
      from: { path: LIB },
      to: { path: [MODEL, FEATURES, CHROME, PAGES] },
    },
    {
      name: 'model-imports-up',
      comment:
        'src/model reads and checks content/ and hands plain data up; it never imports a feature, component or route.',
      severity: 'error',
      from: { path: MODEL, pathNot: '\\.test\\.ts$' },
      to: { path: [FEATURES, CHROME, PAGES] },
    },
    {
      name: 'model-test-wiring',
      comment:
        'The content check takes the MDX component registry as an argument (astro.config.mjs and tests/check-content.ts ' +
        'pass it in); its test does the same wiring, and may import nothing else from above.',
      severity: 'error',
      from: { path: '^src/model/.+\\.test\\.ts$' },
      to: { path: [FEATURES, CHROME, PAGES], pathNot: '^src/components/mdx/index\\.ts$' },
    },
    {
      name: 'feature-imports-up',
      comment: 'A feature is composed by layouts, components and routes; it never imports them.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: [CHROME, PAGES] },
    },
    {
      name: 'feature-imports-feature',
      comment:
        'A feature does not reach into another feature: what two features share belongs in src/model or src/lib ' +
        '(a feature test of the built site has the one narrow exception below).',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/', pathNot: '\\.dist\\.test\\.ts$' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'feature-dist-test-imports-feature',
      comment:
        "A test of the built site (*.dist.test.ts) is a harness, not shipped code. It may use the links feature's " +
        'reader of dist/ (links/build/site.ts) and its check that every address of the site written in a published ' +
        'file opens a built page and section (links/data-files.ts), so each feature that publishes a file checks its ' +
        "addresses the way /links.json is checked, not with a copy; and the theme's head script with its hash " +
        "(theme/head-script.ts), so the hosting feature's test checks each inline script in dist/ against the policy " +
        'the site ships. Nothing else of another feature, and no other kind of test.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/.+\\.dist\\.test\\.ts$' },
      to: {
        path: '^src/features/',
        pathNot: [
          '^src/features/$1/',
          '^src/features/links/build/site\\.ts$',
          '^src/features/links/data-files\\.ts$',
          '^src/features/theme/head-script\\.ts$',
        ],
      },
    },
    {
      name: 'chrome-imports-route',
      comment: 'Layouts and components never import a route.',
      severity: 'error',
      from: { path: CHROME },
      to: { path: PAGES },
    },
    {
      name: 'no-circular',
      comment: 'No module imports itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.astro', '.d.ts'],
    },
  },
};

import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier/flat'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import boundaries (see the style guide): data flows one way, JSON → data → domain → state → features.
const noUi = ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', '@tanstack/*']
const restrict = (patterns) => [
  'error',
  {
    patterns: patterns.map((group) =>
      group.regex ? { regex: group.regex, message: group.why } : { group: group.from, message: group.why },
    ),
  },
]
const noTesting = { from: ['**/testing/*'], why: 'testing/ is for tests only.' }
const exportsStayBelowFeatures = {
  from: ['../features/*', '../app/*', '../components/*'],
  why: 'export/ builds files from the domain, data, i18n and lib; features and the app use it, not the other way.',
}
const LAYER_RULES = [
  {
    files: ['src/domain/**/*.ts'],
    patterns: [
      { from: noUi, why: 'domain/ is plain TypeScript: no React, zustand, TanStack or recharts.' },
      {
        from: ['../data/*', '../state/*', '../features/*', '../components/*', '../app/*', '../lib/*'],
        why: 'domain/ imports nothing from the layers above it.',
      },
    ],
  },
  {
    files: ['src/data/**/*.ts'],
    patterns: [
      { from: ['react', 'react-dom', 'zustand', 'recharts'], why: 'data/ only validates and shapes the data.' },
      { from: ['../state/*', '../features/*', '../components/*', '../app/*'], why: 'data/ imports only domain/.' },
    ],
  },
  {
    files: ['src/components/**/*.tsx'],
    patterns: [
      {
        from: ['../state/view-store', '../state/derived', '../features/*', '../app/*'],
        why: 'components/ take props: no store, no features.',
      },
    ],
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    patterns: [
      { from: ['../../app/*'], why: 'Features do not import the app shell.' },
      // "../other-feature/x" from inside a feature folder.
      { regex: '^\\.\\./[^./]', why: 'A feature never imports another feature; move shared code down a layer.' },
    ],
  },
  {
    files: ['src/lib/**/*.ts'],
    patterns: [
      {
        from: ['**/features/*', '**/app/*', '**/state/*', '**/components/*', '**/data/*', '**/export/*'],
        why: 'lib/ holds generic helpers: no features, no app shell, no view store, no components, no data or exports.',
      },
    ],
  },
  {
    // Exports know the domain (citations, tables, the board as a file) and are shared by several features.
    files: ['src/export/**/*.ts'],
    ignores: ['src/export/use-*.ts'],
    patterns: [
      { from: noUi, why: 'An export builder is plain TypeScript; the hooks beside it meet React and the view.' },
      { from: ['../state/*'], why: 'An export builder takes the view as arguments; only its hooks read the store.' },
      exportsStayBelowFeatures,
    ],
  },
  {
    files: ['src/export/use-*.ts'],
    patterns: [exportsStayBelowFeatures],
  },
  { files: ['src/state/**/*.ts', 'src/app/**/*.{ts,tsx}'], patterns: [] },
]

export default defineConfig([
  globalIgnores(['dist', 'dist-single', 'coverage', 'test-results', 'playwright-report', 'bench/*.json']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },
  ...LAYER_RULES.map(({ files, ignores = [], patterns }) => ({
    files,
    ignores: [...ignores, 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'no-restricted-imports': restrict([...patterns, noTesting]) },
  })),
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/dates.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'domain/ takes dates as arguments; the clock is read in lib/today.ts.' },
      ],
    },
  },
  {
    // Plain scripts the page loads as they are, without a build step.
    files: ['public/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: globals.browser },
  },
  {
    // Plain JavaScript has no types, so the unsafe-* rules would flag every value; the promise rules still hold.
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  prettier,
])

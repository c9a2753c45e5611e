import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: ['node_modules', '.next', 'out', 'test-results', 'playwright-report', 'next-env.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Playwright fixtures take a `use` callback that is not React's `use` hook.
    files: ['e2e/**/*.ts', 'playwright.config.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The analyzer is pure: it runs in the browser, a worker, the CLI and the content check alike.
    files: ['lib/analyzer/**/*.ts'],
    // Node-only tools that still live here; they move to tools/ later (issue 19).
    ignores: [
      'lib/analyzer/**/*.test.ts',
      'lib/analyzer/bench/**',
      'lib/analyzer/conformance/**',
      'lib/analyzer/size/calibration/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'monaco-editor',
            '@monaco-editor/*',
            'node:*',
            'fs',
            'path',
            'next',
            'next/*',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'self', 'document', 'localStorage', 'fetch'].map((name) => ({
          name,
          message: `${name} is a browser API; the analyzer is pure, so the caller passes what it needs in.`,
        })),
        ...['process', 'Buffer'].map((name) => ({
          name,
          message: `${name} is a Node API; the analyzer is pure, so the caller passes what it needs in.`,
        })),
      ],
    },
  },
);

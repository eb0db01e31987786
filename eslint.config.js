// @ts-check
// Lint: typescript-eslint's and eslint-plugin-astro's recommended rules (neither has style
// rules; Prettier owns the layout). Content files are data, not code, and are not linted.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['content/', 'dist/', '.astro/', 'node_modules/', 'public/', 'screenshots/', 'coverage/', '.vscode/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value kept on purpose (a destructured field left out, a callback's unused position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  // Browser code, the components' inline scripts, and the scripts' functions handed to
  // Playwright's page.evaluate() run in a browser.
  {
    files: ['src/client/**', 'src/admin/**', '**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js', 'scripts/screenshots.mjs', 'scripts/bench/search.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

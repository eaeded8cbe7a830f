// ESLint for the project's own code (TypeScript in src/, scripts/ and tests/, and the config
// files). Astro components are type-checked by `astro check`; content is checked by
// `npm run check:content`. Formatting is Prettier's job (`npm run format:check`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'output/', '.snippets/', '.bench/', 'node_modules/', 'content/', 'public/', 'tests/fixtures/', 'test-results/', '.astro/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are mistakes, except a leading underscore that says "deliberately unused".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
);

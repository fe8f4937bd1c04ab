// ESLint: typescript-eslint's recommended rules, plus Lit's and web components' (templates and
// element lifecycles). Formatting is Prettier's job (npm run lint runs both).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'screenshots/',
      '.scratch/',
      'src/data/types.generated.ts',
      'custom-elements.json',
      'test/e2e/pages/',
      'demo/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The conversions run in the studio too (a browser page): nothing from Node, nothing from the command line.
    files: ['src/convert/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'src/convert and src/data run in browsers: no Node built-ins.' },
            { group: ['**/cli/**'], message: 'The command line imports the conversions, not the other way round.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/convert and src/data run in browsers.' },
        { name: 'Buffer', message: 'src/convert and src/data run in browsers.' },
      ],
    },
  },
  {
    // Imports run one way: the data module and the shared element parts serve the views, never
    // the reverse (each view's own code lives in its folder; on-demand modules are reached through
    // src/modules/, whose dynamic imports are the one way down).
    // src/problems (the problems' codes and their words per language) serves src/data and src/convert alike.
    files: ['src/data/**/*.ts', 'src/shared/**/*.ts', 'src/problems/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'src/data and src/shared run in browsers: no Node built-ins.' },
            {
              group: ['**/convert/**'],
              message: 'The conversions import the data module and the problem words, not the other way round.',
            },
            {
              group: ['**/cli/**', '**/studio/**'],
              message: 'The command line and the studio import the elements and data, not the other way round.',
            },
            {
              group: ['**/timeline/**', '**/matrix/**', '**/explainer/**'],
              message: "src/data and src/shared serve the views; a view's own code lives in its folder.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests poke at internals and build hostile inputs on purpose; chai's `expect(x).to.exist` is an expression.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', window: 'readonly', document: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import touchmap from './eslint-rules/index.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', 'fs', 'path'], paths: ['electron', 'fs', 'path'] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'electron', 'fs', 'path'], patterns: ['node:*', '@xyflow/react'] },
      ],
    },
  },
  // Every string a user sees comes from the catalogues (shared/i18n); see eslint-rules/no-user-literals.js.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { touchmap },
    rules: { 'touchmap/no-user-literals': ['error', { area: 'renderer' }] },
  },
  {
    files: ['electron/**/*.ts'],
    plugins: { touchmap },
    rules: { 'touchmap/no-user-literals': ['error', { area: 'main' }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

/**
 * Touchmap's own ESLint rules, loaded as a local plugin by eslint.config.js
 * (`touchmap/<rule>`). Tested in test/eslint-rules with ESLint's RuleTester.
 */
import noUserLiterals from './no-user-literals.js';

export default {
  meta: { name: 'eslint-plugin-touchmap' },
  rules: { 'no-user-literals': noUserLiterals },
};

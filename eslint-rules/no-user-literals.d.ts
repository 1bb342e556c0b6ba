import type { Rule } from 'eslint';

/** See no-user-literals.js for what the rule reports and its escape hatch. */
declare const rule: Rule.RuleModule;
export default rule;
export declare const RENDERER_PROPS: readonly string[];
export declare const RENDERER_KEYS: readonly string[];
export declare const RENDERER_DOM_PROPERTIES: readonly string[];
export declare const MAIN_KEYS: readonly string[];

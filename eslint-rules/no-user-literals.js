/**
 * touchmap/no-user-literals: a string a user can see or hear must come from the
 * catalogues (shared/i18n), never from a literal in the code.
 *
 * A literal counts as user text when it contains a letter in any script
 * (`\p{L}`): "Save", "保存". Strings with no letter pass ("×", "…", "1-4", ": ").
 * For a template literal, only its fixed parts are read ("{n} ×" passes,
 * "{n} steps" does not); a literal reached through `a ? 'x' : 'y'`, `a || 'x'`,
 * `'x' + a`, `${a ? 'x' : 'y'}` or `as` is read too. A call (`t('key')`) is
 * never read: its result is the catalogue's. A catalogue key kept in data
 * (`label: 'menu.cut'`, `actions.${id}`: dotted names without spaces) is not text.
 *
 * What is user text depends on the area (option `area`):
 *
 * renderer (renderer/**):
 *   - JSX text, and a literal placed as a JSX child (`{'Save'}`);
 *   - the value of the props in RENDERER_PROPS (accessible names and
 *     descriptions, title, placeholder, alt, label, and the app's own text props);
 *   - the value of the keys in RENDERER_KEYS in an object literal (option lists'
 *     `label:`, a result's `message:`, a new item's default `name:` or `title:`);
 *   - children of `createElement(type, props, ...children)` (JSX written out);
 *   - DOM text: `el.textContent = ...`, `innerText`, `title`, `placeholder`,
 *     `alt`, `label`, `ariaLabel` (so `document.title` too), and
 *     `el.setAttribute('aria-label', ...)` for the props above;
 *   - `alert(...)`, `confirm(...)`, `prompt(...)`;
 *   - an error's message (`new Error('...')`): the app shows caught messages
 *     ("The export failed: ...").
 *
 * main (electron/**):
 *   - the value of the keys in MAIN_KEYS in any object literal: menu items'
 *     `label`, native dialogs' `title`, `message`, `detail`, ..., and the
 *     `error` / `reason` of a failure the renderer shows. Keys rather than calls,
 *     because dialog options are often built in a variable before the call;
 *   - `buttons: [...]` entries, and the `name` of each `filters: [...]` entry
 *     (an entry held in a const is followed to its object);
 *   - both arguments of `dialog.showErrorBox(title, content)`;
 *   - an error's message: `new Error('...')`, `new LibraryError('...')`, any
 *     callee named `...Error`. Every IPC handler's failure reaches the user:
 *     a LibraryError's message verbatim, any other error's message inside
 *     "Something went wrong (...)" (electron/handlers.ts, electron/ipc.ts).
 *
 * The escape hatch is a reviewed comment with a reason, on the literal's line
 * or alone on the line above it:
 *   `title: 'Touchmap', // i18n-ignore: brand name`
 *   `{/* i18n-ignore: file format name *\/}`
 * An `i18n-ignore` without a reason, or one that suppresses nothing, is
 * reported, so stale or unexplained exceptions do not pile up.
 *
 * Not seen by the rule (review by hand): strings returned from functions or
 * kept in lookup tables (`{ ENOSPC: 'The disk is full.' }`) and then shown.
 */

/** Props whose value a user sees or hears (renderer). */
export const RENDERER_PROPS = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  // React Flow's accessible names (MiniMap, Controls).
  'ariaLabel',
  // The app's own components' text props (ToolbarButton, inspector fields).
  'text',
  'hint',
];

/** Object-literal keys holding user text (renderer): option lists, results, defaults. */
export const RENDERER_KEYS = [
  'label',
  'title',
  'message',
  // A new item's default name ("Stage 3"), a default file name.
  'name',
  'placeholder',
  'alt',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'ariaLabel',
];

/** DOM properties whose value a user sees or hears, when assigned (renderer). */
export const RENDERER_DOM_PROPERTIES = [
  'textContent',
  'innerText',
  'title',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
];

/** Object-literal keys holding user text (main): menus, native dialogs, failures shown to the user. */
export const MAIN_KEYS = [
  'label',
  'sublabel',
  'toolTip',
  'title',
  'message',
  'detail',
  'checkboxLabel',
  'buttonLabel',
  'nameFieldLabel',
  'error',
  'reason',
];

const LETTER = /\p{L}/u;
// JSX text is read raw: an entity's name is not a word ("&nbsp;", "&hellip;").
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/gi;
// A comment that starts with `i18n-ignore`; group 1 is the reason after the colon.
const IGNORE = /^\s*\*?\s*i18n-ignore\b(?:\s*:\s*(.*))?/s;

/** @param {string} text */
const hasLetter = (text) => LETTER.test(text);
// A catalogue key kept in data ('menu.cut', `actions.${id}`) is not text: dotted names, no spaces.
const CATALOGUE_KEY = /^[A-Za-z][\w-]*(?:\.[\w-]+)+$/;

/** @param {import('estree').Node | import('estree').Expression | null | undefined} node */
function keyName(node) {
  if (!node) return null;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return null;
}

/**
 * The literals whose text ends up in the value of `node` (see the file's comment).
 * @param {any} node
 * @returns {any[]}
 */
function textLeaves(node) {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && hasLetter(node.value) && !CATALOGUE_KEY.test(node.value) ? [node] : [];
    case 'TemplateLiteral': {
      const parts = node.quasis.map((q) => q.value.cooked ?? q.value.raw);
      const own = parts.some(hasLetter) && !CATALOGUE_KEY.test(parts.join('x')) ? [node] : [];
      return [...own, ...node.expressions.flatMap(textLeaves)];
    }
    case 'ConditionalExpression':
      return [...textLeaves(node.consequent), ...textLeaves(node.alternate)];
    case 'LogicalExpression':
      return [...textLeaves(node.left), ...textLeaves(node.right)];
    case 'BinaryExpression':
      return node.operator === '+' ? [...textLeaves(node.left), ...textLeaves(node.right)] : [];
    case 'JSXExpressionContainer':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'ChainExpression':
      return textLeaves(node.expression);
    case 'ArrayExpression':
      return node.elements.flatMap(textLeaves);
    default:
      return [];
  }
}

/**
 * The called function's own name: `f` for `f()`, `obj.f()` and `a.b.f()`.
 * @param {any} callee
 */
function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier')
    return callee.property.name;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbid user-visible string literals; user text comes from the shared/i18n catalogues.',
    },
    schema: [
      {
        type: 'object',
        properties: { area: { enum: ['renderer', 'main'] } },
        required: ['area'],
        additionalProperties: false,
      },
    ],
    messages: {
      jsxText: 'User-visible JSX text "{{text}}": take it from the catalogue (t(...)).',
      prop: 'User-visible literal in `{{name}}`: "{{text}}". Take it from the catalogue (t(...)).',
      key: 'User-visible literal in `{{name}}:`: "{{text}}". Take it from the catalogue (t(...)).',
      error: 'Error message "{{text}}" reaches the user: take it from the catalogue (t(...)).',
      call: 'User-visible literal passed to {{name}}(): "{{text}}". Take it from the catalogue (t(...)).',
      dom: 'User-visible literal assigned to `.{{name}}`: "{{text}}". Take it from the catalogue (t(...)).',
      noReason: '`i18n-ignore` needs a reason: `// i18n-ignore: <why this text is not translated>`.',
      unused: 'This `i18n-ignore` suppresses nothing here; remove it.',
    },
  },

  create(context) {
    const area = context.options[0]?.area ?? 'renderer';
    const { sourceCode } = context;
    const reported = new Set();

    // The i18n-ignore comments, by the lines each one covers.
    /** @type {Map<number, { comment: any, used: boolean }[]>} */
    const ignoresByLine = new Map();
    /** @type {{ comment: any, used: boolean }[]} */
    const ignores = [];
    for (const comment of sourceCode.getAllComments()) {
      const match = IGNORE.exec(comment.value);
      if (!match) continue;
      const reason = (match[1] ?? '').trim();
      if (!reason) {
        context.report({ loc: comment.loc, messageId: 'noReason' });
        continue;
      }
      const entry = { comment, used: false };
      ignores.push(entry);
      const lines = [];
      for (let line = comment.loc.start.line; line <= comment.loc.end.line; line++) lines.push(line);
      // Alone on its line (JSX: `{/* ... */}`): it also covers the next line.
      const before = sourceCode.lines[comment.loc.start.line - 1].slice(0, comment.loc.start.column).trim();
      if (before === '' || before === '{') lines.push(comment.loc.end.line + 1);
      for (const line of lines) ignoresByLine.set(line, [...(ignoresByLine.get(line) ?? []), entry]);
    }

    /** @param {{ line: number }} start */
    function ignored(start) {
      const found = ignoresByLine.get(start.line);
      if (!found) return false;
      for (const entry of found) entry.used = true;
      return true;
    }

    /** @param {string} text */
    const shown = (text) => {
      const flat = text.replace(/\s+/g, ' ').trim();
      return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
    };

    /** @param {any} node */
    const literalText = (node) =>
      node.type === 'TemplateLiteral'
        ? node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${…}')
        : String(node.value);

    /**
     * Report each literal reaching `value`.
     * @param {any} value
     * @param {string} messageId
     * @param {Record<string, string>} data
     */
    function check(value, messageId, data = {}) {
      for (const leaf of textLeaves(value)) {
        if (reported.has(leaf)) continue;
        reported.add(leaf);
        if (ignored(leaf.loc.start)) continue;
        context.report({ node: leaf, messageId, data: { ...data, text: shown(literalText(leaf)) } });
      }
    }

    /** The object a const identifier was initialised with, if any. */
    function constObject(identifier) {
      let scope = sourceCode.getScope(identifier);
      while (scope) {
        const variable = scope.set.get(identifier.name);
        if (variable) {
          const def = variable.defs[0];
          const init = def?.type === 'Variable' && def.parent.kind === 'const' ? def.node.init : null;
          return init?.type === 'ObjectExpression' ? init : null;
        }
        scope = scope.upper;
      }
      return null;
    }

    /** @param {any} object @param {string} name */
    function propertyValue(object, name) {
      const found = object.properties.find((p) => p.type === 'Property' && !p.computed && keyName(p.key) === name);
      return found?.value ?? null;
    }

    /** @param {any} node */
    function checkError(node) {
      const callee = node.callee;
      const name = callee.type === 'Identifier' ? callee.name : null;
      if (name && /Error$/.test(name) && node.arguments[0]) check(node.arguments[0], 'error');
    }

    const listeners = {
      NewExpression: checkError,
      'Program:exit'() {
        for (const entry of ignores) if (!entry.used) context.report({ loc: entry.comment.loc, messageId: 'unused' });
      },
    };

    if (area === 'renderer') {
      const props = new Set(RENDERER_PROPS);
      const keys = new Set(RENDERER_KEYS);
      const domProperties = new Set(RENDERER_DOM_PROPERTIES);
      return {
        ...listeners,
        CallExpression(node) {
          checkError(node);
          const name = calleeName(node.callee);
          if (name === 'createElement') for (const child of node.arguments.slice(2)) check(child, 'jsxText');
          else if (name === 'alert' || name === 'confirm' || name === 'prompt')
            check(node.arguments[0], 'call', { name });
          else if (name === 'setAttribute') {
            const attribute = node.arguments[0];
            if (attribute?.type === 'Literal' && props.has(String(attribute.value)))
              check(node.arguments[1], 'prop', { name: String(attribute.value) });
          }
        },
        JSXText(node) {
          const text = node.value.replace(ENTITY, ' ');
          if (!hasLetter(text)) return;
          if (reported.has(node)) return;
          reported.add(node);
          const offset = node.range[0] + node.value.search(/\S/);
          const start = sourceCode.getLocFromIndex(offset);
          if (ignored(start)) return;
          const end = sourceCode.getLocFromIndex(node.range[0] + node.value.trimEnd().length);
          context.report({ loc: { start, end }, messageId: 'jsxText', data: { text: shown(text) } });
        },
        JSXExpressionContainer(node) {
          if (node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment') check(node, 'jsxText');
        },
        JSXAttribute(node) {
          const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
          if (name && props.has(name)) check(node.value, 'prop', { name });
        },
        Property(node) {
          const name = node.computed ? null : keyName(node.key);
          if (node.parent.type === 'ObjectExpression' && name && keys.has(name)) check(node.value, 'key', { name });
        },
        AssignmentExpression(node) {
          const left = node.left;
          if (left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier') return;
          const name = left.property.name;
          if (domProperties.has(name)) check(node.right, 'dom', { name });
        },
      };
    }

    const keys = new Set(MAIN_KEYS);
    return {
      ...listeners,
      CallExpression(node) {
        checkError(node);
        const name = calleeName(node.callee);
        if (name === 'showErrorBox') for (const arg of node.arguments.slice(0, 2)) check(arg, 'call', { name });
      },
      Property(node) {
        if (node.parent.type !== 'ObjectExpression' || node.computed) return;
        const name = keyName(node.key);
        if (!name) return;
        if (keys.has(name)) check(node.value, 'key', { name });
        else if (name === 'buttons') check(node.value, 'key', { name });
        else if (name === 'filters' && node.value.type === 'ArrayExpression') {
          for (const entry of node.value.elements) {
            const object =
              entry?.type === 'ObjectExpression' ? entry : entry?.type === 'Identifier' ? constObject(entry) : null;
            if (object) check(propertyValue(object, 'name'), 'key', { name: 'filters[].name' });
          }
        }
      },
    };
  },
};

export default rule;

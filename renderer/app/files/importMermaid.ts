/**
 * File > Import Mermaid journey: the renderer picks a text file, reads it and
 * turns its Mermaid `journey` diagram into a project; main receives that project
 * as `.touchmap` text and checks it like any imported file before it joins the library.
 * Errors and warnings name their line in the file notice; a rejected file creates nothing.
 *
 * The file is picked with an `<input type="file">`, which works in the sandboxed
 * renderer without any new channel. Chromium opens its picker only during a user
 * gesture: a button click or key press has one, a command from the native menu does
 * not, so the menu path first shows a small prompt whose button the user presses.
 */
import { createElement, Fragment, useEffect, useRef } from 'react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { problemText } from '../../../shared/formats/problems';
import type { FileProblem } from '../../../shared/formats/problems';
import { serializeProject } from '../../../shared/formats/touchmapFile';
import { TOUCHMAP_EXTENSION } from '../../../shared/ipc';
import { api } from '../../api';
import i18n from '../../i18n';
import { flushSave } from '../../state/autosave';
import { useDocument } from '../../state/documentStore';
import { newId } from '../../state/ids';
import { flushJournal } from '../../state/journal';
import { message } from '../../state/notify';
import { formatMegabytes } from '../size';
import { importDroppedFile } from './flows';
import { fileNotice } from './notice';

/** What the picker offers: Mermaid files, Markdown with a mermaid block, plain text. */
export const MERMAID_ACCEPT = '.mmd,.md,.txt,.mermaid';
/** Largest file read for import: a journey with the most steps a project holds is far smaller. */
export const MAX_MERMAID_BYTES = 5 * 1024 * 1024;

const notice = () => fileNotice;

/** The file's name without its extension: the project's name when the diagram has no title. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim();
}

const FENCE = /^\s*(`{3,}|~{3,})\s*mermaid\s*$/i;

/**
 * The Mermaid text in a file. A Markdown file keeps its diagrams in ```` ```mermaid ```` blocks:
 * the first block holding a `journey` is kept (else the first block, so the parser says what
 * it found) and every other line is blanked, so line numbers still count from the file's top.
 * Text without such a block is returned as it is.
 *
 * @example
 * mermaidSourceOf('# Notes\n```mermaid\njourney\n  section A\n```') // '\n\njourney\n  section A\n'
 */
export function mermaidSourceOf(text: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  const blocks: { from: number; to: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    let end = i + 1;
    // A block ends at a fence of the same character, at least as long; an unclosed one runs to the end.
    while (end < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[end])) end++;
    blocks.push({ from: i + 1, to: end });
    i = end;
  }
  if (blocks.length === 0) return text;
  const isJourney = (b: { from: number; to: number }) =>
    lines.slice(b.from, b.to).some((line) => /^\s*journey\b/.test(line));
  const chosen = blocks.find(isJourney) ?? blocks[0];
  return lines.map((line, i) => (i >= chosen.from && i < chosen.to ? line : '')).join('\n');
}

/**
 * One of the reader's problems in the UI language, with its line first when it has one.
 *
 * @example mermaidProblemText({ line: 3, code: 'reader.mermaid.noScore', params: { name: 'Pay' } })
 * // 'Line 3: task "Pay" has no score; it is imported without an emotion.'
 */
export function mermaidProblemText(problem: FileProblem & { line?: number }): string {
  const text = problemText(problem, i18n.t);
  return problem.line === undefined ? text : i18n.t('mermaid.line', { line: problem.line, message: text });
}

/** Before another project replaces the open one, what is unsaved goes to disk (or at least to the journal). */
async function settleOpenDocument(): Promise<void> {
  if (!useDocument.getState().project) return;
  await flushSave();
  await flushJournal();
}

/**
 * Import one Mermaid file as a new library project and open it. Refusals and parse errors
 * (each with its line) go to the file notice and change nothing; normalisations the import
 * made (a missing score, a score out of range) are listed there after the project opens.
 * A `.touchmap` file picked here is imported as the project it is.
 * @returns whether a project was created and opened
 */
export async function importMermaidFile(file: File, now: Date = new Date()): Promise<boolean> {
  notice().clear();
  if (file.name.toLowerCase().endsWith(TOUCHMAP_EXTENSION)) return importDroppedFile(file);
  if (file.size > MAX_MERMAID_BYTES) {
    notice().show(
      message('mermaid.tooLarge', {
        name: file.name,
        size: formatMegabytes(file.size),
        limit: formatMegabytes(MAX_MERMAID_BYTES),
      }),
    );
    return false;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    notice().show(message('mermaid.notUtf8', { name: file.name }));
    return false;
  }
  const base = baseName(file.name).slice(0, 150);
  // The Mermaid parser loads on first use: the home screen does not need it.
  const { importMermaidJourney } = await import('../../../shared/formats/mermaid');
  const result = importMermaidJourney(mermaidSourceOf(text), {
    id: newId('project'),
    name: base || i18n.t('mermaid.untitled'),
    now: now.toISOString(),
    // Stages the diagram leaves unnamed are named in the UI language (the project's text from then on).
    stageNames: {
      unsectioned: i18n.t('reader.names.unsectioned'),
      numbered: (n: number) => i18n.t('reader.names.numbered', { n }),
    },
  });
  if (!result.ok) {
    // The parser reports codes; each is put in words, on its line, in the UI language.
    const lines = result.errors.map(mermaidProblemText);
    notice().show(message('mermaid.failed', { name: file.name, lines: lines.join('\n') }));
    return false;
  }
  await settleOpenDocument();
  const stored = await api().importFile({
    name: `${base || i18n.t('mermaid.fileName')}${TOUCHMAP_EXTENSION}`,
    content: serializeProject(result.project),
  });
  if (!stored.ok) {
    notice().show(stored.error);
    return false;
  }
  useDocument.getState().open(stored.value);
  if (result.warnings.length > 0) {
    notice().show(
      message('mermaid.changed', {
        project: stored.value.name,
        name: file.name,
        count: result.warnings.length,
        lines: result.warnings.map(mermaidProblemText).join('\n'),
      }),
    );
  }
  return true;
}

/** Whether the picker may open now (a recent click or key press); browsers without the API are trusted. */
function hasUserGesture(): boolean {
  return (navigator as Partial<Navigator>).userActivation?.isActive ?? true;
}

interface PromptState {
  /** The "Choose file…" prompt is showing (the command came without a user gesture). */
  asking: boolean;
}

export const useMermaidPrompt = create<PromptState>()(() => ({ asking: false }));

/** The input of the mounted {@link MermaidImport}, or null when none is mounted. */
let mountedInput: HTMLInputElement | null = null;
let spareInput: HTMLInputElement | null = null;

function onPicked(input: HTMLInputElement): void {
  const file = input.files?.[0];
  // Cleared so that picking the same file again (after fixing it) still fires `change`.
  input.value = '';
  if (file) void importMermaidFile(file);
}

/** A detached input, for when no MermaidImport is mounted: works while a user gesture is active. */
function detachedInput(): HTMLInputElement {
  if (spareInput) return spareInput;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = MERMAID_ACCEPT;
  input.addEventListener('change', () => onPicked(input));
  spareInput = input;
  return input;
}

/**
 * Start an import: open the file picker now if the browser allows it, else show the prompt
 * (mounted by {@link MermaidImport}) whose button opens it. The registry's `import-mermaid`
 * action and the home screen's button call this.
 */
export function chooseMermaidFile(): void {
  if (hasUserGesture()) {
    useMermaidPrompt.setState({ asking: false });
    (mountedInput ?? detachedInput()).click();
  } else if (mountedInput) {
    useMermaidPrompt.setState({ asking: true });
  } else {
    notice().show(message('mermaid.useHome', { action: i18n.t('actions.import-mermaid') }));
  }
}

/**
 * The hidden file input and the prompt used when a command arrives without a user gesture
 * (the native menu). Mounted once, by the app, for every screen.
 */
export function MermaidImport(): ReactElement {
  const { t } = useTranslation();
  const asking = useMermaidPrompt((s) => s.asking);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const mine = input.current;
    mountedInput = mine;
    return () => {
      if (mountedInput === mine) mountedInput = null;
      useMermaidPrompt.setState({ asking: false });
    };
  }, []);

  const cancel = () => useMermaidPrompt.setState({ asking: false });
  const prompt = createElement(
    'div',
    { className: 'dialog-backdrop' },
    createElement(
      'div',
      {
        role: 'dialog',
        'aria-modal': true,
        'aria-label': t('mermaid.title'),
        className: 'dialog',
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Escape') cancel();
        },
      },
      createElement('h2', null, t('mermaid.title')),
      createElement('p', null, t('mermaid.prompt')),
      createElement(
        'div',
        { className: 'form-actions' },
        createElement(
          'button',
          { type: 'button', className: 'primary', autoFocus: true, onClick: () => chooseMermaidFile() },
          t('mermaid.choose'),
        ),
        createElement('button', { type: 'button', onClick: cancel }, t('mermaid.cancel')),
      ),
    ),
  );

  return createElement(
    Fragment,
    null,
    createElement('input', {
      ref: input,
      type: 'file',
      accept: MERMAID_ACCEPT,
      hidden: true,
      tabIndex: -1,
      'aria-label': t('mermaid.fileInput'),
      'data-testid': 'mermaid-file-input',
      onChange: (e: { currentTarget: HTMLInputElement }) => onPicked(e.currentTarget),
    }),
    asking ? prompt : null,
  );
}

import { useEffect, useRef, useState } from 'react';
import { exportDefaultsOf } from './remember';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '../../shared/i18n/languages';
import { formatNumber } from '../../shared/i18n/format';
import { EXPORT_LANGUAGE_CHOICES, type ExportLanguageChoice } from '../../shared/ipc';
import { useLanguage } from '../i18n';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { usePersonaId } from '../state/filters';
import { Modal } from '../app/Modal';
import { useUi } from '../state/uiStore';
import {
  COMMENT_KINDS,
  COMPARISON_KINDS,
  EXPORT_KINDS,
  IMAGE_KINDS,
  formatNameKeys,
  type ExportChoices,
  type ExportKind,
} from './choices';
import { PAGE_PRESETS, type PagePreset } from '../../shared/formats/drawing/pages';
import { journeyRows, shownRows } from '../../shared/model/rows';
import type { Project, RowKind } from '../../shared/model';
import './exportDialog.css';
import { useExport } from './exportStore';
import { statesOf } from '../editor/states/statesStore';
import { loadBuilder, runExport } from './runExport';

type Builder = Awaited<ReturnType<typeof loadBuilder>>;

const isLanguageChoice = (value: string): value is ExportLanguageChoice =>
  (EXPORT_LANGUAGE_CHOICES as readonly string[]).includes(value);

/** Load the remembered choices once per session. */
let loaded = false;
async function loadDefaults() {
  if (loaded) return;
  loaded = true;
  const s = await api().getSettings();
  if (s.ok) {
    const saved = s.value.exportDefaults;
    useExport.getState().setChoices({
      ...saved,
      language: saved.language ?? 'ui',
      insightsPage: saved.insightsPage ?? false,
      theme: saved.theme ?? 'light',
      frame: saved.frame ?? 'map',
      includeComments: saved.includeComments ?? false,
    });
  }
}

function remember(choices: ExportChoices) {
  void api().setSettings({ settings: { exportDefaults: exportDefaultsOf(choices) } });
}

type StateList = ReturnType<typeof statesOf>;

/**
 * The comparison of two journey states chosen (format 4), or null: only with two states or
 * more and a format the report is written in (Markdown, HTML).
 */
function comparing(project: Project, choices: ExportChoices): { a: string; b: string } | null {
  const c = choices.comparison;
  if (!c || !COMPARISON_KINDS.includes(choices.format)) return null;
  const ids = new Set(statesOf(project).map((s) => s.id));
  return ids.size > 1 && ids.has(c.a) && ids.has(c.b) ? c : null;
}

/** What is exported when the project has more than one journey state: a journey map, or the comparison report. */
function ComparisonContent({
  states,
  choices,
  set,
}: {
  states: StateList;
  choices: ExportChoices;
  set: (c: Partial<ExportChoices>) => void;
}) {
  const { t } = useTranslation();
  const on = choices.comparison != null && COMPARISON_KINDS.includes(choices.format);
  return (
    <label className="field">
      {t('states.export.content')}
      <select
        autoFocus
        value={on ? 'comparison' : 'journey'}
        onChange={(e) => {
          if (e.target.value !== 'comparison') return set({ comparison: null });
          // As the compare view starts: the state before the one being edited, against it.
          const at = Math.max(
            0,
            states.findIndex((s) => s.active),
          );
          const a = states[at === 0 ? 1 : at - 1].id;
          set({
            comparison: { a, b: states[at].id },
            format: COMPARISON_KINDS.includes(choices.format) ? choices.format : 'md',
          });
        }}
      >
        <option value="journey">{t('states.export.contentJourney')}</option>
        <option value="comparison">{t('states.export.contentComparison')}</option>
      </select>
    </label>
  );
}

/** The two states the comparison report sets side by side. */
function ComparisonStates({
  states,
  comparison,
  set,
}: {
  states: StateList;
  comparison: { a: string; b: string };
  set: (c: Partial<ExportChoices>) => void;
}) {
  const { t } = useTranslation();
  const pick = (which: 'a' | 'b') => (
    <label className="field">
      {t(which === 'a' ? 'states.compare.before' : 'states.compare.after')}
      <select
        value={comparison[which]}
        onChange={(e) => set({ comparison: { ...comparison, [which]: e.target.value } })}
      >
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {pick('a')}
      {pick('b')}
      <p className="muted">{t('states.export.comparisonHint')}</p>
    </>
  );
}

/** The rows chosen for the export, in the project's row order. */
function chosenRows(project: Project, choices: ExportChoices): RowKind[] {
  return choices.rows ?? shownRows(project);
}

/** How long the dialog waits after the last change before drawing the thumbnail again. */
const THUMBNAIL_DEBOUNCE_MS = 250;

/**
 * The live thumbnail: the same drawing the export writes (for a PDF its first page), drawn
 * small from an SVG blob; redrawn a moment after the choices change.
 */
function ExportThumbnail({
  project,
  choices,
  context,
}: {
  project: Project;
  choices: ExportChoices;
  context: Omit<Parameters<Builder['thumbnail']>[2], 'uiLanguage'> & { uiLanguage: ReturnType<typeof useLanguage> };
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ url: string; pages: number; scale: number; tiled: boolean } | null>(null);
  const urlRef = useRef<string | null>(null);
  const { selection, lens, lensSense, uiLanguage, persona } = context;
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void loadBuilder()
        .then(({ thumbnail }) => {
          if (!current) return;
          const thumb = thumbnail(project, choices, { selection, lens, lensSense, uiLanguage, persona });
          if (!thumb) return setShown(null);
          const url = URL.createObjectURL(new Blob([thumb.svg], { type: 'image/svg+xml' }));
          if (urlRef.current) URL.revokeObjectURL(urlRef.current);
          urlRef.current = url;
          const tiled = choices.format === 'pdf' && thumb.pages - (choices.insightsPage ? 1 : 0) > 1;
          setShown({ url, pages: thumb.pages, scale: thumb.scale, tiled });
        })
        .catch(() => {
          if (current) setShown(null);
        });
    }, THUMBNAIL_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [project, choices, selection, lens, lensSense, uiLanguage, persona]);
  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );
  return (
    <figure className="export-thumbnail">
      {shown ? (
        <img src={shown.url} alt={t('deliverable.dialog.preview')} />
      ) : (
        <div className="export-thumbnail-pending" role="status">
          {t('deliverable.dialog.previewPending')}
        </div>
      )}
      {shown && choices.format === 'pdf' && (
        <figcaption role="status">
          {t('deliverable.dialog.pageCount', { count: shown.pages })}
          {shown.tiled &&
            ` · ${t('deliverable.dialog.tiledNote', {
              percent: formatNumber(uiLanguage, shown.scale, { style: 'percent', maximumFractionDigits: 0 }),
              points: formatNumber(uiLanguage, 13 * shown.scale, { maximumFractionDigits: 1 }),
            })}`}
        </figcaption>
      )}
    </figure>
  );
}

/**
 * The export dialog: format, the file's language (the app's by default), scale, scope, background,
 * title/legend/date, paper; remembers the last choices.
 */
export function ExportDialog() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const open = useUi((s) => s.exportOpen);
  const choices = useExport((s) => s.choices);
  const project = useDocument((s) => s.project);
  const selection = useDocument((s) => s.selection.stepIds);
  const lens = useDocument((s) => s.lens);
  const lensSense = useDocument((s) => s.lensSense);
  const persona = usePersonaId();

  useEffect(() => {
    if (open) void loadDefaults();
  }, [open]);

  const isImage = IMAGE_KINDS.includes(choices.format);
  // The PNG's pixel size comes from the drawing, which loads with the export builder on first use.
  const [preview, setPreview] = useState<ReturnType<Builder['previewSize']> | null>(null);
  useEffect(() => {
    if (!open || !project || choices.format !== 'png') {
      setPreview(null);
      return;
    }
    let current = true;
    void loadBuilder()
      .then(({ previewSize }) => {
        if (current) setPreview(previewSize(project, choices, { selection, lens, lensSense, uiLanguage, persona }));
      })
      .catch(() => {
        if (current) setPreview(null);
      });
    return () => {
      current = false;
    };
  }, [open, project, choices, selection, lens, lensSense, uiLanguage, persona]);

  if (!open || !project) return null;
  const rows = chosenRows(project, choices);
  // The journey state exported (format 4): offered when the project has more than one.
  const states = statesOf(project);
  const stateId = states.some((s) => s.id === choices.state) ? choices.state : null;
  const close = () => useUi.getState().setExportOpen(false);
  const set = (c: Partial<ExportChoices>) => useExport.getState().setChoices(c);
  const comparison = comparing(project, choices);
  const start = () => {
    remember(choices);
    close();
    void runExport({ ...choices, rows, state: stateId, comparison });
  };

  return (
    <Modal label={t('exportDialog.title')} onClose={close} className="export-dialog-box">
      <form
        className="export-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <h2>{t('exportDialog.title')}</h2>
        <div className="export-dialog-columns">
          <div className="export-dialog-controls">
            {states.length > 1 && <ComparisonContent states={states} choices={choices} set={set} />}
            <label className="field">
              {t('exportDialog.format')}
              <select
                autoFocus={states.length < 2}
                value={choices.format}
                onChange={(e) => set({ format: e.target.value as ExportKind })}
              >
                {(comparison ? COMPARISON_KINDS : EXPORT_KINDS).map((k) => (
                  <option key={k} value={k}>
                    {comparison
                      ? t(k === 'html' ? 'states.export.formatHtml' : 'states.export.formatMd')
                      : k === 'pdf'
                        ? t('deliverable.dialog.formatPdf')
                        : t(formatNameKeys(k).option)}
                  </option>
                ))}
              </select>
            </label>
            {comparison && <ComparisonStates states={states} comparison={comparison} set={set} />}
            {states.length > 1 && !comparison && (
              <label className="field">
                {t('states.export.state')}
                <select
                  value={stateId ?? states.find((s) => s.active)!.id}
                  onChange={(e) => set({ state: e.target.value })}
                >
                  {states.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="field">
              {t('exportDialog.language')}
              <select
                value={choices.language}
                onChange={(e) => {
                  if (isLanguageChoice(e.target.value)) set({ language: e.target.value });
                }}
              >
                <option value="ui">
                  {t('exportDialog.languageFollowsApp', { language: LANGUAGE_NAMES[uiLanguage] })}
                </option>
                {LANGUAGES.map((lang) => (
                  <option key={lang} value={lang} lang={lang}>
                    {LANGUAGE_NAMES[lang]}
                  </option>
                ))}
              </select>
            </label>
            {choices.format === 'png' && (
              <label className="field">
                {t('exportDialog.scale')}
                <select value={choices.scale} onChange={(e) => set({ scale: Number(e.target.value) })}>
                  {[1, 2, 3, 4].map((s) => (
                    <option key={s} value={s}>
                      {t('exportDialog.scaleOption', { scale: formatNumber(uiLanguage, s) })}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {isImage && (
              <label className="field">
                {t('deliverable.dialog.page')}
                <select
                  value={choices.format === 'pdf' ? choices.paper : choices.frame}
                  onChange={(e) =>
                    set(
                      choices.format === 'pdf'
                        ? { paper: e.target.value as PagePreset }
                        : { frame: e.target.value as PagePreset },
                    )
                  }
                >
                  {PAGE_PRESETS.map((p) => (
                    <option key={p} value={p}>
                      {t(`deliverable.dialog.pages.${p}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {isImage && (
              <>
                <fieldset>
                  <legend>{t('exportDialog.what')}</legend>
                  <label>
                    <input
                      type="radio"
                      name="scope"
                      checked={choices.scope === 'all'}
                      onChange={() => set({ scope: 'all' })}
                    />{' '}
                    {t('exportDialog.wholeMap')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="scope"
                      checked={choices.scope === 'selection'}
                      disabled={selection.length === 0}
                      onChange={() => set({ scope: 'selection' })}
                    />{' '}
                    {t('exportDialog.selection', { count: selection.length })}
                  </label>
                </fieldset>
                {choices.format !== 'pdf' && (
                  <label className="field">
                    {t('exportDialog.background')}
                    <select
                      value={choices.background}
                      onChange={(e) => set({ background: e.target.value as 'white' | 'transparent' })}
                    >
                      <option value="white">{t('exportDialog.backgrounds.white')}</option>
                      <option value="transparent">{t('exportDialog.backgrounds.transparent')}</option>
                    </select>
                  </label>
                )}
                <label>
                  <input
                    type="checkbox"
                    checked={choices.includeTitle}
                    onChange={(e) => set({ includeTitle: e.target.checked })}
                  />{' '}
                  {t('exportDialog.includeTitle')}
                </label>
                <label>
                  <input
                    type="checkbox"
                    checked={choices.includeLegend}
                    onChange={(e) => set({ includeLegend: e.target.checked })}
                  />{' '}
                  {t('exportDialog.includeLegend')}
                </label>
                <label>
                  <input
                    type="checkbox"
                    checked={choices.includeDate}
                    onChange={(e) => set({ includeDate: e.target.checked })}
                  />{' '}
                  {t('exportDialog.includeDate')}
                </label>
                {choices.format === 'pdf' && (
                  <label>
                    <input
                      type="checkbox"
                      checked={choices.insightsPage}
                      onChange={(e) => set({ insightsPage: e.target.checked })}
                    />{' '}
                    {t('deliverable.dialog.insightsPage')}
                  </label>
                )}
                <label className="field">
                  {t('deliverable.dialog.theme')}
                  <select value={choices.theme} onChange={(e) => set({ theme: e.target.value as 'light' | 'dark' })}>
                    <option value="light">{t('deliverable.dialog.themes.light')}</option>
                    <option value="dark">{t('deliverable.dialog.themes.dark')}</option>
                  </select>
                </label>
                <fieldset className="export-rows">
                  <legend>{t('deliverable.dialog.rows')}</legend>
                  {journeyRows(project).map(({ kind }) => (
                    <label key={kind}>
                      <input
                        type="checkbox"
                        checked={rows.includes(kind)}
                        onChange={(e) => {
                          const wanted = new Set(rows);
                          if (e.target.checked) wanted.add(kind);
                          else wanted.delete(kind);
                          set({
                            rows: journeyRows(project)
                              .map((r) => r.kind)
                              .filter((k) => wanted.has(k)),
                          });
                        }}
                      />{' '}
                      {t(`rows.names.${kind}`)}
                    </label>
                  ))}
                </fieldset>
              </>
            )}
            {!comparison && COMMENT_KINDS.includes(choices.format) && (
              <label>
                <input
                  type="checkbox"
                  checked={choices.includeComments}
                  onChange={(e) => set({ includeComments: e.target.checked })}
                />{' '}
                {t('comments.export.include')}
              </label>
            )}
            {preview && (
              <p role="status" aria-label={t('exportDialog.imageSize')} className="muted">
                {t('exportDialog.pixelSize', {
                  width: formatNumber(uiLanguage, preview.pixelWidth, { useGrouping: false }),
                  height: formatNumber(uiLanguage, preview.pixelHeight, { useGrouping: false }),
                })}
                {preview.warning ? ` — ${preview.warning}` : ''}
              </p>
            )}
          </div>
          {isImage && (
            <ExportThumbnail
              project={project}
              choices={{ ...choices, rows }}
              context={{ selection, lens, lensSense, uiLanguage, persona }}
            />
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('exportDialog.submit')}
          </button>
          <button type="button" onClick={close}>
            {t('exportDialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Progress and outcome of the last export, shown in the toolbar area; the app stays usable meanwhile. */
export function ExportStatus() {
  const { t } = useTranslation();
  const running = useExport((s) => s.running);
  const result = useExport((s) => s.result);
  if (running)
    return (
      <div className="export-status" role="status" aria-label={t('exportStatus.progressLabel')}>
        <span className="spinner" aria-hidden="true" /> {running}
      </div>
    );
  if (!result) return null;
  return (
    <div
      className={`export-status ${result.ok ? 'ok' : 'failed'}`}
      role={result.ok ? 'status' : 'alert'}
      aria-label={t('exportStatus.resultLabel')}
    >
      {result.message}
      {result.warnings.map((w) => (
        <div key={w} className="warning">
          ⚠ {w}
        </div>
      ))}
      <button type="button" aria-label={t('exportStatus.dismiss')} onClick={() => useExport.getState().setResult(null)}>
        ×
      </button>
    </div>
  );
}

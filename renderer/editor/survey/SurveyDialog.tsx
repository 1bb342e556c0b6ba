/**
 * Journey > Import survey: pick a CSV or .xlsx file, see and correct the mapping (columns to
 * statements' expectation and perception, statement to dimension and contact moments, reverse
 * scoring), see the results per dimension, and apply them to the mapped moments as one undo
 * step. A bad file shows its problems by row and column and changes nothing.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { create } from 'zustand';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { ServqualDimension, Survey, SurveyMapping } from '../../../shared/model/types';
import { formatNumber } from '../../../shared/i18n/format';
import { scoreScaleOf } from '../../../shared/lens';
import {
  columnLetters,
  computeSurvey,
  guessMapping,
  importanceWeights,
  makeSurvey,
  projectScale,
  type SurveyProblem,
  type SurveyTable,
} from '../../../shared/survey';
import { Modal } from '../../app/Modal';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { newId } from '../../state/ids';
import { dimensionName } from '../inspector/options';
import { gapText, meanText, SurveyDimensionTable } from './DimensionTable';
import { MAX_SURVEY_BYTES, readSurveyFile, SURVEY_ACCEPT } from './readSurveyFile';
import './survey.css';

export const useSurveyDialog = create<{ open: boolean }>()(() => ({ open: false }));
export const openSurveyDialog = () => useSurveyDialog.setState({ open: true });

/** One problem in words: with its row, column letter and header first when it has them. */
export function problemText(t: TFunction, p: SurveyProblem): string {
  const key = `survey.problems.${p.kind}`;
  if (p.kind === 'notANumber' || p.kind === 'outOfScale' || p.kind === 'cellTooLong') {
    return t('survey.where', {
      row: p.row,
      column: columnLetters(p.column),
      header: p.header,
      message: t(key, p),
    });
  }
  if ('column' in p) return t(key, { ...p, column: columnLetters(p.column) });
  return t(key, p);
}

interface Loaded {
  fileName: string;
  table: SurveyTable;
  mapping: SurveyMapping;
}

export function SurveyDialog() {
  const open = useSurveyDialog((s) => s.open);
  if (!open) return null;
  return <SurveyDialogBody />;
}

function SurveyDialogBody() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const project = useDocument((s) => s.project);
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [useImportance, setUseImportance] = useState(false);
  const close = () => useSurveyDialog.setState({ open: false });
  const scale = project ? projectScale(project) : 7;
  const moments = useMemo(() => (project?.steps ?? []).filter((s) => s.moment), [project]);

  const pick = async (file: File) => {
    setReading(file.name);
    setProblems(null);
    const read = await readSurveyFile(file);
    setReading(null);
    if (!read.ok) {
      setLoaded(null);
      if ('tooLarge' in read) {
        setProblems([
          t('survey.tooLargeFile', {
            size: `${formatNumber(lng, file.size / 2 ** 20, { maximumFractionDigits: 1 })} MB`,
            limit: `${formatNumber(lng, MAX_SURVEY_BYTES / 2 ** 20)} MB`,
          }),
        ]);
      } else if ('unreadable' in read) setProblems([t('survey.unreadable')]);
      else setProblems(read.problems.map((p) => problemText(t, p)));
      return;
    }
    const mapping = guessMapping(read.table);
    // A corrected file keeps the mapping made for the previous one where its columns are still there.
    if (loaded && loaded.mapping.layout === mapping.layout) {
      const kept = loaded.mapping.statements.filter(
        (s) =>
          mapping.layout === 'statements' ||
          ((s.expectation === null || read.table.headers.includes(s.expectation)) &&
            (s.perception === null || read.table.headers.includes(s.perception))),
      );
      if (kept.length === loaded.mapping.statements.length && kept.length === mapping.statements.length) {
        mapping.statements = kept;
      }
    }
    setLoaded({ fileName: file.name, table: read.table, mapping });
  };

  const survey: Survey | null = useMemo(
    () =>
      loaded && project
        ? makeSurvey(loaded.table, loaded.mapping, {
            id: 'preview',
            name: loaded.fileName.replace(/\.[^.]+$/, '').slice(0, 200),
            fileName: loaded.fileName.slice(0, 200),
            importedAt: new Date().toISOString(),
            scale,
          })
        : null,
    [loaded, project, scale],
  );
  const computed = useMemo(
    () => (survey && project ? computeSurvey(survey, project.servqualWeights) : null),
    [survey, project],
  );
  const shownProblems = problems ?? (computed && !computed.ok ? computed.problems.map((p) => problemText(t, p)) : null);
  const result = computed?.ok ? computed.result : null;
  const weights = result ? importanceWeights(result) : null;
  const mapped = loaded?.mapping.statements.some((s) => s.stepIds.length > 0) ?? false;

  const update = (index: number, change: Partial<SurveyMapping['statements'][number]>) => {
    if (!loaded) return;
    const statements = loaded.mapping.statements.map((s, i) => (i === index ? { ...s, ...change } : s));
    setLoaded({ ...loaded, mapping: { ...loaded.mapping, statements } });
  };

  const apply = () => {
    if (!survey || !result || !project) return;
    const kept: Survey = { ...survey, id: newId('survey') };
    const r = useDocument
      .getState()
      .dispatch({ type: 'applySurvey', survey: kept, useImportanceWeights: Boolean(weights && useImportance) });
    if (r) close();
  };

  const fmt = (n: number | null) => meanText(lng, n);
  /** A count in the UI language (1,000 / 1 000 / 1000). */
  const count = (n: number) => formatNumber(lng, n);
  const reversed = result ? result.statements.filter((s) => s.reversed).length : 0;
  const signed = (n: number | null) => gapText(lng, n);
  const headers = loaded?.table.headers ?? [];

  return (
    <Modal label={t('survey.title')} onClose={close} backdropCloses={false} className="survey-dialog">
      <h2>{t('survey.title')}</h2>
      <p className="survey-intro">{t('survey.intro')}</p>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept={SURVEY_ACCEPT}
        aria-label={t('survey.fileInput')}
        data-testid="survey-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void pick(file);
        }}
      />
      <div className="form-actions survey-file">
        <button type="button" autoFocus onClick={() => input.current?.click()}>
          {t('survey.choose')}
        </button>
        {loaded ? <span>{t('survey.file', { name: loaded.fileName })}</span> : null}
        {reading ? <span role="status">{t('survey.reading', { name: reading })}</span> : null}
      </div>
      {shownProblems ? (
        <div role="alert" className="survey-problems">
          <p>
            <strong>{t('survey.failed')}</strong>
          </p>
          <ul>
            {shownProblems.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {loaded ? (
        <>
          <p className="survey-layout">
            {loaded.mapping.layout === 'respondents'
              ? t('survey.layoutRespondents', { count: loaded.table.rows.length, n: count(loaded.table.rows.length) })
              : t('survey.layoutStatements')}{' '}
            · {t('survey.scale', { scale: count(scale) })}
          </p>
          <h3>{t('survey.mapping')}</h3>
          <div className="survey-mapping-wrap">
            <table className="survey-mapping">
              <thead>
                <tr>
                  <th scope="col">{t('survey.statement')}</th>
                  {loaded.mapping.layout === 'respondents' ? (
                    <>
                      <th scope="col">{t('survey.expectationColumn')}</th>
                      <th scope="col">{t('survey.perceptionColumn')}</th>
                    </>
                  ) : null}
                  <th scope="col">{t('survey.dimension')}</th>
                  <th scope="col">{t('survey.moments')}</th>
                  <th scope="col">{t('survey.reversed')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.mapping.statements.map((s, i) => {
                  const field = (name: string) => t('survey.field', { field: name, statement: s.label });
                  return (
                    <tr key={s.id}>
                      <th scope="row">{s.label}</th>
                      {loaded.mapping.layout === 'respondents' ? (
                        <>
                          <td>
                            <ColumnSelect
                              label={field(t('survey.expectationColumn'))}
                              value={s.expectation}
                              headers={headers}
                              none={t('survey.none')}
                              onChange={(expectation) => update(i, { expectation })}
                            />
                          </td>
                          <td>
                            <ColumnSelect
                              label={field(t('survey.perceptionColumn'))}
                              value={s.perception}
                              headers={headers}
                              none={t('survey.none')}
                              onChange={(perception) => update(i, { perception })}
                            />
                          </td>
                        </>
                      ) : null}
                      <td>
                        <select
                          aria-label={field(t('survey.dimension'))}
                          value={s.dimension ?? ''}
                          onChange={(e) =>
                            update(i, { dimension: (e.currentTarget.value || null) as ServqualDimension | null })
                          }
                        >
                          <option value="">{t('survey.none')}</option>
                          {SERVQUAL_DIMENSIONS.map((d) => (
                            <option key={d} value={d}>
                              {dimensionName(t, d)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <select
                          multiple
                          size={Math.min(4, Math.max(2, moments.length))}
                          aria-label={field(t('survey.moments'))}
                          value={s.stepIds}
                          onChange={(e) =>
                            update(i, { stepIds: [...e.currentTarget.selectedOptions].map((o) => o.value) })
                          }
                        >
                          {moments.map((m) => (
                            <option key={m.id} value={m.id}>
                              {m.title}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="survey-check">
                        <input
                          type="checkbox"
                          aria-label={field(t('survey.reversed'))}
                          checked={s.reversed}
                          onChange={(e) => update(i, { reversed: e.currentTarget.checked })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {result ? (
        <>
          <h3>{t('survey.results')}</h3>
          <SurveyDimensionTable
            result={result}
            scale={scoreScaleOf({ servqualScale: scale })}
            lng={lng}
            label={t('survey.results')}
            className="survey-results"
          />
          <p className="survey-scores">
            {t('survey.unweighted', { score: signed(result.unweighted) })} ·{' '}
            {t('survey.weighted', { score: signed(result.weighted) })}
          </p>
          {result.missing > 0 ? (
            <p>{t('survey.missing', { count: result.missing, n: count(result.missing) })}</p>
          ) : null}
          {reversed > 0 ? (
            <p>{t('survey.reversedNote', { count: reversed, n: count(reversed), scale: count(scale) })}</p>
          ) : null}
          {weights ? (
            <label className="survey-check-label">
              <input
                type="checkbox"
                checked={useImportance}
                onChange={(e) => setUseImportance(e.currentTarget.checked)}
              />{' '}
              {t('survey.useImportance', {
                weights: SERVQUAL_DIMENSIONS.map((d) => `${dimensionName(t, d)} ${fmt(weights[d])}`).join(', '),
              })}
            </label>
          ) : null}
          {!mapped ? <p className="survey-hint">{t('survey.noMoments')}</p> : null}
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" className="primary" disabled={!result || !mapped} onClick={apply}>
          {t('survey.apply')}
        </button>
        <button type="button" onClick={close}>
          {t('survey.cancel')}
        </button>
      </div>
    </Modal>
  );
}

function ColumnSelect({
  label,
  value,
  headers,
  none,
  onChange,
}: {
  label: string;
  value: string | null;
  headers: string[];
  none: string;
  onChange: (header: string | null) => void;
}) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
      <option value="">{none}</option>
      {headers.map((h, i) => (
        <option key={i} value={h}>
          {`${columnLetters(i + 1)}: ${h}`}
        </option>
      ))}
    </select>
  );
}

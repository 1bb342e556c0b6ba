import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareStates,
  type Delta,
  type MarkedStep,
  type StageComparison,
  type StepMark,
} from '../../../shared/analysis/compare';
import { changeLine, metricLabel } from '../../../shared/formats/compareReport';
import { formatNumber, formatSigned } from '../../../shared/i18n/format';
import { Modal } from '../../app/Modal';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { runExport } from '../../export/runExport';
import { DEFAULT_CHOICES } from '../../export/choices';
import { statesOf, useStatesUi } from './statesStore';

/** The sign each change carries beside its word (the colour is not the only mark). */
const MARK_ICONS: Record<StepMark, string> = {
  added: '+',
  removed: '−',
  moved: '⇅',
  changed: '✎',
};

function Figure({ d, better }: { d: Delta; better: 'up' | 'down' }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const show = (n: number | null) =>
    n === null ? t('states.compare.none') : formatNumber(lng, n, { maximumFractionDigits: 2 });
  const tone =
    d.change === null || Math.abs(d.change) < 1e-9 ? null : d.change > 0 === (better === 'up') ? 'better' : 'worse';
  return (
    <>
      <td>{show(d.a)}</td>
      <td>{show(d.b)}</td>
      <td className={tone ? `compare-${tone}` : ''}>
        {d.change === null ? t('states.compare.none') : formatSigned(lng, Math.round(d.change * 100) / 100, 2)}
        {tone && (
          <>
            {' '}
            <span aria-hidden="true">{tone === 'better' ? '▲' : '▼'}</span>
            <span className="visually-hidden"> {t(`states.compare.${tone}`)}</span>
          </>
        )}
      </td>
    </>
  );
}

/** One step in a column: its marks (sign and word, coloured), its title, and what changed. */
function StepItem({ m, side }: { m: MarkedStep; side: 'a' | 'b' }) {
  const { t } = useTranslation();
  const title = m.step.title || t('exportText.untitledStep');
  const details: string[] = [];
  if (m.marks.includes('moved') && m.otherStage)
    details.push(t(side === 'a' ? 'states.compare.movedTo' : 'states.compare.movedFrom', { stage: m.otherStage.name }));
  const fields = m.fields.map((f) => t(`states.compare.fields.${f}`)).join(', ');
  const marks = m.marks.map((k) => t(`states.compare.${k}`));
  const label = marks.length
    ? t('states.compare.stepLabel', { title, marks: [...marks, ...details, ...(fields ? [fields] : [])].join('; ') })
    : title;
  if (fields) details.push(t('states.compare.report.changedFields', { fields }));
  return (
    <li className={`compare-step ${m.marks.map((k) => `compare-step-${k}`).join(' ')}`} aria-label={label}>
      {m.marks.map((k) => (
        <span key={k} className={`compare-mark compare-mark-${k}`}>
          <span aria-hidden="true">{MARK_ICONS[k]}</span> {t(`states.compare.${k}`)}
        </span>
      ))}
      <span className="compare-step-title">{title}</span>
      {details.length > 0 && <span className="compare-step-detail">{details.join(' · ')}</span>}
    </li>
  );
}

function Column({
  steps,
  state,
  present,
  side,
}: {
  steps: MarkedStep[];
  state: string;
  present: boolean;
  side: 'a' | 'b';
}) {
  const { t } = useTranslation();
  return (
    <div className="compare-col" role="group" aria-label={t('states.compare.stepsIn', { state })}>
      <div className="compare-col-head">
        <span className="compare-col-state">{state}</span>
        <span className="muted">
          {present ? t('states.compare.steps', { count: steps.length }) : t('states.compare.notInState')}
        </span>
      </div>
      {present && steps.length > 0 && (
        <ol>
          {steps.map((m) => (
            <StepItem key={m.step.id} m={m} side={side} />
          ))}
        </ol>
      )}
    </div>
  );
}

function StageCard({ s, before, after }: { s: StageComparison; before: string; after: string }) {
  const { t, i18n } = useTranslation();
  const lng = useLanguage();
  const name = s.a && s.b ? (s.a.name === s.b.name ? s.a.name : `${s.a.name} → ${s.b.name}`) : (s.a ?? s.b)!.name;
  const only = s.a && !s.b ? before : !s.a && s.b ? after : null;
  const text = { lng, t: i18n.t.bind(i18n) } as Parameters<typeof metricLabel>[0];
  return (
    <section className="compare-stage" aria-label={name}>
      <h4>
        {name}
        {only && <span className="compare-only"> {t('states.compare.stageOnlyIn', { name: only })}</span>}
      </h4>
      <div className="compare-stage-grid">
        <Column steps={s.stepsA} state={before} present={s.a !== null} side="a" />
        <Column steps={s.stepsB} state={after} present={s.b !== null} side="b" />
        <table className="compare-figures" aria-label={t('states.compare.figuresOf', { stage: name })}>
          <thead>
            <tr>
              <th scope="col">{t('states.compare.figure')}</th>
              <th scope="col">{before}</th>
              <th scope="col">{after}</th>
              <th scope="col">±</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('states.compare.riskMean')}</th>
              <Figure d={s.risk.mean} better="down" />
            </tr>
            <tr>
              <th scope="row">{t('states.compare.riskMax')}</th>
              <Figure d={s.risk.max} better="down" />
            </tr>
            <tr>
              <th scope="row">{t('states.compare.servqual')}</th>
              <Figure d={s.servqualWeighted} better="up" />
            </tr>
            <tr>
              <th scope="row">{t('states.compare.emotion')}</th>
              <Figure d={s.emotionMean} better="up" />
            </tr>
            {s.metrics.map((m) => (
              <tr key={m.name}>
                <th scope="row">{metricLabel(text, m)}</th>
                <Figure d={m.mean} better={m.direction === 'lower' ? 'down' : 'up'} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Two journey states side by side: pick the state before (A) and after (B); stage by stage
 * (stages paired by id, then by name) A's steps beside B's in their order on the map, each
 * added, removed, moved or changed step marked with a sign and a word as well as a colour,
 * and beside them the stage's risk, weighted SERVQUAL gap, emotion and metrics with the
 * change; then the list of every change. Export writes the same as a Markdown report.
 */
export function CompareView() {
  const { t, i18n } = useTranslation();
  const lng = useLanguage();
  const project = useDocument((s) => s.project);
  const chosen = useStatesUi((s) => s.compare);
  const close = useStatesUi((s) => s.close);
  const list = useMemo(() => (project ? statesOf(project) : []), [project]);
  const activeAt = Math.max(
    0,
    list.findIndex((s) => s.active),
  );
  // By default: the state before the one being edited, against the one being edited.
  const a = list.find((s) => s.id === chosen?.a) ?? list[activeAt === 0 ? 1 : activeAt - 1] ?? list[0];
  const b = list.find((s) => s.id === chosen?.b) ?? list[activeAt];
  const result = useMemo(
    () => (project && a && b ? compareStates(a.journey, b.journey, project.servqualWeights) : null),
    [project, a, b],
  );
  if (!project || !a || !b || !result) return null;
  const text = { lng, t: i18n.t.bind(i18n) } as Parameters<typeof changeLine>[0];
  const pick = (which: 'a' | 'b', id: string) => useStatesUi.getState().setCompare({ a: a.id, b: b.id, [which]: id });
  const counts = (['added', 'removed', 'moved', 'changed'] as const).filter((k) => result.counts[k] > 0);

  return (
    <Modal label={t('states.compare.title')} onClose={close} className="compare-dialog">
      <h2>{t('states.compare.title')}</h2>
      <div className="compare-pick">
        <label>
          {t('states.compare.before')}{' '}
          <select autoFocus value={a.id} onChange={(e) => pick('a', e.target.value)}>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="compare-swap"
          aria-label={t('states.compare.swap')}
          title={t('states.compare.swap')}
          onClick={() => useStatesUi.getState().setCompare({ a: b.id, b: a.id })}
        >
          <span aria-hidden="true">⇄</span>
        </button>
        <label>
          {t('states.compare.after')}{' '}
          <select value={b.id} onChange={(e) => pick('b', e.target.value)}>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <p className="compare-counts" aria-hidden="true">
          {counts.map((k) => (
            <span key={k} className={`compare-mark compare-mark-${k}`}>
              <span>{MARK_ICONS[k]}</span> {t(`states.compare.countOf.${k}`, { count: result.counts[k] })}
            </span>
          ))}
        </p>
      </div>
      {a.id === b.id && <p className="hint">{t('states.compare.sameState')}</p>}
      <div className="compare-body">
        <section className="compare-stages" aria-label={t('states.compare.stages')} tabIndex={0}>
          <h3>{t('states.compare.stages')}</h3>
          {result.stages.map((s, i) => (
            <StageCard key={`${s.a?.id ?? ''}|${s.b?.id ?? ''}|${i}`} s={s} before={a.name} after={b.name} />
          ))}
        </section>
        <section className="compare-changes" aria-label={t('states.compare.summary')} tabIndex={0}>
          <h3>{t('states.compare.summary')}</h3>
          <p className="muted">{t('states.compare.counts', result.counts)}</p>
          {result.changes.length === 0 ? (
            <p>{t('states.compare.noChanges')}</p>
          ) : (
            <ul>
              {result.changes.map((c, i) => (
                <li key={i} className={`compare-change compare-${c.kind}`}>
                  <span aria-hidden="true" className="compare-change-icon">
                    {MARK_ICONS[c.kind]}
                  </span>{' '}
                  {changeLine(text, c)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            // As the export dialog does: the view closes, and the progress and outcome show in the editor.
            close();
            void runExport({ ...DEFAULT_CHOICES, format: 'md', comparison: { a: a.id, b: b.id } });
          }}
        >
          {t('states.compare.exportReport')}
        </button>
        <button type="button" className="primary" onClick={close}>
          {t('states.compare.close')}
        </button>
      </div>
    </Modal>
  );
}

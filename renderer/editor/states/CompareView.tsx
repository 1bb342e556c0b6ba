import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareStates, type Delta, type StageComparison } from '../../../shared/analysis/compare';
import { changeLine } from '../../../shared/formats/compareReport';
import { formatNumber, formatSigned } from '../../../shared/i18n/format';
import { Modal } from '../../app/Modal';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { runExport } from '../../export/runExport';
import { DEFAULT_CHOICES } from '../../export/choices';
import { statesOf, useStatesUi } from './statesStore';

function Figure({ d, better }: { d: Delta; better: 'up' | 'down' }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const show = (n: number | null) =>
    n === null ? t('states.compare.none') : formatNumber(lng, n, { maximumFractionDigits: 2 });
  const tone =
    d.change === null || Math.abs(d.change) < 1e-9
      ? ''
      : d.change > 0 === (better === 'up')
        ? 'compare-better'
        : 'compare-worse';
  return (
    <>
      <td>{show(d.a)}</td>
      <td>{show(d.b)}</td>
      <td className={tone}>
        {d.change === null ? t('states.compare.none') : formatSigned(lng, Math.round(d.change * 100) / 100, 2)}
      </td>
    </>
  );
}

function StageCard({ s, before, after }: { s: StageComparison; before: string; after: string }) {
  const { t } = useTranslation();
  const name = s.a && s.b ? (s.a.name === s.b.name ? s.a.name : `${s.a.name} → ${s.b.name}`) : (s.a ?? s.b)!.name;
  const only = s.a && !s.b ? before : !s.a && s.b ? after : null;
  return (
    <section className="compare-stage" aria-label={name}>
      <h4>
        {name}
        {only && <span className="compare-only"> {t('states.compare.stageOnlyIn', { name: only })}</span>}
      </h4>
      <div className="compare-columns">
        {[s.figuresA, s.figuresB].map((f, i) => (
          <p key={i} className="muted">
            {f ? t('states.compare.steps', { count: f.steps }) : t('states.compare.none')}
          </p>
        ))}
      </div>
      <table className="compare-figures">
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
              <th scope="row">{t('states.compare.metric', { name: m.name })}</th>
              <Figure d={m.mean} better="up" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Two journey states side by side: pick the state before and the state after; the list of
 * what changed (steps added, removed, moved; annotations changed), then stage by stage the
 * risk, weighted SERVQUAL gap, emotion and metrics of each with the change. Export writes
 * the same as a Markdown report.
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
        <span aria-hidden="true">→</span>
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
      </div>
      {a.id === b.id && <p className="hint">{t('states.compare.sameState')}</p>}
      <div className="compare-body">
        <section className="compare-changes" aria-label={t('states.compare.summary')}>
          <h3>{t('states.compare.summary')}</h3>
          <p className="muted">{t('states.compare.counts', result.counts)}</p>
          {result.changes.length === 0 ? (
            <p>{t('states.compare.noChanges')}</p>
          ) : (
            <ul>
              {result.changes.map((c, i) => (
                <li key={i} className={`compare-change compare-${c.kind}`}>
                  {changeLine(text, c)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="compare-stages" aria-label={t('states.compare.stages')}>
          <h3>{t('states.compare.stages')}</h3>
          {result.stages.map((s, i) => (
            <StageCard key={`${s.a?.id ?? ''}|${s.b?.id ?? ''}|${i}`} s={s} before={a.name} after={b.name} />
          ))}
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

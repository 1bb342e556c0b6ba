import { ChartColumn } from 'lucide-react';
/**
 * The Insights view: a panel beside the map that answers "where is this journey weak?".
 * Every figure comes from shared/analysis/insights.ts (projectInsights, over the whole
 * journey); the charts are the shared drawing's (shared/formats/drawing/insightsCharts.ts),
 * the same the PDF's insights page writes, shown here as inline SVG with the interactive
 * parts in HTML: the risk matrix's cells are buttons that select and filter their steps,
 * moments of truth and emotional lows select their step, SERVQUAL and senses have tables.
 * Opened and closed by the registry's `insights` action (toolbar, View menu, Ctrl+I).
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { projectInsights, type ProjectInsights, type RankedMoment } from '../../../shared/analysis/insights';
import { RISK_LEVEL_COLOURS } from '../../../shared/analysis/risk';
import {
  DEFAULT_INSIGHTS_CHART_THEME,
  drawRiskMatrix,
  drawSenseCoverage,
  drawServqualChart,
} from '../../../shared/formats/drawing/insightsCharts';
import { formatNumber, formatSigned } from '../../../shared/i18n/format';
import { insightsChartLabels } from '../../../shared/i18n/labels';
import type { Language } from '../../../shared/i18n/languages';
import { SERVQUAL_BAND_COLOURS, scoreScaleOf, servqualBand } from '../../../shared/lens';
import type { Project } from '../../../shared/model/types';
import { measureText } from '../../export/measureText';
import i18n, { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { useFilters, useViewedProject } from '../../state/filters';
import { useViewRequests } from '../../state/viewRequests';
import { PanelToggle } from '../PanelToggle';
import { SidePanel } from '../SidePanel';
import { DrawingSvg } from './DrawingSvg';
import { MetricsInsights } from './MetricsInsights';
import { SurveyInsights } from './SurveyInsights';
import { useInsights } from './insightsStore';
import './insightsView.css';

/** The toolbar button that opens and closes the view; focus returns here when it closes. */
export const INSIGHTS_TOGGLE_ID = 'insights-toggle';
/** Width of the charts until the panel is measured (its content width without a scroll bar). */
const CHART_WIDTH = 372;
/** The narrowest the charts are drawn. */
const MIN_CHART_WIDTH = 300;

/** The content width of an element (without padding and scroll bar), followed as it changes. */
function useContentWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(el);
      const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner > 0) setWidth(Math.max(MIN_CHART_WIDTH, Math.floor(inner)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
/** How many moments of truth each ranking lists. */
const RANKED = 5;

const theme = DEFAULT_INSIGHTS_CHART_THEME;

function selectSteps(stepIds: string[]) {
  useDocument.getState().select({ stepIds, flowIds: [] });
  if (stepIds[0]) useViewRequests.getState().revealStep(stepIds[0]);
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="insights-section" aria-labelledby={`insights-${id}`}>
      <h3 id={`insights-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

function RiskMatrixSection({ insights, lng, width }: { insights: ProjectInsights; lng: Language; width: number }) {
  const { t } = useTranslation();
  const labels = useMemo(() => insightsChartLabels(i18n.getFixedT(lng), lng), [lng]);
  const chart = useMemo(() => {
    const drawn = drawRiskMatrix(insights, labels, theme, measureText);
    // Long level names in the legend: smaller cells, so the matrix still fits the panel.
    if (drawn.width <= width) return drawn;
    const cell = Math.max(36, drawn.cells[0].width - Math.ceil((drawn.width - width) / 5));
    return drawRiskMatrix(insights, labels, theme, measureText, { cell });
  }, [insights, labels, width]);
  const filters = useFilters((s) => s.filters);
  const active = filters.length === 1 && filters[0].kind === 'riskCell' ? filters[0] : null;
  const stepIds = (l: number, i: number) => insights.riskMatrix.cells[l - 1][i - 1].stepIds;
  const choose = (likelihood: number, impact: number) => {
    if (active?.likelihood === likelihood && active.impact === impact) {
      useFilters.getState().clear();
      return;
    }
    useFilters.getState().set([{ kind: 'riskCell', likelihood, impact }]);
    selectSteps(stepIds(likelihood, impact));
  };
  // The cells as drawn, by screen row and column: the arrow keys move between them (one tab stop,
  // a roving tabindex); empty cells take focus too, so the keys move across the whole grid.
  const xs = [...new Set(chart.cells.map((c) => c.x))].sort((a, b) => a - b);
  const ys = [...new Set(chart.cells.map((c) => c.y))].sort((a, b) => a - b);
  const key = (c: { likelihood: number; impact: number }) => `${c.likelihood}-${c.impact}`;
  const [current, setCurrent] = useState<string | null>(null);
  const tabStop =
    chart.cells.find((c) => key(c) === current) ??
    chart.cells.find((c) => active?.likelihood === c.likelihood && active.impact === c.impact) ??
    chart.cells.find((c) => c.count > 0) ??
    chart.cells[0];
  const grid = useRef<HTMLDivElement>(null);
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = chart.cells.find((c) => key(c) === (e.target as HTMLElement).dataset.cell);
    if (!from) return;
    let col = xs.indexOf(from.x);
    let row = ys.indexOf(from.y);
    if (e.key === 'ArrowRight') col = Math.min(xs.length - 1, col + 1);
    else if (e.key === 'ArrowLeft') col = Math.max(0, col - 1);
    else if (e.key === 'ArrowDown') row = Math.min(ys.length - 1, row + 1);
    else if (e.key === 'ArrowUp') row = Math.max(0, row - 1);
    else if (e.key === 'Home') col = 0;
    else if (e.key === 'End') col = xs.length - 1;
    else return;
    e.preventDefault();
    // The map's own arrow keys (moving steps) stay out of the matrix.
    e.stopPropagation();
    const to = chart.cells.find((c) => c.x === xs[col] && c.y === ys[row]);
    if (!to) return;
    setCurrent(key(to));
    grid.current?.querySelector<HTMLElement>(`[data-cell="${key(to)}"]`)?.focus();
  };
  return (
    <Section id="risk" title={t('insightsView.sections.risk')}>
      <p className="insights-hint">{t('insightsView.risk.hint')}</p>
      <div
        ref={grid}
        className="insights-matrix"
        role="group"
        aria-label={t('insightsView.sections.risk')}
        style={{ width: chart.width, height: chart.height }}
        onKeyDown={onGridKey}
      >
        <DrawingSvg items={chart.items} width={chart.width} height={chart.height} />
        {chart.cells.map((c) => {
          const pressed = active?.likelihood === c.likelihood && active.impact === c.impact;
          const empty = c.count === 0;
          return (
            <button
              key={key(c)}
              type="button"
              className="insights-cell"
              data-cell={key(c)}
              tabIndex={c === tabStop ? 0 : -1}
              style={{ left: c.x, top: c.y, width: c.width, height: c.height }}
              aria-label={c.title}
              title={c.title}
              aria-pressed={pressed}
              aria-disabled={empty || undefined}
              onFocus={() => setCurrent(key(c))}
              onClick={() => !empty && choose(c.likelihood, c.impact)}
            />
          );
        })}
      </div>
      <p className="insights-note">
        {t('insightsView.risk.scored', {
          scored: formatNumber(lng, insights.riskMatrix.scored),
          unscored: formatNumber(lng, insights.riskMatrix.unscored),
        })}
      </p>
    </Section>
  );
}

/** A SERVQUAL mean with two decimals, as the language writes them. */
const two = (lng: Language, n: number | null) =>
  n === null ? '–' : formatNumber(lng, n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function ServqualSection({ insights, lng, width }: { insights: ProjectInsights; lng: Language; width: number }) {
  const { t } = useTranslation();
  const labels = useMemo(() => insightsChartLabels(i18n.getFixedT(lng), lng), [lng]);
  const chart = useMemo(
    () => drawServqualChart(insights, labels, theme, measureText, { width }),
    [insights, labels, width],
  );
  const sq = insights.servqual;
  const scale = scoreScaleOf({ servqualScale: sq.scale });
  return (
    <Section id="servqual" title={t('insightsView.sections.servqual')}>
      <DrawingSvg
        items={chart.items}
        width={chart.width}
        height={chart.height}
        label={t('insightsView.servqual.chart')}
      />
      <table className="insights-table">
        <caption className="visually-hidden">{t('insightsView.servqual.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insightsView.servqual.dimension')}</th>
            <th scope="col">{t('domain.expectation')}</th>
            <th scope="col">{t('domain.perception')}</th>
            <th scope="col">{t('domain.gap')}</th>
            <th scope="col">{t('insightsView.servqual.moments')}</th>
          </tr>
        </thead>
        <tbody>
          {sq.dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">
                {t(`domain.dimensions.${d.dimension}`)}
                <span className="insights-sub">
                  {t('insightsView.servqual.weightOf', {
                    weight: formatNumber(lng, d.weight, { maximumFractionDigits: 2 }),
                  })}
                </span>
              </th>
              <td>{two(lng, d.expectation)}</td>
              <td>{two(lng, d.perception)}</td>
              <td className="insights-gap" data-band={d.gap === null ? undefined : servqualBand(d.gap, scale)}>
                {d.gap === null ? '–' : formatSigned(lng, d.gap, 2)}
              </td>
              <td>{formatNumber(lng, d.n)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('insightsView.servqual.plain')}
            </th>
            <td>{sq.plain === null ? '–' : formatSigned(lng, sq.plain, 2)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {t('insightsView.servqual.weighted')}
            </th>
            <td>{sq.weighted === null ? '–' : formatSigned(lng, sq.weighted, 2)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </Section>
  );
}

function stepTitle(project: Project, stepId: string): string {
  return project.steps.find((s) => s.id === stepId)?.title ?? '';
}

function RankedList({
  moments,
  project,
  t,
  badge,
}: {
  moments: RankedMoment[];
  project: Project;
  t: TFunction;
  badge: (m: RankedMoment) => ReactNode;
}) {
  const shown = moments.slice(0, RANKED);
  return (
    <>
      <ol className="insights-ranked">
        {shown.map((m) => (
          <li key={m.stepId}>
            <button type="button" className="insights-step" onClick={() => selectSteps([m.stepId])}>
              <span className="insights-step-title">{stepTitle(project, m.stepId)}</span>
              {badge(m)}
            </button>
          </li>
        ))}
      </ol>
      {moments.length > shown.length && (
        <p className="insights-note">{t('insightsView.truths.more', { count: moments.length - shown.length })}</p>
      )}
    </>
  );
}

function TruthsSection({ insights, project, lng }: { insights: ProjectInsights; project: Project; lng: Language }) {
  const { t } = useTranslation();
  const { byRisk, byGap } = insights.momentsOfTruth;
  return (
    <Section id="truths" title={t('insightsView.sections.truths')}>
      {byRisk.length === 0 ? (
        <p className="insights-note">{t('insightsView.truths.none')}</p>
      ) : (
        <div className="insights-columns">
          <div>
            <h4>{t('insightsView.truths.byRisk')}</h4>
            <RankedList
              moments={byRisk}
              project={project}
              t={t}
              badge={(m) =>
                m.riskScore === null || m.riskLevel === null ? (
                  <span className="insights-badge muted">{t('insightsView.truths.noRisk')}</span>
                ) : (
                  <span
                    className="insights-badge"
                    style={{
                      background: RISK_LEVEL_COLOURS[m.riskLevel].fill,
                      color: RISK_LEVEL_COLOURS[m.riskLevel].text,
                      borderColor: RISK_LEVEL_COLOURS[m.riskLevel].border,
                    }}
                  >
                    {t('insightsView.truths.risk', {
                      score: formatNumber(lng, m.riskScore),
                      level: t(`domain.riskLevels.${m.riskLevel}`).toLocaleLowerCase(lng),
                    })}
                  </span>
                )
              }
            />
          </div>
          <div>
            <h4>{t('insightsView.truths.byGap')}</h4>
            <RankedList
              moments={byGap}
              project={project}
              t={t}
              badge={(m) => {
                if (m.weightedGap === null)
                  return <span className="insights-badge muted">{t('insightsView.truths.noGap')}</span>;
                const band =
                  SERVQUAL_BAND_COLOURS[
                    servqualBand(m.weightedGap, scoreScaleOf({ servqualScale: insights.servqual.scale }))
                  ];
                return (
                  <span
                    className="insights-badge"
                    style={{ background: band.fill, color: band.text, borderColor: band.border }}
                  >
                    {t('insightsView.truths.gap', { gap: formatSigned(lng, m.weightedGap, 2) })}
                  </span>
                );
              }}
            />
          </div>
        </div>
      )}
    </Section>
  );
}

const percent = (lng: Language, share: number | null) =>
  share === null ? '–' : formatNumber(lng, share, { style: 'percent', maximumFractionDigits: 0 });

function SensesSection({ insights, lng, width }: { insights: ProjectInsights; lng: Language; width: number }) {
  const { t } = useTranslation();
  const labels = useMemo(() => insightsChartLabels(i18n.getFixedT(lng), lng), [lng]);
  const chart = useMemo(
    () => drawSenseCoverage(insights, labels, theme, measureText, { width }),
    [insights, labels, width],
  );
  return (
    <Section id="senses" title={t('insightsView.sections.senses')}>
      <DrawingSvg
        items={chart.items}
        width={chart.width}
        height={chart.height}
        label={t('insightsView.senses.chart')}
      />
      <table className="insights-table">
        <caption className="visually-hidden">{t('insightsView.senses.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insightsView.senses.sense')}</th>
            <th scope="col">{t('insightsView.senses.share')}</th>
            <th scope="col">{t('domain.valence.negative')}</th>
            <th scope="col">{t('domain.valence.neutral')}</th>
            <th scope="col">{t('domain.valence.positive')}</th>
          </tr>
        </thead>
        <tbody>
          {insights.senses.senses.map((s) => (
            <tr key={s.sense}>
              <th scope="row">{t(`domain.senses.${s.sense}`)}</th>
              <td>{percent(lng, s.share)}</td>
              <td>{formatNumber(lng, s.negative)}</td>
              <td>{formatNumber(lng, s.neutral)}</td>
              <td>{formatNumber(lng, s.positive)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function LowsSection({ insights, project, lng }: { insights: ProjectInsights; project: Project; lng: Language }) {
  const { t } = useTranslation();
  return (
    <Section id="lows" title={t('insightsView.sections.lows')}>
      {insights.emotionalLows.length === 0 ? (
        <p className="insights-note">{t('insightsView.lows.none')}</p>
      ) : (
        <ol className="insights-lows">
          {insights.emotionalLows.map((low) => (
            <li key={low.stepId}>
              <button type="button" className="insights-step" onClick={() => selectSteps([low.stepId])}>
                <span className="insights-step-title">{stepTitle(project, low.stepId)}</span>
                <span className="insights-badge insights-emotion" data-emotion={low.emotion}>
                  {t('insightsView.lows.emotion', {
                    value: formatSigned(lng, low.emotion),
                    name: t(`domain.emotions.${low.emotion}`).toLocaleLowerCase(lng),
                  })}
                </span>
              </button>
              {low.momentOfTruth && <span className="insights-truth">{t('insightsView.lows.truth')}</span>}
              {low.painPoints.length ? (
                <ul className="insights-pains" aria-label={t('rows.names.painPoints')}>
                  {low.painPoints.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              ) : (
                <p className="insights-note">{t('insightsView.lows.noPainPoints')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function Meter({ label, done, total, lng }: { label: string; done: number; total: number; lng: Language }) {
  const { t } = useTranslation();
  const share = total ? done / total : 0;
  return (
    <div className="insights-meter">
      <div className="insights-meter-text">
        <span>{label}</span>
        <strong>
          {total
            ? t('insightsView.standards.ofTotal', { done: formatNumber(lng, done), total: formatNumber(lng, total) })
            : t('insightsView.standards.noMeasures')}
        </strong>
      </div>
      <div
        className="insights-meter-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={total ? percent(lng, share) : undefined}
      >
        <div className="insights-meter-bar" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}

function StandardsSection({ insights, lng }: { insights: ProjectInsights; lng: Language }) {
  const { t } = useTranslation();
  const s = insights.standards;
  return (
    <Section id="standards" title={t('insightsView.sections.standards')}>
      <Meter label={t('insightsView.standards.withStandard')} done={s.withStandard} total={s.moments} lng={lng} />
      <Meter
        label={t('insightsView.standards.truthsWithStandard')}
        done={s.momentsOfTruthWithStandard}
        total={s.momentsOfTruth}
        lng={lng}
      />
      <Meter label={t('insightsView.standards.measures')} done={s.measuresDone} total={s.measuresTotal} lng={lng} />
    </Section>
  );
}

function OpenInsights() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const project = useViewedProject();
  const insights = useMemo(() => (project ? projectInsights(project) : null), [project]);
  const focusRequest = useInsights((s) => s.focusRequest);
  const body = useRef<HTMLDivElement>(null);
  const width = useContentWidth(body, CHART_WIDTH);

  if (!project || !insights) return null;
  return (
    <SidePanel
      id="insights"
      className="insights-panel"
      bodyClassName="insights-body"
      bodyRef={body}
      title={t('insightsView.title')}
      subtitle={t('insightsView.scope', { count: insights.moments })}
      closeLabel={t('insightsView.close')}
      onClose={() => useInsights.getState().setOpen(false)}
      toggleId={INSIGHTS_TOGGLE_ID}
      focusRequest={focusRequest}
    >
      {insights.moments === 0 ? (
        <p className="insights-note">{t('insightsView.empty')}</p>
      ) : (
        <>
          <RiskMatrixSection insights={insights} lng={lng} width={width} />
          <ServqualSection insights={insights} lng={lng} width={width} />
          <SurveyInsights project={project} lng={lng} />
          <TruthsSection insights={insights} project={project} lng={lng} />
          <SensesSection insights={insights} lng={lng} width={width} />
          <LowsSection insights={insights} project={project} lng={lng} />
          <StandardsSection insights={insights} lng={lng} />
        </>
      )}
      {insights.metrics.total > 0 && <MetricsInsights metrics={insights.metrics} project={project} lng={lng} />}
    </SidePanel>
  );
}

/** The Insights view, shown while it is open (toolbar button, View menu or Ctrl+I). */
export function InsightsPanel() {
  return useInsights((s) => s.open) ? <OpenInsights /> : null;
}

/** The toolbar button: pressed while the view is open. */
export function InsightsToggle() {
  const { t } = useTranslation();
  const open = useInsights((s) => s.open);
  return (
    <PanelToggle
      id={INSIGHTS_TOGGLE_ID}
      open={open}
      action="insights"
      keyShortcuts="Control+I"
      label={t('actions.insights')}
      icon={ChartColumn}
    />
  );
}

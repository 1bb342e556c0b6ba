/**
 * Presentation mode (issue J): the journey on a projector, full screen, stage by stage
 * and step by step, in large type, keyboard only. Read-only: it shows the project as the
 * map does (the active journey state, as the chosen persona lives it) and changes nothing.
 *
 * Keys: Right, Down, Space, PageDown next; Left, Up, PageUp, Backspace back; Home, End;
 * 1-9 a stage's overview; T starts or pauses the timer, R resets it, + and - lengthen or
 * shorten its countdown; Esc leaves (and leaves full screen). The slide sequence is pure
 * (shared/presentation/slides.ts); a live region announces each slide.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { presentationSlides, stageRows, type Slide, type SlideDeck } from '../../shared/presentation/slides';
import { servqualGaps } from '../../shared/analysis/servqual';
import { riskLevel, riskScore } from '../../shared/analysis/risk';
import { scoreScaleOf, servqualBand, valenceName } from '../../shared/lens';
import { SENSES, SERVQUAL_DIMENSIONS } from '../../shared/model/schema';
import type { Project, Step } from '../../shared/model';
import { formatSigned } from '../../shared/i18n/format';
import { formatDuration } from '../../shared/i18n/duration';
import { metricLabels } from '../../shared/formats/drawing/metricLabels';
import { metricStatus } from '../../shared/model/metrics';
import { useLanguage } from '../i18n';
import { useDocument } from '../state/documentStore';
import { usePersonaId, useViewedProject } from '../state/filters';
import { closePresentation, usePresentation } from './presentationStore';
import { PresentationTimer, timerKey } from './PresentationTimer';
import { RowEntryView, Chip, NoteList } from './parts';
import './presentation.css';

/** The slide shown for a key, or null when the key is not a move. */
function moveFor(key: string, index: number, deck: SlideDeck): number | null {
  const last = deck.slides.length - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
  }
  if (/^[1-9]$/.test(key)) {
    const start = deck.groupStart[Number(key) - 1];
    return start === undefined ? null : start;
  }
  return null;
}

export function Presentation() {
  const open = usePresentation((s) => s.open);
  const project = useViewedProject();
  if (!open || !project) return null;
  return <PresentationView project={project} />;
}

function PresentationView({ project }: { project: Project }) {
  const { t } = useTranslation();
  const index = usePresentation((s) => s.index);
  const windowed = usePresentation((s) => s.windowed);
  const deck = useMemo(() => presentationSlides(project), [project]);
  const at = Math.min(Math.max(0, index), deck.slides.length - 1);
  const slide = deck.slides[at];
  const root = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const lng = useLanguage();
  const [announcement, setAnnouncement] = useState('');
  const steps = useMemo(() => new Map(project.steps.map((s) => [s.id, s])), [project]);

  const title = (s: Slide): string => {
    if (s.kind === 'title') return t('presentation.announceTitle', { name: project.name || t('presentation.unnamed') });
    const group = deck.groups[s.group];
    const stageName = group.stageId === null ? t('presentation.noStage') : group.name || t('presentation.unnamed');
    if (s.kind === 'stage')
      return s.stageNumber === null
        ? t('presentation.announceNoStage', { name: stageName })
        : t('presentation.announceStage', { n: s.stageNumber, total: deck.stageCount, name: stageName });
    return `${stageName}. ${t('presentation.announceStep', {
      n: s.stepNumber,
      total: s.stepCount,
      name: steps.get(s.stepId)?.title || t('presentation.unnamed'),
    })}`;
  };
  const spoken = title(slide);

  // A slide with much to say is set a little smaller (down to 70%) rather than scrolled off the screen.
  useLayoutEffect(() => {
    const el = main.current;
    if (!el) return;
    const fit = () => {
      let size = 1;
      el.style.fontSize = '';
      while (el.scrollHeight > el.clientHeight + 1 && size > 0.72) {
        size -= 0.04;
        el.style.fontSize = `${size.toFixed(2)}em`;
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [at, project, lng]);

  // Each slide is announced once it is shown.
  useEffect(() => setAnnouncement(spoken), [spoken]);

  // Keyboard focus inside the presentation; back where it was when it closes. Should the view go
  // away another way (the project closed under it), presentation mode ends with it, so the
  // editor's keys are not left switched off.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    root.current?.focus();
    return () => {
      if (usePresentation.getState().open) closePresentation();
      before?.focus?.();
    };
  }, []);

  // Every key goes to the presentation first (capture), never to the editor behind it: nothing can be edited.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      e.stopPropagation();
      const target = e.target as HTMLElement | null;
      // Tab moves among the presentation's own buttons; Enter and Space press a focused button.
      if (e.key === 'Tab') return;
      if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button')) return;
      if (e.ctrlKey || e.metaKey || e.altKey) {
        e.preventDefault();
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        closePresentation();
        return;
      }
      const state = usePresentation.getState();
      const next = moveFor(e.key, Math.min(state.index, deck.slides.length - 1), deck);
      if (next !== null) {
        e.preventDefault();
        state.go(next);
        return;
      }
      const timed = timerKey(e.key);
      if (timed) {
        e.preventDefault();
        const said = timed();
        if (said) setAnnouncement(said);
        return;
      }
      // Any other key does nothing here (F5 again, the editor's letters...).
      if (e.key !== 'F11' && e.key !== 'F12') e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [deck]);

  const current = slide.kind === 'title' ? -1 : slide.group;

  return (
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('presentation.region')}
      tabIndex={-1}
      data-slide={slide.kind}
    >
      <nav className="presentation-progress" aria-label={t('presentation.progress')}>
        <ol>
          {deck.groups.map((g, i) => (
            <li
              key={g.stageId ?? '-'}
              className={i === current ? 'is-current' : i < current ? 'is-done' : undefined}
              aria-current={i === current ? 'step' : undefined}
            >
              <span className="presentation-progress-n">{g.stageId === null ? '·' : i + 1}</span>
              <span className="presentation-progress-name">
                {g.stageId === null ? t('presentation.noStage') : g.name || t('presentation.unnamed')}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <main ref={main} className="presentation-slide" key={at}>
        {slide.kind === 'title' && <TitleSlide project={project} deck={deck} />}
        {slide.kind === 'stage' && <StageSlide project={project} deck={deck} slide={slide} />}
        {slide.kind === 'step' && steps.get(slide.stepId) && (
          <StepSlide project={project} deck={deck} slide={slide} step={steps.get(slide.stepId)!} />
        )}
      </main>
      <footer className="presentation-footer">
        <span className="presentation-keys">{windowed ? t('presentation.notFullScreen') : t('presentation.keys')}</span>
        <PresentationTimer />
        <span className="presentation-counter">
          {t('presentation.counter', { n: at + 1, total: deck.slides.length })}
        </span>
        <button
          type="button"
          className="presentation-leave"
          aria-label={t('presentation.leave')}
          title={t('presentation.leave')}
          onClick={closePresentation}
        >
          <X aria-hidden size={22} />
        </button>
      </footer>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="presentation-announcer">
        {announcement}
      </div>
    </div>
  );
}

function TitleSlide({ project, deck }: { project: Project; deck: SlideDeck }) {
  const { t } = useTranslation();
  const personaId = usePersonaId();
  const stateName = useDocument((s) => (s.project?.states ? s.project.states.active.name : null));
  const persona = project.personas.find((p) => p.id === personaId);
  const moments = project.steps.filter((s) => s.moment?.momentOfTruth).length;
  return (
    <section className="slide-title" aria-labelledby="presentation-heading">
      <p className="slide-kicker">{t('presentation.kicker')}</p>
      <h1 id="presentation-heading">{project.name || t('presentation.unnamed')}</h1>
      {project.description && <p className="slide-lead">{project.description}</p>}
      <p className="slide-facts">
        <span>{t('presentation.stageCount', { count: deck.stageCount })}</span>
        <span>{t('presentation.stepCount', { count: project.steps.length })}</span>
        <span>{t('presentation.momentCount', { count: moments })}</span>
      </p>
      {(stateName || persona) && (
        <p className="slide-context">
          {stateName && <span>{t('presentation.stateName', { name: stateName })}</span>}
          {persona && <span>{t('presentation.personaName', { name: persona.name })}</span>}
        </p>
      )}
      <p className="slide-hint">{t('presentation.begin')}</p>
    </section>
  );
}

function StageHeading({ deck, slide, children }: { deck: SlideDeck; slide: Slide; children?: ReactNode }) {
  const { t } = useTranslation();
  if (slide.kind === 'title') return null;
  const group = deck.groups[slide.group];
  const name = group.stageId === null ? t('presentation.noStage') : group.name || t('presentation.unnamed');
  return (
    <p className="slide-kicker">
      {slide.stageNumber !== null && (
        <span>{t('presentation.stageOf', { n: slide.stageNumber, total: deck.stageCount })}</span>
      )}
      {slide.kind === 'step' && <span>{name}</span>}
      {children}
    </p>
  );
}

function StageSlide({
  project,
  deck,
  slide,
}: {
  project: Project;
  deck: SlideDeck;
  slide: Extract<Slide, { kind: 'stage' }>;
}) {
  const { t } = useTranslation();
  const group = deck.groups[slide.group];
  const steps = new Map(project.steps.map((s) => [s.id, s]));
  const rows = stageRows(project, group.stepIds);
  const name = group.stageId === null ? t('presentation.noStage') : group.name || t('presentation.unnamed');
  const wide = group.stepIds.length > 4;
  return (
    <section className="slide-stage" aria-labelledby="presentation-heading" data-wide={wide || undefined}>
      <StageHeading deck={deck} slide={slide} />
      <h1 id="presentation-heading">{name}</h1>
      {group.stepIds.length === 0 ? (
        <p className="slide-empty">{t('presentation.emptyStage')}</p>
      ) : (
        <table className="stage-rows">
          <thead>
            <tr>
              <td />
              {group.stepIds.map((id, i) => {
                const step = steps.get(id)!;
                return (
                  <th key={id} scope="col">
                    <span className="stage-step-n">{i + 1}</span>
                    {step.moment?.momentOfTruth && (
                      <span className="mot-star" title={t('domain.momentOfTruth')} aria-hidden>
                        ★
                      </span>
                    )}
                    <span>{step.title || t('presentation.unnamed')}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kind} data-row={row.kind}>
                <th scope="row">{t(`rows.names.${row.kind}`)}</th>
                {row.entries.map((entry, i) => (
                  <td key={group.stepIds[i]}>{entry && <RowEntryView entry={entry} max={wide ? 2 : 3} />}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {group.stepIds.length > 0 && rows.length === 0 && <p className="slide-empty">{t('presentation.noRows')}</p>}
    </section>
  );
}

function Card({ title, children, tone }: { title: string; children: ReactNode; tone?: string }) {
  return (
    <section className="slide-card" data-tone={tone}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function StepSlide({
  project,
  deck,
  slide,
  step,
}: {
  project: Project;
  deck: SlideDeck;
  slide: Extract<Slide, { kind: 'step' }>;
  step: Step;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const m = step.moment;
  const thoughts = step.thoughts ?? [];
  const score = m ? riskScore(m.risk) : null;
  const level = riskLevel(score);
  const gaps = m ? servqualGaps(m.servqual, project.servqualWeights) : null;
  const band = gaps?.weighted == null ? null : servqualBand(gaps.weighted, scoreScaleOf(project));
  const engaged = m ? SENSES.filter((s) => m.senses[s].engaged) : [];
  const words = metricLabels(t, lng);
  const metrics = step.metrics ?? [];
  const measures = m?.standard.measures ?? [];
  const labelled = (label: string, value: string) => t('presentation.labelled', { label, value });
  return (
    <section className="slide-step" aria-labelledby="presentation-heading">
      <StageHeading deck={deck} slide={slide}>
        <span>{t('presentation.stepOf', { n: slide.stepNumber, total: slide.stepCount })}</span>
      </StageHeading>
      <h1 id="presentation-heading">{step.title || t('presentation.unnamed')}</h1>
      {step.description && <p className="slide-lead">{step.description}</p>}
      <div className="slide-badges">
        {m?.momentOfTruth && (
          <Chip tone="mot">
            <span aria-hidden>★ </span>
            <span>{t('domain.momentOfTruth')}</span>
          </Chip>
        )}
        {m ? (
          <Chip tone="contact">
            {labelled(
              t('domain.contactMoment'),
              m.actor.trim()
                ? t('presentation.contactBy', { channel: t(`domain.channels.${m.channel}`), actor: m.actor })
                : t('presentation.contactVia', { channel: t(`domain.channels.${m.channel}`) }),
            )}
          </Chip>
        ) : (
          <Chip tone="muted">{t('presentation.notContact')}</Chip>
        )}
        {m && m.emotion !== null && (
          <Chip tone={`emotion-${m.emotion + 2}`}>
            {labelled(
              t('domain.emotion'),
              t('presentation.emotionValue', {
                value: formatSigned(lng, m.emotion),
                name: t(`domain.emotions.${m.emotion}`),
              }),
            )}
          </Chip>
        )}
        {level && score !== null && (
          <Chip tone={`risk-${level}`}>
            {labelled(t('domain.risk'), t('presentation.riskScore', { score, level: t(`domain.riskLevels.${level}`) }))}
          </Chip>
        )}
        {band && gaps?.weighted != null && (
          <Chip tone={`servqual-${band}`}>
            {labelled(
              t('rows.names.servqualGap'),
              t('presentation.gapValue', {
                gap: formatSigned(lng, gaps.weighted, 2),
                band: t(`lens.servqualBands.${band}`),
              }),
            )}
          </Chip>
        )}
        {m && m.waitSeconds !== null && (
          <Chip tone="neutral">{labelled(t('domain.waitTime'), formatDuration(lng, m.waitSeconds))}</Chip>
        )}
      </div>
      <div className="slide-cards">
        {thoughts.length > 0 && (
          <Card title={t('rows.names.thoughts')} tone="thoughts">
            <NoteList notes={thoughts} max={4} quote />
          </Card>
        )}
        {(m?.painPoints.length ?? 0) > 0 && (
          <Card title={t('rows.names.painPoints')} tone="pain">
            <NoteList notes={m!.painPoints} max={4} />
          </Card>
        )}
        {(m?.opportunities.length ?? 0) > 0 && (
          <Card title={t('rows.names.opportunities')} tone="opportunity">
            <NoteList notes={m!.opportunities} max={4} />
          </Card>
        )}
        {engaged.length > 0 && (
          <Card title={t('rows.names.senses')}>
            <ul className="slide-senses">
              {engaged.map((s) => {
                const sense = m!.senses[s];
                const valence = valenceName(sense.valence);
                return (
                  <li key={s}>
                    <Chip tone={`valence-${valence}`}>
                      {t(`domain.senses.${s}`)} · {t(`domain.valence.${valence}`)}
                    </Chip>
                    {sense.note && <span className="slide-note">{sense.note}</span>}
                  </li>
                );
              })}
            </ul>
          </Card>
        )}
        {m && level && (
          <Card title={t('domain.risk')}>
            <p className="slide-figure">
              {t('presentation.riskFactors', { likelihood: m.risk.likelihood, impact: m.risk.impact })}
            </p>
            {m.risk.description && <p>{m.risk.description}</p>}
            {m.risk.mitigation && (
              <p>
                <strong>{t('presentation.labelHead', { label: t('presentation.mitigation') })}</strong>{' '}
                {m.risk.mitigation}
              </p>
            )}
          </Card>
        )}
        {gaps && gaps.weighted !== null && (
          <Card title={t('rows.names.servqualGap')}>
            <ul className="slide-gaps">
              {SERVQUAL_DIMENSIONS.filter((d) => gaps.perDimension[d] !== null).map((d) => {
                const gap = gaps.perDimension[d]!;
                return (
                  <li key={d}>
                    <span>{t(`domain.dimensions.${d}`)}</span>
                    <Chip tone={`servqual-${servqualBand(gap, scoreScaleOf(project))}`}>
                      {formatSigned(lng, gap, 2)}
                    </Chip>
                  </li>
                );
              })}
            </ul>
          </Card>
        )}
        {m && (m.standard.ordinary || m.standard.quality || measures.length > 0) && (
          <Card title={t('domain.serviceStandard')}>
            {m.standard.ordinary && (
              <p>
                <strong>{t('presentation.labelHead', { label: t('domain.ordinaryStandard') })}</strong>{' '}
                {m.standard.ordinary}
              </p>
            )}
            {m.standard.quality && (
              <p>
                <strong>{t('presentation.labelHead', { label: t('domain.qualityStandard') })}</strong>{' '}
                {m.standard.quality}
              </p>
            )}
            {measures.length > 0 && (
              <>
                <p className="slide-figure">
                  {t('presentation.measuresMet', {
                    done: measures.filter((x) => x.done).length,
                    total: measures.length,
                  })}
                </p>
                <ul className="slide-measures">
                  {measures.slice(0, 5).map((x) => (
                    <li key={x.id} data-done={x.done || undefined}>
                      <span aria-hidden>{x.done ? '✓' : '○'}</span> {x.text}
                    </li>
                  ))}
                </ul>
                {measures.length > 5 && (
                  <p className="slide-more">{t('presentation.moreNotes', { count: measures.length - 5 })}</p>
                )}
              </>
            )}
          </Card>
        )}
        {metrics.length > 0 && (
          <Card title={t('rows.names.metrics')}>
            <ul className="slide-metrics">
              {metrics.map((x) => (
                <li key={x.id} title={words.title(x)}>
                  <Chip tone={metricStatus(x) === 'off' ? 'off' : metricStatus(x) === 'met' ? 'met' : 'neutral'}>
                    {words.badge(x)}
                  </Chip>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </section>
  );
}

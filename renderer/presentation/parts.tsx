/** Small pieces of the presentation's slides: chips, note lists and one row entry of a stage's overview. */
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowEntry } from '../../shared/presentation/slides';
import { valenceName } from '../../shared/lens';
import { formatSigned } from '../../shared/i18n/format';
import { formatDuration } from '../../shared/i18n/duration';
import { metricLabels } from '../../shared/formats/drawing/metricLabels';
import { metricStatus } from '../../shared/model/metrics';
import { useLanguage } from '../i18n';

/**
 * The colour tokens (`--color-<name>-fill|text|border`, shared/look/css.ts) of the tones whose
 * name is not already a token's; `mot` and `contact` are drawn in the slide's own colours.
 */
const TONE_TOKENS: Readonly<Record<string, string>> = {
  'emotion-0': 'emotion-very-negative',
  'emotion-1': 'emotion-negative',
  'emotion-2': 'emotion-neutral',
  'emotion-3': 'emotion-positive',
  'emotion-4': 'emotion-very-positive',
  'servqual-slightlyShort': 'servqual-slightly-short',
  'servqual-farShort': 'servqual-far-short',

  neutral: 'not-assessed',
  muted: 'not-assessed',
  off: 'risk-critical',
  met: 'servqual-meets',
};

/** A coloured label; `tone` picks its colours from the look's tokens (presentation.css). */
export function Chip({ tone, children }: { tone: string; children: ReactNode }) {
  const token = tone === 'mot' || tone === 'contact' ? null : (TONE_TOKENS[tone] ?? tone);
  const colours = token
    ? ({
        '--chip-fill': `var(--color-${token}-fill)`,
        '--chip-text': `var(--color-${token}-text)`,
        '--chip-border': `var(--color-${token}-border)`,
      } as CSSProperties)
    : undefined;
  return (
    <span className="p-chip" data-tone={tone} style={colours}>
      {children}
    </span>
  );
}

/** Notes as sticky notes, `max` of them and then "+N more". */
export function NoteList({ notes, max, quote }: { notes: readonly string[]; max: number; quote?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="p-notes" data-quote={quote || undefined}>
        {notes.slice(0, max).map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {notes.length > max && <p className="slide-more">{t('presentation.moreNotes', { count: notes.length - max })}</p>}
    </>
  );
}

/** One step's entry in one row of a stage's overview, as the map's rows band shows it. */
export function RowEntryView({ entry, max }: { entry: RowEntry; max: number }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  switch (entry.kind) {
    case 'emotion':
      return (
        <Chip tone={`emotion-${entry.emotion + 2}`}>
          {t('presentation.emotionValue', {
            value: formatSigned(lng, entry.emotion),
            name: t(`domain.emotions.${entry.emotion}`),
          })}
        </Chip>
      );
    case 'touchpoint':
      return (
        <span className="p-touchpoint">
          <strong>{t(`domain.channels.${entry.channel}`)}</strong>
          {entry.actor.trim() && <span>{entry.actor}</span>}
        </span>
      );
    case 'thoughts':
    case 'painPoints':
    case 'opportunities':
      return (
        <div data-notes={entry.kind}>
          <NoteList notes={entry.notes} max={max} quote={entry.kind === 'thoughts'} />
        </div>
      );
    case 'senses':
      return (
        <span className="p-chips">
          {entry.senses.map((s) => (
            <Chip key={s.sense} tone={`valence-${valenceName(s.valence)}`}>
              {t(`domain.senses.${s.sense}`)}
            </Chip>
          ))}
        </span>
      );
    case 'risk':
      return entry.level && entry.score !== null ? (
        <Chip tone={`risk-${entry.level}`}>
          {t('presentation.riskScore', { score: entry.score, level: t(`domain.riskLevels.${entry.level}`) })}
        </Chip>
      ) : (
        <span className="p-muted">{t('lens.notAssessed')}</span>
      );
    case 'servqualGap':
      return entry.gap !== null && entry.band ? (
        <Chip tone={`servqual-${entry.band}`}>{formatSigned(lng, entry.gap, 2)}</Chip>
      ) : (
        <span className="p-muted">{t('lens.notMeasured')}</span>
      );
    case 'standard':
      return <span>{t('presentation.measuresMet', { done: entry.done, total: entry.total })}</span>;
    case 'waitTime':
      return <span>{formatDuration(lng, entry.seconds)}</span>;
    case 'metrics':
      return <Metrics entry={entry} />;
  }
}

function Metrics({ entry }: { entry: Extract<RowEntry, { kind: 'metrics' }> }) {
  const { t } = useTranslation();
  const words = metricLabels(t, useLanguage());
  return (
    <span className="p-chips">
      {entry.metrics.map((m) => (
        <Chip key={m.id} tone={metricStatus(m) === 'off' ? 'off' : metricStatus(m) === 'met' ? 'met' : 'neutral'}>
          {words.badge(m)}
        </Chip>
      ))}
    </span>
  );
}

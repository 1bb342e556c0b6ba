/**
 * The inspector's persona section (shown when the project has personas): which persona the
 * journey is shown as (the persona filter), that persona's goals and the handling rules of
 * its customer type, where staff meet it; and the persona's own emotion (on a contact
 * moment) and thoughts at this step, which override the defaults for that persona only. The
 * thoughts field shows the persona's thoughts as the thoughts row does (its own, or the default
 * it inherits), and an edit there is the same as one in the row: the thoughts become its own.
 */
import { useTranslation } from 'react-i18next';
import { effectiveThoughts, overrideOf } from '../../../shared/analysis/personas';
import { personaThoughtsCommand } from '../../../shared/commands/noteEdit';
import type { Persona, Step } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { usePersonaId } from '../../state/filters';
import { useLanguage } from '../../i18n';
import { dispatch } from '../inspector/dispatch';
import { LinesField, Section, SelectField } from '../inspector/fields';
import { emotionOptions } from '../inspector/options';
import { choosePersona } from './choosePersona';
import { Guidance } from './Guidance';

function Override({ step, persona }: { step: Step; persona: Persona }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const own = overrideOf(step, persona.id);
  const base = { stepId: step.id, personaId: persona.id };
  const labels = emotionOptions(t, lng);
  const defaultEmotion = step.moment?.emotion ?? null;
  const defaultLabel = labels.find((o) => o.value === defaultEmotion)?.label ?? '';
  // "As the default" first (the persona has no emotion of its own), then the five emotions.
  const options: { value: number | 'default'; label: string }[] = [
    {
      value: 'default',
      label: t('personas.inspector.asDefault', {
        value: defaultEmotion === null ? t('personas.inspector.notAssessed') : defaultLabel,
      }),
    },
    ...labels.filter((o) => o.value !== null).map((o) => ({ value: o.value as number, label: o.label })),
  ];
  const defaults = step.thoughts ?? [];
  // The persona's thoughts as the thoughts row shows them: its own, or the default it inherits.
  // Editing them makes them its own (the same edit as typing in the row, see noteCommand).
  const shown = effectiveThoughts(step, persona.id);
  return (
    <>
      {step.moment ? (
        <SelectField
          label={t('personas.inspector.emotion')}
          value={own?.emotion ?? 'default'}
          options={options}
          onChange={(value) =>
            dispatch(
              value === 'default'
                ? { type: 'clearPersonaOverride', ...base, part: 'emotion' }
                : { type: 'setPersonaOverride', ...base, emotion: value },
            )
          }
        />
      ) : null}
      <LinesField
        label={t('personas.inspector.thoughts')}
        rows={2}
        value={shown}
        onChange={(lines) => {
          const command = personaThoughtsCommand(step, persona.id, lines);
          if (command) dispatch(command, `persona-thoughts:${step.id}:${persona.id}`);
        }}
      />
      {own?.thoughts === undefined ? (
        <p className="insp-hint">{t('personas.inspector.thoughtsHint')}</p>
      ) : (
        <>
          {defaults.length ? (
            <p className="insp-hint">{t('personas.inspector.defaultThoughts', { thoughts: defaults.join(' · ') })}</p>
          ) : null}
          <button type="button" onClick={() => dispatch({ type: 'clearPersonaOverride', ...base, part: 'thoughts' })}>
            {t('personas.inspector.useDefault')}
          </button>
        </>
      )}
    </>
  );
}

export function PersonaSection({ step }: { step: Step }) {
  const { t } = useTranslation();
  const personas = useDocument((s) => s.project?.personas);
  const chosenId = usePersonaId();
  if (!personas?.length) return null;
  const persona = personas.find((p) => p.id === chosenId) ?? null;
  const options = [
    { value: null as string | null, label: t('personas.inspector.none') },
    ...personas.map((p) => ({ value: p.id as string | null, label: p.name.trim() || t('personas.panel.newName') })),
  ];
  return (
    <Section title={t('personas.inspector.heading')} className="persona-section">
      <SelectField
        label={t('personas.inspector.persona')}
        value={persona?.id ?? null}
        options={options}
        onChange={choosePersona}
      />
      {persona ? (
        <>
          {persona.goals?.length ? (
            <p className="persona-goals">{t('personas.inspector.goals', { goals: persona.goals.join(' · ') })}</p>
          ) : null}
          <Guidance customerType={persona.customerType} />
          <Override step={step} persona={persona} />
        </>
      ) : null}
    </Section>
  );
}

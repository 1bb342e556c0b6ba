/**
 * The persona panel beside the map (toolbar, View > Personas, Ctrl+Shift+P): the project's
 * personas with name, customer type, description and goals, each editable in place (one
 * undo entry per burst of typing); the handling rules of the persona's customer type; how
 * many steps the persona lives differently; a button to see the journey as the persona
 * (the persona filter); and removal, which says what goes with the persona and asks first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Users } from 'lucide-react';
import { overrideCount } from '../../../shared/analysis/personas';
import { CUSTOMER_TYPES } from '../../../shared/model/schema';
import type { Persona, Project } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { usePersonaId } from '../../state/filters';
import { newId } from '../../state/ids';
import { PanelToggle } from '../PanelToggle';
import { SidePanel } from '../SidePanel';
import { dispatch } from '../inspector/dispatch';
import { LinesField, SelectField, TextField } from '../inspector/fields';
import { choosePersona } from './choosePersona';
import { Guidance } from './Guidance';
import { usePersonaPanel } from './personaStore';
import './personas.css';

export const PERSONAS_TOGGLE_ID = 'personas-toggle';

function PersonaCard({ persona, project }: { persona: Persona; project: Project }) {
  const { t } = useTranslation();
  const chosen = usePersonaId() === persona.id;
  const [asking, setAsking] = useState(false);
  const key = (field: string) => `persona:${persona.id}:${field}`;
  const update = (changes: Partial<Omit<Persona, 'id'>>, field: string) =>
    dispatch({ type: 'updatePersona', personaId: persona.id, changes }, key(field));
  const differs = overrideCount(project, persona.id);
  const typeOptions = CUSTOMER_TYPES.map((type) => ({ value: type, label: t(`domain.customerTypes.${type}`) }));
  const title = persona.name.trim() || t('personas.panel.newName');
  return (
    <li className={chosen ? 'persona-card chosen' : 'persona-card'} aria-label={title}>
      <TextField label={t('personas.panel.name')} value={persona.name} onChange={(name) => update({ name }, 'name')} />
      <SelectField
        label={t('personas.panel.customerType')}
        value={persona.customerType}
        options={typeOptions}
        onChange={(customerType) => update({ customerType }, 'type')}
      />
      <TextField
        label={t('personas.panel.description')}
        multiline
        rows={2}
        value={persona.description}
        onChange={(description) => update({ description }, 'description')}
      />
      <LinesField
        label={t('personas.panel.goals')}
        rows={2}
        value={persona.goals ?? []}
        onChange={(goals) => update({ goals }, 'goals')}
      />
      <Guidance customerType={persona.customerType} />
      <p className="persona-differs">
        {differs === 0 ? t('personas.panel.differsNone') : t('personas.panel.differs', { count: differs })}
      </p>
      <div className="persona-actions">
        <button type="button" aria-pressed={chosen} onClick={() => choosePersona(chosen ? null : persona.id)}>
          {chosen ? t('personas.panel.seeingAs') : t('personas.panel.seeAs')}
        </button>
        <button type="button" className="persona-remove" onClick={() => setAsking(true)} disabled={asking}>
          {t('personas.panel.remove')}
        </button>
      </div>
      {asking && (
        <div className="persona-confirm" role="alertdialog" aria-label={t('personas.panel.remove')}>
          <p>{t('personas.panel.removeAsk', { name: title })}</p>
          {differs > 0 && <p>{t('personas.panel.removeOverrides', { count: differs })}</p>}
          <div className="persona-actions">
            <button
              type="button"
              className="danger"
              autoFocus
              onClick={() => {
                setAsking(false);
                dispatch({ type: 'removePersona', personaId: persona.id });
              }}
            >
              {t('personas.panel.removeConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('personas.panel.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function OpenPanel() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const focusRequest = usePersonaPanel((s) => s.focusRequest);
  if (!project) return null;
  const add = () =>
    dispatch({
      type: 'addPersona',
      persona: { id: newId('persona'), name: t('personas.panel.newName'), customerType: 'regular', description: '' },
    });
  return (
    <SidePanel
      id="persona"
      className="inspector"
      title={t('personas.panel.title')}
      closeLabel={t('personas.panel.close')}
      onClose={() => usePersonaPanel.getState().setOpen(false)}
      toggleId={PERSONAS_TOGGLE_ID}
      focusRequest={focusRequest}
    >
      <p className="persona-intro">{t('personas.panel.intro')}</p>
      {project.personas.length === 0 ? <p className="persona-empty">{t('personas.panel.empty')}</p> : null}
      <ul className="persona-list" aria-label={t('personas.panel.list')}>
        {project.personas.map((persona) => (
          <PersonaCard key={persona.id} persona={persona} project={project} />
        ))}
      </ul>
      <button type="button" className="persona-add" onClick={add}>
        {t('personas.panel.add')}
      </button>
    </SidePanel>
  );
}

/** The persona panel, shown while it is open. */
export function PersonaPanel() {
  return usePersonaPanel((s) => s.open) ? <OpenPanel /> : null;
}

/** The toolbar button: pressed while the panel is open. */
export function PersonasToggle() {
  const { t } = useTranslation();
  const open = usePersonaPanel((s) => s.open);
  return (
    <PanelToggle
      id={PERSONAS_TOGGLE_ID}
      open={open}
      action="personas"
      keyShortcuts="Control+Shift+P"
      label={t('actions.personas')}
      icon={Users}
    />
  );
}

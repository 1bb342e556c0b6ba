/**
 * What the customer thinks or says at a step (the journey map's thoughts row): a list of short
 * notes, each edited in place, removed with its button, and added from the field below. Every
 * edit is one note command (addNote, updateNote, removeNote), so each is one undo entry; typing
 * in one note is coalesced into one. These are the default thoughts: with a persona chosen, the
 * section says so (the persona's own are edited in the persona section and the thoughts row).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/i18n/format';
import { MAX_LABEL } from '../../../shared/model/schema';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { usePersonaId } from '../../state/filters';
import { dispatch } from './dispatch';
import { Section } from './fields';
import { useDraft } from './useDraft';

const ROW = 'thoughts';
/** The store keeps a note trimmed, so a draft with a trailing space still describes it. */
const sameNote = (draft: string, value: string) => draft.trim() === value;
const identity = (text: string) => text;

function ThoughtRow({
  stepId,
  text,
  index,
  onRemove,
}: {
  stepId: string;
  text: string;
  index: number;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const n = formatNumber(lng, index + 1);
  const [draft, setDraft] = useDraft(text, identity, sameNote);
  return (
    <li className="insp-measure insp-note">
      <input
        type="text"
        aria-label={t('inspector.thoughts.text', { n })}
        value={draft}
        maxLength={MAX_LABEL}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          // A blank note is refused by the command: it waits here until text comes back or the field is left.
          if (value.trim())
            dispatch({ type: 'updateNote', stepId, row: ROW, index, text: value }, `${stepId}:thought.${index}`);
        }}
        // Left blank: the note is as it was (its remove button deletes it).
        onBlur={() => {
          if (!draft.trim()) setDraft(text);
        }}
      />
      <button
        type="button"
        className="icon"
        aria-label={t('inspector.thoughts.remove', { n })}
        title={t('inspector.thoughts.remove', { n })}
        onClick={() => onRemove(index)}
      >
        ×
      </button>
    </li>
  );
}

/** The thoughts of one step, for every step (a contact moment or not). */
export function ThoughtsSection({ stepId, thoughts }: { stepId: string; thoughts: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);
  // With a persona chosen the thoughts row shows (and edits) that persona's thoughts: say these are the default.
  const personaId = usePersonaId();
  const asPersona = useDocument(
    (s) => personaId !== null && Boolean(s.project?.personas.some((p) => p.id === personaId)),
  );

  const add = () => {
    if (!text.trim()) return;
    if (dispatch({ type: 'addNote', stepId, row: ROW, text })) setText('');
  };

  const remove = (index: number) => {
    if (!dispatch({ type: 'removeNote', stepId, row: ROW, index })) return;
    // Keep keyboard focus in the list: on the note that took its place, else the one before, else the new-thought field.
    const left = thoughts.length - 1;
    requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll<HTMLInputElement>('input[type="text"]');
      const next = left > 0 ? inputs?.[Math.min(index, left - 1)] : undefined;
      (next ?? addRef.current)?.focus();
    });
  };

  return (
    <Section title={t('rows.names.thoughts')} className="insp-thoughts">
      <p className="insp-hint">{t('inspector.thoughts.hint')}</p>
      {asPersona ? <p className="insp-hint">{t('personas.inspector.defaultSection')}</p> : null}
      {thoughts.length > 0 ? (
        <ul className="insp-measures insp-notes" aria-label={t('rows.names.thoughts')} ref={listRef}>
          {thoughts.map((thought, index) => (
            // Notes have no ids: a row is its place in the list (a removal shifts the rest up).
            <ThoughtRow key={index} stepId={stepId} text={thought} index={index} onRemove={remove} />
          ))}
        </ul>
      ) : null}
      <div className="insp-add-measure insp-add-note">
        <label htmlFor={id} className="visually-hidden">
          {t('inspector.thoughts.new')}
        </label>
        <input
          id={id}
          ref={addRef}
          type="text"
          value={text}
          maxLength={MAX_LABEL}
          placeholder={t('inspector.thoughts.newPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('inspector.thoughts.add')}
        </button>
      </div>
    </Section>
  );
}

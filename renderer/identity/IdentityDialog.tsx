import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTITY_COLOURS, MAX_IDENTITY_NAME, cleanName, initials, suggestColour } from '../../shared/identity';
import type { Identity } from '../../shared/identity';
import { Modal } from '../app/Modal';
import { saveIdentity, settleAsking, useIdentityStore } from './identityStore';
import './identity.css';

/** A person's round marker: their initials on their colour. */
export function IdentityMarker({ identity, size = 22 }: { identity: Identity; size?: number }) {
  return (
    <span
      className="identity-marker"
      aria-hidden="true"
      style={{ background: identity.colour, width: size, height: size, fontSize: Math.round(size * 0.45) }}
    >
      {initials(identity.name)}
    </span>
  );
}

/**
 * "Who are you?": a display name and a colour from the palette, asked the first time a
 * comment, a vote or a workshop needs them, and from Settings… to change them. Mounted once
 * in the app; opens while the identity store holds a request.
 */
export function IdentityDialog() {
  const asking = useIdentityStore((s) => s.asking);
  if (!asking) return null;
  // A fresh form for each request.
  return <IdentityForm key={asking.seq} initial={asking.initial} />;
}

function IdentityForm({ initial }: { initial: Identity | null }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [colour, setColour] = useState(initial?.colour ?? suggestColour(''));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const cleaned = cleanName(name);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!cleaned || saving) return;
    setSaving(true);
    const identity = { name: cleaned, colour };
    const failed = await saveIdentity(identity);
    setSaving(false);
    if (failed) setError(failed);
    else settleAsking(identity);
  }

  return (
    <Modal label={t('identity.title')} onClose={() => settleAsking(null)} className="identity-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2>{t('identity.title')}</h2>
        <p className="hint">{t('identity.why')}</p>
        <label className="identity-name">
          <span>{t('identity.name')}</span>
          <input
            autoFocus
            value={name}
            maxLength={MAX_IDENTITY_NAME}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <fieldset className="identity-colours">
          <legend>{t('identity.colour')}</legend>
          <div className="identity-swatches">
            {IDENTITY_COLOURS.map((c) => (
              <label
                key={c.key}
                className={c.hex === colour ? 'checked' : undefined}
                title={t(`identity.colours.${c.key}`)}
              >
                <input
                  type="radio"
                  name="identity-colour"
                  value={c.hex}
                  checked={c.hex === colour}
                  onChange={() => setColour(c.hex)}
                />
                <span className="identity-swatch" style={{ background: c.hex }} aria-hidden="true" />
                <span className="visually-hidden">{t(`identity.colours.${c.key}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="identity-preview" aria-live="polite">
          {cleaned ? (
            <>
              <IdentityMarker identity={{ name: cleaned, colour }} size={28} />
              <span>{cleaned}</span>
            </>
          ) : (
            <span className="hint">{t('identity.nameNeeded')}</span>
          )}
        </p>
        {error && <p role="alert">{t('identity.failed', { detail: error })}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={() => settleAsking(null)}>
            {t('identity.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!cleaned || saving}>
            {t('identity.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

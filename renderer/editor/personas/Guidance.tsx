/**
 * How staff serve a customer type, from the service material's customer types (seed 001,
 * DOMAIN.md): shown where staff meet the persona (the persona panel, the inspector).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../shared/model/types';

/** The customer types the material gives handling rules for. */
const WITH_RULES: ReadonlySet<Persona['customerType']> = new Set([
  'angry',
  'arguer',
  'talker',
  'chronic complainer',
  'rude',
  'demanding',
]);

export function Guidance({ customerType }: { customerType: Persona['customerType'] }) {
  const { t } = useTranslation();
  const id = useId();
  const typeName = t(`domain.customerTypes.${customerType}`);
  if (!WITH_RULES.has(customerType))
    return (
      <p className="persona-guidance-none">
        {typeName}: {t('personas.guidance.none')}
      </p>
    );
  const rules = t(`personas.guidance.${customerType}`).split('\n');
  return (
    <section className="persona-guidance" aria-labelledby={id}>
      <h4 id={id}>
        {t('personas.guidance.heading')}: {typeName}
      </h4>
      <ul>
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p className="persona-guidance-source">{t('personas.guidance.source')}</p>
    </section>
  );
}

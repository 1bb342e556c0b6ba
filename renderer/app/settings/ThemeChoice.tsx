import { useTranslation } from 'react-i18next';
import { Monitor, Moon, Sun } from 'lucide-react';
import { THEME_CHOICES, type ThemeChoice as Choice } from '../../../shared/look/tokens';
import { chooseTheme, useTheme } from '../../look/theme';

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/** System / Light / Dark, as a segmented radio group; applies at once and is stored in the library settings. */
export function ThemeChoice({ onError }: { onError: (detail: string) => void }) {
  const { t } = useTranslation();
  const choice = useTheme((s) => s.choice);
  async function choose(value: Choice) {
    const error = await chooseTheme(value);
    if (error) onError(error);
  }
  return (
    <fieldset className="theme-choice">
      <legend>{t('look.theme.title')}</legend>
      <div className="segmented">
        {THEME_CHOICES.map((value) => {
          const Icon = ICONS[value];
          return (
            <label key={value} className={value === choice ? 'checked' : undefined}>
              <input
                type="radio"
                name="theme"
                value={value}
                checked={value === choice}
                onChange={() => void choose(value)}
              />
              <Icon size={16} aria-hidden="true" />
              {t(`look.theme.${value}`)}
            </label>
          );
        })}
      </div>
      <p className="hint">{t('look.theme.hint')}</p>
    </fieldset>
  );
}

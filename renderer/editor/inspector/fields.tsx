/**
 * Small labelled form controls for the inspector. Every control has a real <label>
 * (visually hidden where a table header already shows it), so it is reachable by
 * keyboard and has the accessible name the tests and screen readers use.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, parseDecimal } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { MAX_LABEL, MAX_TEXT } from '../../../shared/model/schema';
import { parseLines, sameLines, useDraft } from './useDraft';

interface LabelProps {
  label: string;
  /** Keep the label for assistive technology only (a table header shows it). */
  hideLabel?: boolean;
  hint?: ReactNode;
}

function Row({ id, label, hideLabel, hint, children }: LabelProps & { id: string; children: ReactNode }) {
  return (
    <div className="insp-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      {hint ? <div className="insp-hint">{hint}</div> : null}
    </div>
  );
}

const identity = (text: string) => text;
const sameText = (draft: string, value: string) => draft === value;

/**
 * A text input or textarea that reports every change; the caller dispatches with a coalesce key.
 * Length is capped at the schema's limits so the command never has to refuse a keystroke.
 */
export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  rows = 3,
  placeholder,
  hideLabel,
  maxLength = multiline ? MAX_TEXT : MAX_LABEL,
}: LabelProps & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useDraft(value, identity, sameText);
  const change = (text: string) => {
    setDraft(text);
    onChange(text);
  };
  return (
    <Row id={id} label={label} hideLabel={hideLabel}>
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          value={draft}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </Row>
  );
}

/** A textarea holding a list, one entry per line; blank lines are dropped. */
export function LinesField({
  label,
  value,
  onChange,
  rows = 3,
  placeholder,
}: LabelProps & {
  value: readonly string[];
  onChange: (lines: string[]) => void;
  rows?: number;
  placeholder?: string;
}) {
  const id = useId();
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft(value, (lines) => lines.join('\n'), sameLines);
  return (
    <Row id={id} label={label} hint={t('inspector.onePerLine')}>
      <textarea
        id={id}
        rows={rows}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => {
          setDraft(e.target.value);
          if (!sameLines(e.target.value, value)) onChange(parseLines(e.target.value));
        }}
      />
    </Row>
  );
}

/** A number input where empty means "not set" (null). Values outside min..max are not reported. */
export function NumberField({
  label,
  hint,
  value,
  onChange,
  min,
  max,
  step = 1,
}: LabelProps & {
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  step?: number;
}) {
  const id = useId();
  const parse = (text: string): number | null | undefined => {
    if (text.trim() === '') return null;
    const n = Number(text);
    return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
  };
  const [draft, setDraft] = useDraft(
    value,
    (v) => (v === null ? '' : String(v)),
    (text, v) => parse(text) === v,
  );
  return (
    <Row id={id} label={label} hint={hint}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-invalid={parse(draft) === undefined ? true : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = parse(e.target.value);
          if (n !== undefined && n !== value) onChange(n);
        }}
      />
    </Row>
  );
}

/**
 * A typed decimal (a SERVQUAL mean, a respondents count) where empty means "not set" (null).
 * Shown with `digits` decimals in the UI language ("4,21" in Hungarian), read back with a
 * point or a comma. A value the store holds at full precision (4.2137) is shown rounded and
 * left untouched until the user types. Values outside min..max, or not whole when `digits`
 * is 0, are marked invalid and not reported; `invalidHint` then says what fits.
 */
export function DecimalField({
  label,
  hideLabel,
  value,
  onChange,
  min,
  max,
  digits = 2,
  lng,
  invalidHint,
  title,
}: LabelProps & {
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  digits?: number;
  lng: Language;
  invalidHint: string;
  title?: string;
}) {
  const id = useId();
  const hintId = useId();
  const format = (v: number | null) => (v === null ? '' : formatDecimal(lng, v, digits));
  const parse = (text: string): number | null | undefined => {
    if (text.trim() === '') return null;
    const n = parseDecimal(text);
    if (n === null || n < min || n > max || (digits === 0 && !Number.isInteger(n))) return undefined;
    return n;
  };
  // The shown rounding of the stored value describes it; so does the same number typed.
  const describes = (text: string, v: number | null) => text === format(v) || parse(text) === v;
  const [draft, setDraft] = useDraft(value, format, describes);
  // The UI language switched live: the shown number takes the new language's decimal sign.
  const [shownIn, setShownIn] = useState(lng);
  if (shownIn !== lng) {
    setShownIn(lng);
    if (parse(draft) === value) setDraft(format(value));
  }
  const invalid = parse(draft) === undefined;
  return (
    <Row id={id} label={label} hideLabel={hideLabel}>
      <input
        id={id}
        type="text"
        inputMode={digits === 0 ? 'numeric' : 'decimal'}
        className="insp-decimal"
        title={title}
        value={draft}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (describes(e.target.value, value)) return;
          const n = parse(e.target.value);
          if (n !== undefined) onChange(n);
        }}
        onBlur={() => {
          // Leaving the field shows the value as stored (a half-typed "4," becomes "4,00").
          if (!invalid) setDraft(format(value));
        }}
      />
      {invalid ? (
        <div id={hintId} className="insp-hint insp-invalid" role="alert">
          {invalidHint}
        </div>
      ) : null}
    </Row>
  );
}

export interface Option<T> {
  value: T;
  label: string;
}

const encode = (value: string | number | null) => (value === null ? '' : String(value));

/** A select over typed values; `null` is encoded as the empty option value. */
export function SelectField<T extends string | number | null>({
  label,
  value,
  options,
  onChange,
  hideLabel,
  hint,
}: LabelProps & { value: T; options: readonly Option<T>[]; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <Row id={id} label={label} hideLabel={hideLabel} hint={hint}>
      <select
        id={id}
        value={encode(value)}
        onChange={(e) => {
          const picked = options.find((o) => encode(o.value) === e.target.value);
          if (picked && picked.value !== value) onChange(picked.value);
        }}
      >
        {options.map((o) => (
          <option key={encode(o.value)} value={encode(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </Row>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  hideLabel,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <div className="insp-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
    </div>
  );
}

/** A titled group of fields (a <fieldset>, so the group has a name too). */
export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <fieldset className={`insp-section${className ? ` ${className}` : ''}`}>
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

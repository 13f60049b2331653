/**
 * A date field written dd/mm/yyyy in both languages (the browser's own date input follows its
 * locale, mm/dd/yyyy in English). Holds what is typed; gives the ISO date it reads by the core's
 * one rule (`parseShortDateVi`: "15/08/2025", "5/8/2025", or ISO), '' while it reads none, and
 * tells the form it is invalid until it does.
 */
import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { formatShortDateVi, parseShortDateVi } from '../lib/core';
import { useT } from '../lib/i18n';

interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> {
  /** The ISO date, or '' for none. */
  value: string;
  onChange: (iso: string) => void;
}

/** "2025-08-15" → "15/08/2025"; anything else as it is. */
function shown(iso: string): string {
  const parsed = parseShortDateVi(iso);
  return iso && parsed.ok ? formatShortDateVi(parsed.date) : iso;
}

export function DateInput({ value, onChange, ...rest }: DateInputProps) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => shown(value));
  const [given, setGiven] = useState(value);
  // The form set another date (a reset, a default): show it.
  if (value !== given) {
    setGiven(value);
    setText(shown(value));
  }
  const invalid = text.trim() !== '' && !parseShortDateVi(text).ok;
  useEffect(() => {
    ref.current?.setCustomValidity(invalid ? t('invalidDate') : '');
  }, [invalid, t]);
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dateHint')}
      value={text}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        const next = event.target.value;
        const parsed = parseShortDateVi(next);
        const iso = parsed.ok ? parsed.date : '';
        setText(next);
        setGiven(iso);
        onChange(iso);
      }}
    />
  );
}

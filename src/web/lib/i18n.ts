/**
 * Vietnamese by default, English on request: one dictionary lookup, no library. The choice is
 * remembered in localStorage and every `useT()` caller re-renders when it changes.
 */
import { useSyncExternalStore } from 'react';
import { en, vi, type MessageKey } from './messages';

export type Lang = 'vi' | 'en';

/** The languages offered, Vietnamese first. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Each language named in itself, the way language switchers show them. */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

const listeners = new Set<() => void>();
let current: Lang = readStored();
if (typeof document !== 'undefined') document.documentElement.lang = current;

function readStored(): Lang {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem('vedich.lang') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem('vedich.lang', lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

export function getLang(): Lang {
  return current;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Looks a key up in the current language and fills `{name}` placeholders. */
export const translate: Translate = (key, vars) => {
  const text: string = current === 'en' ? en[key] : vi[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The translate function; re-renders the caller when the language changes. */
export function useT(): Translate {
  useSyncExternalStore(subscribe, getLang, () => 'vi' as Lang);
  return translate;
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, () => 'vi' as Lang);
}

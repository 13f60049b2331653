/** The browser tab's title in the interface's language: "Nhập số liệu · phường Bỉm Sơn · Về Đích". */
import { useEffect } from 'react';
import { useT } from './i18n';

/** Sets the document's title from the given parts (empty ones skipped) and the app's name. */
export function usePageTitle(...parts: (string | undefined)[]): void {
  const t = useT();
  const title = [...parts.filter(Boolean), t('appName')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

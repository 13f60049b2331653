/**
 * Who is signed in, with which roles, and which units they may see. Loaded once from
 * /api/auth/me; login and logout update it. The CSRF token goes to the API module.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken } from './api';
import { canOn, type Action } from './permissions';
import type { Me, UnitsAnswer } from './types';
import { flattenUnits, type FlatUnit } from './units';

export interface Session {
  me: Me;
  units: FlatUnit[];
  logout: () => Promise<void>;
}

interface SessionState {
  status: 'loading' | 'signed-out' | 'signed-in' | 'error';
  me?: Me;
  units?: FlatUnit[];
  error?: unknown;
}

const SessionContext = createContext<Session | null>(null);

async function loadUnits(): Promise<FlatUnit[]> {
  const answer = await api<UnitsAnswer>('GET', '/api/units');
  return flattenUnits(answer.units);
}

/** The signed-in session; only valid inside the signed-in part of the app. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in session');
  return session;
}

/** `can(action, unitCode)`: whether the signed-in user's role on the unit allows the action. */
export function useCan(): (action: Action, unitCode: string) => boolean {
  const { units } = useSession();
  return useCallback((action: Action, unitCode: string) => canOn(units, action, unitCode), [units]);
}

export function useSessionLoader() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      // Both at once; the units answer is only used when the session is valid.
      const unitsLoading = loadUnits();
      unitsLoading.catch(() => undefined);
      const me = await api<Me>('GET', '/api/auth/me');
      setCsrfToken(me.csrfToken);
      const units = await unitsLoading;
      setState({ status: 'signed-in', me, units });
    } catch (error) {
      setCsrfToken(null);
      if (error instanceof ApiError && error.status === 401) setState({ status: 'signed-out' });
      else setState({ status: 'error', error });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      const answer = await api<Me>('POST', '/api/auth/login', { username, password });
      setCsrfToken(answer.csrfToken);
      await refresh();
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    try {
      await api('POST', '/api/auth/logout', {});
    } finally {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
    }
  }, []);

  return { state, login, logout, refresh };
}

export function SessionProvider({ me, units, logout, children }: Session & { children: ReactNode }) {
  const value = useMemo(() => ({ me, units, logout }), [me, units, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

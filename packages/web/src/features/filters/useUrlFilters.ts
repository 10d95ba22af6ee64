import { useCallback, useMemo } from "react";
import { useLocation, useNavigate } from "react-router";

interface UrlFilterCodec<T> {
  parse: (params: URLSearchParams) => T;
  serialise: (filters: T) => URLSearchParams;
}

interface SetOptions<S> {
  /** Replace the history entry instead of adding one. */
  replace?: boolean;
  /** Travels with the history entry (e.g. the cursors of earlier pages). */
  state?: S;
}

/**
 * Filters held in the URL: parse on every render (the URL is the single source of
 * truth) and navigate to change them, so the back button restores earlier filters.
 */
export function useUrlFilters<T, S = unknown>(codec: UrlFilterCodec<T>) {
  const location = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => codec.parse(new URLSearchParams(location.search)), [codec, location.search]);

  const setFilters = useCallback(
    (next: T, options: SetOptions<S> = {}) => {
      const search = codec.serialise(next).toString();
      // Rendered at once, not in a transition: a second change made straight after (another filter
      // picked quickly) must build on this one, not on filters from before it.
      navigate({ pathname: location.pathname, search: search ? `?${search}` : "" }, { ...options, flushSync: true });
    },
    [codec, location.pathname, navigate],
  );

  return { filters, setFilters, state: location.state as S | null };
}

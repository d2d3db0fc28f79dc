import { useState } from 'react';
import { errorMessage } from '../api/problem';
import { useLoad, type Loaded } from '../api/useLoad';

export interface Paged<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface PagedList<T> {
  list: Loaded<Paged<T>>;
  /** Appends the next page to the items shown. */
  showMore: () => Promise<void>;
  loadingMore: boolean;
  moreError?: string;
  /** Replaces one item, e.g. after a command changed it. */
  replace: (keep: (item: T) => boolean, items: T[]) => void;
}

/** A keyset-paginated list: the first page when `deps` change, then "Afficher plus" for the next ones. */
export function usePagedList<T>(load: (cursor?: string) => Promise<Paged<T>>, deps: unknown[]): PagedList<T> {
  const [list, setList] = useLoad(() => load(), deps);
  const [more, setMore] = useState<{ loading: boolean; error?: string }>({ loading: false });

  async function showMore() {
    if (list.status !== 'loaded' || !list.value.nextCursor) {
      return;
    }
    setMore({ loading: true });
    try {
      const next = await load(list.value.nextCursor);
      setList({ items: [...list.value.items, ...next.items], nextCursor: next.nextCursor });
      setMore({ loading: false });
    } catch (error) {
      setMore({ loading: false, error: errorMessage(error) });
    }
  }

  function replace(keep: (item: T) => boolean, items: T[]) {
    if (list.status === 'loaded') {
      setList({ items: [...list.value.items.filter(keep), ...items], nextCursor: list.value.nextCursor });
    }
  }

  return { list, showMore, loadingMore: more.loading, moreError: more.error, replace };
}

/** The "Afficher plus" button of a paged list, with the error of the last attempt. */
export function MoreButton<T>({ paged }: { paged: PagedList<T> }) {
  if (paged.list.status !== 'loaded') {
    return null;
  }
  return (
    <>
      {paged.moreError && (
        <p role="alert" className="alert-error">
          {paged.moreError}
        </p>
      )}
      {paged.list.value.nextCursor && (
        <div className="button-row">
          <button type="button" className="button-plain" disabled={paged.loadingMore} onClick={() => void paged.showMore()}>
            {paged.loadingMore ? 'Chargement…' : 'Afficher plus'}
          </button>
        </div>
      )}
    </>
  );
}

/** What a paged list says while it loads, when it failed, and when it is empty. */
export function ListState<T>({ paged, what, empty }: { paged: PagedList<T>; what: string; empty: string }) {
  return (
    <>
      {paged.list.status === 'loading' && <p role="status">Chargement…</p>}
      {paged.list.status === 'failed' && (
        <div role="alert" className="alert-error">
          <p>{what.charAt(0).toUpperCase() + what.slice(1)} n'a pas pu être chargée.</p>
          <p>{paged.list.message}</p>
        </div>
      )}
      {paged.list.status === 'loaded' && paged.list.value.items.length === 0 && <p className="empty-state">{empty}</p>}
    </>
  );
}

import { useEffect, useState, type DependencyList } from 'react';
import { errorMessage } from './problem';

export type Loaded<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed'; message: string };

/** Runs `load` when `deps` change and keeps the latest outcome; a late answer to an older load is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): [Loaded<T>, (value: T) => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'loaded', value }),
      (error: unknown) => current && setState({ status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, deps);

  return [state, (value: T) => setState({ status: 'loaded', value })];
}

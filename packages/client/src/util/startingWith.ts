/**
 * An async iterator that yields `first`, then what `rest` yields; returning from it returns `rest`
 * (so a listener subscribed before the call is released on break).
 */
export function startingWith<E>(first: E, rest: AsyncIterableIterator<E>): AsyncIterableIterator<E> {
  let pending = true;
  const iterator: AsyncIterableIterator<E> = {
    next: () => {
      if (!pending) return rest.next();
      pending = false;
      return Promise.resolve({ done: false, value: first });
    },
    return: (value?: unknown) => {
      pending = false;
      return rest.return ? rest.return(value) : Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** What next() resolves with once the source has ended. */
export const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The async iterator of a consumer or reader: `next` hands out messages, and leaving a
 * `for await` loop early (break, return, throw in its body) closes the source.
 */
export function closingIterator<T>(
  next: () => Promise<IteratorResult<T>>,
  close: () => Promise<void>,
): AsyncIterator<T> {
  return {
    next,
    return: async () => {
      await close();
      return DONE;
    },
  };
}

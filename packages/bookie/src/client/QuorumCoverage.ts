import { toBrookError } from '@brook/protocol';
import { writeSet } from './WriteSet.js';

/**
 * Asks every bookie of an ensemble the same question and resolves once the answers cover every write
 * set: at least `needed` answers among the writeQuorum bookies of each of the ensembleSize write sets
 * (BookKeeper's quorum coverage). With needed = Qw - Qa + 1 no add can have completed without one
 * of the answering bookies seeing it. Rejects as soon as some write set can no longer get there.
 * Resolves with the answers in hand at that moment (later ones are not awaited); rejects with the
 * error of the answer that made coverage impossible.
 */
export function awaitCoverage<T>(
  ensemble: readonly string[],
  writeQuorum: number,
  needed: number,
  ask: (bookieId: string) => Promise<T>,
): Promise<T[]> {
  const size = ensemble.length;
  const writeSets = ensemble.map((_, start) => writeSet(start, size, writeQuorum));
  const answered = new Set<number>();
  const failed = new Set<number>();
  const answers: T[] = [];
  const countIn = (set: ReadonlySet<number>, indexes: number[]) => indexes.filter((i) => set.has(i)).length;

  return new Promise<T[]>((resolve, reject) => {
    let settled = false;
    ensemble.forEach((bookieId, index) => {
      ask(bookieId).then(
        (answer) => {
          if (settled) return;
          answered.add(index);
          answers.push(answer);
          if (writeSets.every((set) => countIn(answered, set) >= needed)) {
            settled = true;
            resolve(answers);
          }
        },
        (error: unknown) => {
          if (settled) return;
          failed.add(index);
          if (writeSets.some((set) => set.length - countIn(failed, set) < needed)) {
            settled = true;
            reject(toBrookError(error));
          }
        },
      );
    });
  });
}

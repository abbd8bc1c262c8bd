import { randomInt } from 'node:crypto';
import { BrookError, ErrorCode } from '@brook/protocol';
import type { BookiePool } from './BookiePool.js';

/**
 * Picks `count` distinct writable bookies at random, none of them in `exclude` (the bookies an
 * ensemble change replaces or keeps). NOT_ENOUGH_BOOKIES when too few are writable.
 */
export async function chooseBookies(
  pool: BookiePool,
  count: number,
  exclude: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const candidates = [...new Set(await pool.writableBookies())].filter((id) => !exclude.has(id));
  if (candidates.length < count) {
    throw new BrookError(
      ErrorCode.NotEnoughBookies,
      `need ${count} writable bookies, ${candidates.length} available${exclude.size > 0 ? ` besides ${exclude.size} excluded` : ''}`,
    );
  }
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(candidates.length - i);
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  return candidates.slice(0, count);
}

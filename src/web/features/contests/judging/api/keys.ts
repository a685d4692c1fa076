/** Query keys and paths of the judge's pages: a sheet or a conflict refreshes the round and the round list. */
export const judgingKey = ['judging'] as const;
export const judgeRoundsKey = [...judgingKey, 'rounds'] as const;
export const judgeRoundKey = (roundId: string) => [...judgingKey, 'round', roundId] as const;
export const judgeEntryKey = (roundId: string, entryId: string) => [...judgingKey, 'entry', roundId, entryId] as const;
export const entryScoresKey = (roundId: string, entryId: string) => [...judgingKey, 'scores', roundId, entryId] as const;

export const roundPath = (roundId: string) => `/api/judging/${encodeURIComponent(roundId)}`;
export const judgeEntryPath = (roundId: string, entryId: string) => `${roundPath(roundId)}/entries/${encodeURIComponent(entryId)}`;

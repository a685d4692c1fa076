/** Query keys of the letters: only the region's letter settings are cached; letters themselves are files. */
export const letterSettingsKey = ['letters', 'settings'] as const;
export const letterSettingsPath = '/api/letters/settings';

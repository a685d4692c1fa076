/** Texts of the web app. Indonesian first; English must have the same keys. */
export const uiId = {
  appName: 'Lumbung',
};
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export const uiEn: DeepStrings<typeof uiId> = {
  appName: 'Lumbung',
};

/** The English catalogue must have the same keys as the Indonesian one: this type checks it. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

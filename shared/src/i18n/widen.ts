/** A catalog's shape with every text as a plain string, so that the other language can fill it. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type ReadonlyDeep<T> = T extends (...args: never[]) => unknown ? T : T extends ReadonlyMap<infer K, infer V> ? ReadonlyMap<K, ReadonlyDeep<V>> : T extends ReadonlySet<infer V> ? ReadonlySet<ReadonlyDeep<V>> : T extends readonly (infer E)[] ? readonly ReadonlyDeep<E>[] : T extends object ? {
    readonly [K in keyof T]: ReadonlyDeep<T[K]>;
} : T;

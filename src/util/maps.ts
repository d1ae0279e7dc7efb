// Two idioms many indexes of the model share: lists grouped in a Map, and answers kept per key.

/** Appends `value` to the list kept under `key`, starting the list when there is none. */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** A Map or a WeakMap: where answers are kept (a WeakMap for objects, so a run's model is not held after it). */
interface KeyedStore<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The answer kept in `store` for `key`, computed and kept on the first ask. */
export function getOrCompute<K, V>(store: KeyedStore<K, V>, key: K, compute: (key: K) => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = compute(key);
    store.set(key, value);
  }
  return value;
}

/** The value `values` holds under `key`, made by `make` and kept there the first time it is asked for. */
export function remember<K, V>(values: Map<K, V>, key: K, make: () => V): V {
  let value = values.get(key);
  if (value === undefined) values.set(key, (value = make()));
  return value;
}

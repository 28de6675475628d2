/**
 * `compute` once per object, the result held as long as the object lives (a `WeakMap`): for
 * values derived from something that does not change once built, a resource declaration or a
 * parsed document, and asked for on every request.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

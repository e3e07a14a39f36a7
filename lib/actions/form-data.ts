/**
 * FormData as a plain object for zod: a key sent once becomes a string, a key sent several times
 * an array; Next's own `$ACTION_*` fields are dropped. Keys become own properties
 * (`Object.fromEntries`), so a field named `__proto__` is just an unknown field, never the
 * object's prototype.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION_")) continue;
    const values = formData.getAll(key);
    entries.push([key, values.length === 1 ? values[0] : values]);
  }
  return Object.fromEntries(entries);
}

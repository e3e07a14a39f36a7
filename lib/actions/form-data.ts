/**
 * FormData as a plain object for zod: a key sent once becomes a string, a key sent several times
 * an array; Next's own `$ACTION_*` fields are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION_")) continue;
    const values = formData.getAll(key);
    result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}

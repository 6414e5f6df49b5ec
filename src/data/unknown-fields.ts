// Fields a schema does not know. zod's objects drop them without a word, so a typo such as `titleRU` for `title.ru`
// would pass unnoticed while the real field stays empty; they are reported as warnings, not errors, so a file
// written for a newer version of the tracker still loads.
import { z } from 'zod'

/** The path of every key in `value` that `schema` does not describe. */
export function unknownFields(schema: z.ZodType, value: unknown, path: readonly PropertyKey[] = []): PropertyKey[][] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return unknownFields(schema.unwrap() as z.ZodType, value, path)
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element as z.ZodType
    return value.flatMap((entry, index) => unknownFields(element, entry, [...path, index]))
  }
  if (schema instanceof z.ZodObject && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const shape = schema.shape as Record<string, z.ZodType>
    return Object.entries(value).flatMap(([key, entry]) => {
      const field = shape[key]
      return field ? unknownFields(field, entry, [...path, key]) : [[...path, key]]
    })
  }
  return []
}

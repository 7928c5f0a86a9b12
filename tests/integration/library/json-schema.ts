// A small JSON Schema (2020-12 subset) checker for the API contract tests: the keywords that
// z.toJSONSchema emits for our schemas. It returns every mismatch with its path, so a failing
// contract test says exactly which field broke the document's promise.
type Schema = Record<string, unknown>

export function validate(schema: Schema, value: unknown, root: { components: { schemas: Record<string, Schema> } }, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const id = schema.$ref.replace('#/components/schemas/', '')
    const target = root.components.schemas[id]
    if (!target) return [`${path}: unknown $ref ${schema.$ref}`]
    return validate(target, value, root, path)
  }
  const errors: string[] = []
  if (Array.isArray(schema.anyOf)) {
    const branches = (schema.anyOf as Schema[]).map((branch) => validate(branch, value, root, path))
    if (!branches.some((branch) => branch.length === 0)) errors.push(`${path}: matches no anyOf branch (${branches.flat().join('; ')})`)
  }
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string | string[])
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
    const ok = types.some((type) =>
      type === 'integer' ? typeof value === 'number' && Number.isInteger(value) : type === actual,
    )
    if (!ok) return [...errors, `${path}: expected ${types.join('|')}, got ${actual}`]
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`)
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: does not match ${schema.pattern}`)
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`)
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`)
    if (schema.format === 'uri' && !URL.canParse(value)) errors.push(`${path}: not a URI`)
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) errors.push(`${path}: not a date-time`)
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`)
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`)
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`)
    if (schema.items) value.forEach((item, index) => errors.push(...validate(schema.items as Schema, item, root, `${path}[${index}]`)))
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>
    const properties = (schema.properties ?? {}) as Record<string, Schema>
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) errors.push(`${path}.${key}: required`)
    for (const [key, item] of Object.entries(record)) {
      if (properties[key]) errors.push(...validate(properties[key], item, root, `${path}.${key}`))
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`)
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        errors.push(...validate(schema.additionalProperties as Schema, item, root, `${path}.${key}`))
      }
    }
  }
  return errors
}

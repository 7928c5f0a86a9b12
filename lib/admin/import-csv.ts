// CSV import of cities or officials: a preview that checks every row (with its line number in
// the file) and an apply that writes all rows or none. Apply re-checks everything inside its
// transaction, so a preview that has gone stale cannot write half a file; a unique-index
// violation (a name taken meanwhile) rolls the whole import back.
//
// Cities:    name,country_code,region,population,latitude,longitude[,hub]   (hub: a hub's slug; the
//            city becomes a member of it)
// Officials: name,email,job_title,city,role   (city: the city's slug; role OFFICIAL or FOCAL_POINT)
// Imported officials get an account without a password; they sign in with an e-mailed link or
// set a password through "forgot password".
import 'server-only'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { CityInputSchema, ImportInputSchema, MAX_IMPORT_ROWS, OfficialRowSchema } from '@/lib/validation/admin'
import { nameKey, nameSkeleton, uniqueSlug } from './names'
import { requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

type Tx = Prisma.TransactionClient

export const importColumns = {
  cities: ['name', 'country_code', 'region', 'population', 'latitude', 'longitude'],
  officials: ['name', 'email', 'job_title', 'city', 'role'],
} as const

export type ImportKind = keyof typeof importColumns

/** Columns a file may leave out (an empty cell means the same). */
export const optionalImportColumns: Record<ImportKind, readonly string[]> = { cities: ['hub'], officials: [] }

/**
 * What a field-level "invalid" means in each column, so a problem says what is expected rather
 * than "This value is not valid." (keys of AdminImport.errors, filled with the cell's value).
 */
const invalidIn: Record<string, string> = {
  population: 'populationInvalid',
  latitude: 'latitudeInvalid',
  longitude: 'longitudeInvalid',
  role: 'roleInvalid',
  country_code: 'countryCodeUnknown',
}

/** A problem with one line; `field` is a column name, `code` a key of AdminImport.errors or Validation. */
export type RowError = { line: number; field?: string; code: string; value?: string }

export type ImportRow = { line: number; values: Record<string, string> }

export type ImportReport = {
  kind: ImportKind
  rows: ImportRow[]
  errors: RowError[]
  applied: boolean
}

type CityRow = z.output<typeof CityInputSchema>
type OfficialRow = z.output<typeof OfficialRowSchema>

type Parsed = { rows: ImportRow[]; errors: RowError[] }

function parseCsv(kind: ImportKind, csv: string): Parsed {
  const expected: readonly string[] = importColumns[kind]
  const optional = optionalImportColumns[kind]
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(csv, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never
  } catch (error) {
    const line = (error as { lines?: number }).lines
    return { rows: [], errors: [{ line: typeof line === 'number' ? line : 1, code: 'malformed' }] }
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, code: 'empty' }] }
  const header = records[0]!.record.map((cell) => cell.toLowerCase())
  const missing = expected.filter((column) => !header.includes(column))
  const unknown = header.filter((column) => !expected.includes(column) && !optional.includes(column))
  if (missing.length || unknown.length) {
    return {
      rows: [],
      errors: [
        ...missing.map((column) => ({ line: records[0]!.info.lines, field: column, code: 'missingColumn' })),
        ...unknown.map((column) => ({ line: records[0]!.info.lines, field: column, code: 'unknownColumn' })),
      ],
    }
  }
  const body = records.slice(1)
  if (!body.length) return { rows: [], errors: [{ line: 1, code: 'empty' }] }
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], errors: [{ line: body[MAX_IMPORT_ROWS]!.info.lines, code: 'tooManyRows' }] }
  const rows: ImportRow[] = []
  const errors: RowError[] = []
  for (const { record, info } of body) {
    // info.lines is the line the record ends on; a record with a quoted line break starts earlier.
    const line = info.lines
    if (record.length !== header.length) {
      errors.push({ line, code: 'columnCount' })
      continue
    }
    const values = Object.fromEntries(header.map((column, index) => [column, record[index] ?? '']))
    for (const column of optional) values[column] ??= ''
    rows.push({ line, values })
  }
  return { rows, errors }
}

function fieldErrors(row: ImportRow, error: z.ZodError, columnOf: Record<string, string>): RowError[] {
  return error.issues.map((issue) => {
    const field = columnOf[String(issue.path[0])] ?? String(issue.path[0])
    const value = row.values[field]
    const specific = invalidIn[field]
    if (specific && (issue.message === 'invalid' || issue.message === 'countryCode' || issue.message === 'countryCodeUnknown')) {
      return { line: row.line, field, code: specific, value }
    }
    return { line: row.line, field, code: issue.message, value }
  })
}

async function checkCities(tx: Tx, parsed: Parsed) {
  const errors = [...parsed.errors]
  const valid: { line: number; data: CityRow; hubId: string | null }[] = []
  const seen = new Map<string, number>()
  const columnOf = { countryCode: 'country_code' } as Record<string, string>
  const hubs = new Map((await tx.hub.findMany({ select: { id: true, slug: true } })).map((hub) => [hub.slug, hub.id]))
  for (const row of parsed.rows) {
    const result = CityInputSchema.safeParse({
      name: row.values.name,
      countryCode: row.values.country_code,
      region: row.values.region,
      population: row.values.population,
      latitude: row.values.latitude,
      longitude: row.values.longitude,
    })
    if (!result.success) {
      errors.push(...fieldErrors(row, result.error, columnOf))
      continue
    }
    const hubSlug = (row.values.hub ?? '').trim().toLowerCase()
    const hubId = hubSlug ? hubs.get(hubSlug) : null
    if (hubId === undefined) {
      errors.push({ line: row.line, field: 'hub', code: 'unknownHub', value: row.values.hub })
      continue
    }
    // Two rows whose names differ only in case and accents, or look alike, are the same city, as
    // in the database.
    const keys = [`key|${nameKey(result.data.name)}|${result.data.countryCode}`, `skeleton|${nameSkeleton(result.data.name)}|${result.data.countryCode}`]
    const earlier = keys.map((key) => seen.get(key)).find((line) => line !== undefined)
    if (earlier) {
      errors.push({ line: row.line, field: 'name', code: 'duplicateInFile', value: String(earlier) })
      continue
    }
    for (const key of keys) seen.set(key, row.line)
    valid.push({ line: row.line, data: result.data, hubId })
  }
  for (const { line, data } of valid) {
    const clash = await tx.city.findFirst({ where: { nameKey: nameKey(data.name), countryCode: data.countryCode }, select: { name: true } })
    if (clash) {
      errors.push({ line, field: 'name', code: 'nameTaken', value: clash.name })
      continue
    }
    const lookAlike = await tx.city.findFirst({ where: { nameSkeleton: nameSkeleton(data.name), countryCode: data.countryCode }, select: { name: true } })
    if (lookAlike) errors.push({ line, field: 'name', code: 'nameLooksLike', value: lookAlike.name })
  }
  return { errors, valid }
}

async function checkOfficials(tx: Tx, parsed: Parsed) {
  const errors = [...parsed.errors]
  const valid: { line: number; data: OfficialRow; cityId: string }[] = []
  const seen = new Map<string, number>()
  const columnOf = { jobTitle: 'job_title' } as Record<string, string>
  const cities = new Map<string, string>()
  for (const row of parsed.rows) {
    const result = OfficialRowSchema.safeParse({
      name: row.values.name,
      email: row.values.email,
      jobTitle: row.values.job_title,
      city: row.values.city,
      role: row.values.role,
    })
    if (!result.success) {
      errors.push(...fieldErrors(row, result.error, columnOf))
      continue
    }
    const earlier = seen.get(result.data.email)
    if (earlier) {
      errors.push({ line: row.line, field: 'email', code: 'duplicateInFile', value: String(earlier) })
      continue
    }
    seen.set(result.data.email, row.line)
    if (!cities.has(result.data.city)) {
      const city = await tx.city.findUnique({ where: { slug: result.data.city }, select: { id: true } })
      cities.set(result.data.city, city?.id ?? '')
    }
    const cityId = cities.get(result.data.city)
    if (!cityId) {
      errors.push({ line: row.line, field: 'city', code: 'unknownCity', value: result.data.city })
      continue
    }
    valid.push({ line: row.line, data: result.data, cityId })
  }
  if (valid.length) {
    const taken = await tx.user.findMany({ where: { email: { in: valid.map((row) => row.data.email) } }, select: { email: true } })
    const takenSet = new Set(taken.map((user) => user.email))
    for (const { line, data } of valid) if (takenSet.has(data.email)) errors.push({ line, field: 'email', code: 'emailTaken', value: data.email })
  }
  return { errors, valid }
}

const byLine = (a: RowError, b: RowError) => a.line - b.line

/** Checks the file and reports every row's problems; writes nothing. */
export async function previewImport(held: Actor | null, rawInput: unknown): Promise<ImportReport> {
  await requireAdmin(held, 'network.import')
  const input = parseInput(ImportInputSchema, rawInput)
  const parsed = parseCsv(input.kind, input.csv)
  const errors = await db.$transaction(async (tx): Promise<RowError[]> =>
    input.kind === 'cities' ? (await checkCities(tx, parsed)).errors : (await checkOfficials(tx, parsed)).errors,
  )
  return { kind: input.kind, rows: parsed.rows, errors: errors.sort(byLine), applied: false }
}

/** Writes every row, or (when any row has a problem) nothing, with one audit row for the import. */
export async function applyImport(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}): Promise<ImportReport> {
  const actor = await requireAdmin(held, 'network.import')
  const input = parseInput(ImportInputSchema, rawInput)
  const parsed = parseCsv(input.kind, input.csv)
  try {
    return await db.$transaction(
      async (tx) => {
        if (input.kind === 'cities') {
          const { errors, valid } = await checkCities(tx, parsed)
          if (errors.length) return { kind: input.kind, rows: parsed.rows, errors: errors.sort(byLine), applied: false }
          const slugs = new Set<string>()
          for (const { data, hubId } of valid) {
            const slug = await uniqueSlug(tx, 'city', data.name, 'city', slugs)
            slugs.add(slug)
            const city = await tx.city.create({ data: { ...data, population: data.population ?? null, slug }, select: { id: true } })
            if (hubId) await tx.cityHubMembership.create({ data: { cityId: city.id, hubId } })
          }
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'import.cities',
            targetType: 'City',
            ip: meta.ip,
            metadata: { count: valid.length, slugs: [...slugs].slice(0, 200), hubMembers: valid.filter((row) => row.hubId).length },
          })
        } else {
          const { errors, valid } = await checkOfficials(tx, parsed)
          if (errors.length) return { kind: input.kind, rows: parsed.rows, errors: errors.sort(byLine), applied: false }
          for (const { data, cityId } of valid) {
            const user = await tx.user.create({ data: { email: data.email, name: data.name, jobTitle: data.jobTitle ?? null }, select: { id: true } })
            await tx.cityOfficial.create({
              data: { userId: user.id, cityId, role: data.role, status: 'ACTIVE', decidedById: actor.id, decidedAt: new Date() },
            })
          }
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'import.officials',
            targetType: 'User',
            ip: meta.ip,
            metadata: { count: valid.length },
          })
        }
        return { kind: input.kind, rows: parsed.rows, errors: [], applied: true }
      },
      { timeout: 60_000 },
    )
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'A row was taken meanwhile; nothing was imported.', { key: 'importConflict' })
    throw error
  }
}

/** What the import form shows after a preview or an apply. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'ok' | 'error'; message: string; fields?: Record<string, string[]>; report?: ImportReport; csv?: string; intent?: 'preview' | 'apply' }

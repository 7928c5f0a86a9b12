// The monthly character budget (MT_MONTHLY_CHARACTERS), shared by every instance: characters are
// reserved in one conditional UPDATE before the engine is called (so two instances cannot both
// spend the last of it), and given back if the call fails.
import 'server-only'
import { db } from '@/lib/db'

export const usageMonth = (now: Date) => now.toISOString().slice(0, 7)

/** Reserves `characters` of this month's budget; false (nothing reserved) when it would go over. */
export async function reserveCharacters(characters: number, budget: number, now = new Date()): Promise<boolean> {
  const month = usageMonth(now)
  await db.$executeRaw`INSERT INTO "MachineTranslationUsage" ("month", "characters", "updatedAt") VALUES (${month}, 0, now()) ON CONFLICT ("month") DO NOTHING`
  const updated = await db.$executeRaw`
    UPDATE "MachineTranslationUsage" SET "characters" = "characters" + ${characters}, "updatedAt" = now()
    WHERE "month" = ${month} AND "characters" + ${characters} <= ${budget}`
  return updated === 1
}

export async function releaseCharacters(characters: number, now = new Date()): Promise<void> {
  await db.$executeRaw`
    UPDATE "MachineTranslationUsage" SET "characters" = GREATEST("characters" - ${characters}, 0), "updatedAt" = now()
    WHERE "month" = ${usageMonth(now)}`
}

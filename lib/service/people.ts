// Who is told about a decision, as user ids: the network admins, the managers who decide for a
// hub (falling back to the admins), a city's focal points. Read inside the caller's transaction.
import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'

type Tx = Prisma.TransactionClient

export async function networkAdminIds(tx: Tx): Promise<string[]> {
  const admins = await tx.user.findMany({ where: { isNetworkAdmin: true, status: 'ACTIVE' }, select: { id: true } })
  return admins.map((admin) => admin.id)
}

/**
 * Who decides join requests for a hub: its active managers. A coalition without a coordinating
 * hub, or a hub without a manager, falls back to the network admins so a request is never unseen.
 */
export async function decidingManagerIds(tx: Tx, hubId: string | null): Promise<string[]> {
  if (hubId) {
    const managers = await tx.hubRole.findMany({
      where: { hubId, role: 'MANAGER', user: { status: 'ACTIVE' } },
      select: { userId: true },
    })
    if (managers.length) return managers.map((manager) => manager.userId)
  }
  return networkAdminIds(tx)
}

export async function activeFocalPointIds(tx: Tx, cityId: string): Promise<string[]> {
  const focalPoints = await tx.cityOfficial.findMany({
    where: { cityId, status: 'ACTIVE', role: 'FOCAL_POINT', user: { status: 'ACTIVE' } },
    select: { userId: true },
  })
  return focalPoints.map((focalPoint) => focalPoint.userId)
}

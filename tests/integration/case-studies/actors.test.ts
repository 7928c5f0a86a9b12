// Every case-study service against every kind of actor, as data: who may, who is refused with
// which code, and that a refusal writes nothing. NOT_FOUND where the actor may not even see the
// case study (a draft outside their city and hubs), FORBIDDEN where they see it but may not act.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import {
  commentOnCaseStudy,
  createCaseStudy,
  diffRevisions,
  getCaseStudyDraft,
  listRevisions,
  publishCaseStudy,
  rejectCaseStudy,
  requestCaseStudyChanges,
  submitCaseStudy,
  unpublishCaseStudy,
  updateCaseStudy,
} from '@/lib/case-studies'
import {
  caseStudyActorKinds,
  caseStudyActorOfKind,
  caseStudySnapshot,
  createCaseStudyInState,
  createCaseStudyNetwork,
  validContent,
  type CaseStudyActorKind,
  type CaseStudyNetwork,
  type CaseStudyState,
} from '../../factories/case-studies'

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'
type Expectations = Record<CaseStudyActorKind, Outcome>

const suspended = {
  suspendedOfficialA: 'FORBIDDEN',
  suspendedOfficerX: 'FORBIDDEN',
  suspendedManagerX: 'FORBIDDEN',
  suspendedAdmin: 'FORBIDDEN',
} as const

/** Editing a draft: the city's active officials; its reviewers and admins see it but may not. */
const editorsOfDraft: Expectations = {
  anonymous: 'UNAUTHENTICATED',
  unattached: 'NOT_FOUND',
  pendingOfficialA: 'NOT_FOUND',
  officialA: 'ok',
  focalPointA: 'ok',
  officialB: 'NOT_FOUND',
  officerX: 'FORBIDDEN',
  managerX: 'FORBIDDEN',
  officerY: 'NOT_FOUND',
  managerY: 'NOT_FOUND',
  admin: 'FORBIDDEN',
  ...suspended,
}

/** Deciding a submission: officers and managers of the city's hub. */
const reviewersOfSubmission: Expectations = {
  anonymous: 'UNAUTHENTICATED',
  unattached: 'NOT_FOUND',
  pendingOfficialA: 'NOT_FOUND',
  officialA: 'FORBIDDEN',
  focalPointA: 'FORBIDDEN',
  officialB: 'NOT_FOUND',
  officerX: 'ok',
  managerX: 'ok',
  officerY: 'NOT_FOUND',
  managerY: 'NOT_FOUND',
  admin: 'FORBIDDEN',
  ...suspended,
}

/** Reading a draft's history: its city's officials, its hub's reviewers, network admins. */
const readersOfDraft: Expectations = {
  anonymous: 'UNAUTHENTICATED',
  unattached: 'NOT_FOUND',
  pendingOfficialA: 'NOT_FOUND',
  officialA: 'ok',
  focalPointA: 'ok',
  officialB: 'NOT_FOUND',
  officerX: 'ok',
  managerX: 'ok',
  officerY: 'NOT_FOUND',
  managerY: 'NOT_FOUND',
  admin: 'ok',
  ...suspended,
}

type Case = {
  action: string
  state: CaseStudyState
  run: (actor: Actor | null, caseStudyId: string, network: CaseStudyNetwork) => Promise<unknown>
  expected: Expectations
}

const cases: Case[] = [
  {
    action: 'createCaseStudy (in city A)',
    state: 'DRAFT',
    run: (actor, _id, network) => createCaseStudy(actor, { ...validContent(), cityId: network.cityA.id }),
    expected: {
      ...editorsOfDraft,
      unattached: 'FORBIDDEN',
      pendingOfficialA: 'FORBIDDEN',
      officialB: 'FORBIDDEN',
      officerY: 'FORBIDDEN',
      managerY: 'FORBIDDEN',
    },
  },
  {
    action: 'updateCaseStudy (draft)',
    state: 'DRAFT',
    run: (actor, caseStudyId) => updateCaseStudy(actor, { ...validContent(), caseStudyId }),
    expected: editorsOfDraft,
  },
  {
    action: 'updateCaseStudy (published: everyone sees it)',
    state: 'PUBLISHED',
    run: (actor, caseStudyId) => updateCaseStudy(actor, { ...validContent(), caseStudyId }),
    expected: {
      ...editorsOfDraft,
      unattached: 'FORBIDDEN',
      pendingOfficialA: 'FORBIDDEN',
      officialB: 'FORBIDDEN',
      officerY: 'FORBIDDEN',
      managerY: 'FORBIDDEN',
    },
  },
  {
    action: 'submitCaseStudy',
    state: 'DRAFT',
    run: (actor, caseStudyId) => submitCaseStudy(actor, { caseStudyId }),
    expected: editorsOfDraft,
  },
  {
    action: 'requestCaseStudyChanges',
    state: 'SUBMITTED',
    run: (actor, caseStudyId) => requestCaseStudyChanges(actor, { caseStudyId, note: 'Please add the method.' }),
    expected: reviewersOfSubmission,
  },
  {
    action: 'publishCaseStudy',
    state: 'SUBMITTED',
    run: (actor, caseStudyId) => publishCaseStudy(actor, { caseStudyId }),
    expected: reviewersOfSubmission,
  },
  {
    action: 'rejectCaseStudy',
    state: 'SUBMITTED',
    run: (actor, caseStudyId) => rejectCaseStudy(actor, { caseStudyId, reason: 'Out of scope.' }),
    expected: reviewersOfSubmission,
  },
  {
    action: 'publishCaseStudy (a revision of a published one)',
    state: 'PUBLISHED_WITH_SUBMITTED_REVISION',
    run: (actor, caseStudyId) => publishCaseStudy(actor, { caseStudyId }),
    expected: {
      ...reviewersOfSubmission,
      unattached: 'FORBIDDEN',
      pendingOfficialA: 'FORBIDDEN',
      officialB: 'FORBIDDEN',
      officerY: 'FORBIDDEN',
      managerY: 'FORBIDDEN',
    },
  },
  {
    action: 'unpublishCaseStudy',
    state: 'PUBLISHED',
    run: (actor, caseStudyId) => unpublishCaseStudy(actor, { caseStudyId, reason: 'Outdated figures.' }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      unattached: 'FORBIDDEN',
      pendingOfficialA: 'FORBIDDEN',
      officialA: 'FORBIDDEN',
      focalPointA: 'FORBIDDEN',
      officialB: 'FORBIDDEN',
      officerX: 'FORBIDDEN',
      managerX: 'ok',
      officerY: 'FORBIDDEN',
      managerY: 'FORBIDDEN',
      admin: 'ok',
      ...suspended,
    },
  },
  {
    action: 'commentOnCaseStudy',
    state: 'SUBMITTED',
    run: (actor, caseStudyId) => commentOnCaseStudy(actor, { caseStudyId, body: 'Where do the figures come from?' }),
    expected: { ...readersOfDraft, admin: 'FORBIDDEN' },
  },
  {
    action: 'listRevisions',
    state: 'SUBMITTED',
    run: (actor, caseStudyId) => listRevisions(actor, { caseStudyId }),
    expected: readersOfDraft,
  },
  {
    action: 'diffRevisions (published: history is not public)',
    state: 'PUBLISHED_WITH_SUBMITTED_REVISION',
    run: (actor, caseStudyId) => diffRevisions(actor, { caseStudyId, from: 1, to: 2 }),
    expected: {
      ...readersOfDraft,
      unattached: 'FORBIDDEN',
      pendingOfficialA: 'FORBIDDEN',
      officialB: 'FORBIDDEN',
      officerY: 'FORBIDDEN',
      managerY: 'FORBIDDEN',
    },
  },
  {
    action: 'getCaseStudyDraft',
    state: 'CHANGES_REQUESTED',
    run: (actor, caseStudyId) => getCaseStudyDraft(actor, { caseStudyId }),
    expected: readersOfDraft,
  },
]

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

describe('case-study services × actor kinds', () => {
  it('covers every actor kind in every row', () => {
    for (const row of cases) expect(Object.keys(row.expected).sort(), row.action).toEqual([...caseStudyActorKinds].sort())
  })

  it.each(cases.map((row) => [row.action, row] as const))('%s', async (_name, row) => {
    const mismatches: string[] = []
    for (const kind of caseStudyActorKinds) {
      const caseStudy = await createCaseStudyInState(network, row.state)
      const actor = await caseStudyActorOfKind(kind, network)
      const before = await caseStudySnapshot()
      let outcome: string
      try {
        await row.run(actor, caseStudy.id, network)
        outcome = 'ok'
      } catch (error) {
        outcome = (error as { code?: string }).code ?? `unexpected: ${String(error)}`
      }
      if (outcome !== row.expected[kind]) mismatches.push(`${kind}: expected ${row.expected[kind]}, got ${outcome}`)
      if (outcome !== 'ok' && JSON.stringify(await caseStudySnapshot()) !== JSON.stringify(before)) {
        mismatches.push(`${kind}: refused but the database changed`)
      }
    }
    expect(mismatches).toEqual([])
  })
})

// Markdown is rendered when it is written and stored beside its source (lib/markdown/stored.ts):
// case-study bodies and messages carry their sanitised HTML, the readers put the stored HTML in
// the page, a row without a current render (older renderer, body changed behind its back,
// written by a script) is rendered on read and written back, the start-up refresh renders every
// stale row, and a body the renderer refuses is stored as its escaped text, never a failure.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCaseStudy } from '@/lib/case-studies'
import { db } from '@/lib/db'
import { editMessage, getConversation, sendMessage } from '@/lib/messaging'
import { renderAsText } from '@/lib/markdown/render'
import { renderKey } from '@/lib/markdown/render-for-storage'
import { htmlOfStored, refreshStoredRenders } from '@/lib/markdown/stored'
import { buildAtomFeed } from '@/lib/library/feed'
import { createCaseStudyInState, createCaseStudyNetwork, validContent } from '../../factories/case-studies'
import { createMessagingWorld, type MessagingWorld } from '../../factories/messaging'
import { pathologicalMarkdown } from '../../factories/pathological-markdown'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('case-study bodies', () => {
  it('are stored with their render when written', async () => {
    const network = await createCaseStudyNetwork()
    const { id } = await createCaseStudy(network.author.actor, validContent({ body: '# Context\n\nSome **bold** text.' }))
    const row = await db.caseStudy.findUniqueOrThrow({ where: { id } })
    expect(row.bodyHtml).toBe('<h2>Context</h2>\n<p>Some <strong>bold</strong> text.</p>')
    expect(row.bodyHtmlKey).toBe(renderKey(row.body, 2))
  })

  it('are read from the store, not rendered again', async () => {
    const network = await createCaseStudyNetwork()
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED', { body: 'Plain words.' })
    // A stored render that differs from what the renderer would give shows it was not rendered.
    await db.caseStudy.update({ where: { id: caseStudy.id }, data: { bodyHtml: '<p>from the store</p>', bodyHtmlKey: renderKey('Plain words.', 2) } })
    const row = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })
    expect(htmlOfStored('caseStudy', row)).toBe('<p>from the store</p>')
    expect(await buildAtomFeed('en')).toContain('from the store')
  })

  it('are rendered again, and stored, when the body changed behind the render or it is missing', async () => {
    const network = await createCaseStudyNetwork()
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED', { body: 'Old **words**.' })
    await db.caseStudy.update({ where: { id: caseStudy.id }, data: { bodyHtml: '<p>old</p>', bodyHtmlKey: renderKey('Old **words**.', 2), body: 'New **words**.' } })
    let row = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })
    expect(htmlOfStored('caseStudy', row)).toBe('<p>New <strong>words</strong>.</p>')
    await settle()
    row = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })
    expect(row.bodyHtml).toBe('<p>New <strong>words</strong>.</p>')
    expect(row.bodyHtmlKey).toBe(renderKey('New **words**.', 2))
  })
})

describe('messages', () => {
  let world: MessagingWorld
  beforeEach(async () => {
    world = await createMessagingWorld()
  })

  it('are stored with their render when sent and when edited, and the thread shows the stored HTML', async () => {
    const sent = await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: '## Answer\n\nWe used _bins_.' })
    let row = await db.message.findUniqueOrThrow({ where: { id: sent.id } })
    expect(row.bodyHtml).toBe('<h3>Answer</h3>\n<p>We used <em>bins</em>.</p>')
    expect(row.bodyHtmlKey).toBe(renderKey(row.body, 3))

    await editMessage(world.officer.actor, { messageId: sent.id, body: 'We used **crates**.' })
    row = await db.message.findUniqueOrThrow({ where: { id: sent.id } })
    expect(row.bodyHtml).toBe('<p>We used <strong>crates</strong>.</p>')

    await db.message.update({ where: { id: sent.id }, data: { bodyHtml: '<p>stored crates</p>' } })
    const thread = await getConversation(world.officer.actor, { conversationId: world.conversationId })
    expect(thread.messages.find((message) => message.id === sent.id)?.html).toBe('<p>stored crates</p>')
  })

  it('from an older renderer are rendered on read and by the refresh', async () => {
    const first = await db.message.findFirstOrThrow({ where: { conversationId: world.conversationId } })
    await db.message.update({ where: { id: first.id }, data: { bodyHtml: '<p>old renderer</p>', bodyHtmlKey: 'v1.h3.whatever' } })
    const other = await db.message.create({ data: { conversationId: world.conversationId, authorId: world.official.user.id, body: 'Written by a *script*.' } })
    expect(other.bodyHtml).toBeNull()

    expect(await refreshStoredRenders({ batchSize: 1 })).toBeGreaterThanOrEqual(2)
    const rows = await db.message.findMany({ where: { id: { in: [first.id, other.id] } } })
    for (const row of rows) expect(row.bodyHtmlKey).toBe(renderKey(row.body, 3))
    expect(rows.find((row) => row.id === other.id)?.bodyHtml).toBe('<p>Written by a <em>script</em>.</p>')
    expect(await refreshStoredRenders()).toBe(0)
  })
})

describe('pathological bodies', () => {
  it('are stored as what the bounded renderer gives, escaped text for the refused ones, and read back', async () => {
    const network = await createCaseStudyNetwork()
    for (const [name, input] of pathologicalMarkdown.filter(([name]) => /nested `>`|`\*a` repeated|ordinary prose/.test(name))) {
      const { id } = await createCaseStudy(network.author.actor, validContent({ body: input.slice(0, 50_000), title: `Hostile ${name}`.slice(0, 120) }))
      const row = await db.caseStudy.findUniqueOrThrow({ where: { id } })
      expect(row.bodyHtml, name).not.toBeNull()
      if (name.includes('nested')) expect(row.bodyHtml).toBe(renderAsText(row.body))
      if (name.includes('prose')) expect(row.bodyHtml).toContain('<strong>organic waste</strong>')
      expect(htmlOfStored('caseStudy', row)).toBe(row.bodyHtml)
    }
  })
})

// Hostile content: Markdown with scripts and dangerous links (accepted, and sanitised where it is
// rendered), NUL bytes, control, invisible and bidi characters, overlong text, metric values such
// as -5, NaN and 1e309, and search strings that try to break the full-text query.
import './next-runtime'
import { beforeEach, describe, expect, it } from 'vitest'
import { GET as feedGET } from '@/app/[locale]/(public)/case-studies/feed.xml/route'
import { GET as csvGET } from '@/app/api/v1/case-studies.csv/route'
import { GET as listGET } from '@/app/api/v1/case-studies/route'
import { registerOfficial } from '@/lib/auth/register'
import { commentOnCaseStudy, createCaseStudy, publishCaseStudy, submitCaseStudy, updateCaseStudy } from '@/lib/case-studies'
import { db } from '@/lib/db'
import { decideCityTeamRequest, requestToJoin } from '@/lib/membership'
import { editMessage, getConversation, hideMessage, reportMessage, sendMessage, startConversation } from '@/lib/messaging'
import { createCity } from '../../factories'
import { createFocalPoint, createHubManager, createHubOfficer, createOfficial } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork, validContent, type CaseStudyNetwork } from '../../factories/case-studies'
import { BASE_URL, expectRefused, runCases, snapshotDatabase, type HostileCase } from '../../factories/hostile'

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

/** The elements the sanitiser may emit (lib/markdown/render.ts); anything else is a failure. */
const ALLOWED_TAGS = new Set(
  'p br hr h2 h3 h4 h5 h6 strong em del code pre blockquote ul ol li a img table thead tbody tr th td sup sub'.split(' '),
)
const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/**
 * Walks every tag of sanitised HTML (rehype-stringify writes double-quoted attributes): only
 * allowed elements, no event handlers or styles, links only to http(s), mailto or the site,
 * images only from the site. Text that merely reads "javascript:" is harmless and allowed.
 */
function expectSafeHtml(html: string, label: string) {
  for (const [, closing, name, attributes] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS.has(name!.toLowerCase()), `${label}: <${closing}${name}>`).toBe(true)
    for (const [, attribute, rawValue] of attributes!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      const value = decodeEntities(rawValue ?? '').trim()
      expect(attribute!.toLowerCase(), `${label}: attribute ${attribute}`).not.toMatch(/^(on|style$|srcdoc$|formaction$)/)
      if (attribute === 'href') expect(value, `${label}: href`).toMatch(/^(https?:|mailto:|\/(?![/\\])|#)/i)
      if (attribute === 'src') expect(value, `${label}: src`).toMatch(/^\/(?![/\\])/)
    }
  }
}

const hostileMarkdown: [string, string][] = [
  ['a script element', '<script>alert(document.cookie)</script>'],
  ['an image with an onerror handler', '<img src=x onerror=alert(1)>'],
  ['an SVG with onload', '<svg onload=alert(1)><circle r="5"/></svg>'],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['a style element', '<style>body { display: none }</style>'],
  ['a raw HTML javascript: link', '<a href="javascript:alert(1)">win a prize</a>'],
  ['a Markdown javascript: link', '[win a prize](javascript:alert(1))'],
  ['a mixed-case JaVaScRiPt: link', '[win](JaVaScRiPt:alert(1))'],
  ['an entity-encoded javascript: link', '[win](&#106;avascript:alert(1))'],
  ['a percent-encoded javascript: link', '[win](%6Aavascript:alert(1))'],
  ['a vbscript: link', '[win](vbscript:msgbox(1))'],
  ['a data: URL link', '[win](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a reference-style javascript: link', '[win][evil]\n\n[evil]: javascript:alert(1) "Free"'],
  ['an autolink to javascript:', '<javascript:alert(1)>'],
  ['a remote tracking image', '![pixel](https://evil.example/track.png)'],
  ['a protocol-relative image', '![pixel](//evil.example/track.png)'],
  ['a backslash image path', '![pixel](/\\evil.example/track.png)'],
  ['a title attribute breaking out', '[x](https://example.org "a\\" onmouseover=\\"alert(1)")'],
  ['details with ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['an HTML comment hiding a script', '<!-- --><script>alert(1)</script><!-- -->'],
]

describe('hostile Markdown is accepted as text and sanitised wherever it is rendered', () => {
  it(`${hostileMarkdown.length} payloads in messages: stored as written, rendered without script, handlers or dangerous links`, async () => {
    const { id: conversationId } = await startConversation(network.author.actor, { hubSlug: network.hubX.slug, subject: 'Payloads', body: 'Hello.' })
    const officer = await createHubOfficer(network.hubX.id)
    await runCases(
      hostileMarkdown.map(([name, payload]) => ({
        name,
        run: async () => {
          const sent = await sendMessage(network.author.actor, { conversationId, body: payload })
          // Accepted: the author's text is kept as written (it is Markdown, not HTML) ...
          expect((await db.message.findUniqueOrThrow({ where: { id: sent.id } })).body).toBe(payload.trim())
          // ... and what the other side reads is sanitised.
          const { messages } = await getConversation(officer.actor, { conversationId })
          const html = messages.find((message) => message.id === sent.id)?.html ?? ''
          expectSafeHtml(html, name)
        },
      })),
    )
  })

  // Issue 13: before lib/markdown/limits.ts, a message of 3,000 nested `>` made getConversation
  // throw a stack overflow for every participant (a 500 until a manager hid it), and `*a` x 50 KB
  // took ~40 s of the one event loop. Accepted as written; read back as escaped text, at once.
  it('a message of 3,000 nested quotes and one of `*a` runs: the conversation still opens, the words shown as text', async () => {
    const { id: conversationId } = await startConversation(network.author.actor, { hubSlug: network.hubX.slug, subject: 'Deep', body: 'Hello.' })
    const officer = await createHubOfficer(network.hubX.id)
    const deep = await sendMessage(network.author.actor, { conversationId, body: `${'>'.repeat(3_000)} deep words` })
    const stars = await sendMessage(network.author.actor, { conversationId, body: '*a'.repeat(4_999) })
    const { messages } = await getConversation(officer.actor, { conversationId })
    const html = (id: string) => messages.find((message) => message.id === id)?.html ?? ''
    expect(html(deep.id)).toContain('deep words')
    expect(html(deep.id)).not.toContain('<blockquote>')
    expect(html(stars.id)).toBe(`<p>${'*a'.repeat(4_999)}</p>`)
  })

  it('a published case study whose body holds every payload: the public Atom feed carries sanitised HTML only', async () => {
    const body = hostileMarkdown.map(([, payload]) => payload).join('\n\n')
    const created = await createCaseStudy(network.author.actor, validContent({ body }))
    await submitCaseStudy(network.author.actor, { caseStudyId: created.id })
    await publishCaseStudy((await createHubOfficer(network.hubX.id)).actor, { caseStudyId: created.id })
    const response = await feedGET(new Request(`${BASE_URL}/en/case-studies/feed.xml`), { params: Promise.resolve({ locale: 'en' }) })
    expect(response.status).toBe(200)
    const xml = await response.text()
    const contents = [...xml.matchAll(/<content type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/content>/g)].map((match) => match[1]!)
    expect(contents.length).toBe(1)
    expectSafeHtml(contents[0]!, 'feed')
  })
})

const NUL = '\u0000'
const RLO = '\u202e'

describe('control, invisible and bidi characters, overlong text: INVALID and nothing changed', () => {
  it('named cases', async () => {
    const { id: draftId } = await createCaseStudyInState(network, 'DRAFT')
    const { id: submittedId } = await createCaseStudyInState(network, 'SUBMITTED')
    const { id: conversationId } = await startConversation(network.author.actor, { hubSlug: network.hubX.slug, subject: 'Hello', body: 'Hello.' })
    const officer = await createHubOfficer(network.hubX.id)
    const reply = await sendMessage(officer.actor, { conversationId, body: 'A reply.' })
    const manager = await createHubManager(network.hubX.id)
    const focalPoint = await createFocalPoint(network.cityA.id)
    const pendingOfficial = await createOfficial(network.cityA.id, 'PENDING')
    const city = await createCity()
    const update = (overrides: Record<string, unknown>) => () => updateCaseStudy(network.author.actor, { ...validContent(overrides), caseStudyId: draftId })
    const register = (overrides: Record<string, unknown>) => () =>
      registerOfficial(
        { name: 'Ama Mensah', email: 'ama@example.org', jobTitle: 'Officer', citySlug: city.slug, password: 'a long passphrase 4711', ...overrides },
        { ip: null, locale: 'en', baseUrl: BASE_URL },
      )
    const cases: [string, () => Promise<unknown>, string][] = [
      ['a NUL byte in a case-study title', update({ title: `Compost${NUL} heaps` }), 'title'],
      ['a NUL byte in a case-study body', update({ body: `Body with a NUL${NUL} inside.` }), 'body'],
      ['a right-to-left override in a title', update({ title: `Invoice ${RLO}fdp.exe` }), 'title'],
      ['a bidi isolate in a summary', update({ summary: `A long enough summary \u2066hidden\u2069 of what we did.` }), 'summary'],
      ['a C1 control character in a summary', update({ summary: `A long enough summary \u0085 of what the city did.` }), 'summary'],
      ['a line break in a single-line title', update({ title: 'Two\nlines' }), 'title'],
      ['a title of 201 characters', update({ title: 'x'.repeat(201) }), 'title'],
      ['a body of 50,001 characters', update({ body: 'y'.repeat(50_001) }), 'body'],
      ['a title that is only spaces', update({ title: '      ' }), 'title'],
      ['a title of only zero-width spaces', update({ title: '\u200b'.repeat(8) }), 'title'],
      ['a summary of only invisible joiners and marks', update({ summary: '\u200d\u200c\u2060\u200e'.repeat(8) }), 'summary'],
      ['a message of only zero-width spaces', () => sendMessage(network.author.actor, { conversationId, body: '\u200b\u200b\u200b' }), 'body'],
      ['a NUL byte in a review comment', () => commentOnCaseStudy(network.author.actor, { caseStudyId: submittedId, body: `Comment${NUL}` }), 'body'],
      ['a message of 10,001 characters', () => sendMessage(network.author.actor, { conversationId, body: 'z'.repeat(10_001) }), 'body'],
      ['a NUL byte in a message', () => sendMessage(network.author.actor, { conversationId, body: `Hello${NUL}world` }), 'body'],
      ['a NUL byte in a conversation subject', () => startConversation(network.author.actor, { hubSlug: network.hubX.slug, subject: `Sub${NUL}ject`, body: 'Hello.' }), 'subject'],
      ['a NUL byte in a report reason', () => reportMessage(network.author.actor, { messageId: reply.id, reason: `Rude${NUL}` }), 'reason'],
      ['a NUL byte in a hide reason', () => hideMessage(manager.actor, { messageId: reply.id, reason: `Rude${NUL}` }), 'reason'],
      ['an escape character in an edited message', () => editMessage(officer.actor, { messageId: reply.id, body: 'Colour \u001b[31mred' }), 'body'],
      [
        'a NUL byte in a join-request motivation',
        () => requestToJoin(focalPoint.actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug, motivation: `We want to join${NUL} hub Y.` }),
        'motivation',
      ],
      [
        'a NUL byte in the reason a city-team request is declined',
        () => decideCityTeamRequest(focalPoint.actor, { membershipId: pendingOfficial.membership.id, decision: 'DECLINE', reason: `No${NUL}pe` }),
        'reason',
      ],
      ['a right-to-left override in a registering name', register({ name: `Ama ${RLO}nimda` }), 'name'],
      ['a NUL byte in a registering job title', register({ jobTitle: `Officer${NUL}` }), 'jobTitle'],
      ['a 121-character registering name', register({ name: 'n'.repeat(121) }), 'name'],
      ['a 129-character password', register({ password: 'p'.repeat(129) }), 'password'],
    ]
    await runCases(
      cases.map(([name, run, field]) => ({ name, run: () => expectRefused(run, { code: 'INVALID', field }, name) })),
    )
  })
})

describe('metric values: only finite, non-negative, plain numbers', () => {
  it('named cases: INVALID on metrics, nothing changed', async () => {
    const { id } = await createCaseStudyInState(network, 'DRAFT')
    const values: [string, unknown][] = [
      ['-5', -5],
      ['"-5" as text', '-5'],
      ['NaN', Number.NaN],
      ['"NaN" as text', 'NaN'],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ['1e309 (Infinity once parsed)', 1e309],
      ['"1e309" as text', '1e309'],
      ['"12abc"', '12abc'],
      ['"1,000" with a thousands separator', '1,000'],
      ['"0x10" in hexadecimal', '0x10'],
      ['1e13, above the maximum', 1e13],
      ['a 1,000-digit string', '9'.repeat(1000)],
      ['an empty string', ''],
      ['an object', { valueOf: 5 }],
      ['an array', [5]],
      ['a boolean', true],
      ['null', null],
    ]
    const cases: HostileCase[] = values.map(([name, value]) => ({
      name,
      run: () =>
        expectRefused(
          () =>
            updateCaseStudy(network.author.actor, {
              ...validContent({ metrics: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value, baselineYear: 2019 }] }),
              caseStudyId: id,
            }),
          { code: 'INVALID', field: 'metrics' },
          name,
        ),
    }))
    cases.push({
      name: 'a currency code that is not ISO 4217',
      run: () =>
        expectRefused(
          () =>
            updateCaseStudy(network.author.actor, {
              ...validContent({ metrics: [{ type: 'COST_SAVED_PER_YEAR', value: 5, currency: 'XX$' }] }),
              caseStudyId: id,
            }),
          { code: 'INVALID', field: 'metrics' },
        ),
    })
    cases.push({
      name: 'a baseline year of -5',
      run: () =>
        expectRefused(
          () =>
            updateCaseStudy(network.author.actor, {
              ...validContent({ metrics: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value: 5, baselineYear: -5 }] }),
              caseStudyId: id,
            }),
          { code: 'INVALID', field: 'metrics' },
        ),
    })
    await runCases(cases)
  })
})

describe('search strings: any text is a search, never a 500', () => {
  it('named cases through the JSON API and the CSV export: 200 or 422, nothing changed', async () => {
    await createCaseStudyInState(network, 'PUBLISHED')
    const queries: [string, string][] = [
      ['a lone quote', "'"],
      ['a backslash', '\\'],
      ['tsquery operators', '&|!'],
      ['operators only', '& | ! <-> :* ()'],
      ['an unbalanced double quote', '"compost'],
      ['a NUL byte', 'compost\u0000waste'],
      ['SQL injection', "'; DROP TABLE \"CaseStudy\"; --"],
      ['a 10,000-character string', 'compost '.repeat(1250)],
      ['only a minus', '-'],
      ['the word or alone', 'or'],
      ['a right-to-left override', '\u202ecompost'],
      ['emoji and CJK', '♻️ 堆肥 composto'],
      ['a percent sign and underscore (LIKE wildcards)', '%_%'],
      ['a lone surrogate', '\ud800'],
    ]
    const cases: HostileCase[] = []
    for (const [name, q] of queries) {
      for (const [route, handler] of [
        ['/api/v1/case-studies', listGET],
        ['/api/v1/case-studies.csv', csvGET],
      ] as const) {
        cases.push({
          name: `${name} (${route})`,
          run: async () => {
            const before = await snapshotDatabase()
            const url = `${BASE_URL}${route}?${new URLSearchParams({ q })}`
            const response = await handler(new Request(url), undefined as never)
            expect([200, 422], `${name}: ${response.status} ${await response.clone().text().then((t) => t.slice(0, 200))}`).toContain(response.status)
            expect(await snapshotDatabase()).toEqual(before)
          },
        })
      }
    }
    const badParameters: [string, string][] = [
      ['page=-5', 'page=-5'],
      ['page=NaN', 'page=NaN'],
      ['pageSize=1e309', 'pageSize=1e309'],
      ['year=12abc', 'year=12abc'],
      ['topic with SQL', "topic=a'%20OR%201=1"],
      ['21 values in one facet', `topic=${Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')}`],
      ['an invalid percent-encoding', 'q=%E0%A4%A'],
    ]
    for (const [name, query] of badParameters) {
      cases.push({
        name,
        run: async () => {
          const before = await snapshotDatabase()
          const response = await listGET(new Request(`${BASE_URL}/api/v1/case-studies?${query}`), undefined as never)
          expect([200, 422], `${name}: ${response.status}`).toContain(response.status)
          if (response.status === 422) expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INVALID')
          expect(await snapshotDatabase()).toEqual(before)
        },
      })
    }
    await runCases(cases)
  })
})

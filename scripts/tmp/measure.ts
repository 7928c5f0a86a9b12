import pg from 'pg'
import { LibraryIndex } from '../../lib/search/library-index'
const c = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/circulars_bench_100000' })
await c.connect()
const ref = {
  topics: (await c.query('SELECT id, slug, name FROM "Topic"')).rows,
  hubs: (await c.query('SELECT id, slug, name FROM "Hub"')).rows,
  coalitions: (await c.query('SELECT id, slug, name FROM "Coalition"')).rows,
  cities: (await c.query(`SELECT c.id, c.slug, c.name, c."countryCode", ARRAY(SELECT m."hubId" FROM "CityHubMembership" m WHERE m."cityId"=c.id AND m."leftAt" IS NULL) AS "hubIds" FROM "City" c`)).rows,
}
global.gc!(); const before = process.memoryUsage().heapUsed
const t0 = performance.now()
const rows = (await c.query(`SELECT c.id, c."publishedAt", c."cityId", c.language, c."startYear", c.title, c.summary, c.body,
 ARRAY(SELECT "topicId" FROM "CaseStudyTopic" WHERE "caseStudyId"=c.id) AS "topicIds",
 ARRAY(SELECT "coalitionId" FROM "CaseStudyCoalition" WHERE "caseStudyId"=c.id) AS "coalitionIds",
 ARRAY(SELECT type::text FROM "ImpactMetric" WHERE "caseStudyId"=c.id) AS "metricTypes" FROM "CaseStudy" c WHERE status='PUBLISHED'`)).rows
const t1 = performance.now()
const index = new LibraryIndex(ref)
index.load(rows)
index.compact()
const t2 = performance.now()
const none = { topic: [], hub: [], coalition: [], country: [], year: [], metric: [], language: [] }
index.search({ filters: none, sort: 'newest', offset: 720, limit: 20 })
const t3 = performance.now()
for (const q of ['compost', 'food', 'compost or plastic', 'food systems', 'compst', 'compost procurement']) {
  const s = performance.now(); const r = index.search({ q, filters: none, sort: 'relevance', offset: 0, limit: 20 }); 
  console.log(q, r.total, r.match, r.correctedQuery, (performance.now() - s).toFixed(2), 'ms')
}
let s = performance.now(); for (let i = 0; i < 100; i++) index.search({ filters: none, sort: 'newest', offset: i * 20, limit: 20 }); console.log('page', ((performance.now() - s) / 100).toFixed(3), 'ms')
s = performance.now(); for (let i = 0; i < 100; i++) index.search({ q: 'compost', filters: { ...none, topic: ['food-systems'], country: ['GH', 'KE'] }, sort: 'relevance', offset: 0, limit: 20 }); console.log('faceted', ((performance.now() - s) / 100).toFixed(3), 'ms')
s = performance.now(); for (let i = 0; i < 100; i++) index.search({ q: 'food', filters: none, sort: 'relevance', offset: 0, limit: 20 }); console.log('food', ((performance.now() - s) / 100).toFixed(3), 'ms')
rows.length = 0
global.gc!()
console.log('query', (t1 - t0).toFixed(0), 'ms; build', (t2 - t1).toFixed(0), 'ms; first', (t3 - t2).toFixed(1), 'ms; heap', ((process.memoryUsage().heapUsed - before) / 1048576).toFixed(1), 'MiB', 'size', index.size)
await c.end()

// Two production instances of the portal on one PostgreSQL database, behind nginx on loopback:
// the setup that the multi-instance check (tests/multi-instance/) drives. Nothing is shared
// between the instances but the database and the file store: S3, as production runs it (moto's
// S3 server, when installed; in CI a missing moto fails the check), else one uploads directory.
//
//   nginx 127.0.0.1:<port>  ->  instance a 127.0.0.1:<port+1>
//                           ->  instance b 127.0.0.1:<port+2>
//
// Writes tests/.artifacts/multi-instance.json (ports, pids, the fixtures' ids) for the tests.
// Needs PostgreSQL (DATABASE_URL on loopback) and nginx (Debian package `nginx`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { createPrismaClient } from '../lib/db/client'
import { migrate } from '../lib/db/migrate'
import { seed } from '../prisma/seed'
import { s3Mode, startS3Server, type S3TestServer } from '../tests/integration/uploads/s3-server'
import { workspaceId } from '../tests/setup/workspace'
import { ensureBuild, isLocalDatabase, root, startNext, waitForHttp } from './lib/app-server'

const port = Number(process.env.MULTI_PORT ?? 3950 + (parseInt(workspaceId, 16) % 40) * 3)
const ports = { nginx: port, a: port + 1, b: port + 2 }
const database = `circulars_multi_${workspaceId}_${process.pid}`
const work = path.join(root, 'tests/.artifacts/multi-instance')
export const stateFile = path.join(root, 'tests/.artifacts/multi-instance.json')
/** How each instance exited (the SIGTERM check reads it). */
const exitsFile = path.join(root, 'tests/.artifacts/multi-instance-exits.json')
const exits: Record<string, number | null> = {}

export function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate
  }
  return undefined
}

const children: ChildProcess[] = []

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
let serverUrl: URL
let s3: S3TestServer | undefined

async function dropDatabase() {
  const admin = new pg.Client({ connectionString: serverUrl.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await admin.end()
}

async function main() {
  const url = process.env.DATABASE_URL
  if (!url || !isLocalDatabase(url)) throw new Error('the multi-instance check needs DATABASE_URL on a loopback PostgreSQL server')
  const nginx = nginxBinary()
  if (!nginx) throw new Error('the multi-instance check needs nginx (apt-get install nginx)')

  serverUrl = new URL(url)
  serverUrl.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: serverUrl.toString() })
  await admin.connect()
  // Databases of earlier runs whose launcher was killed before it could drop them.
  const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1',
    [`circulars_multi_${workspaceId}_%`])
  for (const { datname } of rows) {
    const pid = Number(/_(\d+)$/.exec(datname)?.[1])
    if (pid !== process.pid && !isAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  }
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${database}"`)
  await admin.end()
  const databaseUrl = new URL(url)
  databaseUrl.pathname = `/${database}`

  await migrate(databaseUrl.toString())
  const prisma = createPrismaClient(databaseUrl.toString())
  await seed(prisma, { demo: true })
  const fixtures = await createFixtures(prisma)
  await prisma.$disconnect()
  ensureBuild()

  rmSync(work, { recursive: true, force: true })
  mkdirSync(path.join(work, 'uploads'), { recursive: true })
  if (s3Mode === 'fail') throw new Error('the multi-instance check runs its uploads on S3 in CI: install moto (apt-get install python3-moto)')
  s3 = s3Mode === 'run' ? await startS3Server(`circulars-multi-${workspaceId}`) : undefined
  const storage = s3
    ? { kind: 's3' as const, bucket: s3.bucket, endpoint: s3.endpoint }
    : { kind: 'disk' as const, uploadsDir: path.join(work, 'uploads') }
  console.log(s3 ? `multi-instance: files on S3 (moto at ${s3.endpoint})` : 'multi-instance: files in one shared uploads directory (moto is not installed)')
  const base = `http://127.0.0.1:${ports.nginx}`
  const pids: Record<string, number> = {}
  for (const name of ['a', 'b'] as const) {
    const child = startNext(ports[name], {
      ...process.env,
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: databaseUrl.toString(),
      DATABASE_POOL_MAX: '5',
      EMBEDDED_DATABASE: 'false',
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: 'multi-instance-check-secret-not-for-production-0123456789',
      // The demo's staff have no authenticator (lib/auth/two-step-policy.ts); tests/e2e/two-step.spec.ts enrols its own.
      TWO_STEP_FOR_STAFF: process.env.TWO_STEP_FOR_STAFF ?? 'optional',
      UPLOADS_DIR: path.join(work, 'uploads'),
      ...(s3?.env ?? {}),
      INSTANCE_NAME: name,
      DEV_MAILBOX: 'true',
      DEV_MAILBOX_DEMO: 'true',
      RATE_LIMIT_SCALE: '1',
      // nginx in front appends the client to X-Forwarded-For.
      TRUST_PROXY_HOPS: '1',
      SMTP_URL: '',
    })
    children.push(child)
    pids[name] = child.pid!
    child.on('exit', (code) => {
      exits[name] = code
      writeFileSync(exitsFile, JSON.stringify(exits))
    })
  }
  await Promise.all([waitForHttp(`http://127.0.0.1:${ports.a}/api/health`, 120_000), waitForHttp(`http://127.0.0.1:${ports.b}/api/health`, 120_000)])

  const conf = path.join(work, 'nginx.conf')
  writeFileSync(conf, `
worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${work}/client-body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  upstream portal {
    server 127.0.0.1:${ports.a} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${ports.b} max_fails=1 fail_timeout=5s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${ports.nginx};
    client_max_body_size 30m;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
`)
  const proxy = spawn(nginx, ['-e', `${work}/nginx-error.log`, '-c', conf, '-p', work], { stdio: 'inherit' })
  children.push(proxy)
  pids.nginx = proxy.pid!
  await waitForHttp(`${base}/api/health`, 30_000)

  writeFileSync(stateFile, JSON.stringify({ ports, pids, databaseUrl: databaseUrl.toString(), fixtures, storage }, null, 2))
  console.log(`multi-instance: nginx ${base} -> a :${ports.a}, b :${ports.b}; database ${database}`)
}

/** A submitted case study of Accra (to publish) and a draft (to upload to), by the Accra focal point. */
async function createFixtures(prisma: ReturnType<typeof createPrismaClient>) {
  const author = await prisma.user.findUniqueOrThrow({ where: { email: 'accra.official@example.org' } })
  const city = await prisma.city.findUniqueOrThrow({ where: { slug: 'accra' } })
  const stamp = Date.now().toString(36)
  const content = {
    title: `Glass bottle deposit scheme ${stamp}`,
    summary: 'Markets and bars returned glass bottles for a deposit, and a local plant washed and refilled them.',
    body: '## Context\n\nGlass made up a fifth of market waste.\n\n## What we did\n\nA deposit on every bottle.\n',
    language: 'en',
    startYear: 2021,
    projectStatus: 'ONGOING' as const,
  }
  const submitted = await prisma.caseStudy.create({
    data: {
      ...content,
      slug: `glass-bottle-deposit-${stamp}`,
      cityId: city.id,
      status: 'SUBMITTED',
      createdById: author.id,
      contactOfficialId: author.id,
      authors: { create: [{ userId: author.id }] },
    },
  })
  await prisma.caseStudyRevision.create({
    data: {
      caseStudyId: submitted.id,
      number: 1,
      status: 'SUBMITTED',
      authorId: author.id,
      submittedAt: new Date(),
      content: { ...content, topics: [], coalitions: [], procurementPractices: [], tenderClauses: null, metrics: [] },
    },
  })
  const draft = await prisma.caseStudy.create({
    data: {
      ...content,
      title: `Refill stations in schools ${stamp}`,
      slug: `refill-stations-${stamp}`,
      cityId: city.id,
      status: 'DRAFT',
      createdById: author.id,
      contactOfficialId: author.id,
      authors: { create: [{ userId: author.id }] },
    },
  })
  return {
    submitted: { id: submitted.id, slug: submitted.slug, title: content.title, searchWord: stamp },
    draft: { id: draft.id },
  }
}

async function stop(code = 0) {
  for (const child of children.reverse()) {
    if (child.exitCode === null) child.kill('SIGTERM')
  }
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await s3?.stop().catch((error) => console.error('stopping the S3 server failed', error))
  if (serverUrl) await dropDatabase().catch((error) => console.error('dropping the check database failed', error))
  rmSync(stateFile, { force: true })
  rmSync(exitsFile, { force: true })
  process.exit(code)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop())

main().catch(async (error) => {
  console.error(error)
  await stop(1)
})

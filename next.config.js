import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Messages carry files (lib/messaging/attachments.ts) through server actions, whose default
  // body limit is 1 MB. 10 MB matches what the request proxy passes on anyway
  // (proxyClientMaxBodySize); the message forms refuse a larger total before sending. Every
  // other page's forms get 2 MB at most: the front server (lib/http/request-guard.ts) answers a
  // larger action body with 413 before Next reads it.
  experimental: { serverActions: { bodySizeLimit: '10mb' } },
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', 'pg-boss', 'sharp'],
}

export default withNextIntl(nextConfig)

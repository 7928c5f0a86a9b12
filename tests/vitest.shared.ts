import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

export const sharedConfig = {
  root,
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      // `server-only` throws outside React Server Components; tests call lib/ directly.
      { find: /^server-only$/, replacement: `${root}/tests/setup/empty-module.ts` },
    ],
  },
}

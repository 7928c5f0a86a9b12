import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'test-results/**', 'playwright-report/**',
      '.data/**', 'next-env.d.ts', 'tests/.artifacts/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // The public pages live under a top-level [locale] segment, which this rule takes to match
      // every path, so it flags deliberate <a> links to files and API routes (/api/health).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
]

export default config

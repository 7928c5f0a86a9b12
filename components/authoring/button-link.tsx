import Link from 'next/link'

const tones = {
  primary: 'bg-brand-700 text-white hover:bg-brand-900 hover:text-white',
  secondary: 'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50 hover:text-brand-900',
}

/** A link that looks like a button: it goes somewhere, it does not change anything. */
export function ButtonLink({ href, children, tone = 'primary' }: { href: string; children: React.ReactNode; tone?: keyof typeof tones }) {
  return (
    <Link href={href} className={`inline-block rounded px-4 py-2 font-semibold no-underline ${tones[tone]}`}>
      {children}
    </Link>
  )
}

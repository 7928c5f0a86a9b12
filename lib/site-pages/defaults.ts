// The footer pages' texts of a fresh install (seeded by prisma/seed.ts, and shown by an install
// whose database has none yet). English only: every other language falls back to it with a note
// until an admin writes its own. They are a starting point the network's admins adapt, not legal
// advice; they say only what the software itself does.
import type { SitePageSlug } from '@/lib/validation/site-pages'

export const defaultSitePages: Record<SitePageSlug, { title: string; body: string }> = {
  privacy: {
    title: 'Privacy policy',
    body: `This portal is run by the network's secretariat for the local governments of the network.

## What we keep

- **Your account**: your name, e-mail address, job title, city and language, and the roles you hold.
- **What you write**: case studies, comments and messages, with their authors and dates.
- **Security records**: sign-ins, the devices you are signed in on, and an audit log of decisions
  (who did what, when and from which address), kept to protect the network and its members.

## What we do not do

We do not sell data, show advertising, or use tracking cookies. The portal sets only the cookies
it needs to work: your session and your choice of language.

## Your rights

You may ask to see, correct or delete your data at any time: see the contact page. Published case
studies belong to the cities that wrote them and stay public until their city asks to withdraw them.`,
  },
  terms: {
    title: 'Terms of use',
    body: `By using this portal you agree to these terms.

1. **Accounts** are personal. Officials act for their city only once their city's focal point or a
   hub officer has approved them.
2. **Content**: what you publish must be accurate to the best of your knowledge and yours or your
   city's to share. Published case studies are open data that anyone may reuse with attribution.
3. **Conduct**: messages are for the work of the network. Hub managers may hide messages that break
   these terms and suspend messaging.
4. **No warranty**: the portal is provided as it is, without warranty of any kind.`,
  },
  accessibility: {
    title: 'Accessibility statement',
    body: `We want everyone to be able to use this portal, whatever their device, language or ability.

## Conformance

The portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page
is tested automatically with axe-core at desktop and phone widths before each release; it works with
the keyboard alone, with screen readers, at 200% zoom, and right to left in Arabic.

## Known limitations

Content written by members (case studies, uploaded PDF documents) may not always meet these
standards; we help authors improve it.

## Feedback

If something stands in your way, tell us through the contact page: we answer within five working days.`,
  },
  contact: {
    title: 'Contact',
    body: `Questions about the portal, your account or your data: write to the network's secretariat at
[secretariat@example.org](mailto:secretariat@example.org).

Questions about a hub or its members: each hub's page names its contact address.

Signed-in officials can also write to their hub from the portal's inbox.`,
  },
}

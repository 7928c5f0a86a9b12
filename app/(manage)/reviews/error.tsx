'use client'
// Retry without raw error text (the same as the public pages').
export { default } from '@/app/[locale]/(public)/error'

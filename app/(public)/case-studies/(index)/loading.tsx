// Skeleton for the library while results load.
export { default } from '@/components/layout/page-loading'

// Skeleton for list pages only: detail pages render without one so notFound() answers 404.
export { default } from '@/components/layout/page-loading'

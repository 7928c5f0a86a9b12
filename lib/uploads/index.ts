// Files: content-based type checks, re-encoding, storage, and the case-study file services.
export * from './add-case-study-attachment'
export * from './read-attachment'
export * from './image-variant'
export * from './remove-case-study-attachment'
export type { FileStore } from './file-store'

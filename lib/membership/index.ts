// The membership domain: join requests, memberships of hubs and coalitions, city teams and hub
// roles. Every function authorises its actor itself; callers only authenticate.
export * from './add-focal-point'
export * from './dashboard'
export * from './decide-city-team'
export * from './decide-join-request'
export * from './hub-roles'
export * from './leave-membership'
export * from './remove-official'
export * from './request-city-team'
export * from './request-to-join'
export * from './withdraw-join-request'

// The manager console (/manage): queues per hub and the decisions on their items. Every function
// authorises its actor itself; callers only authenticate.
export { bulkDecideJoinRequests } from './bulk-decide-join-requests'
export { bulkHandleReports } from './bulk-handle-reports'
export { decideQueuedJoinRequest } from './decide-queued-join-request'
export { decideVerification } from './decide-verification'
export { getConsoleHubFor } from './get-console-hub'
export { getQueueItem, type QueueItemDetail } from './get-queue-item'
export { handleReport } from './handle-report'
export { liftMessagingSuspension } from './lift-messaging-suspension'
export { listConsoleHubs, type ConsoleHubSummary } from './list-console-hubs'
export { listHubQueues, type HubQueues } from './list-hub-queues'
export type { BulkOutcome } from './shared'
export { suspendMessaging } from './suspend-messaging'

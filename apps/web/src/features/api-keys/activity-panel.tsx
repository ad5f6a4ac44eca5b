'use client';
// Live feed of the organisation's activity, as the gateway pushes it.
import { Card } from '@nexus/ui/card';
import { formatTime } from './format';
import { useTenantActivity, type ConnectionState } from './use-tenant-activity';
import styles from './api-keys.module.css';

const stateLabel: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  error: 'Disconnected',
};

export function ActivityPanel({ token }: { token: string }) {
  const { events, state, error } = useTenantActivity(token);
  return (
    <Card
      title="Activity"
      description="What happens in your organisation, as it happens."
      actions={
        <span className={`${styles.live} ${styles[`live_${state}`]}`} data-testid="activity-status" data-state={state}>
          <span className={styles.liveDot} aria-hidden="true" />
          {stateLabel[state]}
        </span>
      }
      data-testid="activity-panel"
      aria-label="Activity"
    >
      {error && <p className={styles.activityError} role="alert">{error}</p>}
      {events.length === 0 ? (
        <p className={styles.activityEmpty}>No activity yet. Create or revoke a key and it will show up here instantly.</p>
      ) : (
        <ol className={styles.activity} aria-live="polite" aria-label="Activity events">
          {events.map((event) => (
            <li key={event.id} className={styles.event} data-testid="activity-event" data-type={event.type}>
              <div className={styles.eventHead}>
                <code className={styles.eventType}>{event.type}</code>
                <time dateTime={event.occurredAt} className={styles.eventTime}>{formatTime(event.occurredAt)}</time>
              </div>
              <p className={styles.eventMessage}>{event.message}</p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

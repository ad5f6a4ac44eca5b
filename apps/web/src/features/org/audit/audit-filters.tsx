// Filters of the audit log as a plain GET form: the URL holds them, so a filtered view can be shared or reloaded.
import Link from 'next/link';
import { Button, buttonClassName } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import type { AuditQuery } from './audit-query';
import org from '../org.module.css';

export function AuditFilters({ query }: { query: AuditQuery }) {
  return (
    <form method="get" action="/console/audit" className={org.inlineForm} aria-label="Filter the audit log" data-testid="audit-filters">
      <TextField name="action" label="Action starts with" defaultValue={query.action} placeholder="member." autoComplete="off" spellCheck={false} />
      <TextField name="targetType" label="Target type" defaultValue={query.targetType} placeholder="domain" autoComplete="off" spellCheck={false} />
      <TextField name="from" label="From" type="date" defaultValue={query.from} />
      <TextField name="to" label="To (inclusive)" type="date" defaultValue={query.to} />
      <span className={org.formActions}>
        <Button type="submit" data-testid="audit-apply">Apply</Button>
        <Link href="/console/audit" className={buttonClassName('ghost')}>Clear</Link>
      </span>
    </form>
  );
}

'use client';
// Downloads the filtered audit log as CSV, named after today's date.
import { useState } from 'react';
import { Button } from '@nexus/ui/button';
import type { AuditFilter } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { downloadText } from '../../console/download';
import { AuditLogCsvDocument } from './audit-documents';
import org from '../org.module.css';

export function ExportCsvButton({ token, filter }: { token: string; filter: AuditFilter }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportCsv() {
    setPending(true);
    setError(null);
    try {
      const { auditLogCsv } = await request(AuditLogCsvDocument, { filter }, { token, signal: AbortSignal.timeout(60_000) });
      downloadText(`audit-${new Date().toISOString().slice(0, 10)}.csv`, auditLogCsv, 'text/csv');
    } catch (cause) {
      setError(describeRequestError(cause));
    } finally {
      setPending(false);
    }
  }

  return (
    <span className={org.formActions}>
      {error && <span className={org.inlineError} role="alert" data-testid="export-error">{error}</span>}
      <Button variant="secondary" onClick={() => void exportCsv()} loading={pending} data-testid="export-csv">Export CSV</Button>
    </span>
  );
}

'use client';
// Custom domains: add one, see the records to set, check now, remove; the list refreshes itself until all are ACTIVE.
import { Fragment, useRef, useState } from 'react';
import { Badge, type BadgeTone } from '@nexus/ui/badge';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import { EmptyState } from '@nexus/ui/empty-state';
import { TextField } from '@nexus/ui/text-field';
import type { DomainFieldsFragment, DomainStatus } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { text, useFormSubmit } from '../../auth/use-form-submit';
import { formatDateTime } from '../../console/format';
import { errorText } from '../../console/payload-errors';
import { DomainDetails } from './domain-details';
import { AddDomainDocument, RemoveDomainDocument, VerifyDomainDocument } from './domains-documents';
import { useDomainPolling } from './use-domain-polling';
import styles from '../org.module.css';
import local from './domains.module.css';

const TONE: Record<DomainStatus, BadgeTone> = { PENDING: 'warning', VERIFIED: 'accent', ISSUING: 'accent', ACTIVE: 'success', FAILED: 'danger' };

export function DomainsManager({ token, initial }: { token: string; initial: readonly DomainFieldsFragment[] }) {
  const { domains, setDomains, settling, pollError } = useDomainPolling(token, initial);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [checking, setChecking] = useState<string | null>(null);
  const [removing, setRemoving] = useState<DomainFieldsFragment | null>(null);
  const addForm = useRef<HTMLFormElement>(null);

  // A changed domain keeps its place; a new one goes first, where the person is looking.
  const replace = (domain: DomainFieldsFragment) =>
    setDomains((current) => (current.some((d) => d.id === domain.id) ? current.map((d) => (d.id === domain.id ? domain : d)) : [domain, ...current]));
  const toggle = (id: string, open?: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  const add = useFormSubmit(['hostname'], async (data) => {
    const { addDomain } = await request(AddDomainDocument, { hostname: text(data, 'hostname').toLowerCase() }, { token });
    return {
      errors: addDomain.errors,
      onSuccess: () => {
        if (!addDomain.domain) return;
        replace(addDomain.domain);
        addForm.current?.reset();
        // The records are what the person needs next.
        toggle(addDomain.domain.id, true);
      },
    };
  });

  async function check(domain: DomainFieldsFragment) {
    setChecking(domain.id);
    setErrors((current) => ({ ...current, [domain.id]: null }));
    try {
      const { verifyDomain } = await request(VerifyDomainDocument, { id: domain.id }, { token });
      const failure = errorText(verifyDomain.errors);
      if (failure) setErrors((current) => ({ ...current, [domain.id]: failure }));
      if (verifyDomain.domain) replace(verifyDomain.domain);
    } catch (cause) {
      setErrors((current) => ({ ...current, [domain.id]: describeRequestError(cause) }));
    } finally {
      setChecking(null);
    }
  }

  async function remove(domain: DomainFieldsFragment): Promise<string | null> {
    try {
      const { removeDomain } = await request(RemoveDomainDocument, { id: domain.id }, { token });
      const failure = errorText(removeDomain.errors);
      if (failure) return failure;
      setDomains((current) => current.filter((d) => d.id !== domain.id));
      setRemoving(null);
      return null;
    } catch (cause) {
      return describeRequestError(cause);
    }
  }

  return (
    <div className="stack">
      <Card title="Add a domain" description="Serve the organisation's pages on your own hostname, with a certificate issued for it.">
        <form ref={addForm} className={styles.inlineForm} onSubmit={add.onSubmit} noValidate aria-label="Add domain" data-testid="add-domain-form">
          <TextField name="hostname" label="Hostname" required placeholder="agents.example.com" autoComplete="off" spellCheck={false} error={add.errors.fields.hostname ?? add.errors.banner} />
          <Button type="submit" loading={add.pending} data-testid="add-domain-submit">Add domain</Button>
        </form>
      </Card>
      <Card
        title="Domains"
        description={`${domains.length} ${domains.length === 1 ? 'domain' : 'domains'}.`}
        actions={settling ? <span className={local.polling} data-testid="domains-polling">Checking every 5 s until all are active</span> : undefined}
      >
        {pollError && <Banner tone="warning">Could not refresh: {pollError}</Banner>}
        {domains.length === 0 ? (
          <EmptyState icon="◎" title="No custom domains" description="Add a hostname above; we tell you which DNS records prove it is yours." data-testid="domains-empty" />
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="domains-table">
              <thead>
                <tr>
                  <th scope="col">Hostname</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last check</th>
                  <th scope="col">Certificate expires</th>
                  <th scope="col"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {domains.map((domain) => {
                  const open = expanded.has(domain.id);
                  return (
                    <Fragment key={domain.id}>
                      <tr data-testid="domain-row" data-hostname={domain.hostname} data-status={domain.status} className={open ? local.expanded : undefined}>
                        <td>
                          <span className={`${styles.strong} mono`}>{domain.hostname}</span>
                          {errors[domain.id] && <p className={styles.inlineError} role="alert" data-testid="domain-error">{errors[domain.id]}</p>}
                        </td>
                        <td><Badge tone={TONE[domain.status]} data-testid="domain-status">{domain.status.toLowerCase()}</Badge></td>
                        <td className={styles.date}>{formatDateTime(domain.lastCheckedAt)}</td>
                        <td className={styles.date}>{formatDateTime(domain.certificate?.notAfter)}</td>
                        <td className={styles.actions}>
                          <Button variant="ghost" size="sm" onClick={() => toggle(domain.id)} aria-expanded={open} data-testid="domain-toggle">{open ? 'Hide' : 'Details'}</Button>
                          <Button variant="secondary" size="sm" loading={checking === domain.id} onClick={() => void check(domain)} data-testid="verify-domain">Check now</Button>
                          <Button variant="danger" size="sm" onClick={() => setRemoving(domain)} data-testid="remove-domain">Remove</Button>
                        </td>
                      </tr>
                      {open && (
                        <tr className={local.expanded}>
                          <td colSpan={5}><DomainDetails domain={domain} /></td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.hostname ?? ''}?`}
        confirmLabel="Remove domain"
        onConfirm={() => (removing ? remove(removing) : Promise.resolve(null))}
        onCancel={() => setRemoving(null)}
        data-testid="remove-domain-dialog"
      >
        <p>The domain stops serving and its certificate is deleted. Adding it again needs a new TXT record.</p>
      </ConfirmDialog>
    </div>
  );
}

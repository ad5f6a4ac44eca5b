'use client';
// The current plan, and moving to another; the API refuses when current use would not fit, and says why.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { SelectField } from '@nexus/ui/select-field';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { errorText } from '../../console/payload-errors';
import { ChangePlanDocument } from './usage-documents';
import { formatQuantity } from './usage-format';
import styles from './usage.module.css';
import org from '../org.module.css';

const price = (plan: PlanFieldsFragment) => (plan.priceMonthlyUsd === 0 ? 'No charge' : `$${plan.priceMonthlyUsd} per month`);

export function PlanCard({ token, current, plans, canChange }: { token: string; current: PlanFieldsFragment; plans: readonly PlanFieldsFragment[]; canChange: boolean }) {
  const router = useRouter();
  const [choice, setChoice] = useState(current.id);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState<string | null>(null);

  async function change() {
    setPending(true);
    setError(null);
    setChanged(null);
    try {
      const { changePlan } = await request(ChangePlanDocument, { planId: choice }, { token });
      const failure = errorText(changePlan.errors);
      if (failure) return setError(failure);
      setChanged(changePlan.organization?.plan.name ?? choice);
      router.refresh();
    } catch (cause) {
      setError(describeRequestError(cause));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="stack" data-testid="plan-card">
      <div>
        <p className={styles.planName} data-testid="plan-name">{current.name}</p>
        <p className={styles.price}>{price(current)}</p>
        <dl className={org.facts}>
          <dt>Seats</dt>
          <dd>{formatQuantity(current.limits.seats, 'count')}</dd>
          <dt>Published agents</dt>
          <dd>{formatQuantity(current.limits.publishedAgents, 'count')}</dd>
          <dt>Storage</dt>
          <dd>{formatQuantity(current.limits.storageBytes, 'bytes')}</dd>
          <dt>Kubernetes quota</dt>
          <dd>{current.limits.cpu} CPU · {current.limits.memory} memory · {current.limits.storage} storage</dd>
        </dl>
      </div>
      {changed && <Banner tone="success" data-testid="plan-changed">Now on the {changed} plan.</Banner>}
      {error && <Banner tone="error" data-testid="plan-error">{error}</Banner>}
      {canChange ? (
        <div className={org.inlineForm}>
          <SelectField name="plan" label="Change plan" value={choice} onChange={(event) => setChoice(event.target.value)} data-testid="plan-select">
            {plans.map((plan) => <option key={plan.id} value={plan.id}>{plan.name} — {price(plan)}</option>)}
          </SelectField>
          <Button onClick={() => void change()} loading={pending} disabled={choice === current.id} data-testid="change-plan">Change plan</Button>
        </div>
      ) : (
        <p className={org.note}>Changing the plan needs the <code>quotas:manage</code> permission.</p>
      )}
    </div>
  );
}

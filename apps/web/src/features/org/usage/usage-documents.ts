import { graphql } from '../../../gql';

export const PlanFieldsFragment = graphql(`
  fragment PlanFields on Plan {
    id
    name
    priceMonthlyUsd
    limits { apiRequestsPerMinute concurrentWorkflowRuns trainingJobs storageBytes publishedAgents seats cpu memory storage }
  }
`);

export const UsagePageDocument = graphql(`
  query UsagePage($range: UsageRange!) {
    usage(range: $range) {
      plan { ...PlanFields }
      quotas { limit used max unit }
      apiRequests { at value }
    }
    plans { ...PlanFields }
  }
`);

export const ChangePlanDocument = graphql(`
  mutation ChangePlan($planId: String!) {
    changePlan(planId: $planId) {
      organization { plan { ...PlanFields } }
      errors { code message field }
    }
  }
`);

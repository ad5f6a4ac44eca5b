import { graphql } from '../../../gql';

export const IsolationFieldsFragment = graphql(`
  fragment IsolationFields on KubernetesIsolation {
    namespace
    status
    attempts
    lastError
    appliedAt
    nextAttemptAt
    yaml
  }
`);

export const KubernetesIsolationDocument = graphql(`
  query KubernetesIsolation {
    kubernetesIsolation { ...IsolationFields }
  }
`);

export const RetryKubernetesProvisioningDocument = graphql(`
  mutation RetryKubernetesProvisioning {
    retryKubernetesProvisioning {
      isolation { ...IsolationFields }
      errors { code message field }
    }
  }
`);

// Realistic sizes of lists that take no `first` argument, so the cost estimate is not 20× every small fixed list.
export const LIST_SIZE_HINTS: Readonly<Record<string, number>> = {
  'PublishReport.steps': 8,
  'PublishStep.findings': 10,
  'PublishStep.metrics': 8,
  'AgentVersion.dependencies': 10,
  'Agent.distTags': 5,
  'AgentSearchResult.facets': 5,
  'Viewer.memberships': 10,
};

import type { AgentPageQuery } from '../../gql/graphql';

export type AgentDetails = NonNullable<AgentPageQuery['agent']>;
export type AgentVersionRow = AgentDetails['versions']['edges'][number]['node'];
export type DependencyGraphData = AgentDetails['dependencyGraph'];
export type AgentReview = AgentDetails['reviews']['edges'][number]['node'];

// Node ids and port names: what the API accepts (the subgraph's graph schema) and the builder checks before sending.
export const NODE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

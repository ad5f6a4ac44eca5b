'use client';
// GraphQL POST through XMLHttpRequest, because fetch cannot report upload progress; used for package uploads.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, type GraphQLErrorItem } from './graphql-client';

export interface UploadOptions {
  token?: string | null;
  /** Fraction of the request body sent, 0–1. */
  onUploadProgress?: (fraction: number) => void;
  /** Called when the body is fully sent and the server starts working. */
  onUploaded?: () => void;
  timeoutMs?: number;
}

type GraphQLBody<T> = { data?: T | null; errors?: GraphQLErrorItem[] };

export function requestWithProgress<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: UploadOptions = {},
): Promise<TResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    if (options.token) xhr.setRequestHeader('authorization', `Bearer ${options.token}`);
    xhr.timeout = options.timeoutMs ?? 120_000;
    xhr.responseType = 'text';

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onUploadProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => {
      options.onUploadProgress?.(1);
      options.onUploaded?.();
    };
    xhr.onerror = () => reject(new GraphQLRequestError('API unreachable: the upload failed', 'network'));
    xhr.ontimeout = () => reject(new GraphQLRequestError('API unreachable: the upload timed out', 'network'));
    xhr.onload = () => {
      let body: GraphQLBody<TResult> | null;
      try {
        body = JSON.parse(xhr.responseText) as GraphQLBody<TResult>;
      } catch {
        body = null;
      }
      if (body?.errors?.length) {
        reject(new GraphQLRequestError(body.errors.map((error) => error.message).join('; '), 'graphql', body.errors, xhr.status));
      } else if (xhr.status < 200 || xhr.status >= 300 || !body?.data) {
        reject(new GraphQLRequestError(`API answered HTTP ${xhr.status}`, 'http', [], xhr.status));
      } else {
        resolve(body.data);
      }
    };
    xhr.send(JSON.stringify({ query: print(document), variables }));
  });
}

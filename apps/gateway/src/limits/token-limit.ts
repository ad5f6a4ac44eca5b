// Counts lexer tokens before the document is parsed, so a huge query is refused without building its AST.
import { Lexer, Source, TokenKind } from 'graphql';
import { tooComplex } from '../errors';

/** Counts tokens up to `stopAfter + 1`; lexing is linear and allocates nothing per token worth keeping. */
export function countTokens(query: string, stopAfter = Infinity): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  // Lexer errors (bad characters) are left to the parser, which reports them properly.
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > stopAfter) break;
    }
  } catch {
    return count;
  }
  return count;
}

export function assertTokenLimit(query: string, maxTokens: number): void {
  const count = countTokens(query, maxTokens);
  if (count > maxTokens) {
    throw tooComplex('tokens', count, maxTokens, `Query has more than ${maxTokens} tokens, which exceeds the limit of ${maxTokens}.`);
  }
}

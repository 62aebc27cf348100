import { ApiError } from './http';

/** A failed call as a page tells it: a kind that decides what the page offers (retry or not), and the server's words. */
export interface Problem {
  kind: 'forbidden' | 'unauthorized' | 'badRequest' | 'network' | 'refused' | 'failed';
  /** The server's own reason (seed 000 msg, seed 001 msg, seed 002 message), when it gave one. */
  reason: string | null;
  /** The seed's code (KOP code, seed 002 status), or the HTTP status; 0 without an answer. */
  code: number;
}

/** What a page shows for an error thrown by a client call. */
export function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error), code: 0 };
  }
  switch (error.kind) {
    case 'forbidden':
    case 'unauthorized':
    case 'badRequest':
    case 'network':
      return { kind: error.kind, reason: error.msg, code: error.code };
    case 'notFound':
    case 'conflict':
    case 'refused':
      return { kind: 'refused', reason: error.msg, code: error.code };
    default:
      return { kind: 'failed', reason: error.msg, code: error.code };
  }
}

/** Whether the outcome of a command that failed so is unknown: the same submission may be sent again as it was. */
export function outcomeUnknown(problem: Problem): boolean {
  return problem.kind === 'network' || (problem.kind === 'failed' && (problem.code === 0 || problem.code >= 500));
}

import type { Actor } from './policy';

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  ip: string | null;
}

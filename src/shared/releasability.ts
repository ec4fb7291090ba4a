import type { z } from 'zod';

/**
 * The releasability rule of every releasable record, for its schema's refinement: a `releasable`
 * record names the partners it is released to, any other names none.
 */
export function checkReleasability(
  value: { releasability?: string; releasableTo?: readonly string[] },
  ctx: z.RefinementCtx,
) {
  if (value.releasability === 'releasable' && value.releasableTo?.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['releasableTo'], message: 'releasability.partners_required' });
  }
  if (value.releasability && value.releasability !== 'releasable' && (value.releasableTo?.length ?? 0) > 0) {
    ctx.addIssue({ code: 'custom', path: ['releasableTo'], message: 'releasability.partners_forbidden' });
  }
}

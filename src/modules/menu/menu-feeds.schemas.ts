import { z } from 'zod';
import { activityKinds, activityStatuses, locales, workingLanguages } from '../../shared/enums';
import { menuFilterSchema } from './menu.schemas';

/** A yes/no filter in a JSON body: a boolean, or the query-string spelling `"true"`/`"false"`. */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional();

/** The menu filter as a feed stores it: the same fields as the menu's query string, in a JSON body. */
export const feedFilterInputSchema = menuFilterSchema.extend({
  online: flag,
  openNow: flag,
});

/** The filter once parsed (lists as arrays, flags as booleans): what is stored and given back. */
export const feedFilterSchema = z.object({
  year: z.number().int().optional(),
  q: z.string().optional(),
  area: z.array(z.string()).optional(),
  kind: z.array(z.enum(activityKinds)).optional(),
  provider: z.array(z.string()).optional(),
  language: z.array(z.enum(workingLanguages)).optional(),
  country: z.array(z.string()).optional(),
  status: z.array(z.enum(activityStatuses)).optional(),
  online: z.boolean().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  openNow: z.boolean().optional(),
  eligibleFor: z.uuid().optional(),
});
export type FeedFilter = z.infer<typeof feedFilterSchema>;

export const createFeedBodySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    filter: feedFilterInputSchema.default({}),
    /** The language of the calendar's texts; the caller's own language when left out. */
    lang: z.enum(locales).optional(),
  })
  .meta({
    examples: [{ name: 'Cyber courses', filter: { area: ['CYBER'], kind: ['course'] }, lang: 'en' }],
  });
export type CreateFeedBody = z.infer<typeof createFeedBodySchema>;

export const feedSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  filter: feedFilterSchema,
  lang: z.enum(locales),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Feed = z.infer<typeof feedSchema>;

/** A new feed, with its subscription URL: shown this once, since only a hash of its key is kept. */
export const createdFeedSchema = feedSchema.omit({ lastUsedAt: true }).extend({
  url: z
    .string()
    .describe('The address to subscribe to from a calendar client; it stands for you: keep it private'),
});
export type CreatedFeed = z.infer<typeof createdFeedSchema>;

export const feedListSchema = z.object({ items: z.array(feedSchema) });

/** The menu's iCalendar export: the menu filter and the language of the texts. */
export const calendarIcsQuerySchema = menuFilterSchema.extend({ lang: z.enum(locales).optional() });
export type CalendarIcsQuery = z.infer<typeof calendarIcsQuerySchema>;

/** `<key>.ics`: any other shape is answered like an unknown key. */
export const feedFileParamsSchema = z.strictObject({ file: z.string().max(200) });

/** The jsonb of `calendar_feeds.filter`: the parsed filter and the feed's language. */
export const storedFeedSchema = z.object({ filter: feedFilterSchema, lang: z.enum(locales) });
export type StoredFeed = z.infer<typeof storedFeedSchema>;

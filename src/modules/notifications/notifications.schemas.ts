import { z } from 'zod';

export const notificationListQuerySchema = z.strictObject({
  /** `true`: only the notifications not read yet. */
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationSchema = z
  .object({
    id: z.uuid(),
    /** What happened, e.g. `nomination.accepted` (the same kinds as the e-mails). */
    kind: z.string(),
    /** In the reader's language, like the e-mail's subject. */
    title: z.string(),
    /** Paragraphs separated by a blank line, in the reader's language. */
    body: z.string(),
    /** The web app's path of the record concerned. */
    link: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({
    id: 'Notification',
    example: {
      id: '0b9f3c1e-52a4-4d0e-8f39-2f6f8a8f2b11',
      kind: 'nomination.accepted',
      title: 'Nomination accepted: Haruto Sato, SEC-101',
      body: 'The nomination of Haruto Sato to SEC-101 Cyber Security course (starting on 1 September 2014) has been accepted.',
      link: '/nominations/5d1c2a7e-1f0b-4d8e-9a51-3c2e7b6d9f40',
      createdAt: '2014-06-02T08:30:00.000Z',
      readAt: null,
    },
  });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  /** Unread notifications in all (not only on this page): the number on the bell. */
  unreadCount: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const readAllResultSchema = z.object({
  /** How many notifications this call marked read. */
  marked: z.number().int(),
  unreadCount: z.number().int(),
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, tfDocuments } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { DOCUMENT_MAX_BYTES } from './documents.files';
import { created, type FundWorld, frenchManager, fundWorld, get, post } from './trust-funds.test-support';

/** A small PDF whose bytes cover every value, so that a round trip through bytea is byte-exact. */
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\n%%EOF\n', 'latin1'),
]);

describe.each(drivers)('project documents on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let liaison: Caller;
  let staff: Caller;
  let fw: FundWorld;
  let internalProject: string;

  const upload = (
    projectId: string,
    body: Buffer | string,
    query: string,
    contentType = 'application/pdf',
    caller = manager,
  ) =>
    world.app.inject({
      method: 'POST',
      url: `/api/v1/trust-fund-projects/${projectId}/documents${query}`,
      headers: { ...caller.write, 'content-type': contentType },
      payload: body,
    });
  const remove = (projectId: string, documentId: string, caller = manager) =>
    world.app.inject({
      method: 'DELETE',
      url: `/api/v1/trust-fund-projects/${projectId}/documents/${documentId}`,
      headers: caller.write,
    });

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    liaison = await signIn(world.app, world.users.partner_liaison);
    staff = await signIn(world.app, world.users.staff_officer);
    fw = await fundWorld(world, manager);
    internalProject = created(
      await post(world, manager, '/trust-fund-projects', {
        fundId: fw.fundId,
        code: 'GE-INTERNAL',
        title: { en: 'Internal project', fr: 'Projet interne' },
        beneficiaryCountry: 'GE',
        releasability: 'internal',
      }),
    ).id;
  });
  afterAll(() => world?.close());

  it('stores an upload, lists it on the project and gives the same bytes back as an attachment', async () => {
    const name = 'Accord de financement – été.pdf';
    const response = await upload(
      fw.projectId,
      pdf,
      `?fileName=${encodeURIComponent(name)}&category=agreement&titleEn=Funding%20agreement&titleFr=Accord`,
    );
    const document = created<{ id: string; fileName: string; contentType: string; size: number }>(response);
    expect(document).toMatchObject({
      fileName: name,
      contentType: 'application/pdf',
      size: pdf.length,
      category: 'agreement',
      title: { en: 'Funding agreement', fr: 'Accord' },
    });
    expect(response.headers.location).toBe(
      `/api/v1/trust-fund-projects/${fw.projectId}/documents/${document.id}`,
    );

    const project = (await get(world, liaison, `/trust-fund-projects/${fw.projectId}`)).json();
    expect(project.documents).toEqual([expect.objectContaining({ id: document.id, fileName: name })]);

    // The liaison sees this public project, so its documents too.
    const download = await get(
      world,
      liaison,
      `/trust-fund-projects/${fw.projectId}/documents/${document.id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Accord de financement _ _t_.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );

    const [audit] = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'tf_document.add'));
    expect(audit).toMatchObject({ entityType: 'tf_project', entityId: fw.projectId });
  });

  it('names a file by its type when the name has no extension, and strips any path from a name', async () => {
    const text = Buffer.from('Minutes of the steering committee\n', 'utf8');
    const bare = created<{ fileName: string; contentType: string }>(
      await upload(fw.projectId, text, '?fileName=minutes', 'text/plain'),
    );
    expect(bare).toMatchObject({ fileName: 'minutes.txt', contentType: 'text/plain' });
    const pathed = created<{ fileName: string; category: string }>(
      await upload(fw.projectId, pdf, `?fileName=${encodeURIComponent('..\\..\\etc/"report".pdf')}`),
    );
    expect(pathed).toMatchObject({ fileName: 'report.pdf', category: 'other' });
    // The extension decides, not the type the browser guessed.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(
      created<{ contentType: string }>(
        await upload(fw.projectId, png, '?fileName=map.png', 'application/octet-stream'),
      ).contentType,
    ).toBe('image/png');
  });

  it('refuses an empty body, a file too large, a type not taken and a content that is not its type', async () => {
    const before = await world.database.db.$count(tfDocuments);
    const empty = await upload(fw.projectId, Buffer.alloc(0), '?fileName=empty.pdf');
    expect(empty.statusCode).toBe(400);
    expect(problem(empty).code).toBe('tf_document.empty');

    const large = await upload(
      fw.projectId,
      Buffer.concat([pdf, Buffer.alloc(DOCUMENT_MAX_BYTES)]),
      '?fileName=large.pdf',
    );
    expect(large.statusCode).toBe(413);
    expect(problem(large).code).toBe('tf_document.too_large');
    expect(large.headers['content-type']).toContain('application/problem+json');

    const exe = await upload(
      fw.projectId,
      Buffer.from('MZ\x90\x00'),
      '?fileName=setup.exe',
      'application/x-msdownload',
    );
    expect(exe.statusCode).toBe(415);
    expect(problem(exe).code).toBe('tf_document.unsupported_type');

    const fake = await upload(fw.projectId, Buffer.from('<html>hello</html>'), '?fileName=agreement.pdf');
    expect(fake.statusCode).toBe(422);
    expect(problem(fake)).toMatchObject({ code: 'tf_document.content_mismatch' });

    const badCategory = await upload(fw.projectId, pdf, '?fileName=a.pdf&category=secret');
    expect(badCategory.statusCode).toBe(400);
    expect(await world.database.db.$count(tfDocuments)).toBe(before);
  });

  it('answers 404 for an unknown project, and for a liaison on a project not released to it', async () => {
    const unknown = await upload('00000000-0000-4000-8000-000000000000', pdf, '?fileName=a.pdf');
    expect(unknown.statusCode).toBe(404);
    expect(problem(unknown).code).toBe('tf_project.not_found');

    const hidden = created(await upload(internalProject, pdf, '?fileName=internal.pdf'));
    const url = `/trust-fund-projects/${internalProject}/documents/${hidden.id}`;
    expect((await get(world, manager, url)).statusCode).toBe(200);
    const asLiaison = await get(world, liaison, url);
    expect(asLiaison.statusCode).toBe(404);
    expect(problem(asLiaison).code).toBe('tf_project.not_found');
    expect(asLiaison.body).not.toContain(hidden.id);
    // A document id under another project is no document of this one.
    const elsewhere = await get(
      world,
      manager,
      `/trust-fund-projects/${fw.projectId}/documents/${hidden.id}`,
    );
    expect(elsewhere.statusCode).toBe(404);
    expect(problem(elsewhere).code).toBe('tf_document.not_found');
  });

  it('lets a staff officer read but neither add nor remove a document', async () => {
    const document = created(await upload(fw.projectId, pdf, '?fileName=read-only.pdf'));
    expect(
      (await get(world, staff, `/trust-fund-projects/${fw.projectId}/documents/${document.id}`)).statusCode,
    ).toBe(200);
    expect((await upload(fw.projectId, pdf, '?fileName=nope.pdf', 'application/pdf', staff)).statusCode).toBe(
      403,
    );
    expect((await remove(fw.projectId, document.id, staff)).statusCode).toBe(403);
    expect(
      (await upload(fw.projectId, pdf, '?fileName=nope.pdf', 'application/pdf', liaison)).statusCode,
    ).toBe(403);
  });

  it('removes a document, audited, after which it is gone', async () => {
    const document = created(await upload(fw.projectId, pdf, '?fileName=to-remove.pdf'));
    expect((await remove(fw.projectId, document.id)).statusCode).toBe(204);
    const again = await remove(fw.projectId, document.id);
    expect(again.statusCode).toBe(404);
    expect(problem(again).code).toBe('tf_document.not_found');
    expect(
      (await get(world, manager, `/trust-fund-projects/${fw.projectId}/documents/${document.id}`)).statusCode,
    ).toBe(404);
    const events = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'tf_document.delete'));
    expect(events.map((e) => (e.before as { documentId: string }).documentId)).toContain(document.id);
  });

  it('says what went wrong in French to a French-speaking manager', async () => {
    const french = await frenchManager(world);
    const exe = await upload(
      fw.projectId,
      Buffer.from('MZ'),
      '?fileName=setup.exe',
      'application/x-msdownload',
      french,
    );
    expect(problem(exe)).toMatchObject({ title: 'Type de fichier refusé' });
    expect(problem(exe).detail).toContain('pdf, docx');
    const empty = await upload(
      fw.projectId,
      Buffer.alloc(0),
      '?fileName=vide.pdf',
      'application/pdf',
      french,
    );
    expect(problem(empty).title).toBe('Fichier vide');
  });
});

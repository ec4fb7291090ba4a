import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../core/http';
import { checkDocumentFile, cleanFileName } from './documents.files';

const pdf = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('project document files', () => {
  it('keeps a name without its path, control characters or leading dots', () => {
    expect(cleanFileName('C:\\Users\\me\\Rapport final.pdf')).toBe('Rapport final.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('..hidden.txt')).toBe('hidden.txt');
    expect(cleanFileName('a\u0000b\r\n"c".pdf')).toBe('abc.pdf');
    expect(cleanFileName(undefined)).toBe('');
  });

  it('decides the type by the extension and checks the content against it', () => {
    expect(checkDocumentFile('Agreement.PDF', 'application/octet-stream', pdf)).toEqual({
      ok: true,
      fileName: 'Agreement.PDF',
      contentType: 'application/pdf',
    });
    expect(checkDocumentFile('budget.xlsx', '', zip)).toMatchObject({
      ok: true,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(checkDocumentFile('budget.xlsx', '', pdf)).toEqual({
      ok: false,
      reason: 'content_mismatch',
      extension: 'xlsx',
    });
    expect(checkDocumentFile('notes.txt', 'text/plain', Buffer.from([0xff, 0xfe, 0x00]))).toMatchObject({
      ok: false,
      reason: 'content_mismatch',
    });
    expect(checkDocumentFile('setup.exe', 'application/pdf', pdf)).toMatchObject({
      ok: true,
      fileName: 'setup.exe.pdf',
    });
    expect(checkDocumentFile('setup.exe', 'application/x-msdownload', pdf)).toMatchObject({
      ok: false,
      reason: 'unsupported_type',
    });
    expect(checkDocumentFile(undefined, 'application/pdf', pdf)).toMatchObject({ fileName: 'document.pdf' });
  });

  it('names the download in ASCII and, exactly, in UTF-8', () => {
    expect(contentDisposition('Été "final".pdf')).toBe(
      `attachment; filename="_t_ _final_.pdf"; filename*=UTF-8''%C3%89t%C3%A9%20%22final%22.pdf`,
    );
  });
});

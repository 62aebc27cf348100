/**
 * svMemberImport's file, as the service reads it (stored-value-service `importing/ImportColumn`): a header row whose
 * column names the service knows; 卡号, 卡密 and 姓名 are required, 余额 is the opening actual balance and 赠送余额
 * the opening bonus.
 */
export const IMPORT_COLUMNS = ['卡号', '卡密', '姓名', '手机', '性别', '生日', '证件号', '地址', '余额', '赠送余额'] as const;

/** The largest file the service and the gateway take. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The template: the header row only, UTF-8 with a byte-order mark so that spreadsheet programs read it as UTF-8. */
export function importTemplate(): Blob {
  return new Blob(['\uFEFF', `${IMPORT_COLUMNS.join(',')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** Lets the browser save the template as a file. */
export function downloadImportTemplate(fileName: string): void {
  const url = URL.createObjectURL(importTemplate());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

// The workbook reader's refusals in en/th/tr, spread into the importer's catalogues
// (import-messages.ts). {file}, {sheet}, {cell}, {part}, {format} and {app} are shown as written;
// {row}, {limit} and {size} are counts in the reader's digit grouping.
import type { ReadMessageKey } from '../ipc/contract/read-messages';

type ReadCatalogue = Readonly<Record<ReadMessageKey, string>>;

export const READ_MESSAGES_EN = {
  'import.file.otherFormat':
    '{file} is a {format} file, which QBR Studio cannot read: open it in {app}, save a copy as an Excel workbook (.xlsx), and import that copy.',
  'import.file.noWorksheets':
    '{file} holds no worksheet to import (a workbook of charts only, or an empty one).',
  'import.reason.rowBeyond':
    'sheet {sheet} has a row numbered {row}, past the last row Excel allows ({limit})',
  'import.reason.tagTooLarge':
    '{part} holds a piece of markup far larger than any spreadsheet writes; the file is damaged or was made to harm',
  'import.reason.textTooLarge': 'its text adds up to more than {size} million characters',
  'import.reason.unexpected':
    'its contents are not laid out the way an .xlsx workbook’s are; open it in Excel and save it again',
} as const satisfies ReadCatalogue;

export const READ_MESSAGES_TH: ReadCatalogue = {
  'import.file.otherFormat':
    '{file} เป็นไฟล์ {format} ซึ่ง QBR Studio อ่านไม่ได้ โปรดเปิดไฟล์ใน {app} บันทึกสำเนาเป็นเวิร์กบุ๊ก Excel (.xlsx) แล้วนำเข้าสำเนานั้น',
  'import.file.noWorksheets': '{file} ไม่มีเวิร์กชีตให้นำเข้า (มีแต่แผนภูมิ หรือเป็นเวิร์กบุ๊กเปล่า)',
  'import.reason.rowBeyond': 'ชีต {sheet} มีแถวหมายเลข {row} ซึ่งเกินแถวสุดท้ายที่ Excel รองรับ ({limit})',
  'import.reason.tagTooLarge':
    '{part} มีโค้ดมาร์กอัปชิ้นหนึ่งที่ใหญ่เกินกว่าสเปรดชีตใดจะเขียน ไฟล์อาจเสียหายหรือถูกสร้างขึ้นเพื่อก่อความเสียหาย',
  'import.reason.textTooLarge': 'ข้อความในไฟล์รวมกันเกิน {size} ล้านอักขระ',
  'import.reason.unexpected':
    'โครงสร้างภายในไฟล์ไม่ตรงกับเวิร์กบุ๊ก .xlsx โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่อีกครั้ง',
};

export const READ_MESSAGES_TR: ReadCatalogue = {
  'import.file.otherFormat':
    '{file} bir {format} dosyası ve QBR Studio bu biçimi okuyamıyor: dosyayı {app} ile açın, bir kopyasını Excel çalışma kitabı (.xlsx) olarak kaydedin ve o kopyayı içe aktarın.',
  'import.file.noWorksheets':
    '{file} içinde içe aktarılacak çalışma sayfası yok (yalnızca grafikler var ya da kitap boş).',
  'import.reason.rowBeyond':
    '{sheet} sayfasında {row} numaralı bir satır var; Excel’in izin verdiği son satırı ({limit}) aşıyor',
  'import.reason.tagTooLarge':
    '{part} hiçbir hesap tablosunun yazmayacağı kadar büyük bir biçimlendirme parçası içeriyor; dosya bozuk ya da zarar vermek için hazırlanmış',
  'import.reason.textTooLarge': 'metinlerinin toplamı {size} milyon karakteri aşıyor',
  'import.reason.unexpected':
    'içeriği bir .xlsx çalışma kitabının düzenine uymuyor; dosyayı Excel ile açıp yeniden kaydedin',
};

// The importer's problems in en/th/tr, spread into the app catalogues. Keys come from
// IMPORT_MESSAGE_KEYS: a key without a translation here is a type error. {value}, {id}, {code}
// and {key} are the user's own data and stay as written; {field}, {fields}, {metric}, {mrr} and
// the like are shown as the field labels (field.<kind>.<field>) of the reader's language.
import type { ImportMessageKey } from '../ipc/contract/import-messages';

/** `import.list.oneOf` words a group of fields of which one is needed, inside a message. */
export type ImportMessageCatalogue = Readonly<
  Record<ImportMessageKey | 'import.list.oneOf', string>
>;

export const IMPORT_MESSAGES_EN = {
  'import.list.oneOf': 'one of {fields}',
  'import.sheet.noHeader': 'The sheet is empty: no header row was found.',
  'import.sheet.unrecognised':
    'No recognisable columns: choose what this sheet holds and map its columns.',
  'import.sheet.unmapped': 'Required columns are not mapped: {fields}.',
  'import.sheet.wideUnmapped':
    'Required columns are not mapped: {metric} and {value} (or columns of numbers, one per metric).',
  'import.sheet.skipped': 'This sheet will not be imported.',
  'import.value.notNumber': '"{value}" is not a number',
  'import.value.expectedNumber': 'expected a number',
  'import.value.notWhole': '{value} is not a whole number',
  'import.value.excelError':
    'the cell holds the Excel error {code}; fix the formula or clear the cell',
  'import.value.expectedYesNo': 'expected yes or no',
  'import.value.notYesNo': '"{value}" is not yes or no',
  'import.value.expectedDate': 'expected a date',
  'import.value.notDate': '"{value}" is not a date',
  'import.value.invalidDate': '"{value}" is not a valid date',
  'import.value.invalidDateDMY': '"{value}" is not a valid date (read as day/month/year)',
  'import.value.invalidDateMDY': '"{value}" is not a valid date (read as month/day/year)',
  'import.row.required': '{field} is empty but required',
  'import.row.duplicateId':
    'Duplicate {field} {id}: row {row} has the same ID; this row was not imported.',
  'import.row.duplicateKey':
    'Duplicate key {key}: row {row} has the same key with different values; this row was not imported.',
  'import.row.noAccount': 'the row names neither {account} nor {subscription}',
  'import.row.unknownSubscription':
    'subscription {id} is unknown: import its contract lines first or in the same import',
  'import.row.notSurveyType': '"{value}" is not a survey type: expected NPS, CSAT or CES',
  'import.row.noScore': 'the response has no score',
  'import.row.notPriority': '"{value}" is not a priority: expected low, medium, high or urgent',
  'import.row.noTitle': 'the event has no title',
  'import.row.noMrr': 'the line has neither {mrr} nor {arr}',
  'import.row.notGroup': '"{value}" is not a group: expected target or control',
  'import.row.notDirection': '"{value}" is not a direction: expected higher or lower is better',
  'import.row.noName': 'the contact has no name',
  'import.row.currency': '"{value}" is not a currency code: expected three letters such as USD',
  'import.row.atLeast': '{field} must be at least {limit}',
  'import.row.above': '{field} must be more than {limit}',
  'import.row.atMost': '{field} must be at most {limit}',
  'import.row.below': '{field} must be less than {limit}',
  'import.row.invalid': '{field}: "{value}" cannot be imported',
  'import.row.failed': 'the row could not be read: {detail}',
} as const satisfies ImportMessageCatalogue;

export const IMPORT_MESSAGES_TH: ImportMessageCatalogue = {
  'import.list.oneOf': 'อย่างใดอย่างหนึ่งจาก {fields}',
  'import.sheet.noHeader': 'ชีตนี้ว่างเปล่า: ไม่พบแถวหัวตาราง',
  'import.sheet.unrecognised': 'ไม่พบคอลัมน์ที่รู้จัก: โปรดเลือกว่าชีตนี้เก็บข้อมูลอะไร แล้วจับคู่คอลัมน์ให้ครบ',
  'import.sheet.unmapped': 'ยังไม่ได้จับคู่คอลัมน์ที่จำเป็น: {fields}',
  'import.sheet.wideUnmapped':
    'ยังไม่ได้จับคู่คอลัมน์ที่จำเป็น: {metric} และ {value} (หรือคอลัมน์ตัวเลข คอลัมน์ละหนึ่งตัวชี้วัด)',
  'import.sheet.skipped': 'จะไม่นำเข้าชีตนี้',
  'import.value.notNumber': '"{value}" ไม่ใช่ตัวเลข',
  'import.value.expectedNumber': 'ช่องนี้ต้องเป็นตัวเลข',
  'import.value.notWhole': '{value} ไม่ใช่จำนวนเต็ม',
  'import.value.excelError': 'เซลล์นี้มีข้อผิดพลาดของ Excel {code} โปรดแก้สูตรหรือล้างเซลล์นี้',
  'import.value.expectedYesNo': 'ช่องนี้ต้องเป็น ใช่ หรือ ไม่ใช่',
  'import.value.notYesNo': 'อ่าน "{value}" เป็น ใช่ หรือ ไม่ใช่ ไม่ได้',
  'import.value.expectedDate': 'ช่องนี้ต้องเป็นวันที่',
  'import.value.notDate': '"{value}" ไม่ใช่วันที่',
  'import.value.invalidDate': '"{value}" ไม่ใช่วันที่ที่ถูกต้อง',
  'import.value.invalidDateDMY': '"{value}" ไม่ใช่วันที่ที่ถูกต้อง (อ่านแบบ วัน/เดือน/ปี)',
  'import.value.invalidDateMDY': '"{value}" ไม่ใช่วันที่ที่ถูกต้อง (อ่านแบบ เดือน/วัน/ปี)',
  'import.row.required': '{field} ว่างอยู่ แต่จำเป็นต้องมีค่า',
  'import.row.duplicateId': '{field} {id} ซ้ำ: แถว {row} ใช้รหัสเดียวกันแล้ว จึงไม่ได้นำเข้าแถวนี้',
  'import.row.duplicateKey': 'คีย์ {key} ซ้ำ: แถว {row} มีคีย์เดียวกันแต่ค่าต่างกัน จึงไม่ได้นำเข้าแถวนี้',
  'import.row.noAccount': 'แถวนี้ไม่มีทั้ง {account} และ {subscription}',
  'import.row.unknownSubscription':
    'ไม่รู้จักการสมัครใช้บริการ {id}: โปรดนำเข้ารายการสัญญาก่อน หรือนำเข้าพร้อมกันในครั้งนี้',
  'import.row.notSurveyType': '"{value}" ไม่ใช่ประเภทแบบสำรวจ: ต้องเป็น NPS, CSAT หรือ CES',
  'import.row.noScore': 'คำตอบนี้ไม่มีคะแนน',
  'import.row.notPriority': '"{value}" ไม่ใช่ระดับความสำคัญ: ต้องเป็น ต่ำ ปานกลาง สูง หรือ ด่วน',
  'import.row.noTitle': 'เหตุการณ์นี้ไม่มีชื่อเรื่อง',
  'import.row.noMrr': 'รายการนี้ไม่มีทั้ง {mrr} และ {arr}',
  'import.row.notGroup': '"{value}" ไม่ใช่กลุ่ม: ต้องเป็น กลุ่มทดลอง หรือ กลุ่มควบคุม',
  'import.row.notDirection': '"{value}" ไม่ใช่ทิศทาง: ต้องเป็น สูงขึ้นดีกว่า หรือ ต่ำลงดีกว่า',
  'import.row.noName': 'ผู้ติดต่อนี้ไม่มีชื่อ',
  'import.row.currency': '"{value}" ไม่ใช่รหัสสกุลเงิน: ต้องเป็นตัวอักษรสามตัว เช่น THB',
  'import.row.atLeast': '{field} ต้องไม่น้อยกว่า {limit}',
  'import.row.above': '{field} ต้องมากกว่า {limit}',
  'import.row.atMost': '{field} ต้องไม่เกิน {limit}',
  'import.row.below': '{field} ต้องน้อยกว่า {limit}',
  'import.row.invalid': 'นำเข้าค่า "{value}" ของ {field} ไม่ได้',
  'import.row.failed': 'อ่านแถวนี้ไม่ได้: {detail}',
};

export const IMPORT_MESSAGES_TR: ImportMessageCatalogue = {
  'import.list.oneOf': '{fields} alanlarından biri',
  'import.sheet.noHeader': 'Sayfa boş: başlık satırı bulunamadı.',
  'import.sheet.unrecognised':
    'Tanınan sütun yok: bu sayfanın ne içerdiğini seçin ve sütunlarını eşleştirin.',
  'import.sheet.unmapped': 'Zorunlu sütunlar eşleştirilmedi: {fields}.',
  'import.sheet.wideUnmapped':
    'Zorunlu sütunlar eşleştirilmedi: {metric} ve {value} (ya da her metrik için bir sayı sütunu).',
  'import.sheet.skipped': 'Bu sayfa içe aktarılmayacak.',
  'import.value.notNumber': '"{value}" bir sayı değil',
  'import.value.expectedNumber': 'burada bir sayı olmalı',
  'import.value.notWhole': '{value} bir tam sayı değil',
  'import.value.excelError':
    'hücrede {code} Excel hatası var; formülü düzeltin ya da hücreyi temizleyin',
  'import.value.expectedYesNo': 'burada evet ya da hayır olmalı',
  'import.value.notYesNo': '"{value}" evet ya da hayır olarak okunamadı',
  'import.value.expectedDate': 'burada bir tarih olmalı',
  'import.value.notDate': '"{value}" bir tarih değil',
  'import.value.invalidDate': '"{value}" geçerli bir tarih değil',
  'import.value.invalidDateDMY': '"{value}" geçerli bir tarih değil (gün/ay/yıl olarak okundu)',
  'import.value.invalidDateMDY': '"{value}" geçerli bir tarih değil (ay/gün/yıl olarak okundu)',
  'import.row.required': '{field} boş ama zorunlu',
  'import.row.duplicateId':
    'Yinelenen {field} {id}: {row}. satırda aynı kimlik var; bu satır içe aktarılmadı.',
  'import.row.duplicateKey':
    'Yinelenen anahtar {key}: {row}. satırda aynı anahtar farklı değerlerle var; bu satır içe aktarılmadı.',
  'import.row.noAccount': 'satırda ne {account} ne de {subscription} var',
  'import.row.unknownSubscription':
    '{id} aboneliği bilinmiyor: önce sözleşme satırlarını içe aktarın ya da aynı içe aktarmaya ekleyin',
  'import.row.notSurveyType': '"{value}" bir anket türü değil: NPS, CSAT ya da CES olmalı',
  'import.row.noScore': 'yanıtta puan yok',
  'import.row.notPriority': '"{value}" bir öncelik değil: düşük, orta, yüksek ya da acil olmalı',
  'import.row.noTitle': 'etkinliğin başlığı yok',
  'import.row.noMrr': 'satırda ne {mrr} ne de {arr} var',
  'import.row.notGroup': '"{value}" bir grup değil: hedef ya da kontrol olmalı',
  'import.row.notDirection': '"{value}" bir yön değil: daha yüksek ya da daha düşük olmalı',
  'import.row.noName': 'kişinin adı yok',
  'import.row.currency': '"{value}" bir para birimi kodu değil: TRY gibi üç harf olmalı',
  'import.row.atLeast': '{field} en az {limit} olmalı',
  'import.row.above': '{field} {limit} değerinden büyük olmalı',
  'import.row.atMost': '{field} en fazla {limit} olmalı',
  'import.row.below': '{field} {limit} değerinden küçük olmalı',
  'import.row.invalid': '{field}: "{value}" içe aktarılamıyor',
  'import.row.failed': 'satır okunamadı: {detail}',
};

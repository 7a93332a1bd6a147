// The import wizard's account of its checks in en/th/tr, spread into the app catalogues: what an
// import would change in the workspace, rows skipped as not data, and problems shown a page at a
// time. {kind} is a data kind's label, {sheet} the user's own file and sheet name.

export const IMPORT_CHECKS_EN = {
  'import.changes.warning': '{count} existing records ({kind}) will change when you import.',
  'import.changes.counts': '{newRows} new, {unchanged} unchanged, {changed} changed',
  'import.changes.perField': 'Changes per field: {list}',
  'import.changes.row': 'Row',
  'import.changes.key': 'Record',
  'import.changes.field': 'Field',
  'import.changes.from': 'Now',
  'import.changes.to': 'After import',
  'import.changes.more': '… and {count} more changed records.',
  'import.changes.empty': '(empty)',
  'import.changes.yes': 'yes',
  'import.changes.no': 'no',
  'import.skippedRows':
    '{count} rows are not data (totals, notes, repeated headers) and are skipped:',
  'import.skippedRows.more': '… and {count} more.',
  'import.problems.title': 'Problems in {sheet}',
  'import.problems.showMore': 'Show more problems',
  'import.problems.more': '… and {count} more: save the problems to see them all.',
} as const;

export const IMPORT_CHECKS_TH: Record<keyof typeof IMPORT_CHECKS_EN, string> = {
  'import.changes.warning': 'ข้อมูลที่มีอยู่แล้ว {count} รายการ ({kind}) จะเปลี่ยนเมื่อนำเข้า',
  'import.changes.counts': 'ใหม่ {newRows} ไม่เปลี่ยน {unchanged} เปลี่ยน {changed}',
  'import.changes.perField': 'จำนวนที่เปลี่ยนต่อฟิลด์: {list}',
  'import.changes.row': 'แถว',
  'import.changes.key': 'รายการ',
  'import.changes.field': 'ฟิลด์',
  'import.changes.from': 'ตอนนี้',
  'import.changes.to': 'หลังนำเข้า',
  'import.changes.more': '… และอีก {count} รายการที่เปลี่ยน',
  'import.changes.empty': '(ว่าง)',
  'import.changes.yes': 'ใช่',
  'import.changes.no': 'ไม่ใช่',
  'import.skippedRows': '{count} แถวไม่ใช่ข้อมูล (ผลรวม หมายเหตุ หัวตารางซ้ำ) และจะถูกข้าม:',
  'import.skippedRows.more': '… และอีก {count} แถว',
  'import.problems.title': 'ปัญหาใน {sheet}',
  'import.problems.showMore': 'แสดงปัญหาเพิ่ม',
  'import.problems.more': '… และอีก {count} รายการ: บันทึกปัญหาเป็นไฟล์เพื่อดูทั้งหมด',
};

export const IMPORT_CHECKS_TR: Record<keyof typeof IMPORT_CHECKS_EN, string> = {
  'import.changes.warning': 'İçe aktardığınızda mevcut {count} kayıt ({kind}) değişecek.',
  'import.changes.counts': '{newRows} yeni, {unchanged} değişmeyen, {changed} değişen',
  'import.changes.perField': 'Alan başına değişiklik: {list}',
  'import.changes.row': 'Satır',
  'import.changes.key': 'Kayıt',
  'import.changes.field': 'Alan',
  'import.changes.from': 'Şimdi',
  'import.changes.to': 'İçe aktarmadan sonra',
  'import.changes.more': '… ve {count} değişen kayıt daha.',
  'import.changes.empty': '(boş)',
  'import.changes.yes': 'evet',
  'import.changes.no': 'hayır',
  'import.skippedRows':
    '{count} satır veri değil (toplamlar, notlar, tekrarlanan başlıklar) ve atlanıyor:',
  'import.skippedRows.more': '… ve {count} satır daha.',
  'import.problems.title': '{sheet} içindeki sorunlar',
  'import.problems.showMore': 'Daha fazla sorun göster',
  'import.problems.more': '… ve {count} sorun daha: hepsini görmek için sorunları kaydedin.',
};

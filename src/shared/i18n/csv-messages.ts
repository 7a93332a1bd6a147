// The CSV reader's messages in en/th/tr, spread into the import catalogues. {file} and {column}
// are the user's own; {limit} and {count} are grouped as the reader's language groups digits;
// {lines} is a list of line numbers. The encodings' names are in encoding-messages.ts.
import type { CSV_MESSAGE_KEYS } from '../ipc/contract/csv-messages';

type CsvCatalogue = Readonly<Record<(typeof CSV_MESSAGE_KEYS)[number], string>>;

export const CSV_MESSAGES_EN: CsvCatalogue = {
  'import.file.tooManyColumns':
    '{file}: row {row} has more than {limit} columns, more than a spreadsheet can hold; nothing was imported. Check that the file is a table saved as CSV.',
  'import.encoding.reason.bom': 'the file starts with a byte-order mark',
  'import.encoding.reason.zeroBytes': 'its pattern of zero bytes shows it',
  'import.encoding.reason.ascii': 'the text is plain ASCII',
  'import.encoding.reason.validUtf8': 'the text is valid UTF-8',
  'import.encoding.reason.mixed':
    'the file mixes encodings: {count} bytes are not valid UTF-8, on line(s) {lines}. Check those lines, or choose another encoding',
  'import.encoding.reason.turkish': 'the text is not valid UTF-8; Turkish letters found',
  'import.encoding.reason.thai': 'the text is not valid UTF-8; Thai text found',
  'import.encoding.reason.western': 'the text is not valid UTF-8; Western European letters found',
  'import.encoding.reason.euro': 'the text is not valid UTF-8; euro signs found',
  'import.encoding.reason.chosen': 'chosen by you',
  'import.encoding.reason.chosenBad':
    'chosen by you, but {count} bytes are not valid in it, on line(s) {lines}',
};

export const CSV_MESSAGES_TH: CsvCatalogue = {
  'import.file.tooManyColumns':
    '{file}: แถว {row} มีมากกว่า {limit} คอลัมน์ เกินกว่าที่สเปรดชีตรองรับได้ จึงไม่ได้นำเข้าข้อมูลใด ๆ โปรดตรวจสอบว่าไฟล์เป็นตารางที่บันทึกเป็นไฟล์ .csv',
  'import.encoding.reason.bom': 'ไฟล์ขึ้นต้นด้วยเครื่องหมายลำดับไบต์',
  'import.encoding.reason.zeroBytes': 'รูปแบบของไบต์ศูนย์ในไฟล์บ่งบอกเช่นนั้น',
  'import.encoding.reason.ascii': 'ข้อความมีเฉพาะอักขระแอสกี',
  'import.encoding.reason.validUtf8': 'ข้อความเป็นยูทีเอฟ-8 ที่ถูกต้อง',
  'import.encoding.reason.mixed':
    'ไฟล์ใช้การเข้ารหัสปนกัน: มี {count} ไบต์ที่ไม่ใช่ยูทีเอฟ-8 ที่ถูกต้อง อยู่ในบรรทัด {lines} โปรดตรวจสอบบรรทัดเหล่านั้น หรือเลือกการเข้ารหัสอื่น',
  'import.encoding.reason.turkish': 'ข้อความไม่ใช่ยูทีเอฟ-8 ที่ถูกต้อง และพบตัวอักษรภาษาตุรกี',
  'import.encoding.reason.thai': 'ข้อความไม่ใช่ยูทีเอฟ-8 ที่ถูกต้อง และพบข้อความภาษาไทย',
  'import.encoding.reason.western': 'ข้อความไม่ใช่ยูทีเอฟ-8 ที่ถูกต้อง และพบตัวอักษรยุโรปตะวันตก',
  'import.encoding.reason.euro': 'ข้อความไม่ใช่ยูทีเอฟ-8 ที่ถูกต้อง และพบเครื่องหมายยูโร',
  'import.encoding.reason.chosen': 'คุณเลือกเอง',
  'import.encoding.reason.chosenBad':
    'คุณเลือกเอง แต่มี {count} ไบต์ที่ใช้ไม่ได้ในการเข้ารหัสนี้ อยู่ในบรรทัด {lines}',
};

export const CSV_MESSAGES_TR: CsvCatalogue = {
  'import.file.tooManyColumns':
    '{file}: {row}. satırda {limit} sütundan fazlası var, bu bir elektronik tablonun alabileceğinden fazla; hiçbir şey içe aktarılmadı. Dosyanın CSV olarak kaydedilmiş bir tablo olduğunu denetleyin.',
  'import.encoding.reason.bom': 'dosya bir bayt sırası işaretiyle (BOM) başlıyor',
  'import.encoding.reason.zeroBytes': 'sıfır baytların düzeni bunu gösteriyor',
  'import.encoding.reason.ascii': 'metin yalnızca ASCII',
  'import.encoding.reason.validUtf8': 'metin geçerli UTF-8',
  'import.encoding.reason.mixed':
    'dosyada kodlamalar karışık: {count} bayt geçerli UTF-8 değil ({lines}. satır). Bu satırları denetleyin ya da başka bir kodlama seçin',
  'import.encoding.reason.turkish': 'metin geçerli UTF-8 değil; Türkçe harfler bulundu',
  'import.encoding.reason.thai': 'metin geçerli UTF-8 değil; Tayca metin bulundu',
  'import.encoding.reason.western': 'metin geçerli UTF-8 değil; Batı Avrupa harfleri bulundu',
  'import.encoding.reason.euro': 'metin geçerli UTF-8 değil; avro işaretleri bulundu',
  'import.encoding.reason.chosen': 'sizin seçiminiz',
  'import.encoding.reason.chosenBad':
    'sizin seçiminiz, ancak {count} bayt bu kodlamada geçerli değil ({lines}. satır)',
};

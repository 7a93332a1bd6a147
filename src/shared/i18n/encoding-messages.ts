// The words for a text file's encoding, spread into the en/th/tr catalogues: the encodings'
// names (the same in every language where they are standard names), how the preview and the CLI
// say which one a file was read in, and the wizard's choice. The reasons are importer messages
// (csv-messages.ts); encoding-summary.ts puts them together.

export const ENCODING_UI_EN = {
  'import.textEncoding.summary': '{encoding}: {reason}',
  'import.textEncoding.name.utf-8': 'UTF-8',
  'import.textEncoding.name.utf-16le': 'UTF-16 (little-endian)',
  'import.textEncoding.name.utf-16be': 'UTF-16 (big-endian)',
  'import.textEncoding.name.utf-32le': 'UTF-32 (little-endian)',
  'import.textEncoding.name.utf-32be': 'UTF-32 (big-endian)',
  'import.textEncoding.name.windows-1252': 'Windows-1252 (Western European)',
  'import.textEncoding.name.windows-1254': 'Windows-1254 (Turkish)',
  'import.textEncoding.name.windows-874': 'Windows-874 / TIS-620 (Thai)',
  'import.textEncoding.name.iso-8859-15': 'ISO-8859-15 (Western European with €)',
  'import.textEncoding.label': 'Text encoding',
  'import.textEncoding.help':
    'If names look wrong (Ayþe instead of Ayşe, or symbols instead of Thai), read the file again in another encoding.',
} as const;

type EncodingUi = Readonly<Record<keyof typeof ENCODING_UI_EN, string>>;

export const ENCODING_UI_TH: EncodingUi = {
  'import.textEncoding.summary': '{encoding}: {reason}',
  'import.textEncoding.name.utf-8': 'UTF-8',
  'import.textEncoding.name.utf-16le': 'UTF-16 (ไบต์ต่ำก่อน)',
  'import.textEncoding.name.utf-16be': 'UTF-16 (ไบต์สูงก่อน)',
  'import.textEncoding.name.utf-32le': 'UTF-32 (ไบต์ต่ำก่อน)',
  'import.textEncoding.name.utf-32be': 'UTF-32 (ไบต์สูงก่อน)',
  'import.textEncoding.name.windows-1252': 'Windows-1252 (ยุโรปตะวันตก)',
  'import.textEncoding.name.windows-1254': 'Windows-1254 (ตุรกี)',
  'import.textEncoding.name.windows-874': 'Windows-874 / TIS-620 (ไทย)',
  'import.textEncoding.name.iso-8859-15': 'ISO-8859-15 (ยุโรปตะวันตก มี €)',
  'import.textEncoding.label': 'การเข้ารหัสข้อความ',
  'import.textEncoding.help':
    'หากชื่อแสดงผิด (เช่น Ayþe แทน Ayşe หรือเป็นสัญลักษณ์แทนภาษาไทย) ให้อ่านไฟล์อีกครั้งด้วยการเข้ารหัสอื่น',
};

export const ENCODING_UI_TR: EncodingUi = {
  'import.textEncoding.summary': '{encoding}: {reason}',
  'import.textEncoding.name.utf-8': 'UTF-8',
  'import.textEncoding.name.utf-16le': 'UTF-16 (little-endian)',
  'import.textEncoding.name.utf-16be': 'UTF-16 (big-endian)',
  'import.textEncoding.name.utf-32le': 'UTF-32 (little-endian)',
  'import.textEncoding.name.utf-32be': 'UTF-32 (big-endian)',
  'import.textEncoding.name.windows-1252': 'Windows-1252 (Batı Avrupa)',
  'import.textEncoding.name.windows-1254': 'Windows-1254 (Türkçe)',
  'import.textEncoding.name.windows-874': 'Windows-874 / TIS-620 (Tayca)',
  'import.textEncoding.name.iso-8859-15': 'ISO-8859-15 (€ ile Batı Avrupa)',
  'import.textEncoding.label': 'Metin kodlaması',
  'import.textEncoding.help':
    'Adlar yanlış görünüyorsa (Ayşe yerine Ayþe ya da Tayca yerine simgeler), dosyayı başka bir kodlamayla yeniden okuyun.',
};

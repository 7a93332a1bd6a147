// The import wizard's words for a text file's encoding, spread into the en/th/tr catalogues.
// The encodings' own names and the reasons come from csv-messages.ts (import.encoding.*).

export const ENCODING_UI_EN = {
  'import.textEncoding.label': 'Text encoding',
  'import.textEncoding.help':
    'If names look wrong (Ayþe instead of Ayşe, or symbols instead of Thai), read the file again in another encoding.',
} as const;

type EncodingUi = Readonly<Record<keyof typeof ENCODING_UI_EN, string>>;

export const ENCODING_UI_TH: EncodingUi = {
  'import.textEncoding.label': 'การเข้ารหัสข้อความ',
  'import.textEncoding.help':
    'หากชื่อแสดงผิด (เช่น Ayþe แทน Ayşe หรือเป็นสัญลักษณ์แทนภาษาไทย) ให้อ่านไฟล์อีกครั้งด้วยการเข้ารหัสอื่น',
};

export const ENCODING_UI_TR: EncodingUi = {
  'import.textEncoding.label': 'Metin kodlaması',
  'import.textEncoding.help':
    'Adlar yanlış görünüyorsa (Ayşe yerine Ayþe ya da Tayca yerine simgeler), dosyayı başka bir kodlamayla yeniden okuyun.',
};

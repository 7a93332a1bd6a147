// The import wizard's words for header mapping in en/th/tr, spread into the app catalogues: the
// account-name field of each kind that refers to accounts, the note that a sheet is keyed by
// account name, and the question asked when the importer is not sure what a sheet holds.
export const IMPORT_MAPPING_EN = {
  'field.contacts.accountName': 'Account name',
  'field.contract_lines.accountName': 'Account name',
  'field.usage.accountName': 'Account name',
  'field.events.accountName': 'Account name',
  'field.surveys.accountName': 'Account name',
  'field.tickets.accountName': 'Account name',
  'field.churn.accountName': 'Account name',
  'import.note.keyedByName':
    'No account ID column: accounts are matched by their name in "{column}" (ignoring case and spacing). Files imported later are matched by the same names.',
  'import.kindQuestion': 'What does this sheet hold?',
  'import.kindQuestion.hint': 'Choose the kind of data it holds, or leave it out of the import:',
} as const;

type MappingCatalogue = Record<keyof typeof IMPORT_MAPPING_EN, string>;

export const IMPORT_MAPPING_TH: MappingCatalogue = {
  'field.contacts.accountName': 'ชื่อบัญชีลูกค้า',
  'field.contract_lines.accountName': 'ชื่อบัญชีลูกค้า',
  'field.usage.accountName': 'ชื่อบัญชีลูกค้า',
  'field.events.accountName': 'ชื่อบัญชีลูกค้า',
  'field.surveys.accountName': 'ชื่อบัญชีลูกค้า',
  'field.tickets.accountName': 'ชื่อบัญชีลูกค้า',
  'field.churn.accountName': 'ชื่อบัญชีลูกค้า',
  'import.note.keyedByName':
    'ไม่มีคอลัมน์รหัสบัญชี: จะจับคู่บัญชีจากชื่อในคอลัมน์ "{column}" (ไม่สนตัวพิมพ์เล็กใหญ่และการเว้นวรรค) ไฟล์ที่นำเข้าภายหลังจะจับคู่จากชื่อเดียวกันนี้',
  'import.kindQuestion': 'ชีตนี้เก็บข้อมูลอะไร',
  'import.kindQuestion.hint': 'โปรดเลือกประเภทข้อมูลของชีตนี้ หรือไม่นำเข้าชีตนี้:',
};

export const IMPORT_MAPPING_TR: MappingCatalogue = {
  'field.contacts.accountName': 'Hesap adı',
  'field.contract_lines.accountName': 'Hesap adı',
  'field.usage.accountName': 'Hesap adı',
  'field.events.accountName': 'Hesap adı',
  'field.surveys.accountName': 'Hesap adı',
  'field.tickets.accountName': 'Hesap adı',
  'field.churn.accountName': 'Hesap adı',
  'import.note.keyedByName':
    'Hesap kimliği sütunu yok: hesaplar "{column}" sütunundaki adlarıyla eşleştirilir (büyük/küçük harf ve boşluklar yok sayılır). Sonra içe aktarılan dosyalar da aynı adlarla eşleştirilir.',
  'import.kindQuestion': 'Bu sayfa ne içeriyor?',
  'import.kindQuestion.hint': 'İçerdiği veri türünü seçin ya da bu sayfayı içe aktarmayın:',
};

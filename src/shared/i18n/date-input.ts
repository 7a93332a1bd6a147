// Words of the typed date field (renderer components/DateInput.tsx): its format hint, its
// refusals and its calendar. Spread into the app catalogues, so th and tr must carry every key.

export const DATE_INPUT_EN = {
  'dateInput.pattern': 'DD/MM/YYYY',
  'dateInput.invalid': 'Not a date: type it as {pattern}, for example {example}.',
  'dateInput.tooEarly': 'Choose {min} or later.',
  'dateInput.tooLate': 'Choose {max} or earlier.',
  'dateInput.calendar': 'Choose from a calendar',
  'dateInput.previousMonth': 'Previous month',
  'dateInput.nextMonth': 'Next month',
} as const;

type DateInputKey = keyof typeof DATE_INPUT_EN;

export const DATE_INPUT_TH: Record<DateInputKey, string> = {
  'dateInput.pattern': 'ว/ด/ปปปป (พ.ศ.)',
  'dateInput.invalid': 'ไม่ใช่วันที่ที่ถูกต้อง: พิมพ์ในรูปแบบ {pattern} เช่น {example}',
  'dateInput.tooEarly': 'เลือกวันที่ {min} หรือหลังจากนั้น',
  'dateInput.tooLate': 'เลือกวันที่ {max} หรือก่อนหน้านั้น',
  'dateInput.calendar': 'เลือกจากปฏิทิน',
  'dateInput.previousMonth': 'เดือนก่อนหน้า',
  'dateInput.nextMonth': 'เดือนถัดไป',
};

export const DATE_INPUT_TR: Record<DateInputKey, string> = {
  'dateInput.pattern': 'GG.AA.YYYY',
  'dateInput.invalid': 'Geçerli bir tarih değil: {pattern} biçiminde yazın, örneğin {example}.',
  'dateInput.tooEarly': '{min} veya sonrasını seçin.',
  'dateInput.tooLate': '{max} veya öncesini seçin.',
  'dateInput.calendar': 'Takvimden seçin',
  'dateInput.previousMonth': 'Önceki ay',
  'dateInput.nextMonth': 'Sonraki ay',
};

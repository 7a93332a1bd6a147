// Words for the Settings group where a CSM names the workspace's usage metrics (#18 point 5).
// Spread into the app catalogues, so th and tr must carry every key (a type error otherwise).

export const METRIC_SETTINGS_EN = {
  'metricNames.heading': 'Metric names',
  'metricNames.hint':
    'How each usage metric is named on charts, goals and QBR packs. A name under "Every language" replaces the default everywhere; a name under one language replaces it in that language only. Leave a box empty to keep the default shown in it.',
  'metricNames.col.key': 'Key in the data',
  'metricNames.col.all': 'Every language',
  'metricNames.none': 'No usage imported yet: each metric appears here once its usage is imported.',
  'metricNames.gone': 'no longer in the usage',
  'metricNames.save': 'Save names',
  'metricNames.saved': 'Names saved.',
  'metricNames.inputLabel': 'Name of {key} ({language})',
};

export const METRIC_SETTINGS_TH: Record<keyof typeof METRIC_SETTINGS_EN, string> = {
  'metricNames.heading': 'ชื่อตัวชี้วัด',
  'metricNames.hint':
    'ชื่อที่ใช้เรียกตัวชี้วัดการใช้งานแต่ละตัวในกราฟ เป้าหมาย และชุด QBR ชื่อในช่อง "ทุกภาษา" จะใช้แทนชื่อเริ่มต้นในทุกภาษา ส่วนชื่อในช่องของภาษาใดจะใช้แทนเฉพาะในภาษานั้น เว้นช่องว่างไว้เพื่อใช้ชื่อเริ่มต้นที่แสดงอยู่',
  'metricNames.col.key': 'คีย์ในข้อมูล',
  'metricNames.col.all': 'ทุกภาษา',
  'metricNames.none': 'ยังไม่ได้นำเข้าข้อมูลการใช้งาน ตัวชี้วัดจะแสดงที่นี่เมื่อนำเข้าข้อมูลการใช้งานแล้ว',
  'metricNames.gone': 'ไม่มีในข้อมูลการใช้งานแล้ว',
  'metricNames.save': 'บันทึกชื่อ',
  'metricNames.saved': 'บันทึกชื่อแล้ว',
  'metricNames.inputLabel': 'ชื่อของ {key} ({language})',
};

export const METRIC_SETTINGS_TR: Record<keyof typeof METRIC_SETTINGS_EN, string> = {
  'metricNames.heading': 'Metrik adları',
  'metricNames.hint':
    'Her kullanım metriğinin grafiklerde, hedeflerde ve QBR paketlerinde görünen adı. "Tüm diller" altındaki ad varsayılanın yerini her dilde alır; bir dilin altındaki ad yalnızca o dilde. Varsayılanı korumak için kutuyu boş bırakın.',
  'metricNames.col.key': 'Verideki anahtar',
  'metricNames.col.all': 'Tüm diller',
  'metricNames.none':
    'Henüz kullanım verisi içe aktarılmadı: her metrik, kullanımı içe aktarıldığında burada görünür.',
  'metricNames.gone': 'artık kullanım verisinde yok',
  'metricNames.save': 'Adları kaydet',
  'metricNames.saved': 'Adlar kaydedildi.',
  'metricNames.inputLabel': '{key} adı ({language})',
};

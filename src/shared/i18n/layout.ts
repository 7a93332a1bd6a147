// Words for the layout of the Portfolio and Account screens (#18): the account's section tabs,
// the missing-rates banner, the churned filter, renewal urgency and "Needs attention" per account.
// Spread into en, th and tr.

export const LAYOUT_EN = {
  'layout.tabs.label': 'Account sections',
  'layout.tab.health': 'Health',
  'layout.tab.experiments': 'Experiments',
  'layout.tab.support': 'Support',
  'layout.fx.enter': 'Enter exchange rates',
  'layout.fx.blocked': 'Needs a rate for {currencies}',
  'layout.churned.show': 'Show churned ({count})',
  'layout.renewal.overdue': 'Renewal overdue',
  'layout.renewal.soon30': 'Renews within 30 days',
  'layout.renewal.soon90': 'Renews within 90 days',
  'layout.attention.arr': 'ARR at risk: {amount}',
  'layout.attention.noArr': 'ARR unknown',
} as const;

type LayoutKey = keyof typeof LAYOUT_EN;

export const LAYOUT_TH: Record<LayoutKey, string> = {
  'layout.tabs.label': 'ส่วนต่าง ๆ ของบัญชี',
  'layout.tab.health': 'สุขภาพ',
  'layout.tab.experiments': 'การทดลอง',
  'layout.tab.support': 'ซัพพอร์ต',
  'layout.fx.enter': 'กรอกอัตราแลกเปลี่ยน',
  'layout.fx.blocked': 'ต้องมีอัตราแลกเปลี่ยนของ {currencies}',
  'layout.churned.show': 'แสดงบัญชีที่เลิกใช้ ({count})',
  'layout.renewal.overdue': 'เลยกำหนดต่อสัญญาแล้ว',
  'layout.renewal.soon30': 'ต่อสัญญาภายใน 30 วัน',
  'layout.renewal.soon90': 'ต่อสัญญาภายใน 90 วัน',
  'layout.attention.arr': 'ARR ที่เสี่ยง: {amount}',
  'layout.attention.noArr': 'ไม่ทราบ ARR',
};

export const LAYOUT_TR: Record<LayoutKey, string> = {
  'layout.tabs.label': 'Hesap bölümleri',
  'layout.tab.health': 'Sağlık',
  'layout.tab.experiments': 'Deneyler',
  'layout.tab.support': 'Destek',
  'layout.fx.enter': 'Döviz kurlarını girin',
  'layout.fx.blocked': '{currencies} için kur gerekiyor',
  'layout.churned.show': 'Kaybedilenleri göster ({count})',
  'layout.renewal.overdue': 'Yenileme tarihi geçti',
  'layout.renewal.soon30': '30 gün içinde yenileniyor',
  'layout.renewal.soon90': '90 gün içinde yenileniyor',
  'layout.attention.arr': 'Risk altındaki ARR: {amount}',
  'layout.attention.noArr': 'ARR bilinmiyor',
};

// The accounts workbook's sheet name and column headers (Portfolio > Export), in the language the
// CSM reads the app in: the workbook is theirs to share with their own team.

export const ACCOUNTS_EXPORT_EN = {
  'export.accounts.sheet': 'Accounts',
  'export.accounts.id': 'Account ID',
  'export.accounts.name': 'Account',
  'export.accounts.segment': 'Segment',
  'export.accounts.owner': 'Owner',
  'export.accounts.band': 'Health band',
  'export.accounts.score': 'Health score',
  'export.accounts.arr': 'ARR',
  'export.accounts.currency': 'Currency',
  'export.accounts.arrReport': 'ARR ({currency})',
  'export.accounts.renewal': 'Renewal date',
  'export.accounts.days': 'Days to renewal',
  'export.accounts.tasks': 'Open tasks',
  'export.accounts.churned': 'Churned',
};

export const ACCOUNTS_EXPORT_TH: Record<keyof typeof ACCOUNTS_EXPORT_EN, string> = {
  'export.accounts.sheet': 'บัญชีลูกค้า',
  'export.accounts.id': 'รหัสบัญชี',
  'export.accounts.name': 'บัญชี',
  'export.accounts.segment': 'กลุ่ม',
  'export.accounts.owner': 'ผู้ดูแล',
  'export.accounts.band': 'ระดับสุขภาพ',
  'export.accounts.score': 'คะแนนสุขภาพ',
  'export.accounts.arr': 'รายได้ต่อปี (ARR)',
  'export.accounts.currency': 'สกุลเงิน',
  'export.accounts.arrReport': 'รายได้ต่อปี (ARR, {currency})',
  'export.accounts.renewal': 'วันต่ออายุ',
  'export.accounts.days': 'จำนวนวันถึงการต่ออายุ',
  'export.accounts.tasks': 'งานที่ค้างอยู่',
  'export.accounts.churned': 'เลิกใช้บริการแล้ว',
};

export const ACCOUNTS_EXPORT_TR: Record<keyof typeof ACCOUNTS_EXPORT_EN, string> = {
  'export.accounts.sheet': 'Hesaplar',
  'export.accounts.id': 'Hesap kimliği',
  'export.accounts.name': 'Hesap',
  'export.accounts.segment': 'Segment',
  'export.accounts.owner': 'Sorumlu',
  'export.accounts.band': 'Sağlık bandı',
  'export.accounts.score': 'Sağlık puanı',
  'export.accounts.arr': 'Yıllık gelir (ARR)',
  'export.accounts.currency': 'Para birimi',
  'export.accounts.arrReport': 'Yıllık gelir (ARR, {currency})',
  'export.accounts.renewal': 'Yenileme tarihi',
  'export.accounts.days': 'Yenilemeye kalan gün',
  'export.accounts.tasks': 'Açık görevler',
  'export.accounts.churned': 'Ayrıldı',
};

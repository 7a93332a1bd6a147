// Header matching by meaning (#13.1): real-looking headers from CRM, billing and survey exports,
// in English, Thai and Turkish, with units, currency codes, periods and every casing style.
import { describe, expect, it } from 'vitest';
import type { DataKind } from '../../../src/shared/domain/kinds';
import { KIND_DEFS, kindDef } from '../../../src/main/import/check/kinds';
import {
  autoMap,
  chooseKind,
  headerTokens,
  readHeader,
} from '../../../src/main/import/map/mapping';
import { synonymComparisons } from '../../../src/main/import/map/header-match';
import { profileColumn } from '../../../src/main/import/map/mapping';
import type { CellValue } from '../../../src/main/import/read/cells';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';

/** The field `header` maps to when it is the only column of a `kind` sheet. */
function fieldOf(kind: DataKind, header: string): string | null {
  const mapping = autoMap([header], kindDef(kind));
  return Object.entries(mapping).find(([, col]) => col === 0)?.[0] ?? null;
}

describe('header tokens', () => {
  it.each([
    ['MRR (USD)', ['mrr']],
    ['ARR (€)', ['arr']],
    ['Seats [#]', ['SEAT']],
    ['NPS score - Q3', ['nps', 'SCORE']],
    ['ARR 2025', ['arr']],
    ['renewalDate', ['RENEWAL', 'DATE']],
    ['Renewal_Date', ['RENEWAL', 'DATE']],
    ['renewal-date', ['RENEWAL', 'DATE']],
    ['NPSScore', ['nps', 'SCORE']],
    ['ŞİRKET ADI', ['COMPANY', 'NAME']],
    ['Şirket Adı', ['COMPANY', 'NAME']],
    ['MÜŞTERİ NO', ['CUSTOMER', 'ID']],
    ['Abonelik Numarası', ['SUBSCRIPTION', 'ID']],
    ['Kullanıcı Sayısı', ['USER', 'COUNT']],
    ['Başlangıç Tarihi', ['START', 'DATE']],
    ['รหัสลูกค้า', ['ID', 'CUSTOMER']],
    ['จำนวนที่นั่ง', ['COUNT', 'SEAT']],
    ['ชื่อบริษัท', ['NAME', 'COMPANY']],
    ['วันที่ต่ออายุ', ['DATE', 'RENEWAL']],
    ['# of seats', ['COUNT', 'SEAT']],
    ['Account #', ['ACCOUNT', 'ID']],
    ['E-mail', ['EMAIL']],
    ['(USD)', ['usd']],
  ])('%s -> %j', (header, tokens) => {
    expect(headerTokens(header)).toEqual(tokens);
  });
});

/** [kind, field, headers that must map to it]: every header read alone as a column of `kind`. */
const TABLE: [DataKind, string, string[]][] = [
  [
    'accounts',
    'id',
    ['Account ID', 'customerID', 'CRM ID', 'รหัสลูกค้า', 'Müşteri No', 'Hesap Numarası', 'Account #'],
  ],
  [
    'accounts',
    'name',
    [
      'Customer',
      'Customer Name',
      'Company',
      'Şirket Adı',
      'Müşteri Adı',
      'Firma Adı',
      'ชื่อบริษัท',
      'ชื่อลูกค้า',
      'account_name',
    ],
  ],
  [
    'accounts',
    'arr',
    [
      'ARR',
      'ARR (€)',
      'ARR (USD)',
      'Annual Recurring Revenue',
      'ACV',
      'Yıllık Gelir',
      'รายได้ต่อปี',
      'Current ARR',
    ],
  ],
  ['accounts', 'mrr', ['MRR (USD)', 'MonthlyCharges', 'Monthly Fee', 'Aylık Ücret', 'รายได้ต่อเดือน']],
  [
    'accounts',
    'renewalDate',
    [
      'Renewal_Date',
      'renewalDate',
      'Renews On',
      'Next Renewal',
      'Yenileme Tarihi',
      'วันที่ต่ออายุ',
      'วันต่ออายุ',
      'Renewl Date',
    ],
  ],
  ['accounts', 'owner', ['Owner', 'CSM', 'Account Owner', 'Hesap Sorumlusu', 'ผู้ดูแลบัญชี']],
  ['accounts', 'segment', ['Segment', 'Tier', 'Customer Segment', 'Segmenti', 'กลุ่มลูกค้า']],
  ['accounts', 'currency', ['Currency', 'Para Birimi', 'สกุลเงิน']],
  ['accounts', 'industry', ['Industry', 'Sektör', 'อุตสาหกรรม']],
  ['accounts', 'country', ['Country', 'Ülke', 'ประเทศ']],
  [
    'accounts',
    'signupDate',
    ['Signup Date', 'signup_date', 'Customer Since', 'Kayıt Tarihi', 'วันที่สมัคร'],
  ],
  [
    'accounts',
    'seats',
    ['Seats', 'Seats [#]', 'Total_Seats', 'จำนวนที่นั่ง', 'Koltuk Sayısı', 'Lisans', 'Licenses'],
  ],
  ['accounts', 'plan', ['Plan', 'plan_tier', 'Paket', 'แพ็กเกจ']],
  ['accounts', 'churned', ['Churned?', 'Churn', 'churn_flag', 'Is Churned', 'Kayıp', 'ยกเลิก']],
  [
    'contract_lines',
    'id',
    ['Subscription ID', 'Abonelik No', 'Abonelik', 'Sözleşme No', 'รหัสสัญญา', 'Contract Number'],
  ],
  ['contract_lines', 'accountId', ['Account ID', 'Hesap No', 'Müşteri Kodu', 'รหัสบัญชี']],
  ['contract_lines', 'accountName', ['Customer Name', 'Müşteri Adı', 'ชื่อลูกค้า']],
  [
    'contract_lines',
    'startDate',
    ['Start Date', 'Başlangıç', 'Başlangıç Tarihi', 'วันที่เริ่ม', 'Contract Start'],
  ],
  ['contract_lines', 'endDate', ['End Date', 'Bitiş Tarihi', 'วันที่สิ้นสุด']],
  ['contract_lines', 'mrr', ['MRR', 'MRR (USD)', 'mrr_amount', 'Aylık Tutar', 'รายได้ต่อเดือน']],
  ['contract_lines', 'arr', ['ARR (USD)', 'arr_amount', 'Yıllık Tutar', 'มูลค่าต่อปี']],
  ['contract_lines', 'seats', ['Seats', 'Quantity', 'Adet', 'จำนวนผู้ใช้']],
  ['contract_lines', 'plan', ['Plan', 'Product', 'Ürün', 'แผน']],
  [
    'contract_lines',
    'autoRenew',
    ['Auto Renew', 'auto_renew_flag', 'Otomatik Yenileme', 'ต่ออายุอัตโนมัติ'],
  ],
  ['usage', 'date', ['Usage Date', 'Kullanım Tarihi', 'วันที่']],
  ['usage', 'metric', ['Feature Name', 'Metric', 'Metrik', 'ฟีเจอร์']],
  ['usage', 'value', ['Usage Count', 'Value', 'Değer', 'Miktar']],
  ['usage', 'eventId', ['usage_id', 'Event ID', 'Olay ID', 'รหัสการใช้งาน']],
  ['surveys', 'nps', ['NPS', 'NPS score - Q3', 'NPS Puanı', 'คะแนน NPS', 'Net Promoter Score']],
  ['surveys', 'csat', ['CSAT', 'CSAT Score', 'Memnuniyet Puanı', 'คะแนนความพึงพอใจ']],
  ['surveys', 'ces', ['CES', 'Effort Score', 'Efor Puanı']],
  ['surveys', 'date', ['Response Date', 'Yanıt Tarihi', 'วันที่ตอบ']],
  ['tickets', 'id', ['Ticket ID', 'Case Number', 'Talep No', 'หมายเลขตั๋ว']],
  ['tickets', 'openedDate', ['Opened', 'Created At', 'submitted_at', 'Açılış Tarihi', 'วันที่เปิด']],
  ['tickets', 'priority', ['Priority', 'Severity', 'Öncelik', 'ลำดับความสำคัญ']],
  [
    'tickets',
    'resolutionHours',
    ['Resolution Time (hours)', 'resolution_time_hours', 'Çözüm Süresi', 'ชั่วโมงแก้ไข'],
  ],
  ['churn', 'reason', ['Churn Reason', 'Reason Code', 'İptal Nedeni', 'เหตุผลการยกเลิก']],
  ['contacts', 'email', ['Email', 'E-mail', 'E-posta', 'อีเมล']],
  ['contacts', 'lastName', ['Last Name', 'Soyadı', 'นามสกุล']],
];

describe('header synonyms by meaning', () => {
  it.each(TABLE.flatMap(([kind, field, headers]) => headers.map((h) => [kind, field, h] as const)))(
    '%s.%s <- %s',
    (kind, field, header) => {
      expect(fieldOf(kind, header)).toBe(field);
    },
  );

  it('has synonyms in English, Thai and Turkish for every field of every kind', () => {
    const thai = /[\u0E00-\u0E7F]/;
    const short = Object.values(KIND_DEFS).flatMap((def) =>
      def.fields
        .filter((f) => f.synonyms.length < 3 || !f.synonyms.some((s) => thai.test(s)))
        .map((f) => `${def.kind}.${f.id}`),
    );
    expect(short).toEqual([]);
  });

  it('tells "Active Users" from seats and "Churn Date" from the churn flag', () => {
    const headers = ['Customer', 'Active_Users', 'Total_Seats', 'Churn Date'];
    const rows: CellValue[][] = [
      ['Acme', 40, 50, new Date('2024-01-01')],
      ['Globex', 10, 12, new Date('2024-02-01')],
      ['Initech', 3, 5, new Date('2024-03-01')],
    ];
    const mapping = autoMap(headers, kindDef('accounts'), (c) =>
      profileColumn(SheetRows.of(rows), c),
    );
    expect(mapping).toMatchObject({ name: 0, seats: 2, churned: null });
  });

  it('weighs a header by its values: a "Date" of yes/no answers is not a date', () => {
    const rows: CellValue[][] = [
      ['A1', 'yes', '2024-01-03'],
      ['A2', 'no', '2024-02-03'],
      ['A3', 'yes', '2024-03-03'],
    ];
    const headers = ['Account ID', 'Churn', 'Churn Date'];
    const withValues = autoMap(headers, kindDef('accounts'), (c) =>
      profileColumn(SheetRows.of(rows), c),
    );
    expect(withValues.churned).toBe(1);
  });

  it('reads no word of a data value as a header (numbers, dates, long notes)', () => {
    expect(readHeader('2024-01-03').matches).toEqual([]);
    expect(readHeader('').matches).toEqual([]);
  });
});

describe('wide sheets', () => {
  const words = [
    'Seats',
    'ARR',
    'Region',
    'Notes',
    'Logins',
    'Owner',
    'Tier',
    'Score',
    'Renewal Date',
  ];
  /** `n` headers no earlier call has seen (readings are cached per header). */
  const wide = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) =>
      i === 0
        ? 'Account ID'
        : `${words[i % words.length]} ${tag}${Math.floor(i / words.length)} (USD)`,
    );
  const decide = (headers: string[]) =>
    chooseKind({ sheetName: 'Wide', fileName: 'wide.csv', headers, rows: SheetRows.empty() });

  it('compares each column with a bounded number of synonyms, however wide the sheet', () => {
    decide(['ARR']); // builds the synonym index
    const work = (n: number, tag: string) => {
      const before = synonymComparisons();
      decide(wide(n, tag));
      return synonymComparisons() - before;
    };
    const narrow = work(1_024, 'a');
    const widest = work(16_384, 'b');
    // Linear: 16 times the columns, 16 times the comparisons, a few dozen per column. A fuzzy
    // match of every column with every synonym would make ~1,100 per column.
    expect(widest / narrow).toBeGreaterThan(15);
    expect(widest / narrow).toBeLessThan(17);
    expect(widest / 16_384).toBeLessThan(60);
  });

  it('maps 16,384 columns within a hard bound', () => {
    decide(['ARR']);
    const headers = wide(16_384, 'c');
    const started = performance.now();
    const decision = decide(headers);
    const elapsed = performance.now() - started;
    expect(decision.readings).toHaveLength(Object.keys(KIND_DEFS).length);
    expect(decision.readings.find((r) => r.kind === 'accounts')!.mapping.id).toBe(0);
    // A safety bound, not a benchmark (well under a second on a quiet machine; this one is
    // shared): a per-column-per-synonym fuzzy match took minutes.
    expect(elapsed).toBeLessThan(5000);
  });
});

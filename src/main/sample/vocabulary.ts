// The words the sample book is made of: companies, people, comments, subjects. Fixed lists keep
// the book readable and reproducible; the generator only chooses among them.
import type { ChurnReasonCode } from '../../shared/domain/entities';

export type Language = 'en' | 'th' | 'tr';

export interface CompanyEntry {
  readonly name: string;
  readonly industry: string;
}

export interface CountryBook {
  readonly country: string;
  readonly currency: string;
  readonly language: Language;
  /** Europe takes a summer break that shows in usage. */
  readonly european: boolean;
  readonly owners: readonly string[];
  readonly companies: readonly CompanyEntry[];
}

export const CSM_OWNERS = ['Maya Chen', 'Daniel Okafor', 'Ploy Srisawat', 'Emre Yılmaz'] as const;
const [MAYA, DANIEL, PLOY, EMRE] = CSM_OWNERS;

export const COUNTRY_BOOKS: readonly CountryBook[] = [
  {
    country: 'United States',
    currency: 'USD',
    language: 'en',
    european: false,
    owners: [MAYA, DANIEL],
    companies: [
      { name: 'Northwind Logistics', industry: 'Logistics' },
      { name: 'Bluepeak Analytics', industry: 'Software' },
      { name: 'Harbor & Pine Insurance', industry: 'Insurance' },
      { name: 'Crestline Health', industry: 'Healthcare' },
      { name: 'Meridian Retail Group', industry: 'Retail' },
      { name: 'Atlas Fintech', industry: 'Financial Services' },
      { name: 'Copperleaf Energy', industry: 'Energy' },
      { name: 'Summit Legal Partners', industry: 'Professional Services' },
      { name: 'Vantage Telecom', industry: 'Telecommunications' },
      { name: 'Brightwater Foods', industry: 'Food & Beverage' },
      { name: 'Ironbridge Manufacturing', industry: 'Manufacturing' },
      { name: 'Clearpath Education', industry: 'Education' },
      { name: 'Helix Diagnostics', industry: 'Healthcare' },
    ],
  },
  {
    country: 'United Kingdom',
    currency: 'USD',
    language: 'en',
    european: true,
    owners: [MAYA],
    companies: [
      { name: 'Redwood Hospitality', industry: 'Hospitality' },
      { name: 'Silverline Media', industry: 'Media' },
      { name: 'Keystone Payments', industry: 'Financial Services' },
      { name: 'Quarry Street Software', industry: 'Software' },
    ],
  },
  {
    country: 'Singapore',
    currency: 'USD',
    language: 'en',
    european: false,
    owners: [PLOY],
    companies: [
      { name: 'Orbital Freight', industry: 'Logistics' },
      { name: 'Lumen Biotech', industry: 'Life Sciences' },
    ],
  },
  {
    country: 'Germany',
    currency: 'EUR',
    language: 'en',
    european: true,
    owners: [EMRE, DANIEL],
    companies: [
      { name: 'Rheinwerk Maschinenbau GmbH', industry: 'Manufacturing' },
      { name: 'Nordlicht Versicherung AG', industry: 'Insurance' },
      { name: 'Hanse Logistik GmbH', industry: 'Logistics' },
      { name: 'Alpenblick Software GmbH', industry: 'Software' },
      { name: 'Schwarzwald Pharma', industry: 'Life Sciences' },
    ],
  },
  {
    country: 'France',
    currency: 'EUR',
    language: 'en',
    european: true,
    owners: [DANIEL],
    companies: [
      { name: 'Lumière Retail SAS', industry: 'Retail' },
      { name: 'Atelier Numérique', industry: 'Media' },
      { name: 'Côte Énergie', industry: 'Energy' },
    ],
  },
  {
    country: 'Netherlands',
    currency: 'EUR',
    language: 'en',
    european: true,
    owners: [DANIEL],
    companies: [
      { name: 'Van der Berg Logistiek B.V.', industry: 'Logistics' },
      { name: 'Tulip Fintech B.V.', industry: 'Financial Services' },
      { name: 'Delta Zorg', industry: 'Healthcare' },
    ],
  },
  {
    country: 'Spain',
    currency: 'EUR',
    language: 'en',
    european: true,
    owners: [DANIEL],
    companies: [
      { name: 'Soluciones Ibéricas S.L.', industry: 'Professional Services' },
      { name: 'Mediterráneo Hoteles', industry: 'Hospitality' },
    ],
  },
  {
    country: 'Thailand',
    currency: 'THB',
    language: 'th',
    european: false,
    owners: [PLOY],
    companies: [
      { name: 'Siam Freight Co., Ltd.', industry: 'Logistics' },
      { name: 'Chao Phraya Foods', industry: 'Food & Beverage' },
      { name: 'Bangkok Digital Bank', industry: 'Financial Services' },
      { name: 'Lanna Hospitality Group', industry: 'Hospitality' },
      { name: 'Andaman Resorts', industry: 'Hospitality' },
      { name: 'Thai Smart Retail', industry: 'Retail' },
      { name: 'Isan Agritech', industry: 'Agriculture' },
    ],
  },
  {
    country: 'Türkiye',
    currency: 'TRY',
    language: 'tr',
    european: false,
    owners: [EMRE],
    companies: [
      { name: 'Anadolu Lojistik A.Ş.', industry: 'Logistics' },
      { name: 'Boğaziçi Yazılım', industry: 'Software' },
      { name: 'Ege Tekstil', industry: 'Manufacturing' },
      { name: 'Marmara Enerji', industry: 'Energy' },
      { name: 'Kapadokya Turizm', industry: 'Hospitality' },
      { name: 'İstanbul Ödeme Sistemleri', industry: 'Financial Services' },
    ],
  },
];

/** Local currency units per US dollar, fixed so that prices do not drift with the seed. */
export const USD_RATES: Readonly<Record<string, number>> = { USD: 1, EUR: 0.92, THB: 35, TRY: 41 };

export interface PersonName {
  /** As the CRM shows it (Thai script for some Thai contacts). */
  readonly display: string;
  /** Latin spelling, for the e-mail address. */
  readonly latin: string;
}

const ENGLISH_FIRST = [
  'Olivia',
  'James',
  'Sophia',
  'Liam',
  'Ava',
  'Noah',
  'Isabella',
  'Ethan',
  'Mia',
  'Lucas',
  'Charlotte',
  'Henry',
  'Amelia',
  'Jack',
  'Harper',
  'Leo',
  'Grace',
  'Samuel',
  'Chloe',
  'Oscar',
];
const ENGLISH_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Garcia',
  'Miller',
  'Davis',
  'Martin',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Lopez',
  'Hill',
  'Scott',
  'Green',
  'Baker',
];
const EUROPEAN_FIRST = [
  'Lukas',
  'Anna',
  'Jonas',
  'Marie',
  'Lea',
  'Felix',
  'Camille',
  'Hugo',
  'Sanne',
  'Daan',
  'Lucía',
  'Javier',
  'Clara',
  'Matteo',
  'Eva',
  'Julien',
];
const EUROPEAN_LAST = [
  'Müller',
  'Schneider',
  'Fischer',
  'Weber',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'de Vries',
  'Jansen',
  'Bakker',
  'García',
  'Fernández',
  'Martín',
  'Hoffmann',
  'Bernard',
  'Visser',
];
const THAI_FIRST: readonly PersonName[] = [
  { display: 'สมชาย', latin: 'Somchai' },
  { display: 'ปิยะ', latin: 'Piya' },
  { display: 'วรรณา', latin: 'Wanna' },
  { display: 'ณัฐพล', latin: 'Nattapon' },
  { display: 'กมล', latin: 'Kamol' },
  { display: 'อรุณี', latin: 'Arunee' },
  { display: 'ศิริพร', latin: 'Siriporn' },
  { display: 'ธนา', latin: 'Thana' },
  { display: 'พิมพ์ชนก', latin: 'Pimchanok' },
  { display: 'อนุชา', latin: 'Anucha' },
];
const THAI_LAST: readonly PersonName[] = [
  { display: 'วงศ์สกุล', latin: 'Wongsakul' },
  { display: 'ศรีสุข', latin: 'Srisuk' },
  { display: 'ทองดี', latin: 'Thongdee' },
  { display: 'จันทร์เพ็ญ', latin: 'Chanpen' },
  { display: 'รัตนพันธ์', latin: 'Rattanaphan' },
  { display: 'บุญมา', latin: 'Boonma' },
  { display: 'แก้วใส', latin: 'Kaewsai' },
  { display: 'สุวรรณ', latin: 'Suwan' },
];
const TURKISH_FIRST = [
  'Ayşe',
  'Mehmet',
  'Zeynep',
  'Mustafa',
  'Elif',
  'Can',
  'Fatma',
  'Burak',
  'Selin',
  'Oğuz',
  'Deniz',
  'Gökhan',
  'Şule',
  'İlker',
];
const TURKISH_LAST = [
  'Yıldız',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Aydın',
  'Öztürk',
  'Arslan',
  'Doğan',
  'Koç',
];

export interface NamePools {
  readonly first: readonly PersonName[];
  readonly last: readonly PersonName[];
}

const latinOnly = (names: readonly string[]): PersonName[] =>
  names.map((name) => ({ display: name, latin: name }));

export function namePools(country: string): NamePools {
  if (country === 'Thailand') return { first: THAI_FIRST, last: THAI_LAST };
  if (country === 'Türkiye')
    return { first: latinOnly(TURKISH_FIRST), last: latinOnly(TURKISH_LAST) };
  const european = COUNTRY_BOOKS.find((book) => book.country === country)?.currency === 'EUR';
  return european
    ? { first: latinOnly(EUROPEAN_FIRST), last: latinOnly(EUROPEAN_LAST) }
    : { first: latinOnly(ENGLISH_FIRST), last: latinOnly(ENGLISH_LAST) };
}

export const CHAMPION_ROLES = [
  'VP Customer Operations',
  'Head of Support',
  'Director of Operations',
  'Head of Analytics',
];
export const OTHER_ROLES = [
  'IT Administrator',
  'CFO',
  'Procurement Manager',
  'Team Lead',
  'Operations Analyst',
  'CTO',
];

export type Sentiment = 'promoter' | 'passive' | 'detractor';

export const NPS_COMMENTS: Readonly<
  Record<Language, Readonly<Record<Sentiment, readonly string[]>>>
> = {
  en: {
    promoter: [
      'The dashboards save our team hours every week.',
      'Great support team, always quick to respond.',
      'We are rolling it out to more teams next quarter.',
      'Reporting is exactly what our managers needed.',
    ],
    passive: [
      'Good product, but the reporting could be more flexible.',
      'Works well; onboarding new users takes a while.',
      'Solid, though the mobile app lags behind the web version.',
      'Pricing is getting hard to justify for the smaller teams.',
    ],
    detractor: [
      'Too many bugs since the last release.',
      'Our team stopped using it after our champion left.',
      'Hard to see the value for the price we pay.',
      'Support takes too long to resolve urgent issues.',
      'Missing integrations we were promised.',
    ],
  },
  th: {
    promoter: ['ระบบใช้งานง่าย ทีมงานชอบมาก', 'รายงานช่วยประหยัดเวลาได้มาก', 'ทีมซัพพอร์ตตอบเร็วและช่วยเหลือดี'],
    passive: ['ใช้งานได้ดี แต่อยากให้มีภาษาไทยครบทุกหน้า', 'โดยรวมดี แต่การตั้งค่าเริ่มต้นยังยุ่งยาก'],
    detractor: ['ระบบช้าในช่วงสิ้นเดือน', 'ราคาสูงเมื่อเทียบกับการใช้งานจริง', 'ปัญหาเดิมยังไม่ได้รับการแก้ไข'],
  },
  tr: {
    promoter: [
      'Raporlar ekibimize her hafta saatler kazandırıyor.',
      'Destek ekibi çok hızlı ve ilgili.',
      'Kullanımı kolay, ekip çok memnun.',
    ],
    passive: [
      'İyi bir ürün ama raporlar daha esnek olabilir.',
      'Genel olarak memnunuz, kurulum biraz uzun sürdü.',
    ],
    detractor: [
      'Son sürümden beri çok fazla hata var.',
      'Ödediğimiz fiyata göre değeri düşük.',
      'Acil taleplerin çözümü çok uzun sürüyor.',
    ],
  },
};

export const CSAT_COMMENTS: Readonly<Record<'good' | 'bad', readonly string[]>> = {
  good: [
    'Quick fix, thanks!',
    'Very helpful agent.',
    'Clear explanation, solved on the first reply.',
  ],
  bad: [
    'Took far too long.',
    'Resolved, but I had to follow up twice.',
    'The workaround is not a fix.',
  ],
};

export const TICKET_SUBJECTS = [
  'Cannot export report to PDF',
  'SSO login fails for new users',
  'API rate limit errors',
  'Dashboard loads slowly',
  'Request: add a custom field',
  'Billing question about an invoice',
  'Data sync delayed',
  'User cannot reset password',
  'CRM integration stopped syncing',
  'Wrong totals in the monthly report',
  'Permission settings not applied',
  'How to bulk import users',
];

/** Product releases, one a quarter; the generator dates them. */
export const RELEASE_FEATURES = [
  'Custom dashboards',
  'Workflow automation',
  'Thai and Turkish localisation',
  'Smart triage',
  'Public API v2',
  'Mobile app',
  'AI summaries',
  'Usage alerts',
];

export const CHURN_NOTES: Readonly<Record<ChurnReasonCode, string>> = {
  low_usage: 'Usage fell below a quarter of the seats for two quarters; no executive sponsor.',
  roi_value: 'Could not justify the cost against the savings they measured.',
  org_change: 'Champion left and the new leadership consolidated tools.',
  features_usability: 'Needed advanced permissions that the product does not offer yet.',
  failed_launch: 'Rollout stalled after the kickoff; the project team was reassigned.',
  wrong_use_case: 'Bought for field-service scheduling, which the product does not cover.',
  other: 'Acquired by a company that uses a competitor.',
};

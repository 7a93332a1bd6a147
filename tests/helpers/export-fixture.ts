// A realistic QBR document in English, Thai and Turkish, standing in for what the builder will
// produce from a workspace. Thai and Turkish are written out (not machine placeholders) so the
// writers are tested on real words: Thai without spaces between words, Turkish ş ğ ı İ.
import type {
  QbrDocument,
  QbrLanguage,
  QbrSection,
  SectionKind,
} from '../../src/main/export/model';
import { translate } from '../../src/shared/i18n';

interface Texts {
  documentTitle: string;
  titles: Record<SectionKind, string>;
  subtitle: string;
  attendeesHeading: string;
  roles: [string, string, string, string];
  summary: [string, string];
  highlights: [string, string, string, string];
  goalColumns: [string, string, string, string, string];
  goals: Array<[string, string]>;
  goalStatus: [string, string, string];
  experimentColumns: [string, string, string, string, string];
  effectsChart: string;
  kpis: [string, string, string];
  verdicts: [string, string, string];
  wordings: [string, string, string];
  caution: string;
  adoptionMetrics: [string, string, string];
  usageChart: string;
  usageSeries: [string, string];
  adoptionNote: string;
  healthMetrics: [string, string];
  healthChart: string;
  score: string;
  bands: [string, string, string];
  changesHeading: string;
  changeColumns: [string, string, string, string];
  changes: Array<[string, string]>;
  supportMetrics: [string, string, string];
  supportChart: string;
  ticketCategories: [string, string, string, string];
  supportNote: string;
  sentimentMetrics: [string, string, string];
  npsChart: string;
  npsGroups: [string, string, string];
  verbatimsHeading: string;
  verbatims: [string, string, string];
  renewalMetrics: [string, string, string, string];
  renewalNote: string;
  risksHeading: string;
  riskColumns: [string, string, string];
  risks: Array<[string, string]>;
  severities: [string, string];
  nextStepsHeading: string;
  stepColumns: [string, string, string];
  steps: [string, string, string];
  definitions: Array<[string, string]>;
  noDataRenewal: string;
}

const EN: Texts = {
  documentTitle: 'Quarterly Business Review',
  titles: {
    title: 'Title and attendees',
    executive_summary: 'Executive summary',
    goals: 'Goals and success plan',
    value_delivered: 'Value delivered',
    adoption: 'Adoption and usage',
    health: 'Health trend and what changed',
    support: 'Support summary',
    sentiment: 'NPS and CSAT',
    benchmarks: 'Compared with similar customers',
    renewal: 'Renewal and commercial',
    risks_next_steps: 'Risks and next steps',
    appendix: 'Appendix: definitions and sources',
  },
  subtitle: 'Review of the third quarter and the plan for the next',
  attendeesHeading: 'Attendees',
  roles: ['VP Operations', 'Head of Analytics', 'Customer Success Manager', 'Solutions Engineer'],
  summary: [
    'Adoption grew steadily this quarter: weekly active users rose from 212 to 268 of 300 licensed seats, and the teams that use route planning cut their average delivery time by more than the comparison teams did.',
    'Two areas need attention before renewal: ticket volume on integrations and the departure of the original project champion.',
  ],
  highlights: ['Health score', 'Active users', 'NPS', 'Renewal'],
  goalColumns: ['Goal', 'Measure', 'Progress', 'Status', 'Due'],
  goals: [
    ['Roll out route planning to all regional depots', 'Depots live'],
    ['Reduce average delivery time by 10%', 'Minutes per delivery'],
    ['Train every dispatcher on the new dashboard', 'Dispatchers trained'],
  ],
  goalStatus: ['On track', 'At risk', 'Done'],
  experimentColumns: ['Experiment', 'KPI', 'Effect', '95% interval', 'Verdict'],
  effectsChart: 'Relative effect against comparison teams (%)',
  kpis: ['Delivery time', 'First-attempt success', 'Fuel cost per route'],
  verdicts: ['Improvement', 'Inconclusive', 'Improvement'],
  wordings: [
    'Teams using route planning cut delivery time by 6.2 minutes more than comparable teams (95% interval 3.1 to 9.3 minutes).',
    'First-attempt success is an improvement area: the data cannot yet tell a real change from chance, so we will extend the measurement by one quarter.',
    'Fuel cost per route fell by 4.1% more than at comparable depots.',
  ],
  caution: 'The pre-rollout trends of the two groups differed; read this result with care.',
  adoptionMetrics: ['Active users', 'Licensed seats', 'Seat utilisation'],
  usageChart: 'Weekly active users against licensed seats',
  usageSeries: ['Active users', 'Licensed seats'],
  adoptionNote: 'Utilisation is close to the licence limit in the northern region.',
  healthMetrics: ['Current score', 'Band'],
  healthChart: 'Weekly health score',
  score: 'Health score',
  bands: ['Red', 'Yellow', 'Green'],
  changesHeading: 'What changed',
  changeColumns: ['Component', 'From', 'To', 'Why'],
  changes: [
    ['Usage breadth', 'Three more modules used weekly since the dashboard training.'],
    ['Champion presence', 'The original project champion left in August; a new sponsor is named.'],
  ],
  supportMetrics: ['Tickets opened', 'Median resolution', 'Escalations'],
  supportChart: 'Tickets by category',
  ticketCategories: ['Integrations', 'Reporting', 'Access', 'Other'],
  supportNote: 'Most integration tickets came from one connector upgrade in July.',
  sentimentMetrics: ['NPS', 'CSAT', 'Responses'],
  npsChart: 'NPS responses',
  npsGroups: ['Detractors', 'Passives', 'Promoters'],
  verbatimsHeading: 'In their words',
  verbatims: [
    'Route planning saves our dispatchers an hour every morning.',
    'The reporting export still needs too many clicks.',
    'Support answered quickly when the connector broke.',
  ],
  renewalMetrics: ['ARR', 'Renewal date', 'Days to renewal', 'Plan'],
  renewalNote: 'Expansion to the southern depots is under discussion.',
  risksHeading: 'Risks',
  riskColumns: ['Risk', 'Severity', 'Mitigation'],
  risks: [
    ['New sponsor not yet engaged', 'Executive meeting in the first month of next quarter'],
    ['Integration ticket volume', 'Connector health check with the customer IT team'],
  ],
  severities: ['High', 'Medium'],
  nextStepsHeading: 'Next steps',
  stepColumns: ['Task', 'Owner', 'Due'],
  steps: [
    'Schedule an executive meeting with the new sponsor',
    'Run a connector health check',
    'Extend the first-attempt success measurement',
  ],
  definitions: [
    [
      'Health score',
      'A weighted score from 0 to 100 built from usage, sentiment, support load and engagement.',
    ],
    [
      'Effect',
      'The change in the target teams minus the change in the comparison teams, before versus after the rollout.',
    ],
    ['NPS', 'Share of promoters minus share of detractors, from -100 to 100.'],
  ],
  noDataRenewal: 'No contract data has been imported for this account yet.',
};

const TH: Texts = {
  documentTitle: 'การทบทวนธุรกิจรายไตรมาส',
  titles: {
    title: 'หัวเรื่องและผู้เข้าร่วม',
    executive_summary: 'สรุปผู้บริหาร',
    goals: 'เป้าหมายและแผนความสำเร็จ',
    value_delivered: 'คุณค่าที่ส่งมอบ',
    adoption: 'การนำไปใช้และการใช้งาน',
    health: 'แนวโน้มสุขภาพและสิ่งที่เปลี่ยนแปลง',
    support: 'สรุปงานบริการลูกค้า',
    sentiment: 'คะแนน NPS และ CSAT',
    benchmarks: 'เทียบกับลูกค้าที่คล้ายกัน',
    renewal: 'การต่อสัญญาและเชิงพาณิชย์',
    risks_next_steps: 'ความเสี่ยงและขั้นตอนถัดไป',
    appendix: 'ภาคผนวก: คำนิยามและแหล่งข้อมูล',
  },
  subtitle: 'ทบทวนผลการดำเนินงานไตรมาสที่สามและแผนงานไตรมาสถัดไป',
  attendeesHeading: 'ผู้เข้าร่วมประชุม',
  roles: ['รองประธานฝ่ายปฏิบัติการ', 'หัวหน้าฝ่ายวิเคราะห์ข้อมูล', 'ผู้จัดการความสำเร็จของลูกค้า', 'วิศวกรโซลูชัน'],
  summary: [
    'การใช้งานผลิตภัณฑ์เพิ่มขึ้นอย่างต่อเนื่องในไตรมาสนี้ ผู้ใช้งานรายสัปดาห์เพิ่มจาก 212 เป็น 268 คนจากที่นั่งตามสัญญา 300 ที่นั่ง และทีมที่ใช้การวางแผนเส้นทางลดเวลาจัดส่งเฉลี่ยได้มากกว่าทีมเปรียบเทียบ',
    'มีสองเรื่องที่ต้องติดตามก่อนการต่อสัญญา ได้แก่ จำนวนคำขอความช่วยเหลือเกี่ยวกับการเชื่อมต่อระบบ และการลาออกของผู้สนับสนุนโครงการคนเดิม',
  ],
  highlights: ['คะแนนสุขภาพ', 'ผู้ใช้งาน', 'NPS', 'การต่อสัญญา'],
  goalColumns: ['เป้าหมาย', 'ตัวชี้วัด', 'ความคืบหน้า', 'สถานะ', 'กำหนดเสร็จ'],
  goals: [
    ['ขยายการวางแผนเส้นทางไปยังคลังสินค้าทุกภูมิภาค', 'จำนวนคลังที่ใช้งาน'],
    ['ลดเวลาจัดส่งเฉลี่ยลงร้อยละสิบ', 'นาทีต่อการจัดส่ง'],
    ['อบรมพนักงานจัดส่งทุกคนให้ใช้แดชบอร์ดใหม่', 'จำนวนพนักงานที่ผ่านการอบรม'],
  ],
  goalStatus: ['เป็นไปตามแผน', 'มีความเสี่ยง', 'เสร็จสิ้น'],
  experimentColumns: ['การทดลอง', 'ตัวชี้วัด', 'ผลกระทบ', 'ช่วงความเชื่อมั่น 95%', 'ผลสรุป'],
  effectsChart: 'ผลกระทบเทียบกับทีมเปรียบเทียบ (%)',
  kpis: ['เวลาจัดส่ง', 'ส่งสำเร็จในครั้งแรก', 'ค่าน้ำมันต่อเส้นทาง'],
  verdicts: ['ดีขึ้น', 'ยังสรุปไม่ได้', 'ดีขึ้น'],
  wordings: [
    'ทีมที่ใช้การวางแผนเส้นทางลดเวลาจัดส่งได้มากกว่าทีมที่เทียบเคียงกัน 6.2 นาที (ช่วงความเชื่อมั่น 95% อยู่ระหว่าง 3.1 ถึง 9.3 นาที)',
    'อัตราการส่งสำเร็จในครั้งแรกเป็นประเด็นที่ต้องพัฒนา ข้อมูลยังแยกการเปลี่ยนแปลงจริงออกจากความบังเอิญไม่ได้ เราจะขยายระยะเวลาวัดผลอีกหนึ่งไตรมาส',
    'ค่าน้ำมันต่อเส้นทางลดลงมากกว่าคลังที่เทียบเคียงกันร้อยละ 4.1',
  ],
  caution: 'แนวโน้มก่อนเริ่มใช้งานของสองกลุ่มแตกต่างกัน ควรตีความผลนี้อย่างระมัดระวัง',
  adoptionMetrics: ['ผู้ใช้งาน', 'ที่นั่งตามสัญญา', 'อัตราการใช้ที่นั่ง'],
  usageChart: 'ผู้ใช้งานรายสัปดาห์เทียบกับที่นั่งตามสัญญา',
  usageSeries: ['ผู้ใช้งาน', 'ที่นั่งตามสัญญา'],
  adoptionNote: 'อัตราการใช้งานในภาคเหนือใกล้ถึงขีดจำกัดของสิทธิ์การใช้งาน',
  healthMetrics: ['คะแนนปัจจุบัน', 'ระดับ'],
  healthChart: 'คะแนนสุขภาพรายสัปดาห์',
  score: 'คะแนนสุขภาพ',
  bands: ['แดง', 'เหลือง', 'เขียว'],
  changesHeading: 'สิ่งที่เปลี่ยนแปลง',
  changeColumns: ['องค์ประกอบ', 'จาก', 'เป็น', 'เหตุผล'],
  changes: [
    ['ความหลากหลายของการใช้งาน', 'มีการใช้งานเพิ่มขึ้นสามโมดูลทุกสัปดาห์หลังการอบรมแดชบอร์ด'],
    ['การมีผู้สนับสนุนหลัก', 'ผู้สนับสนุนโครงการคนเดิมลาออกในเดือนสิงหาคม และได้แต่งตั้งผู้สนับสนุนคนใหม่แล้ว'],
  ],
  supportMetrics: ['คำขอที่เปิด', 'เวลาแก้ไขมัธยฐาน', 'การยกระดับ'],
  supportChart: 'คำขอตามหมวดหมู่',
  ticketCategories: ['การเชื่อมต่อระบบ', 'รายงาน', 'สิทธิ์การเข้าถึง', 'อื่น ๆ'],
  supportNote: 'คำขอเกี่ยวกับการเชื่อมต่อระบบส่วนใหญ่มาจากการอัปเกรดตัวเชื่อมต่อในเดือนกรกฎาคม',
  sentimentMetrics: ['NPS', 'CSAT', 'จำนวนคำตอบ'],
  npsChart: 'คำตอบ NPS',
  npsGroups: ['ผู้ไม่สนับสนุน', 'ผู้เป็นกลาง', 'ผู้สนับสนุน'],
  verbatimsHeading: 'เสียงจากลูกค้า',
  verbatims: [
    'การวางแผนเส้นทางช่วยให้พนักงานจัดส่งประหยัดเวลาได้หนึ่งชั่วโมงทุกเช้า',
    'การส่งออกรายงานยังต้องคลิกหลายขั้นตอนเกินไป',
    'ทีมบริการตอบกลับอย่างรวดเร็วเมื่อตัวเชื่อมต่อขัดข้อง',
  ],
  renewalMetrics: ['รายได้ต่อปี', 'วันต่อสัญญา', 'จำนวนวันก่อนต่อสัญญา', 'แพ็กเกจ'],
  renewalNote: 'กำลังหารือเรื่องการขยายการใช้งานไปยังคลังสินค้าภาคใต้',
  risksHeading: 'ความเสี่ยง',
  riskColumns: ['ความเสี่ยง', 'ระดับความรุนแรง', 'แนวทางลดความเสี่ยง'],
  risks: [
    ['ผู้สนับสนุนคนใหม่ยังไม่ได้มีส่วนร่วม', 'นัดประชุมผู้บริหารภายในเดือนแรกของไตรมาสถัดไป'],
    ['จำนวนคำขอเกี่ยวกับการเชื่อมต่อระบบ', 'ตรวจสุขภาพตัวเชื่อมต่อร่วมกับทีมไอทีของลูกค้า'],
  ],
  severities: ['สูง', 'ปานกลาง'],
  nextStepsHeading: 'ขั้นตอนถัดไป',
  stepColumns: ['งาน', 'ผู้รับผิดชอบ', 'กำหนดเสร็จ'],
  steps: ['นัดประชุมผู้บริหารกับผู้สนับสนุนคนใหม่', 'ตรวจสุขภาพตัวเชื่อมต่อ', 'ขยายระยะเวลาวัดผลการส่งสำเร็จในครั้งแรก'],
  definitions: [
    [
      'คะแนนสุขภาพ',
      'คะแนนถ่วงน้ำหนักตั้งแต่ 0 ถึง 100 ที่คำนวณจากการใช้งาน ความพึงพอใจ ภาระงานบริการ และการมีส่วนร่วม',
    ],
    ['ผลกระทบ', 'การเปลี่ยนแปลงของทีมเป้าหมายลบด้วยการเปลี่ยนแปลงของทีมเปรียบเทียบ ก่อนและหลังการเริ่มใช้งาน'],
    ['NPS', 'สัดส่วนผู้สนับสนุนลบด้วยสัดส่วนผู้ไม่สนับสนุน มีค่าตั้งแต่ -100 ถึง 100'],
  ],
  noDataRenewal: 'ยังไม่มีการนำเข้าข้อมูลสัญญาของบัญชีนี้',
};

const TR: Texts = {
  documentTitle: 'Üç Aylık İş Değerlendirmesi',
  titles: {
    title: 'Başlık ve katılımcılar',
    executive_summary: 'Yönetici Özeti',
    goals: 'Hedefler ve başarı planı',
    value_delivered: 'Sağlanan değer',
    adoption: 'Benimseme ve kullanım',
    health: 'Sağlık eğilimi ve değişenler',
    support: 'Destek özeti',
    sentiment: 'NPS ve CSAT',
    benchmarks: 'Benzer müşterilerle karşılaştırma',
    renewal: 'Yenileme ve ticari durum',
    risks_next_steps: 'Riskler ve sonraki adımlar',
    appendix: 'Ek: tanımlar ve kaynaklar',
  },
  subtitle: 'Üçüncü çeyreğin değerlendirmesi ve gelecek çeyreğin planı',
  attendeesHeading: 'Katılımcılar',
  roles: [
    'Operasyon Başkan Yardımcısı',
    'Analitik Müdürü',
    'Müşteri Başarı Yöneticisi',
    'Çözüm Mühendisi',
  ],
  summary: [
    'Bu çeyrekte kullanım istikrarlı biçimde arttı: haftalık aktif kullanıcı sayısı 300 lisanslı koltuğun 212’sinden 268’ine çıktı ve rota planlamayı kullanan ekipler ortalama teslimat süresini karşılaştırma ekiplerinden daha fazla kısalttı.',
    'Yenilemeden önce iki konu dikkat istiyor: entegrasyon taleplerinin sayısı ve ilk proje şampiyonunun ayrılışı. İletişim sorumlusu Işıl Doğan’ın ekibiyle çalışılıyor.',
  ],
  highlights: ['Sağlık puanı', 'Aktif kullanıcı', 'NPS', 'Yenileme'],
  goalColumns: ['Hedef', 'Ölçüt', 'İlerleme', 'Durum', 'Bitiş'],
  goals: [
    ['Rota planlamayı tüm bölge depolarına yaygınlaştırmak', 'Canlı depo sayısı'],
    ['Ortalama teslimat süresini %10 kısaltmak', 'Teslimat başına dakika'],
    ['Her sevk görevlisini yeni gösterge panelinde eğitmek', 'Eğitilen görevli sayısı'],
  ],
  goalStatus: ['Planlandığı gibi', 'Risk altında', 'Tamamlandı'],
  experimentColumns: ['Deney', 'KPI', 'Etki', '%95 aralık', 'Sonuç'],
  effectsChart: 'Karşılaştırma ekiplerine göre göreli etki (%)',
  kpis: ['Teslimat süresi', 'İlk denemede başarı', 'Rota başına yakıt maliyeti'],
  verdicts: ['İyileşme', 'Belirsiz', 'İyileşme'],
  wordings: [
    'Rota planlamayı kullanan ekipler teslimat süresini benzer ekiplerden 6,2 dakika daha fazla kısalttı (%95 aralık 3,1 ile 9,3 dakika).',
    'İlk denemede başarı bir gelişim alanıdır: veriler gerçek bir değişimi şanstan henüz ayıramıyor, bu yüzden ölçümü bir çeyrek uzatacağız.',
    'Rota başına yakıt maliyeti benzer depolara göre %4,1 daha fazla düştü.',
  ],
  caution: 'İki grubun yaygınlaştırma öncesi eğilimleri farklıydı; bu sonucu dikkatle okuyun.',
  adoptionMetrics: ['Aktif kullanıcı', 'Lisanslı koltuk', 'Koltuk kullanımı'],
  usageChart: 'Haftalık aktif kullanıcılar ve lisanslı koltuklar',
  usageSeries: ['Aktif kullanıcı', 'Lisanslı koltuk'],
  adoptionNote: 'Kuzey bölgesinde kullanım lisans sınırına yaklaştı.',
  healthMetrics: ['Güncel puan', 'Bant'],
  healthChart: 'Haftalık sağlık puanı',
  score: 'Sağlık puanı',
  bands: ['Kırmızı', 'Sarı', 'Yeşil'],
  changesHeading: 'Neler değişti',
  changeColumns: ['Bileşen', 'Önce', 'Sonra', 'Neden'],
  changes: [
    ['Kullanım genişliği', 'Gösterge paneli eğitiminden beri haftada üç modül daha kullanılıyor.'],
    ['Şampiyon varlığı', 'İlk proje şampiyonu ağustosta ayrıldı; yeni bir sponsor belirlendi.'],
  ],
  supportMetrics: ['Açılan talepler', 'Ortanca çözüm süresi', 'Yükseltmeler'],
  supportChart: 'Kategoriye göre talepler',
  ticketCategories: ['Entegrasyonlar', 'Raporlama', 'Erişim', 'Diğer'],
  supportNote: 'Entegrasyon taleplerinin çoğu temmuzdaki bir bağlayıcı güncellemesinden geldi.',
  sentimentMetrics: ['NPS', 'CSAT', 'Yanıt'],
  npsChart: 'NPS yanıtları',
  npsGroups: ['Eleştirenler', 'Pasifler', 'Destekçiler'],
  verbatimsHeading: 'Müşterinin sözleriyle',
  verbatims: [
    'Rota planlama sevk görevlilerimize her sabah bir saat kazandırıyor.',
    'Rapor dışa aktarımı hâlâ çok fazla tıklama gerektiriyor.',
    'Bağlayıcı bozulduğunda destek ekibi hızlı yanıt verdi.',
  ],
  renewalMetrics: ['Yıllık gelir', 'Yenileme tarihi', 'Yenilemeye kalan gün', 'Paket'],
  renewalNote: 'Güney depolarına genişleme görüşülüyor.',
  risksHeading: 'Riskler',
  riskColumns: ['Risk', 'Önem', 'Önlem'],
  risks: [
    ['Yeni sponsor henüz sürece dahil olmadı', 'Gelecek çeyreğin ilk ayında yönetici toplantısı'],
    ['Entegrasyon talebi sayısı', 'Müşterinin BT ekibiyle bağlayıcı sağlık kontrolü'],
  ],
  severities: ['Yüksek', 'Orta'],
  nextStepsHeading: 'Sonraki adımlar',
  stepColumns: ['Görev', 'Sorumlu', 'Bitiş'],
  steps: [
    'Yeni sponsorla yönetici toplantısı planlamak',
    'Bağlayıcı sağlık kontrolü yapmak',
    'İlk denemede başarı ölçümünü uzatmak',
  ],
  definitions: [
    [
      'Sağlık puanı',
      'Kullanım, memnuniyet, destek yükü ve etkileşimden hesaplanan 0 ile 100 arası ağırlıklı puan.',
    ],
    [
      'Etki',
      'Yaygınlaştırma öncesine göre hedef ekiplerdeki değişimden karşılaştırma ekiplerindeki değişimin çıkarılması.',
    ],
    ['NPS', 'Destekçi oranı eksi eleştiren oranı; -100 ile 100 arasında.'],
  ],
  noDataRenewal: 'Bu hesap için henüz sözleşme verisi içe aktarılmadı.',
};

const TEXTS: Record<QbrLanguage, Texts> = { en: EN, th: TH, tr: TR };

export const FIXTURE_ACCOUNT = {
  en: 'Northwind Logistics',
  th: 'บริษัท สยามโลจิสติกส์ จำกัด',
  tr: 'Işıklı Lojistik A.Ş.',
} as const;

export function sectionTitles(language: QbrLanguage): Record<SectionKind, string> {
  return TEXTS[language].titles;
}

function weeks(count: number, start: string): string[] {
  const first = new Date(`${start}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) =>
    new Date(first + i * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

export interface FixtureOptions {
  paper?: 'A4' | 'LETTER';
  /** kinds to replace with a no-data section */
  noData?: SectionKind[];
}

function benchmarksData(language: QbrLanguage) {
  const w = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  const rows = (
    [
      ['bench.measure.usage_per_seat', '33.95', 89, 76],
      ['bench.measure.seat_utilisation', '0.64', 56, 51],
      ['bench.measure.nps', '42', 75, 80],
    ] as const
  ).map(([key, value, segment, book]) => ({
    measure: w(key),
    value,
    segment: w('bench.betterThan', { value: segment }),
    book: w('bench.betterThan', { value: book }),
    betterThan: segment,
  }));
  return {
    intro: w('bench.segment', { count: 9, segment: 'Enterprise' }),
    columns: {
      measure: w('bench.col.measure'),
      value: w('bench.col.value'),
      segment: w('bench.col.segment'),
      book: w('bench.col.book'),
    },
    rows: rows.map(({ betterThan: _drop, ...r }) => r),
    chartTitle: w('bench.title'),
    chart: rows.map((r) => ({ label: r.measure, betterThan: r.betterThan })),
  };
}

export function buildQbrFixture(language: QbrLanguage, options: FixtureOptions = {}): QbrDocument {
  const t = TEXTS[language];
  const weekDates = weeks(13, '2025-07-07');
  const activeUsers = [212, 218, 221, 230, 229, 236, 241, 247, 250, 255, 259, 263, 268];
  const scores = [58, 61, 60, 64, 63, 55, 52, 57, 62, 66, 69, 72, 74];
  const sections: QbrSection[] = [
    {
      kind: 'title',
      title: t.titles.title,
      status: 'ok',
      data: {
        subtitle: t.subtitle,
        attendeesHeading: t.attendeesHeading,
        attendees: [
          { name: 'Ayşe Yılmaz', role: t.roles[0], organisation: FIXTURE_ACCOUNT[language] },
          { name: 'สมชาย ใจดี', role: t.roles[1], organisation: FIXTURE_ACCOUNT[language] },
          { name: 'Jordan Lee', role: t.roles[2], organisation: 'Acme Analytics' },
          { name: 'İsmail Güneş', role: t.roles[3], organisation: 'Acme Analytics' },
        ],
      },
    },
    {
      kind: 'executive_summary',
      title: t.titles.executive_summary,
      status: 'ok',
      data: {
        headline: t.summary[0],
        status: 'on_track',
        statusLabel: t.goalStatus[0],
        statusText: t.summary[1],
        kpiHeading: t.highlights[0],
        kpis: [
          {
            label: t.highlights[1],
            value: '268 / 300',
            vsLastQuarter: '+5%',
            vsLastYear: null,
            basis: null,
          },
          {
            label: t.highlights[2],
            value: '+32',
            vsLastQuarter: null,
            vsLastYear: null,
            basis: '12',
          },
          {
            label: t.highlights[3],
            value: '2026-01-31',
            vsLastQuarter: null,
            vsLastYear: null,
            basis: null,
          },
        ],
        topWin: null,
        topRisk: null,
        decisionsHeading: t.nextStepsHeading,
        decisions: [],
        paragraphs: [...t.summary],
        dataAsOfText: '2025-09-30',
      },
    },
    {
      kind: 'goals',
      title: t.titles.goals,
      status: 'ok',
      data: {
        columns: {
          goal: t.goalColumns[0],
          measure: t.goalColumns[1],
          progress: t.goalColumns[2],
          status: t.goalColumns[3],
          due: t.goalColumns[4],
        },
        goals: t.goals.map(([goal, measure], i) => ({
          goal,
          measure,
          progressPercent: [80, 45, 100][i] ?? 0,
          status: (['on_track', 'at_risk', 'done'] as const)[i] ?? 'on_track',
          statusLabel: t.goalStatus[i] ?? '',
          due: ['2025-12-31', '2026-03-31', null][i] ?? null,
        })),
      },
    },
    {
      kind: 'value_delivered',
      title: t.titles.value_delivered,
      status: 'ok',
      data: {
        intro: null,
        columns: {
          experiment: t.experimentColumns[0],
          kpi: t.experimentColumns[1],
          effect: t.experimentColumns[2],
          interval: t.experimentColumns[3],
          verdict: t.experimentColumns[4],
        },
        chartTitle: t.effectsChart,
        results: [
          {
            name: 'EXP-1',
            kpi: t.kpis[0],
            unit: 'min',
            effect: -6.2,
            ciLow: -9.3,
            ciHigh: -3.1,
            confidenceLevel: 0.95,
            relativeEffectPercent: -12.4,
            verdict: 'improvement',
            verdictLabel: t.verdicts[0],
            outcome: t.wordings[0],
            wording: t.wordings[0],
            caution: null,
          },
          {
            name: 'EXP-2',
            kpi: t.kpis[1],
            unit: '%',
            effect: 1.3,
            ciLow: -2.2,
            ciHigh: 4.8,
            confidenceLevel: 0.95,
            relativeEffectPercent: 1.5,
            verdict: 'inconclusive',
            verdictLabel: t.verdicts[1],
            outcome: t.wordings[1],
            wording: t.wordings[1],
            caution: null,
          },
          {
            name: 'EXP-3',
            kpi: t.kpis[2],
            unit: '%',
            effect: -4.1,
            ciLow: -7.0,
            ciHigh: -1.2,
            confidenceLevel: 0.95,
            relativeEffectPercent: -4.1,
            verdict: 'improvement',
            verdictLabel: t.verdicts[2],
            outcome: t.wordings[2],
            wording: t.wordings[2],
            caution: t.caution,
          },
        ],
      },
    },
    {
      kind: 'adoption',
      title: t.titles.adoption,
      status: 'ok',
      data: {
        metrics: [
          { label: t.adoptionMetrics[0], value: '268' },
          { label: t.adoptionMetrics[1], value: '300' },
          { label: t.adoptionMetrics[2], value: '89%' },
        ],
        chartTitle: t.usageChart,
        seriesLabels: { activeUsers: t.usageSeries[0], licensedSeats: t.usageSeries[1] },
        points: weekDates.map((date, i) => ({
          date,
          activeUsers: activeUsers[i] ?? null,
          licensedSeats: 300,
        })),
        notes: [t.adoptionNote],
      },
    },
    {
      kind: 'health',
      title: t.titles.health,
      status: 'ok',
      data: {
        metrics: [
          { label: t.healthMetrics[0], value: '74' },
          { label: t.healthMetrics[1], value: t.bands[2] },
        ],
        chartTitle: t.healthChart,
        scoreLabel: t.score,
        bands: { redBelow: 40, yellowBelow: 70 },
        bandLabels: { red: t.bands[0], yellow: t.bands[1], green: t.bands[2] },
        weeks: weekDates.map((weekStart, i) => ({ weekStart, score: scores[i] ?? null })),
        changesHeading: t.changesHeading,
        changeColumns: {
          component: t.changeColumns[0],
          from: t.changeColumns[1],
          to: t.changeColumns[2],
          reason: t.changeColumns[3],
        },
        changes: t.changes.map(([component, reason], i) => ({
          component,
          from: [55, 100][i] ?? null,
          to: [80, 50][i] ?? null,
          reason,
        })),
      },
    },
    {
      kind: 'support',
      title: t.titles.support,
      status: 'ok',
      data: {
        metrics: [
          { label: t.supportMetrics[0], value: '37' },
          { label: t.supportMetrics[1], value: '6 h' },
          { label: t.supportMetrics[2], value: '2' },
        ],
        chartTitle: t.supportChart,
        byCategory: t.ticketCategories.map((label, i) => ({ label, count: [18, 9, 6, 4][i] ?? 0 })),
        notes: [t.supportNote],
      },
    },
    {
      kind: 'sentiment',
      title: t.titles.sentiment,
      status: 'ok',
      data: {
        metrics: [
          { label: t.sentimentMetrics[0], value: '+32' },
          { label: t.sentimentMetrics[1], value: '4.3 / 5' },
          { label: t.sentimentMetrics[2], value: '25' },
        ],
        chartTitle: t.npsChart,
        distribution: t.npsGroups.map((label, i) => ({ label, count: [4, 9, 12][i] ?? 0 })),
        verbatimsHeading: t.verbatimsHeading,
        verbatims: t.verbatims.map((quote, i) => ({
          quote,
          author: ['Ayşe Yılmaz', 'สมชาย ใจดี', 'Dispatch team'][i] ?? '',
          score: [10, 6, 9][i] ?? null,
        })),
      },
    },
    {
      // Peer benchmarks (#17), worded from the app's own catalogue in the document's language.
      kind: 'benchmarks',
      title: t.titles.benchmarks,
      status: 'ok',
      data: benchmarksData(language),
    },
    {
      kind: 'renewal',
      title: t.titles.renewal,
      status: 'ok',
      data: {
        metrics: [
          { label: t.renewalMetrics[0], value: '$144,000' },
          { label: t.renewalMetrics[1], value: '2026-01-31' },
          { label: t.renewalMetrics[2], value: '123' },
          { label: t.renewalMetrics[3], value: 'Enterprise' },
        ],
        notes: [t.renewalNote],
      },
    },
    {
      kind: 'risks_next_steps',
      title: t.titles.risks_next_steps,
      status: 'ok',
      data: {
        risksHeading: t.risksHeading,
        riskColumns: {
          risk: t.riskColumns[0],
          severity: t.riskColumns[1],
          mitigation: t.riskColumns[2],
        },
        risks: t.risks.map(([risk, mitigation], i) => ({
          risk,
          mitigation,
          severity: (['high', 'medium'] as const)[i] ?? 'low',
          severityLabel: t.severities[i] ?? '',
        })),
        nextStepsHeading: t.nextStepsHeading,
        stepColumns: { task: t.stepColumns[0], owner: t.stepColumns[1], due: t.stepColumns[2] },
        nextSteps: t.steps.map((task, i) => ({
          task,
          owner: ['Jordan Lee', 'İsmail Güneş', 'Jordan Lee'][i] ?? '',
          due: ['2025-10-15', '2025-10-31', null][i] ?? null,
        })),
      },
    },
    {
      kind: 'appendix',
      title: t.titles.appendix,
      status: 'ok',
      data: {
        definitions: t.definitions.map(([term, definition]) => ({ term, definition })),
        methods: [],
        methodsHeading: t.titles.appendix,
        sourcesHeading: t.titles.appendix,
        sources: [],
        reproducibility: '',
      },
    },
  ];
  const noData = new Set(options.noData ?? []);
  return {
    meta: {
      accountId: 'ACC-0042',
      accountName: FIXTURE_ACCOUNT[language],
      quarter: '2025-Q3',
      language,
      paper: options.paper ?? 'A4',
      companyName: 'Acme Analytics',
      presenter: { name: 'Jordan Lee', title: 'CSM', companyName: 'Acme Analytics', logo: null },
      generatedOn: '2025-10-02',
      dataAsOf: '2025-09-30',
      documentTitle: t.documentTitle,
      omitted: [],
      sources: [],
    },
    sections: sections.map((section): QbrSection => {
      if (!noData.has(section.kind)) return section;
      const message = section.kind === 'renewal' ? t.noDataRenewal : `${section.title}: —`;
      return { kind: section.kind, title: section.title, status: 'no_data', message } as QbrSection;
    }),
  };
}

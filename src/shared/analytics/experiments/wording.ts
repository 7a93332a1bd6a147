// Plain-language catalogues for experiment results, one per app language, all with the same
// keys; the app's i18n will absorb them. Honest by design: no verdict says "no effect".
import { formatPercent, formatSignificant } from '../../i18n/format';

export const wordingEn = {
  'experiments.headline.improvement':
    '{kpi} improved in the units using the product. Compared with similar units without it, the change was {effect} {unit} ({level}% interval {ciLow} to {ciHigh}).',
  'experiments.headline.deterioration':
    '{kpi} moved in the wrong direction in the units using the product. Compared with similar units without it, the change was {effect} {unit} ({level}% interval {ciLow} to {ciHigh}). This is an improvement area.',
  'experiments.headline.inconclusive':
    '{kpi}: the data do not yet show clearly whether the product helped. Compared with similar units without it, the change was {effect} {unit}, but anything from {ciLow} to {ciHigh} is plausible ({level}% interval). This is an improvement area.',
  'experiments.headline.noInterval':
    '{kpi}: no uncertainty interval can be computed from these data (every unit in a group changed by exactly the same amount); check the imported measurements.',
  'experiments.headline.insufficient':
    '{kpi}: too few units to draw a conclusion yet ({nTarget} with the product, {nControl} without; at least {minUnits} in each group are needed).',
  'experiments.detail.relative':
    'That is {relative} against what the units using the product would likely have reached without it.',
  'experiments.detail.probability': 'Probability that the product improved {kpi}: {probability}.',
  'experiments.detail.mde':
    'With this many units and this much variation, an effect smaller than about {mde} {unit} cannot be reliably detected.',
  'experiments.detail.holm':
    '{kpi} is one of several KPIs checked, so its p-value is adjusted for multiple comparisons: {holmP}.',
  'experiments.caution.failedPlacebo':
    'Caution: the two groups were already drifting apart before the rollout (a test rollout on {date} shows a difference of {effect} {unit}).',
  'experiments.caution.imbalance':
    'Caution: the groups started at different levels (standardised difference {difference}); comparing changes removes stable differences, but not different trends.',
  'experiments.caution.permutationDisagrees':
    'Caution: a check that makes no distribution assumptions does not confirm this result (p = {permutationP}); treat it as provisional.',
  'experiments.caution.dependsOnOneUnit':
    'Caution: the result depends on a single unit ({unitId}); without it the estimate would be {effect} {unit}.',
  'experiments.caution.unitsDropped':
    '{count} units were left out because they had no data before or after the rollout.',
  'experiments.next.expandRollout':
    'Roll the product out to the remaining units and keep measuring to confirm the gain holds.',
  'experiments.next.extendPostWindow':
    'Keep measuring for longer after the rollout: {postDays} days may be too short for the new way of working to show its full effect.',
  'experiments.next.addUnits':
    'Include more units in the comparison: with {nTarget} and {nControl} units, effects smaller than about {mde} {unit} cannot be told apart from normal variation.',
  'experiments.next.recruitUnits':
    'Add units to both groups (at least {minUnits} each) and measure again.',
  'experiments.next.deepenAdoption':
    'Deepen adoption in the units using the product: more active users, training, and moving everyday work into it.',
  'experiments.next.reviewUsage':
    'Review with the teams how the product is used in the target units and what else changed for them at the rollout.',
  'experiments.next.chooseComparableControls':
    'Choose control units whose {kpi} moved like the target units before the rollout.',
  'experiments.next.completeData':
    'Complete the missing measurements so that every unit can be included.',
} as const;

export type WordingKey = keyof typeof wordingEn;
export type WordingCatalogue = Record<WordingKey, string>;

export const wordingTh: WordingCatalogue = {
  'experiments.headline.improvement':
    '{kpi} ดีขึ้นในหน่วยที่ใช้ผลิตภัณฑ์ เมื่อเทียบกับหน่วยที่คล้ายกันซึ่งไม่ได้ใช้ การเปลี่ยนแปลงต่างกัน {effect} {unit} (ช่วงความเชื่อมั่น {level}%: {ciLow} ถึง {ciHigh})',
  'experiments.headline.deterioration':
    '{kpi} เปลี่ยนไปในทิศทางที่ไม่ดีในหน่วยที่ใช้ผลิตภัณฑ์ เมื่อเทียบกับหน่วยที่คล้ายกันซึ่งไม่ได้ใช้ การเปลี่ยนแปลงต่างกัน {effect} {unit} (ช่วงความเชื่อมั่น {level}%: {ciLow} ถึง {ciHigh}) นี่คือประเด็นที่ต้องปรับปรุง',
  'experiments.headline.inconclusive':
    '{kpi}: ข้อมูลยังไม่แสดงชัดเจนว่าผลิตภัณฑ์ช่วยหรือไม่ เมื่อเทียบกับหน่วยที่คล้ายกันซึ่งไม่ได้ใช้ การเปลี่ยนแปลงต่างกัน {effect} {unit} แต่ค่าจริงอาจอยู่ระหว่าง {ciLow} ถึง {ciHigh} (ช่วงความเชื่อมั่น {level}%) นี่คือประเด็นที่ต้องปรับปรุง',
  'experiments.headline.noInterval':
    '{kpi}: ไม่สามารถคำนวณช่วงความไม่แน่นอนจากข้อมูลนี้ได้ (ทุกหน่วยในกลุ่มเปลี่ยนแปลงเท่ากันทุกประการ) โปรดตรวจสอบข้อมูลที่นำเข้า',
  'experiments.headline.insufficient':
    '{kpi}: จำนวนหน่วยยังน้อยเกินไปที่จะสรุปผลได้ (ใช้ผลิตภัณฑ์ {nTarget} หน่วย ไม่ได้ใช้ {nControl} หน่วย ต้องมีอย่างน้อยกลุ่มละ {minUnits} หน่วย)',
  'experiments.detail.relative': 'คิดเป็น {relative} เมื่อเทียบกับระดับที่หน่วยที่ใช้ผลิตภัณฑ์น่าจะเป็นหากไม่ได้ใช้',
  'experiments.detail.probability': 'ความน่าจะเป็นที่ผลิตภัณฑ์ช่วยให้ {kpi} ดีขึ้น: {probability}',
  'experiments.detail.mde':
    'ด้วยจำนวนหน่วยและความผันผวนระดับนี้ ผลที่เล็กกว่าประมาณ {mde} {unit} ไม่สามารถตรวจพบได้อย่างน่าเชื่อถือ',
  'experiments.detail.holm':
    '{kpi} เป็นหนึ่งในหลาย KPI ที่ตรวจสอบ จึงปรับค่า p สำหรับการเปรียบเทียบหลายครั้ง: {holmP}',
  'experiments.caution.failedPlacebo':
    'ข้อควรระวัง: ทั้งสองกลุ่มเริ่มแยกห่างกันตั้งแต่ก่อนการเปิดใช้ (การทดสอบสมมติ ณ วันที่ {date} พบความต่าง {effect} {unit})',
  'experiments.caution.imbalance':
    'ข้อควรระวัง: ทั้งสองกลุ่มเริ่มต้นที่ระดับต่างกัน (ผลต่างมาตรฐาน {difference}) การเทียบการเปลี่ยนแปลงขจัดความต่างที่คงที่ได้ แต่ไม่ขจัดแนวโน้มที่ต่างกัน',
  'experiments.caution.permutationDisagrees':
    'ข้อควรระวัง: การตรวจสอบที่ไม่อาศัยสมมติฐานเรื่องการแจกแจงไม่ยืนยันผลนี้ (p = {permutationP}) ควรถือเป็นผลเบื้องต้น',
  'experiments.caution.dependsOnOneUnit':
    'ข้อควรระวัง: ผลลัพธ์ขึ้นอยู่กับหน่วยเดียว ({unitId}) หากไม่รวมหน่วยนี้ ค่าประมาณจะเป็น {effect} {unit}',
  'experiments.caution.unitsDropped': 'ไม่ได้รวม {count} หน่วย เนื่องจากไม่มีข้อมูลก่อนหรือหลังการเปิดใช้',
  'experiments.next.expandRollout': 'ขยายการใช้ผลิตภัณฑ์ไปยังหน่วยที่เหลือ และวัดผลต่อเพื่อยืนยันว่าผลดียังคงอยู่',
  'experiments.next.extendPostWindow':
    'วัดผลต่อให้นานขึ้นหลังการเปิดใช้: {postDays} วันอาจสั้นเกินไปที่วิธีทำงานใหม่จะแสดงผลเต็มที่',
  'experiments.next.addUnits':
    'เพิ่มจำนวนหน่วยในการเปรียบเทียบ: ด้วย {nTarget} และ {nControl} หน่วย ผลที่เล็กกว่าประมาณ {mde} {unit} ยังแยกไม่ออกจากความผันผวนปกติ',
  'experiments.next.recruitUnits': 'เพิ่มหน่วยในทั้งสองกลุ่ม (อย่างน้อยกลุ่มละ {minUnits} หน่วย) แล้ววัดผลอีกครั้ง',
  'experiments.next.deepenAdoption':
    'เพิ่มระดับการใช้งานในหน่วยที่ใช้ผลิตภัณฑ์: ผู้ใช้ที่ใช้งานจริงมากขึ้น การฝึกอบรม และย้ายงานประจำวันมาทำในผลิตภัณฑ์',
  'experiments.next.reviewUsage':
    'ทบทวนร่วมกับทีมว่าหน่วยเป้าหมายใช้ผลิตภัณฑ์อย่างไร และมีอะไรอื่นเปลี่ยนไปในช่วงเปิดใช้',
  'experiments.next.chooseComparableControls':
    'เลือกหน่วยควบคุมที่ {kpi} เคลื่อนไหวคล้ายกับหน่วยเป้าหมายก่อนการเปิดใช้',
  'experiments.next.completeData': 'เติมข้อมูลการวัดที่ขาดหายไป เพื่อให้รวมทุกหน่วยในการวิเคราะห์ได้',
};

export const wordingTr: WordingCatalogue = {
  'experiments.headline.improvement':
    '{kpi}, ürünü kullanan birimlerde iyileşti. Ürünü kullanmayan benzer birimlerle karşılaştırıldığında değişim farkı {effect} {unit} (%{level} güven aralığı {ciLow} ile {ciHigh}).',
  'experiments.headline.deterioration':
    '{kpi}, ürünü kullanan birimlerde olumsuz yönde değişti. Ürünü kullanmayan benzer birimlerle karşılaştırıldığında değişim farkı {effect} {unit} (%{level} güven aralığı {ciLow} ile {ciHigh}). Bu bir gelişim alanıdır.',
  'experiments.headline.inconclusive':
    '{kpi}: veriler ürünün yardımcı olup olmadığını henüz net göstermiyor. Ürünü kullanmayan benzer birimlerle karşılaştırıldığında değişim farkı {effect} {unit}, ancak {ciLow} ile {ciHigh} arasındaki her değer olası (%{level} güven aralığı). Bu bir gelişim alanıdır.',
  'experiments.headline.noInterval':
    '{kpi}: bu verilerden bir belirsizlik aralığı hesaplanamıyor (bir gruptaki her birim tam olarak aynı miktarda değişti); içe aktarılan ölçümleri kontrol edin.',
  'experiments.headline.insufficient':
    '{kpi}: sonuç çıkarmak için henüz çok az birim var (ürünü kullanan {nTarget}, kullanmayan {nControl}; her grupta en az {minUnits} birim gerekir).',
  'experiments.detail.relative':
    'Bu, ürünü kullanan birimlerin ürün olmadan muhtemelen ulaşacağı düzeye göre {relative} demektir.',
  'experiments.detail.probability':
    'Ürünün {kpi} değerini iyileştirmiş olma olasılığı: {probability}.',
  'experiments.detail.mde':
    'Bu birim sayısı ve bu değişkenlikle, yaklaşık {mde} {unit} değerinden küçük bir etki güvenilir biçimde saptanamaz.',
  'experiments.detail.holm':
    "{kpi}, incelenen birkaç KPI'dan biri olduğu için p değeri çoklu karşılaştırma için düzeltildi: {holmP}.",
  'experiments.caution.failedPlacebo':
    'Dikkat: iki grup, kullanıma geçişten önce de birbirinden ayrışıyordu ({date} tarihinde varsayımsal bir geçiş {effect} {unit} fark gösteriyor).',
  'experiments.caution.imbalance':
    'Dikkat: gruplar farklı düzeylerde başladı (standartlaştırılmış fark {difference}); değişimlerin karşılaştırılması sabit farkları giderir, farklı eğilimleri gidermez.',
  'experiments.caution.permutationDisagrees':
    'Dikkat: dağılım varsayımı gerektirmeyen bir kontrol bu sonucu doğrulamıyor (p = {permutationP}); sonucu geçici kabul edin.',
  'experiments.caution.dependsOnOneUnit':
    'Dikkat: sonuç tek bir birime ({unitId}) bağlı; o birim olmadan tahmin {effect} {unit} olurdu.',
  'experiments.caution.unitsDropped':
    'Kullanıma geçişten önce veya sonra verisi olmadığı için {count} birim analize alınmadı.',
  'experiments.next.expandRollout':
    'Ürünü kalan birimlere de yaygınlaştırın ve kazanımın sürdüğünü doğrulamak için ölçmeye devam edin.',
  'experiments.next.extendPostWindow':
    'Kullanıma geçişten sonra daha uzun süre ölçün: {postDays} gün, yeni çalışma biçiminin tam etkisini göstermesi için kısa olabilir.',
  'experiments.next.addUnits':
    'Karşılaştırmaya daha fazla birim ekleyin: {nTarget} ve {nControl} birimle, yaklaşık {mde} {unit} değerinden küçük etkiler olağan değişkenlikten ayırt edilemez.',
  'experiments.next.recruitUnits':
    'Her iki gruba da birim ekleyin (her birinde en az {minUnits}) ve yeniden ölçün.',
  'experiments.next.deepenAdoption':
    'Ürünü kullanan birimlerde benimsemeyi derinleştirin: daha fazla aktif kullanıcı, eğitim ve günlük işlerin ürüne taşınması.',
  'experiments.next.reviewUsage':
    'Hedef birimlerde ürünün nasıl kullanıldığını ve geçiş döneminde başka nelerin değiştiğini ekiplerle birlikte gözden geçirin.',
  'experiments.next.chooseComparableControls':
    'Kullanıma geçişten önce {kpi} değeri hedef birimlerle benzer seyreden kontrol birimleri seçin.',
  'experiments.next.completeData':
    'Her birimin dahil edilebilmesi için eksik ölçümleri tamamlayın.',
};

export type WordingLocale = 'en' | 'th' | 'tr';

export const wordingCatalogues: Record<WordingLocale, WordingCatalogue> = {
  en: wordingEn,
  th: wordingTh,
  tr: wordingTr,
};

// Parameters holding a share (0.153) rather than a quantity in the KPI's unit.
const PERCENT_PARAMS = new Set(['relative', 'probability']);

function formatParam(name: string, value: string | number, locale: WordingLocale): string {
  if (typeof value === 'string') return value;
  if (PERCENT_PARAMS.has(name)) {
    const percent = (share: number) => formatPercent(locale, share, 1);
    // A probability of 0.9996 is not a certainty; rounding must not print "100%".
    if (name === 'probability' && value > 0.999 && value < 1) return `>${percent(0.999)}`;
    if (name === 'probability' && value < 0.001 && value > 0) return `<${percent(0.001)}`;
    return percent(value);
  }
  return formatSignificant(locale, value);
}

/**
 * A default rendering of one message; the app's i18n may format numbers its own way. Missing
 * parameters stay visible as {name} so a gap is noticed rather than silently dropped.
 */
export function renderMessage(
  message: { key: WordingKey; params: Record<string, string | number> },
  locale: WordingLocale,
): string {
  const template = wordingCatalogues[locale][message.key];
  const filled = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = message.params[name];
    return value === undefined ? placeholder : formatParam(name, value, locale);
  });
  // An empty {unit} would otherwise leave a space before punctuation.
  return filled.replace(/ +([).,;:])/g, '$1').replace(/ {2,}/g, ' ');
}

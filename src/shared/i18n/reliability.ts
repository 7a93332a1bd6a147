// Words of the features that keep work safe: a failed save, a workspace another QBR Studio
// holds, quitting with unsaved changes, and export files that would be replaced. Used by the
// renderer's banner (spread into the catalogues) and by main's native dialogs (reliabilityText).
import type { Locale } from '../ipc/contract/workspace';

export const RELIABILITY_EN = {
  'save.failed.title': 'Your latest changes are not saved yet',
  'save.failed.body':
    'Saving the workspace failed ({reason}). Your changes are kept in memory and the file on disk is intact; the app tries again in {seconds} s.',
  'save.failed.retry': 'Retry now',
  'save.failed.saveAs': 'Save as…',
  'save.readOnly':
    'Read-only: this workspace is open in another QBR Studio, so nothing here is saved and changes are refused.',
  'lock.title': 'This workspace is in use',
  'lock.body.here':
    'It is open in another QBR Studio on this computer (process {pid}) since {since}.',
  'lock.body.other':
    'It is open in QBR Studio on the computer "{host}" (process {pid}) since {since}.',
  'lock.since.unknown': 'an unknown time',
  'lock.readOnly': 'Open read-only',
  'lock.takeOver': 'Take over…',
  'lock.takeOver.confirm':
    'Take the workspace over? If that QBR Studio is still running, it can no longer save and its unsaved changes are lost.',
  'lock.cancel': 'Cancel',
  'quit.unsaved.title': 'Quit without saving?',
  'quit.unsaved.body':
    'Your latest changes could not be saved ({reason}). If you quit now, they are lost.',
  'quit.unsaved.saveAs': 'Save as…',
  'quit.unsaved.quit': 'Quit without saving',
  'quit.unsaved.cancel': 'Cancel',
  'export.overwrite.title': 'Replace existing files?',
  'export.overwrite.body': 'These files already exist and would be replaced:\n{files}',
  'export.overwrite.replace': 'Replace',
  'export.overwrite.cancel': 'Cancel',
  'export.report.title': '{title} (the deck is saved beside it as {deck} and {deckPdf})',
} as const;

export type ReliabilityKey = keyof typeof RELIABILITY_EN;

export const RELIABILITY_TH: Record<ReliabilityKey, string> = {
  'save.failed.title': 'การเปลี่ยนแปลงล่าสุดของคุณยังไม่ได้บันทึก',
  'save.failed.body':
    'บันทึกพื้นที่ทำงานไม่สำเร็จ ({reason}) การเปลี่ยนแปลงยังอยู่ในหน่วยความจำและไฟล์บนดิสก์ยังสมบูรณ์ แอปจะลองอีกครั้งใน {seconds} วินาที',
  'save.failed.retry': 'ลองอีกครั้งตอนนี้',
  'save.failed.saveAs': 'บันทึกเป็น…',
  'save.readOnly': 'อ่านอย่างเดียว: พื้นที่ทำงานนี้เปิดอยู่ใน QBR Studio อื่น จึงไม่มีการบันทึกและไม่รับการเปลี่ยนแปลง',
  'lock.title': 'พื้นที่ทำงานนี้กำลังถูกใช้งาน',
  'lock.body.here': 'เปิดอยู่ใน QBR Studio อื่นบนคอมพิวเตอร์เครื่องนี้ (โปรเซส {pid}) ตั้งแต่ {since}',
  'lock.body.other': 'เปิดอยู่ใน QBR Studio บนคอมพิวเตอร์ "{host}" (โปรเซส {pid}) ตั้งแต่ {since}',
  'lock.since.unknown': 'เวลาที่ไม่ทราบ',
  'lock.readOnly': 'เปิดแบบอ่านอย่างเดียว',
  'lock.takeOver': 'เข้าควบคุมแทน…',
  'lock.takeOver.confirm':
    'เข้าควบคุมพื้นที่ทำงานแทนหรือไม่ หาก QBR Studio นั้นยังทำงานอยู่ จะบันทึกไม่ได้อีกและการเปลี่ยนแปลงที่ยังไม่บันทึกจะหายไป',
  'lock.cancel': 'ยกเลิก',
  'quit.unsaved.title': 'ออกโดยไม่บันทึกหรือไม่',
  'quit.unsaved.body': 'บันทึกการเปลี่ยนแปลงล่าสุดไม่สำเร็จ ({reason}) หากออกตอนนี้ การเปลี่ยนแปลงจะหายไป',
  'quit.unsaved.saveAs': 'บันทึกเป็น…',
  'quit.unsaved.quit': 'ออกโดยไม่บันทึก',
  'quit.unsaved.cancel': 'ยกเลิก',
  'export.overwrite.title': 'แทนที่ไฟล์ที่มีอยู่หรือไม่',
  'export.overwrite.body': 'ไฟล์เหล่านี้มีอยู่แล้วและจะถูกแทนที่:\n{files}',
  'export.overwrite.replace': 'แทนที่',
  'export.overwrite.cancel': 'ยกเลิก',
  'export.report.title': '{title} (สไลด์จะบันทึกไว้ข้างกันเป็น {deck} และ {deckPdf})',
};

export const RELIABILITY_TR: Record<ReliabilityKey, string> = {
  'save.failed.title': 'Son değişiklikleriniz henüz kaydedilmedi',
  'save.failed.body':
    'Çalışma alanı kaydedilemedi ({reason}). Değişiklikleriniz bellekte duruyor ve diskteki dosya sağlam; uygulama {seconds} sn sonra yeniden deneyecek.',
  'save.failed.retry': 'Şimdi yeniden dene',
  'save.failed.saveAs': 'Farklı kaydet…',
  'save.readOnly':
    'Salt okunur: bu çalışma alanı başka bir QBR Studio’da açık; burada hiçbir şey kaydedilmez ve değişiklikler reddedilir.',
  'lock.title': 'Bu çalışma alanı kullanımda',
  'lock.body.here':
    'Bu bilgisayarda başka bir QBR Studio’da açık (işlem {pid}), {since} tarihinden beri.',
  'lock.body.other':
    '"{host}" bilgisayarındaki QBR Studio’da açık (işlem {pid}), {since} tarihinden beri.',
  'lock.since.unknown': 'bilinmeyen bir zaman',
  'lock.readOnly': 'Salt okunur aç',
  'lock.takeOver': 'Devral…',
  'lock.takeOver.confirm':
    'Çalışma alanı devralınsın mı? O QBR Studio hâlâ çalışıyorsa artık kaydedemez ve kaydedilmemiş değişiklikleri kaybolur.',
  'lock.cancel': 'İptal',
  'quit.unsaved.title': 'Kaydetmeden çıkılsın mı?',
  'quit.unsaved.body':
    'Son değişiklikleriniz kaydedilemedi ({reason}). Şimdi çıkarsanız kaybolurlar.',
  'quit.unsaved.saveAs': 'Farklı kaydet…',
  'quit.unsaved.quit': 'Kaydetmeden çık',
  'quit.unsaved.cancel': 'İptal',
  'export.overwrite.title': 'Mevcut dosyalar değiştirilsin mi?',
  'export.overwrite.body': 'Bu dosyalar zaten var ve değiştirilecek:\n{files}',
  'export.overwrite.replace': 'Değiştir',
  'export.overwrite.cancel': 'İptal',
  'export.report.title': '{title} (sunum yanına {deck} ve {deckPdf} olarak kaydedilir)',
};

const CATALOGUES: Record<Locale, Record<ReliabilityKey, string>> = {
  en: RELIABILITY_EN,
  th: RELIABILITY_TH,
  tr: RELIABILITY_TR,
};

/** One of these messages in `locale` (main's native dialogs use it; the renderer uses `t`). */
export function reliabilityText(
  locale: Locale,
  key: ReliabilityKey,
  params: Record<string, string | number> = {},
): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

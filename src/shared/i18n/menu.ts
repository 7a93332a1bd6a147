// Words of the application menu (main's native menu, built by src/main/shell/menu.ts). Kept
// apart from the renderer's catalogues: only main shows them, and it needs them before any page.
import type { Locale } from '../ipc/contract/workspace';

export const MENU_EN = {
  'menu.file': 'File',
  'menu.quit': 'Quit QBR Studio',
  'menu.close': 'Close window',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select all',
  'menu.view': 'View',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.resetZoom': 'Actual size',
  'menu.fullScreen': 'Full screen',
  'menu.reload': 'Reload',
  'menu.devTools': 'Developer tools',
  'menu.window': 'Window',
  'menu.minimize': 'Minimise',
  'menu.help': 'Help',
  'menu.shortcuts': 'Keyboard shortcuts',
  'menu.showLogs': 'Show logs',
  'menu.about': 'About QBR Studio',
  'menu.hide': 'Hide QBR Studio',
  'menu.hideOthers': 'Hide others',
  'menu.unhide': 'Show all',
  'menu.aboutDetail': 'Version {version}. Offline: nothing leaves this computer.',
} as const;

export type MenuKey = keyof typeof MENU_EN;

const MENU_TH: Record<MenuKey, string> = {
  'menu.file': 'ไฟล์',
  'menu.quit': 'ออกจาก QBR Studio',
  'menu.close': 'ปิดหน้าต่าง',
  'menu.edit': 'แก้ไข',
  'menu.undo': 'เลิกทำ',
  'menu.redo': 'ทำซ้ำ',
  'menu.cut': 'ตัด',
  'menu.copy': 'คัดลอก',
  'menu.paste': 'วาง',
  'menu.selectAll': 'เลือกทั้งหมด',
  'menu.view': 'มุมมอง',
  'menu.zoomIn': 'ขยาย',
  'menu.zoomOut': 'ย่อ',
  'menu.resetZoom': 'ขนาดจริง',
  'menu.fullScreen': 'เต็มหน้าจอ',
  'menu.reload': 'โหลดใหม่',
  'menu.devTools': 'เครื่องมือนักพัฒนา',
  'menu.window': 'หน้าต่าง',
  'menu.minimize': 'ย่อหน้าต่าง',
  'menu.help': 'ความช่วยเหลือ',
  'menu.shortcuts': 'แป้นพิมพ์ลัด',
  'menu.showLogs': 'แสดงไฟล์บันทึก',
  'menu.about': 'เกี่ยวกับ QBR Studio',
  'menu.hide': 'ซ่อน QBR Studio',
  'menu.hideOthers': 'ซ่อนแอปอื่น',
  'menu.unhide': 'แสดงทั้งหมด',
  'menu.aboutDetail': 'เวอร์ชัน {version} ทำงานแบบออฟไลน์: ไม่มีข้อมูลใดออกจากคอมพิวเตอร์เครื่องนี้',
};

const MENU_TR: Record<MenuKey, string> = {
  'menu.file': 'Dosya',
  'menu.quit': 'QBR Studio’dan çık',
  'menu.close': 'Pencereyi kapat',
  'menu.edit': 'Düzen',
  'menu.undo': 'Geri al',
  'menu.redo': 'Yinele',
  'menu.cut': 'Kes',
  'menu.copy': 'Kopyala',
  'menu.paste': 'Yapıştır',
  'menu.selectAll': 'Tümünü seç',
  'menu.view': 'Görünüm',
  'menu.zoomIn': 'Yakınlaştır',
  'menu.zoomOut': 'Uzaklaştır',
  'menu.resetZoom': 'Gerçek boyut',
  'menu.fullScreen': 'Tam ekran',
  'menu.reload': 'Yeniden yükle',
  'menu.devTools': 'Geliştirici araçları',
  'menu.window': 'Pencere',
  'menu.minimize': 'Simge durumuna küçült',
  'menu.help': 'Yardım',
  'menu.shortcuts': 'Klavye kısayolları',
  'menu.showLogs': 'Günlükleri göster',
  'menu.about': 'QBR Studio hakkında',
  'menu.hide': 'QBR Studio’yu gizle',
  'menu.hideOthers': 'Diğerlerini gizle',
  'menu.unhide': 'Tümünü göster',
  'menu.aboutDetail': 'Sürüm {version}. Çevrimdışı: hiçbir veri bu bilgisayardan çıkmaz.',
};

const CATALOGUES: Record<Locale, Record<MenuKey, string>> = {
  en: MENU_EN,
  th: MENU_TH,
  tr: MENU_TR,
};

/** One menu label in `locale`. */
export function menuText(
  locale: Locale,
  key: MenuKey,
  params: Record<string, string | number> = {},
): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

/** The menu's language before any workspace says otherwise: the system's, if we have it. */
export function menuLocaleOf(systemLocale: string): Locale {
  const language = systemLocale.toLowerCase().split(/[-_]/)[0];
  return language === 'th' || language === 'tr' ? language : 'en';
}

// Header mapping's sheet problems in en/th/tr, spread into the import catalogues. The wizard
// shows the kinds the sheet could hold as choices beside the message; the CLI names them and
// its --kind option.
import type { MAP_MESSAGE_KEYS } from '../ipc/contract/map-messages';

type MapCatalogue = Readonly<Record<(typeof MAP_MESSAGE_KEYS)[number], string>>;

export const MAP_MESSAGES_EN: MapCatalogue = {
  'import.sheet.kindUnsure':
    'The columns fit more than one kind of data, or fit one only loosely: choose what this sheet holds.',
};

export const MAP_MESSAGES_TH: MapCatalogue = {
  'import.sheet.kindUnsure':
    'คอลัมน์ของชีตนี้เข้ากับข้อมูลได้มากกว่าหนึ่งประเภท หรือเข้ากันได้ไม่ชัดเจน: โปรดเลือกว่าชีตนี้เก็บข้อมูลอะไร',
};

export const MAP_MESSAGES_TR: MapCatalogue = {
  'import.sheet.kindUnsure':
    'Sütunlar birden fazla veri türüne uyuyor ya da yalnızca zayıf biçimde uyuyor: bu sayfanın ne içerdiğini seçin.',
};

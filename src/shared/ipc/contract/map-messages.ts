// Header mapping and kind choice: the message keys of a sheet whose kind the importer is not sure
// of. Spread into IMPORT_MESSAGE_KEYS, so every key must be translated
// (src/shared/i18n/map-messages.ts).
export const MAP_MESSAGE_KEYS = ['import.sheet.kindUnsure'] as const;

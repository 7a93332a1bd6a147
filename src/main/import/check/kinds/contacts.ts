import type { KindDef } from './field';
import { field, rowProblem, text } from './field';
import { ACCOUNT_NAME, ACCOUNT_REF, derivedId } from './common';

export const contactsKind: KindDef = {
  kind: 'contacts',
  sheetHints: ['contacts', 'people', 'stakeholders', 'ผู้ติดต่อ', 'kişiler', 'ilgili kişiler'],
  requiredOneOf: [['name', 'firstName', 'email']],
  fields: [
    field('id', 'text', false, [
      'contact id',
      'person id',
      'user id',
      'รหัสผู้ติดต่อ',
      'kişi id',
      'kişi no',
    ]),
    field('accountId', 'text', true, ACCOUNT_REF),
    field('accountName', 'text', false, ACCOUNT_NAME),
    field('name', 'text', false, [
      'name',
      'full name',
      'contact name',
      'contact',
      'person',
      'ชื่อ',
      'ชื่อผู้ติดต่อ',
      'ชื่อนามสกุล',
      'ad soyad',
      'adı soyadı',
      'kişi',
      'isim',
    ]),
    field('firstName', 'text', false, ['first name', 'given name', 'ชื่อจริง', 'ad', 'adı']),
    field('lastName', 'text', false, [
      'last name',
      'surname',
      'family name',
      'นามสกุล',
      'soyad',
      'soyadı',
    ]),
    field('email', 'text', false, [
      'email',
      'e-mail',
      'email address',
      'อีเมล',
      'e-posta',
      'eposta',
    ]),
    field('role', 'text', false, [
      'role',
      'job title',
      'title',
      'position',
      'ตำแหน่ง',
      'unvan',
      'görev',
      'rol',
    ]),
    field('isChampion', 'boolean', false, [
      'champion',
      'is champion',
      'key contact',
      'sponsor',
      'แชมเปี้ยน',
      'ผู้สนับสนุนหลัก',
      'şampiyon',
      'kilit kişi',
    ]),
    field('startDate', 'date', false, [
      'start date',
      'since',
      'joined',
      'วันที่เริ่ม',
      'başlangıç tarihi',
    ]),
    field('endDate', 'date', false, [
      'end date',
      'left',
      'left on',
      'until',
      'วันที่สิ้นสุด',
      'ayrılış tarihi',
      'bitiş tarihi',
    ]),
  ],
  toEntity(v) {
    const joined = [text(v.firstName), text(v.lastName)].filter(Boolean).join(' ');
    const email = text(v.email);
    const name = text(v.name) ?? (joined || email);
    if (!name) throw rowProblem('import.row.noName');
    return {
      id: text(v.id) ?? email?.toLowerCase() ?? derivedId(v.accountId, name),
      accountId: v.accountId,
      name,
      email,
      role: v.role ?? null,
      isChampion: v.isChampion ?? false,
      startDate: v.startDate ?? null,
      endDate: v.endDate ?? null,
    };
  },
};

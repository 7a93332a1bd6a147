import type { KindDef } from './field';
import { field } from './field';

export const accountsKind: KindDef = {
  kind: 'accounts',
  sheetHints: ['accounts', 'customers', 'clients', 'บัญชี', 'ลูกค้า', 'hesaplar', 'müşteriler'],
  fields: [
    field('id', 'text', true, [
      'account id', 'account_id', 'id', 'customer id', 'customerid', 'account number', 'crm id',
      'รหัสบัญชี', 'รหัสลูกค้า', 'hesap id', 'hesap no', 'müşteri id', 'müşteri no',
    ]),
    field('name', 'text', true, [
      'account name', 'name', 'account', 'customer', 'customer name', 'company', 'company name',
      'ชื่อบัญชี', 'ชื่อลูกค้า', 'ชื่อบริษัท', 'hesap adı', 'müşteri adı', 'firma', 'şirket',
    ]),
    field('arr', 'number', false, [
      'arr', 'annual recurring revenue', 'arr amount', 'contract value', 'acv', 'annual value',
      'รายได้ต่อปี', 'มูลค่าสัญญาต่อปี', 'yıllık gelir', 'yıllık tekrarlayan gelir',
    ]),
    field('renewalDate', 'date', false, [
      'renewal date', 'renewal', 'renews on', 'contract end', 'contract end date', 'next renewal',
      'วันต่ออายุ', 'วันที่ต่ออายุ', 'yenileme tarihi', 'yenileme',
    ]),
    field('owner', 'text', false, [
      'owner', 'csm', 'csm owner', 'account owner', 'customer success manager', 'manager',
      'ผู้ดูแล', 'ผู้ดูแลบัญชี', 'sorumlu', 'hesap sorumlusu', 'müşteri temsilcisi',
    ]),
    field('segment', 'text', false, [
      'segment', 'tier', 'customer segment', 'plan tier', 'กลุ่ม', 'กลุ่มลูกค้า', 'segment adı', 'bölüm',
    ]),
    field('currency', 'text', false, ['currency', 'ccy', 'สกุลเงิน', 'para birimi', 'döviz']),
    field('industry', 'text', false, ['industry', 'vertical', 'อุตสาหกรรม', 'sektör']),
    field('country', 'text', false, ['country', 'region', 'ประเทศ', 'ülke']),
    field('signupDate', 'date', false, [
      'signup date', 'signup_date', 'customer since', 'start date', 'created', 'วันที่สมัคร', 'kayıt tarihi',
    ]),
    field('seats', 'integer', false, ['seats', 'licenses', 'licences', 'ที่นั่ง', 'ใบอนุญาต', 'koltuk', 'lisans']),
    field('plan', 'text', false, ['plan', 'product plan', 'แพ็กเกจ', 'paket']),
    field('churned', 'boolean', false, ['churned', 'churn flag', 'churn_flag', 'is churned', 'ยกเลิก', 'kayıp']),
  ],
  toEntity(v, defaults) {
    const currency = typeof v.currency === 'string' && v.currency ? v.currency.toUpperCase() : defaults.currency;
    return {
      id: v.id,
      name: v.name,
      segment: v.segment ?? null,
      owner: v.owner ?? null,
      currency,
      arr: v.arr ?? null,
      renewalDate: v.renewalDate ?? null,
      industry: v.industry ?? null,
      country: v.country ?? null,
      signupDate: v.signupDate ?? null,
      seats: v.seats ?? null,
      plan: v.plan ?? null,
      churned: v.churned ?? false,
    };
  },
};

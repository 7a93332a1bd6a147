// Words an importer message for one language. Main renders English for the CLI and its error
// files; the wizard renders the reader's language. Field ids become the fields' labels.
import type { DataKind } from '../domain/kinds';
import type { ImportMessage, ImportMessageParam } from '../ipc/contract/import-messages';
import type { Locale } from '../ipc/contract/workspace';
import type { MessageKey } from './index';
import { CATALOGUES, formatNumber, translate } from './index';

/** The catalogue key of a field's label; kinds share field ids that mean different things. */
export const fieldLabelKey = (kind: DataKind, fieldId: string): string =>
  `field.${kind}.${fieldId}`;

/**
 * A field's label in one language. A field without a label (a unit test forbids it), or one
 * named where no kind is known, shows its code name rather than nothing.
 */
export function fieldLabelIn(locale: Locale, kind: DataKind | null, fieldId: string): string {
  if (!kind) return fieldId;
  const key = fieldLabelKey(kind, fieldId);
  return key in CATALOGUES.en ? translate(locale, key as MessageKey) : fieldId;
}

function paramText(locale: Locale, kind: DataKind | null, param: ImportMessageParam): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return String(param);
  if ('count' in param) return formatNumber(locale, param.count);
  if ('message' in param)
    return renderImportMessage(locale, param.kind === undefined ? kind : param.kind, param.message);
  const label = (id: string) => fieldLabelIn(locale, kind, id);
  if ('field' in param) return label(param.field);
  const either = new Intl.ListFormat(locale, { type: 'disjunction' });
  const oneOf = (group: readonly string[]) =>
    translate(locale, 'import.list.oneOf', { fields: either.format(group.map(label)) });
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    param.fields.map((f) => (typeof f === 'string' ? label(f) : oneOf(f))),
  );
}

export function renderImportMessage(
  locale: Locale,
  kind: DataKind | null,
  message: ImportMessage,
): string {
  const params: Record<string, string> = {};
  for (const [name, param] of Object.entries(message.params))
    params[name] = paramText(locale, kind, param);
  return translate(locale, message.key, params);
}

// Building blocks shared by the section builders: a section with data, or one that says plainly
// why it has none.
import type { QbrSection, SectionKind } from '../../../shared/qbr/document';
import type { MessageKey } from '../../../shared/i18n';
import type { QbrContext } from '../context';

type DataOf<K extends SectionKind> = Extract<QbrSection, { kind: K; status: 'ok' }>['data'];

export function sectionTitle(ctx: QbrContext, kind: SectionKind): string {
  return ctx.t(`qbr.section.${kind}` as MessageKey);
}

export function withData<K extends SectionKind>(
  ctx: QbrContext,
  kind: K,
  data: DataOf<K>,
): QbrSection {
  return { kind, title: sectionTitle(ctx, kind), status: 'ok', data } as QbrSection;
}

export function noData(ctx: QbrContext, kind: SectionKind): QbrSection {
  return {
    kind,
    title: sectionTitle(ctx, kind),
    status: 'no_data',
    message: ctx.t(`qbr.nodata.${kind}` as MessageKey, { quarter: ctx.quarter }),
  } as QbrSection;
}

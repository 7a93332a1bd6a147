// Definitions of every figure the review uses, with the workspace's own band limits.
import type { QbrSection } from '../../../shared/qbr/document';
import { formatNumber } from '../../export/labels';
import type { QbrContext } from '../context';
import { withData } from './section';

export function appendixSection(ctx: QbrContext): QbrSection {
  const { t, language } = ctx;
  const bands = {
    red: formatNumber(ctx.bands.redBelow, language, 0),
    yellow: formatNumber(ctx.bands.yellowBelow, language, 0),
  };
  return withData(ctx, 'appendix', {
    definitions: [
      { term: t('qbr.def.health'), definition: t('qbr.def.healthText', bands) },
      { term: t('qbr.def.effect'), definition: t('qbr.def.effectText') },
      { term: t('qbr.def.interval'), definition: t('qbr.def.intervalText') },
      { term: t('qbr.def.nps'), definition: t('qbr.def.npsText') },
      { term: t('qbr.def.csat'), definition: t('qbr.def.csatText') },
      { term: t('qbr.def.utilisation'), definition: t('qbr.def.utilisationText') },
    ],
  });
}

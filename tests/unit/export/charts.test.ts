import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { outlineSvgText, renderChartSvg, svgToPng } from '../../../src/main/export/charts';
import type { ChartSpec } from '../../../src/main/export/charts';
import { estimateTextWidth } from '../../../src/main/export/chart-text-width';
import { resolveFontDir } from '../../../src/main/export/fonts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const HEALTH: ChartSpec = {
  kind: 'line',
  title: 'คะแนนสุขภาพรายสัปดาห์',
  categories: ['7 ก.ค.', '14 ก.ค.', '21 ก.ค.'],
  series: [{ name: 'คะแนนสุขภาพ', values: [58, null, 64] }],
  bands: [
    { from: 0, to: 40, color: 'rgba(214,69,65,0.12)', label: 'แดง' },
    { from: 40, to: 70, color: 'rgba(232,179,57,0.14)', label: 'เหลือง' },
  ],
  yMin: 0,
  yMax: 100,
};

const SUPPORT: ChartSpec = {
  kind: 'bar',
  title: 'Kategoriye göre talepler',
  categories: ['Entegrasyonlar', 'Raporlama', 'Erişim'],
  series: [{ name: 'Talepler', values: [18, 9, 6] }],
};

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('charts', () => {
  it('renders SVG whose text is set in the bundled font', () => {
    const svg = renderChartSvg(HEALTH, { width: 400, height: 250 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="400"');
    expect(svg).toContain('คะแนนสุขภาพรายสัปดาห์');
    expect(svg).toContain('font-family:Sarabun');
    expect(svg).toContain('แดง'); // band label
  });

  it('outlines chart text so the PDF does not depend on an SVG text renderer', () => {
    const svg = renderChartSvg(HEALTH, { width: 400, height: 250 });
    const outlined = outlineSvgText(svg);
    expect(outlined).not.toContain('<text');
    expect(outlined).not.toContain('คะแนน');
    // glyph outlines arrive as paths: many more than the chart's own lines and shapes
    expect(outlined.split('<path').length).toBeGreaterThan(svg.split('<path').length + 5);
  });

  it('finds the Thai glyphs in the bundled fonts (no system fonts loaded)', () => {
    const thaiOnly = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="40" style="font-size:24px;font-family:Sarabun">${text}</text></svg>`;
    const outlined = outlineSvgText(thaiOnly('สรุปผู้บริหาร'));
    // resvg drops text it has no font for; outlines prove the glyphs were found
    expect(outlined).toMatch(/<path[^>]+d="M/);
  });

  it('gives SARA AM its full width (resvg alone lets the next letter overlap it)', () => {
    const width = (text: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="10" y="50" style="font-size:40px;font-family:Sarabun">${text}</text></svg>`;
      // the outlined SVG needs no fonts, so a plain Resvg can measure it
      return new Resvg(outlineSvgText(svg)).getBBox()?.width ?? 0;
    };
    // NIKHAHIT is a mark with no advance, so "คำต" must be as wide as "ค" + SARA AA + "ต"
    expect(width('คำต')).toBeCloseTo(width('คาต'), 0);
    expect(width('คำต')).toBeGreaterThan(width('คต') * 1.3);
  });

  it('rasterises to a PNG of the requested width', () => {
    const png = svgToPng(renderChartSvg(SUPPORT, { width: 400, height: 250 }), 1000);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1000, height: 625 });
  });

  it('estimates Thai label widths without counting marks above and below', () => {
    // "ที่" is one base letter with two marks; "ท" alone has the same advance
    expect(estimateTextWidth('ที่', '12px Sarabun')).toBeCloseTo(
      estimateTextWidth('ท', '12px Sarabun'),
    );
    expect(estimateTextWidth('abc', 'bold 20px Sarabun')).toBeGreaterThan(
      estimateTextWidth('abc', '20px Sarabun'),
    );
  });
});

describe('bundled fonts', () => {
  it('resolves resources/fonts with the four Sarabun faces and the OFL licence', () => {
    const dir = resolveFontDir();
    for (const file of [
      'Sarabun-Regular.ttf',
      'Sarabun-Bold.ttf',
      'Sarabun-Italic.ttf',
      'Sarabun-BoldItalic.ttf',
      'OFL.txt',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
  });
});

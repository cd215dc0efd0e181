import { describe, expect, it } from 'vitest';
import { replicaLanguage } from '../../../lib/scoring/replica-language';
import { findReplicaTerms } from '../../../lib/scoring/replica-words';
import { factsFor, listing } from './helpers';

const find = (t: string, productType: string | null = null, brandId: string | null = 'gucci') =>
  findReplicaTerms(t, { productType, brandId });

describe('replica words', () => {
  it.each([
    ['Gucci Replica Marmont bag', 'replica'],
    ['GG belt AAA quality', 'AAA'],
    ['AAAAA+ luxury bag', 'AAAAA+'],
    ['Top 1:1 bag', '1:1'],
    ['1：1 高品质', '1:1'],
    ['Mirror quality belt', 'mirror quality'],
    ['original quality leather belt', 'original quality'],
    ['top quality copy of the GG belt', 'copy'],
    ['High Copy sneakers', 'copy'],
    ['super fake Jordan', 'super fake'],
    ['Bolso réplica de lujo', 'replica'],
    ['borsa copia perfetta', 'copia/copie/Kopie'],
    ['Сумка реплика люкс', 'реплика'],
    ['古驰 高仿 女包', '高仿'],
    ['顶级复刻 手表', '复刻'],
    ['A货 皮带', '高仿'],
    ['原单 尾货', '原单'],
    ['一比一 包包', '1:1'],
    ['7A grade handbag', 'grade (5A/7A/10A)'],
    ['スーパーコピー 財布', 'スーパーコピー'],
    ['knock-off bag', 'knockoff'],
  ])('finds replica wording in %s', (text, label) => {
    expect(find(text)).toContain(label);
  });
  it.each([
    ['Duracell AAA batteries 24 pack', null],
    ['AAA battery 1.5V alkaline', 'battery'],
    ['The best AAA game of the year', 'video-game'],
    ['1:1 scale figure', null],
    ['Photo frame 1:1 square', null],
    ['Real Madrid 24/25 home replica jersey', 'jersey'],
    ['Replica Jazz Club eau de toilette', 'perfume'],
    ['Nike Air Jordan 1 复刻版 运动鞋', 'sneakers'],
    ['Genuine leather belt, high quality, original', 'belt'],
    ['faux leather bag, fake fur trim', 'bag'],
    ['copia de seguridad disco', null],
  ])('ignores the ordinary use in %s', (text, type) => {
    const brand = text.startsWith('Replica Jazz') ? 'maison-margiela' : 'nike';
    expect(find(text, type, brand)).toEqual([]);
  });
});

describe('replica-language signal', () => {
  it('fires with the terms and names the brand', () => {
    const s = replicaLanguage(factsFor(listing({ title: 'Gucci belt AAA 1:1 mirror quality' })));
    expect(s?.weight).toBe(58);
    expect(s?.evidence.count).toBe(3);
    expect(s?.message.en).toContain('"AAA"');
    expect(s?.message.zh).toContain('古驰');
  });
  it('reads the description too, and is silent without replica words', () => {
    expect(replicaLanguage(factsFor(listing({ description: 'replica, best quality' })))?.weight).toBe(50);
    expect(replicaLanguage(factsFor(listing({ title: 'Gucci belt 4cm black leather' })))).toBeNull();
  });
});

/**
 * Product-line names that, on their own, name the brand that makes them ("AirPods" is Apple's, "Birkin" is
 * Hermès'). Contract: plain data; a line whose brand id is not in the bundled data is ignored. A match through a
 * line is reported as `alias`. Only names that are not ordinary words and belong to one maker are listed
 * ("Speedy", "Daytona", "Switch" are not).
 * Source: the brands' own product naming (contributor knowledge, not re-checked online), 2025-05.
 */
export const PRODUCT_LINES: ReadonlyArray<{ brand: string; names: readonly string[] }> = [
  { brand: 'apple', names: ['AirPods', 'AirPods Pro', 'AirPods Max', 'iPhone', 'iPad', 'MacBook', 'Apple Watch', 'AirTag', 'MagSafe', 'HomePod'] },
  { brand: 'samsung', names: ['Galaxy Buds', 'Galaxy Watch', 'Galaxy Tab'] },
  { brand: 'sony', names: ['PlayStation', 'DualSense', 'DualShock', 'WH-1000XM4', 'WH-1000XM5', 'WF-1000XM4', 'WF-1000XM5'] },
  { brand: 'nintendo', names: ['Joy-Con', 'Nintendo Switch'] },
  { brand: 'nike', names: ['Air Max', 'Air Force 1', 'Nike Dunk'] },
  { brand: 'jordan', names: ['Air Jordan'] },
  { brand: 'adidas', names: ['Yeezy', 'Ultraboost', 'Stan Smith'] },
  { brand: 'hermes', names: ['Birkin'] },
  { brand: 'louis-vuitton', names: ['Neverfull', 'Keepall'] },
  { brand: 'rolex', names: ['Submariner', 'Datejust', 'GMT-Master', 'Yacht-Master', 'Oyster Perpetual'] },
  { brand: 'omega', names: ['Speedmaster', 'Seamaster'] },
  { brand: 'patek-philippe', names: ['Aquanaut'] },
  { brand: 'audemars-piguet', names: ['Royal Oak'] },
  { brand: 'cartier', names: ['Ballon Bleu', 'Juste un Clou'] },
  { brand: 'van-cleef-arpels', names: ['Alhambra'] },
  { brand: 'dyson', names: ['Airwrap', 'Supersonic'] },
  { brand: 'bose', names: ['QuietComfort', 'SoundLink'] },
  { brand: 'beats', names: ['Powerbeats'] },
  { brand: 'montblanc', names: ['Meisterstück'] },
  { brand: 'titleist', names: ['Pro V1', 'Pro V1x'] },
  { brand: 'ugg', names: ['Tasman'] },
];

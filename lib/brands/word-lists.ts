/**
 * Word lists the brand matcher uses to tell a brand claim from an ordinary word or a compatibility mention.
 * Contract: plain data, all entries already folded (lower case, no diacritics). Each list says why it exists.
 */

// Why: "case for Samsung", "for iPhone", "fits Nike", "compatible with Apple Watch", "Ersatz für Dyson" name the
// device an accessory fits, not the maker of the goods (issue 4's false-match list). A weak cue must sit right
// before the brand; a strong cue may be up to three words before it.
export const WEAK_CUES = new Set(['for', 'fur', 'fuer', 'pour', 'para', 'per', 'voor', 'til', 'dla', 'fits', 'fit', 'suits']);
export const STRONG_CUES = new Set([
  'compatible', 'compatibility', 'compat', 'kompatibel', 'compatibile', 'compativel', 'compatibles', 'replacement',
  'replacements', 'replaces', 'replacing', 'ersatz', 'remplacement', 'repuesto', 'recambio', 'ricambio', 'passend',
  'adapte', 'adaptado', 'adatto', 'geeignet', 'fits', 'suitable', 'works',
]);
/** Words allowed between a weak cue and the brand ("for the Apple Watch", "for all Samsung"). */
export const CUE_FILLERS = new Set(['the', 'original', 'orig', 'originale', 'your', 'all', 'new', 'most', 'any', 'my', 'le', 'la', 'les', 'el', 'il', 'den', 'die', 'der', 'das', 'alle']);
/** Chinese/Japanese cues before a name ("适用于苹果", "兼容华为") or right after it ("苹果专用", "iPhone用", "iPhone対応"). */
export const CJK_CUES_BEFORE = ['适用于', '适用', '适配', '兼容', '用于', '通用', '对应', '対応', '適用', '配件'];
export const CJK_CUES_AFTER = ['专用', '适用', '兼容', '対応', '对应', '用'];

/**
 * Ordinary phrases around an ambiguous brand word: the word next to these is not the brand, even when the
 * brand's own context words appear elsewhere in the title. Keyed by the folded brand word.
 */
// Why each: "apple cider vinegar", "coach bus"/"coach tour" (issue 4); "coach jacket" is a generic garment style
// (the snap-front nylon "coaches jacket"), so on its own it does not name Coach — a Coach context word
// ("leather", "signature", a bag) or the page's brand field still does; "Puma the animal"; "gap filler" (issue 4);
// "Omega-3" fish oil; "Supreme Court"; "British Columbia"; "boss pedal" (guitar effects, another maker); "diesel
// engine"; "Guess who" (the board game); "Pandora's box"; "Mango juice"; "Vans" plural of van ("camper vans").
export const TRAPS: Record<string, { after?: readonly string[]; before?: readonly string[] }> = {
  apple: {
    after: ['cider', 'pie', 'pies', 'juice', 'tree', 'trees', 'vinegar', 'slicer', 'corer', 'peeler', 'sauce',
      'wood', 'seed', 'seeds', 'crisp', 'butter', 'jam', 'orchard', 'scented', 'candle', 'picking', 'crumble'],
    before: ['crab', 'toffee', 'candy', 'caramel', 'sour', 'fresh', 'dried', 'baked', 'big', 'pine', 'custard'],
  },
  coach: {
    after: ['bus', 'buses', 'jacket', 'jackets', 'tour', 'tours', 'seat', 'seats', 'whistle', 'trip', 'trips',
      'holiday', 'travel', 'class', 'ticket', 'tickets', 'lamp', 'lamps', 'light', 'lights', 'house', 'builder',
      'bolt', 'bolts', 'screw', 'screws', 'driver', 'gift', 'gifts', 'shirt', 'shirts', 'clipboard'],
    before: ['bus', 'football', 'soccer', 'basketball', 'baseball', 'hockey', 'softball', 'volleyball', 'tennis',
      'team', 'life', 'fitness', 'head', 'assistant', 'stage', 'horse', 'travel', 'best', 'swim', 'running',
      'business', 'career', 'dating', 'executive', 'motor', 'express', 'party', 'pe'],
  },
  puma: {
    after: ['animal', 'animals', 'cat', 'cats', 'cub', 'cubs', 'figurine', 'figure', 'skull', 'print', 'poster',
      'plush', 'stuffed', 'sticker', 'mountain', 'lion', 'concolor', 'knife', 'knives', 'helicopter'],
    before: ['baby', 'wild', 'cougar', 'stuffed', 'plush', 'the'],
  },
  gap: {
    after: ['filler', 'fillers', 'filling', 'cover', 'covers', 'sealer', 'tool', 'tools', 'gauge', 'year', 'insurance',
      'tape', 'between', 'free', 'stopper', 'guard', 'plug', 'bridge', 'analysis', 'toothed', 'teeth'],
    before: ['mind', 'air', 'seat', 'door', 'spark', 'plug', 'wide', 'tooth', 'teeth', 'thigh', 'knee', 'bridge',
      'the', 'no', 'small', 'large', 'narrow', 'car', 'window', 'generation', 'gender', 'wage', 'fill'],
  },
  omega: {
    after: ['3', '6', '7', '9', 'fatty', 'oil', 'fish', 'krill', 'softgels', 'capsules', 'supplement', 'point',
      'ruby', 'ruby', 'man', 'symbol'],
  },
  supreme: { after: ['court', 'leader', 'pizza', 'being', 'commander', 'quality', 'comfort'], before: ['pizza', 'deluxe', 'chicken', 'beef'] },
  columbia: { after: ['university', 'records', 'pictures', 'river', 'college', 'county', 'sc', 'missouri'], before: ['british', 'district', 'of'] },
  boss: {
    after: ['pedal', 'pedals', 'katana', 'effects', 'looper', 'level', 'fight', 'baby', 'lady', 'babe', 'mug', 'gift',
      'day', 'mode', 'man'],
    before: ['like', 'a', 'the', 'girl', 'lady', 'big', 'best', 'mini', 'little'],
  },
  diesel: {
    after: ['engine', 'engines', 'fuel', 'generator', 'filter', 'heater', 'pump', 'injector', 'injectors', 'car', 'truck',
      'tank', 'additive', 'particulate', 'exhaust', 'oil', 'glow'],
    before: ['bio', 'petrol', 'turbo', 'duramax', 'cummins', 'tdi', 'the'],
  },
  guess: { after: ['who', 'what', 'how', 'the', 'my', 'game', 'games', 'which', 'where', 'again', 'why'], before: ['i', 'to', 'wild', 'best', 'lucky', 'educated'] },
  pandora: { after: ['box', 'boxes', 'radio', 'music', 'papers', 'moon', 'planet', 'avatar'], before: ['avatar'] },
  mango: { after: ['juice', 'tree', 'seed', 'fruit', 'dried', 'chutney', 'smoothie', 'slicer', 'pulp', 'puree', 'wood'], before: ['dried', 'fresh', 'frozen', 'green', 'sweet'] },
  vans: { after: ['camper', 'cargo', 'delivery', 'conversion', 'rental', 'for', 'roof'], before: ['camper', 'cargo', 'delivery', 'passenger', 'transit', 'sprinter', 'work', 'mini', 'for', 'and', 'cars'] },
  converse: { after: ['with', 'about', 'in', 'freely', 'fluently'], before: ['to', 'and', 'can', 'we', 'you'] },
  fossil: { after: ['fuel', 'fuels', 'record', 'hunting', 'specimen', 'specimens', 'stone', 'stones', 'shark', 'teeth', 'tooth', 'collection', 'kit'], before: ['ammonite', 'dinosaur', 'shark', 'real', 'genuine', 'trilobite', 'plant', 'living'] },
  champion: { before: ['world', 'league', 'national', 'olympic', 'the', 'reigning', 'boxing', 'wwe'], after: ['belt', 'trophy', 'league', 'spark'] },
  citizen: { after: ['kane', 'science', 'journalism', 'band', 'soldier'], before: ['senior', 'us', 'global', 'good', 'a'] },
  dove: { after: ['bird', 'birds', 'feather', 'feathers', 'release', 'decoy', 'figurine'], before: ['white', 'peace', 'mourning', 'turtle', 'rock', 'a'] },
  shell: { after: ['fish', 'beach', 'collection', 'necklace', 'jacket', 'shaped', 'case'], before: ['sea', 'hard', 'soft', 'egg', 'nut', 'turtle', 'conch', 'oyster', 'beach', 'hardshell'] },
  jaguar: { after: ['animal', 'print', 'cat', 'figurine', 'plush'], before: ['black', 'baby', 'wild'] },
};

/**
 * Words a brand name never stands for: when an ambiguous brand's own name (not a longer alias) is one of these,
 * only the page's brand field or seller name can say the listing is that brand's. Why: "On" (the Swiss running
 * brand) is the preposition in nearly every title ("on sale", "slip on").
 */
export const FUNCTION_WORDS = new Set([
  'on', 'in', 'at', 'to', 'by', 'it', 'we', 'us', 'go', 'up', 'me', 'my', 'so', 'no', 'do', 'be', 'of', 'or', 'if',
  'an', 'as', 'is', 'the', 'and', 'for', 'you', 'all', 'new', 'one', 'any', 'off', 'out', 'get', 'set', 'top', 'hot',
]);

/**
 * Common words within one edit of a brand name: never read as a misspelled brand. Why: near-miss matching
 * ("Guchi" → Gucci) must not turn "carrier" into Cartier, "channel" into Chanel, "Tyson" into Dyson, "prado" into
 * Prada. tests/lib/brands/matcher.test.ts checks the words seen in the corpus titles against the real brand data.
 */
export const COMMON_WORDS = new Set([
  // German, French, Spanish, Italian words seen near brand names in shop titles.
  'mittel', 'mittlere', 'kleine', 'grosse', 'cartes', 'carte', 'carta', 'pradera', 'donna', 'nuova', 'nuovo', 'rosso',
  'carrier', 'carriers', 'channel', 'channels', 'couch', 'guest', 'guests', 'beads', 'beast', 'bears', 'beams', 
  'heats', 'seats', 'tyson', 'prado', 'fender', 'fenders', 'pumps', 'homes', 'herpes', 'heroes', 'cartel', 'carter',
  'cartridge', 'sonic', 'sonny', 'sunny', 'samsun', 'cannon', 'range', 'ranger', 'rangers',
  'lever', 'lenses', 'latest', 'lacrosse', 'diary', 'dairy', 'rolled', 'roller', 'roles', 
  'mega', 'casino', 'cassis', 'seize', 'seine', 'cashew', 'coaches', 'poach', 'roach', 'prime',
  'prize', 'price', 'pride', 'grade', 'guard', 'guide', 'fends', 'fended', 'tiffin', 
  'spring', 'sprint', 'string', 'strong', 'stripe', 'bottle', 'battle', 'cartoon', 'carton', 'cotton', 'button',
  'barton', 'balance', 'ballance', 'valance', 'versa', 'verse', 'versus', 'reverse', 'hermit', 'hermits',
  'lucky', 'luck', 'champ', 'champs', 'panel', 'panels', 'camel', 'camels',
  'mouse', 'moose', 'house', 'horse', 'loose', 'goose', 'geese', 'canada', 'candle', 'candy', 'sandy', 'dandy',
  'bolts', 'boots', 'booty', 'beauty', 'bounty', 'plush', 'flush', 'brush', 'crush', 'shell', 'smell', 'spell',
  'switch', 'stitch', 'sketch', 'watch', 'watches', 'match', 'matches', 'patch', 'patches', 'batch',
  'quartz', 'quarts', 'sports', 'shorts', 'short', 'skirt', 'shirt', 'shirts', 'tommy', 'timmy', 'tammy', 'jimmy',
  'kings', 'kingdom', 'dragon', 'wagon', 'salmon', 'sallow', 'marvel', 'marble', 'mantel', 'mantle',
  'levels', 'label', 'labels', 'cable', 'cables', 'table', 'tables', 'stable', 'fable', 'gable', 'sable', 'maple',
  'mabel', 'hazel', 'hansel', 'ansel', 'angel', 'angels', 'anger', 'ranger', 'danger', 'manger', 'hanger', 'hangers',
  'singer', 'finger', 'ginger', 'linger', 'longer', 'lounge', 'orange', 'oranges', 'arrange', 'change', 'chance',
  'france', 'prance', 'trance', 'dance', 'lance', 'stance', 'glance', 'planet', 'plant', 'plants', 'slant', 'giant',
  'saint', 'paint', 'faint', 'point', 'joint', 'print', 'prints', 'printer', 'pointer', 'painter', 'winter', 'writer',
  'water', 'waiter', 'later', 'latter', 'letter', 'better', 'bitter', 'butter', 'batter', 'hitter', 'sitter', 'litter',
  'glitter', 'twitter', 'tinder', 'timber', 'number', 'lumber', 'bumper', 'jumper', 'jumpers', 'camper', 'hamper',
  'pamper', 'damper', 'dampen', 'golden', 'goldie', 'silver', 'sliver', 'silk', 'nylon', 'denim', 'linen', 'leather',
  'feather', 'weather', 'heather', 'mother', 'other', 'brother', 'bother', 'father', 'gather', 'lather', 'rather',
  'solomon', 'oakey', 'bison', 'boson', 'bosom', 'botch', 'beach', 'bench',
  'peach', 'reach', 'teach', 'leach', 'each', 'ranch', 'branch', 'brunch', 'bunch', 'lunch', 'punch', 'hunch',
  'crock', 'crocks', 'frock', 'flock', 'clock', 'clocks', 'block', 'blocks', 'brick', 'bricks', 
  'sanding', 'standing', 'landing', 'lending', 'trading', 'treading', 'reading', 'heading', 'leading',
  'bedding', 'wedding', 'padding', 'adding', 'sledding', 'shedding', 'ample', 'amble', 'maple', 'staple',
  'sample', 'simple', 'dimple', 'temple', 'triple', 'tripe', 'stripes', 'pirate', 'pirates', 'private', 'primate',
  'pilot', 'pilots', 'piglet', 'pallet', 'palette', 'ballet', 'bullet', 'wallet', 'wallets', 'mallet', 'valet',
  'camera', 'cameras', 'career', 'careers', 'caterer', 'carter', 'charter', 'chatter', 'chapter',
  'hubcap', 'tissue', 'tissues', 'patio', 'radio', 'ratio', 'audio', 'studio',
  'parade', 'parody', 'party', 'pasta', 'panda', 'pandas', 'handa',
  'hondas', 'fonda', 'ronda', 'rhonda', 'wanda', 'amanda', 'mandy', 'randy', 'rangy', 'mangos',
  'tango', 'tangle', 'jungle', 'jingle', 'single', 'singles', 'shingle', 'mingle', 'bangle', 'bangles', 'angle',
  'angles', 'dangle', 'spangle', 'beagle', 'eagle', 'eagles', 'bagel', 'bagels', 'beetle', 'betel', 'bezel', 'bezels',
  'easel', 'weasel', 'vessel', 'tassel', 'tassels', 'hassle', 'castle', 'cattle', 'kettle', 'settle',
  'nestle', 'nettle', 'little', 'brittle', 'bristle', 'whistle', 'thistle', 'missile', 'tonsil', 'pencil',
  'stencil', 'council', 'counsel', 'mousse', 'moussy', 'massey', 'messy', 'missy', 'mossy', 'bossy', 'glossy',
  'lotion', 'motion', 'notion', 'potion', 'option', 'ocean', 'oceans', 'clean', 'cleaner', 'gleaner', 'planer',
  'planner', 'scanner', 'spanner', 'banner', 'manner', 'tanner', 'dinner', 'winner', 'inner', 'runner',
  'runners', 'gunner', 'stunner', 'sunner', 'summer', 'simmer', 'hammer', 'glamour', 'clamour', 'armour', 'armor',
  'amour', 'humor', 'tumor', 'rumor', 'minor', 'manor', 'major', 'mayor', 'razor', 'laser', 'lasers', 'loser',
  'poser', 'boxer', 'boxers', 'mixer', 'fixer', 'taser', 'eraser', 'grazer', 'glazer', 'blazer', 'blazers', 
]);

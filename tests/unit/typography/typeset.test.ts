import { describe, expect, it } from 'vitest';
import { keepCompoundsWhole, typeset, typesetSpans, typesetTitle } from '@/lib/text/typography';

/** No-break space (U+00A0) and narrow no-break space (U+202F), spelled out so each expectation shows which one. */
const NB = '\u00A0';
const NN = '\u202F';

const fr = (text: string) => typeset(text, 'fr');
const en = (text: string) => typeset(text, 'en');

describe('typeset, French: a narrow no-break space before ; ! ?', () => {
  it('replaces the space the editor typed', () => {
    expect(fr('Quelle hausse ! Vraiment ? Oui ; c’est ça.')).toBe(
      `Quelle hausse${NN}! Vraiment${NN}? Oui${NN}; c’est ça.`,
    );
  });

  it('adds one where none was typed, once before a run of marks', () => {
    expect(fr('Quelle hausse! Vraiment?! Oui;')).toBe(`Quelle hausse${NN}! Vraiment${NN}?! Oui${NN};`);
  });

  it('turns a no-break or thin space typed before the mark into the narrow one', () => {
    expect(fr(`hausse${NB}! hausse\u2009?`)).toBe(`hausse${NN}! hausse${NN}?`);
  });

  it('leaves marks that follow an opening bracket, or sit inside a word', () => {
    expect(fr('(?) et (!) et a?b')).toBe('(?) et (!) et a?b');
  });
});

describe('typeset, French: a no-break space before :', () => {
  it('replaces the space typed, or adds one before a colon that ends a clause', () => {
    expect(fr('Il a dit : oui')).toBe(`Il a dit${NB}: oui`);
    expect(fr('cette association: la suite')).toBe(`cette association${NB}: la suite`);
    expect(fr('plus global:')).toBe(`plus global${NB}:`);
  });

  it('leaves times and ratios alone', () => {
    expect(fr('à 18:30, un score de 2:1')).toBe('à 18:30, un score de 2:1');
  });
});

describe('typeset, French: narrow no-break spaces inside « »', () => {
  it('replaces the spaces typed or adds them', () => {
    expect(fr('« bonjour » et «salut»')).toBe(`«${NN}bonjour${NN}» et «${NN}salut${NN}»`);
  });

  it('keeps nested guillemets as the editor typed them', () => {
    expect(fr('« un projet « smart city » ici »')).toBe(`«${NN}un projet «${NN}smart city${NN}» ici${NN}»`);
  });

  it('does not turn other quotation marks into guillemets', () => {
    expect(fr('"cité" et “ville”')).toBe('"cité" et “ville”');
  });
});

describe('typeset, French: digits grouped by thousands with a narrow no-break space', () => {
  it('groups running numbers, and regroups those typed with an ordinary or no-break space', () => {
    expect(fr('licencier 6000 personnes')).toBe(`licencier 6${NN}000${NB}personnes`);
    expect(fr('former 200 000 personnes')).toBe(`former 200${NN}000${NB}personnes`);
    expect(fr(`soit 1 500${NB}000 euros`)).toBe(`soit 1${NN}500${NN}000${NB}euros`);
    expect(fr('dans 165000 foyers')).toBe(`dans 165${NN}000${NB}foyers`);
    expect(fr('un total de 12345,67 €')).toBe(`un total de 12${NN}345,67${NB}€`);
  });

  it('leaves years alone, unless money or a percentage follows', () => {
    expect(fr('depuis 1997, en 2015, jusqu’en 2100.')).toBe('depuis 1997, en 2015, jusqu’en 2100.');
    expect(fr('en 2015 les ventes')).toBe(`en 2015${NB}les ventes`);
    expect(fr('pour 1500 € ou 1500 euros')).toBe(`pour 1${NN}500${NB}€ ou 1${NN}500${NB}euros`);
  });

  it('leaves codes alone: postcodes, ISBN, phone numbers, numbers after n°', () => {
    expect(fr('au 75001 Paris')).toBe(`au 75001${NB}Paris`);
    for (const text of [
      'code postal 75001.',
      'ISBN 978-2-07-036822-8 ou ISBN 9782070368228',
      'appeler le 01 45 67 89 00, le 0612345678 ou le +33612345678',
      'le dossier n° 123456 et le vol AF1234',
      'le lien example.org/123456 et la version 10.12345',
    ]) {
      expect(fr(text)).toBe(text);
    }
  });

  it('leaves the decimals of a number alone', () => {
    expect(fr('π vaut 3,14159.')).toBe('π vaut 3,14159.');
  });
});

describe('typeset, French: a number keeps its unit', () => {
  it('binds a number to the word that follows it', () => {
    expect(fr('Cisco va investir 100 millions de dollars')).toBe(`Cisco va investir 100${NB}millions de dollars`);
    expect(fr('environ 88 millions d’euros')).toBe(`environ 88${NB}millions d’euros`);
    expect(fr('3,5 milliards')).toBe(`3,5${NB}milliards`);
  });

  it('binds a currency sign with a no-break space and a percent sign with a narrow one, as CLDR’s French does', () => {
    expect(fr('100 $, 100 millions $, 100$ et 15 % ou 15%')).toBe(
      `100${NB}$, 100${NB}millions${NB}$, 100${NB}$ et 15${NN}% ou 15${NN}%`,
    );
  });

  it('leaves a currency sign written before the number', () => {
    expect(fr('un budget de $100')).toBe('un budget de $100');
  });
});

describe('typeset, French: the editor’s characters', () => {
  it('turns a straight apostrophe between letters into ’', () => {
    expect(fr("l'État aujourd'hui")).toBe('l’État aujourd’hui');
  });

  it('keeps ellipses, dashes, fractions, (c) and double spaces as typed', () => {
    const text = 'Et puis... rien -- ou - presque (c) 1/2 10 x 5 != 4  fois';
    expect(fr(text)).toBe(text.replace('10 x', `10${NB}x`));
  });

  it('never touches addresses, e-mail addresses, handles, hashtags or entities written as text', () => {
    expect(fr('Voir https://example.org/a?b=1:2;c=3 ! x@example.fr : @Cisco ! #FrenchTech ? &amp; :')).toBe(
      `Voir https://example.org/a?b=1:2;c=3${NN}! x@example.fr${NB}: @Cisco${NN}! #FrenchTech${NN}? &amp;${NB}:`,
    );
    expect(fr('pic.twitter.com/1VBPzLVls1 : www.example.org ; example.org/6000?')).toBe(
      `pic.twitter.com/1VBPzLVls1${NB}: www.example.org${NN}; example.org/6000?`,
    );
  });

  it('writes characters, never HTML entities or tags', () => {
    expect(fr('A & B < C > D ! "E"')).toBe(`A & B < C > D${NN}! "E"`);
  });

  it('gives the same text when run twice', () => {
    const text = 'Il a dit « bonjour » : 200 000 personnes, 6000 salariés, 100 millions $ et 15 % ! Non ?';
    expect(fr(fr(text))).toBe(fr(text));
  });

  it('applies to every regional French', () => {
    expect(typeset('Oui !', 'fr-CA')).toBe(`Oui${NN}!`);
  });
});

describe('typeset, English', () => {
  it('adds no French spaces, groups no digits and leaves quotation marks as typed', () => {
    expect(en('Really? Yes! Note: 6000 people; « fine »')).toBe(`Really? Yes! Note: 6000${NB}people; « fine »`);
  });

  it('curls the apostrophe and binds a number to its word', () => {
    expect(en("It's 100 million dollars")).toBe(`It’s 100${NB}million dollars`);
  });

  it('keeps the space an editor typed before a mark', () => {
    expect(en('Really ?')).toBe('Really ?');
  });
});

describe('typeset, other languages', () => {
  it('changes nothing: their rules differ and are not known here', () => {
    expect(typeset("Es ist 6000 Euro: ja! Geht's?", 'de')).toBe("Es ist 6000 Euro: ja! Geht's?");
  });
});

describe('typesetTitle: no break after a short compound’s hyphen', () => {
  it('sets short compounds apart as nowrap pieces, and typesets the rest', () => {
    expect(typesetTitle('Cisco va investir 100 millions de dollars dans des start-up françaises', 'fr')).toEqual([
      { text: `Cisco va investir 100${NB}millions de dollars dans des `, nowrap: false },
      { text: 'start-up', nowrap: true },
      { text: ' françaises', nowrap: false },
    ]);
  });

  it('keeps compounds of up to 12 characters whole, and lets longer ones break', () => {
    expect(keepCompoundsWhole('un e-mail, un porte-parole à Saint-Germain-des-Prés')).toEqual([
      { text: 'un ', nowrap: false },
      { text: 'e-mail', nowrap: true },
      { text: ', un ', nowrap: false },
      { text: 'porte-parole', nowrap: true },
      { text: ' à Saint-Germain-des-Prés', nowrap: false },
    ]);
  });

  it('gives one piece to a title without a compound', () => {
    expect(typesetTitle('Une hausse !', 'fr')).toEqual([{ text: `Une hausse${NN}!`, nowrap: false }]);
  });
});

describe('typesetSpans: one sentence across inline markup', () => {
  it('sees words through markup and puts an added space outside it', () => {
    const spans = [
      { value: '« ', depth: 0 },
      { value: 'smart city', depth: 1 },
      { value: ' » pour 100 ', depth: 0 },
      { value: 'millions', depth: 1 },
      { value: '!', depth: 0 },
    ];
    expect(typesetSpans(spans, 'fr')).toEqual([`«${NN}`, 'smart city', `${NN}» pour 100${NB}`, 'millions', `${NN}!`]);
  });

  it('gives a space added next to code to the text, and never changes the code', () => {
    const spans = [
      { value: 'le code ', depth: 0 },
      { value: 'a : b', opaque: true, depth: 0 },
      { value: ': fin', depth: 0 },
    ];
    expect(typesetSpans(spans, 'fr')).toEqual(['le code ', 'a : b', `${NB}: fin`]);
  });
});

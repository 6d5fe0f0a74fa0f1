import { typesetTitle } from '@/lib/text/typography';

export interface TypesetTitleProps {
  text: string;
  lang: string;
}

/** A headline in its language's typography, its short compounds (start-up) never broken at the hyphen. */
export function TypesetTitle({ text, lang }: TypesetTitleProps) {
  return (
    <>
      {typesetTitle(text, lang).map((piece, index) =>
        piece.nowrap ? (
          <span key={index} className="nowrap">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

import { describe, expect, it } from 'vitest';
import { countsPrintingAs, keyQuestionFigure } from '../../src/rules/key-question-figure.js';

const kq = {
  id: '2.1.3',
  text: 'Does assessment sufficiently analyse how to keep other people safe?',
  prompts: [],
};

describe('a published percentage with its sample size recovers the counts when only one count fits', () => {
  it('38% of 8 is 3 of 8', () => {
    expect(keyQuestionFigure(kq, { percent: 38, of: 8 }, []).figure).toMatchObject({
      yes: 3,
      of: 8,
      countsRecovered: true,
    });
  });
  it('for samples up to 100 every printed percentage has exactly one count', () => {
    for (let of = 1; of <= 100; of++)
      for (let yes = 0; yes <= of; yes++) {
        const percent = Math.floor((200 * yes + of) / (2 * of));
        expect(countsPrintingAs(percent, of)).toEqual([yes]);
      }
  });
  it('with more than 100 cases two counts can print alike, and the counts stay unknown', () => {
    expect(countsPrintingAs(50, 201)).toEqual([100, 101]);
    expect(keyQuestionFigure(kq, { percent: 50, of: 201 }, []).figure).toMatchObject({
      percent: 50,
      of: 201,
      countsRecovered: false,
    });
    expect(keyQuestionFigure(kq, { percent: 50, of: 201 }, []).figure?.yes).toBeUndefined();
  });
  it('a percentage no count can give is refused', () => {
    expect(keyQuestionFigure(kq, { percent: 64, of: 8 }, ['k']).issues[0]?.code).toBe(
      'inconsistent-percent',
    );
  });
  it('a bare percentage that is not whole is refused: published figures are whole', () => {
    expect(keyQuestionFigure(kq, { percent: 62.5 }, ['k']).issues[0]?.code).toBe('invalid-percent');
  });
});

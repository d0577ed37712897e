export const ratingScores = [1, 2, 3, 4, 5] as const;
export type RatingScore = (typeof ratingScores)[number];

/** Each score's words, so a screen reader (and anyone) knows what 1 and 5 mean. */
export const scoreLabelKeys = {
  1: 'support.rating.score1',
  2: 'support.rating.score2',
  3: 'support.rating.score3',
  4: 'support.rating.score4',
  5: 'support.rating.score5',
} as const satisfies Record<RatingScore, string>;

export function isRatingScore(value: unknown): value is RatingScore {
  return typeof value === 'number' && (ratingScores as readonly number[]).includes(value);
}

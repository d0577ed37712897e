import { en, Faker, generateMersenne53Randomizer } from '@faker-js/faker';

/**
 * The seed's one source of randomness: faker for names and text, and cheap draws from the same seeded
 * stream for the tens of millions of numbers an order book needs (faker's option objects cost more than
 * the draw itself there). Same seed, same sequence of calls, same data.
 */
export type Random = {
  faker: Faker;
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the choices, each as likely as its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
};

export function createRandom(seed: number): Random {
  const randomizer = generateMersenne53Randomizer();
  randomizer.seed(seed);
  const faker = new Faker({ locale: [en], randomizer });
  const next = () => randomizer.next();
  return {
    faker,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    weighted: <T>(choices: readonly (readonly [T, number])[]) => {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      let point = next() * total;
      for (const [value, weight] of choices) {
        point -= weight;
        if (point < 0) return value;
      }
      return (choices[choices.length - 1] as readonly [T, number])[0];
    },
  };
}

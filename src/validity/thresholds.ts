/**
 * How far a scenario may give its answers away, in one place. A learner who
 * ignores the customer and picks options by their look (the longest, the
 * warmest, the one with a question) is guessing; the evidence an assessor signs
 * off must not be something guessing produces.
 */
export const VALIDITY_LIMITS = {
  /**
   * The largest share of attempts any blind strategy (random, or a surface cue
   * such as length) may pass in one scenario. One in fifty is chance-level for
   * an assessment of eight or more decisions with critical criteria; above it,
   * a learner retrying blindly would pass within a lesson.
   */
  maxBlindPassShare: 0.02,
  /**
   * In one scenario, the best option may be the longest in at most half of the
   * option sets: beyond that, "pick the longest" beats reading the customer.
   */
  maxLongestBestShareScenario: 0.5,
  /**
   * Across the library, the best option may be the longest in at most 40% of
   * option sets (with three options, one in three is what chance gives).
   */
  maxLongestBestShareLibrary: 0.4,
  /** Across the library, the best option may be at least twice as long as every other in at most 5% of option sets. */
  maxTwiceLongShareLibrary: 0.05,
  /**
   * Across the library, no blind strategy's mean score may beat random guessing's by more than this many
   * percentage points. A strategy can gain marks without passing; a steady gain means its cue still works
   * (overcorrecting, so the best option is rarely the longest, makes "never the longest" such a cue).
   */
  maxMeanGainOverRandom: 10,
  /** Random attempts per scenario; seeded, so every run reports the same figures. */
  randomAttempts: 1000,
  /** Attempts per cue strategy: ties between equally cued options are broken at random, so each is a distribution too. */
  cueAttempts: 200,
  /** A blind player gives up after this many turns (a scenario with a loop could otherwise run for ever). */
  maxTurns: 300,
} as const;

/** A figure of a draft that disagrees with the data or with its own arithmetic. */
export interface DraftFinding {
  /** The sentence it stands in, as written. */
  sentence: string;
  /** What the draft prints ("32%"). */
  found: string;
  /** What it should print ("31,2%"). */
  expected: string;
  /** Why, in Vietnamese. */
  reason: string;
  targetId?: string;
}

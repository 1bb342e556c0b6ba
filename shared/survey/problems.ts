/**
 * What can be wrong with a survey file or its mapping, as data: each problem names the
 * file's row (1 = the header row, as a spreadsheet numbers it) and column (1 = A) where
 * it has one. The UI words them through the `survey` catalogue.
 */
export type SurveyProblem =
  /** No cells at all. */
  | { kind: 'empty' }
  /** Headers but no data row. */
  | { kind: 'noRows' }
  | { kind: 'tooLarge'; rows: number; columns: number }
  /** A quote opened and never closed (or a stray quote inside a field). */
  | { kind: 'quotes'; row: number }
  | { kind: 'headerEmpty'; row: number; column: number }
  | { kind: 'headerDuplicate'; row: number; column: number; header: string }
  | { kind: 'cellTooLong'; row: number; column: number; header: string }
  /** The mapping names a column the file does not have. */
  | { kind: 'headerMissing'; header: string }
  /** Text where a number belongs. */
  | { kind: 'notANumber'; row: number; column: number; header: string; value: string }
  /** An answer outside 1..scale (or importance points outside 0..100). */
  | { kind: 'outOfScale'; row: number; column: number; header: string; value: string; min: number; max: number }
  /** Nothing mapped: no statement has its expectation and perception columns. */
  | { kind: 'noStatements' };

/** Problems beyond this many are summarised: a user fixes the first ones first. */
export const MAX_PROBLEMS = 20;

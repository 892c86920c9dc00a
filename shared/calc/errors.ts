/**
 * The one error the engine throws: the caller asked for something the plan does not hold.
 * A valid plan never makes the engine throw; its messages are Swedish because they reach people.
 */
export class CalcError extends Error {
  override readonly name = 'CalcError';
}

/**
 * A small evaluator of ServiceNow encoded queries for unit tests of the gate (on the platform,
 * `GlideFilter.checkRecord` does this). It knows the documented `^` (AND), `^OR` (OR, binding
 * tighter than AND), `^NQ` (new query, OR of whole queries) and the operators `=`, `!=`, `IN`,
 * `NOT IN`, `STARTSWITH`, `LIKE`, `ISEMPTY`, `ISNOTEMPTY`; anything else throws instead of
 * guessing, so a test never passes on a query the double did not understand.
 */
export const encodedQueryMatcher =
  (values: Record<string, string>) =>
  (query: string): boolean =>
    query
      .split('^NQ')
      .some((part) => part.split(/\^(?!OR)/).every((and) => and.split('^OR').some((term) => matchTerm(values, term))));

const OPERATORS = ['ISNOTEMPTY', 'ISEMPTY', 'NOT IN', 'STARTSWITH', 'LIKE', 'IN', '!=', '='] as const;

const matchTerm = (values: Record<string, string>, term: string): boolean => {
  const match = /^([a-z_][a-z0-9_.]*)(.*)$/.exec(term.trim());
  if (!match) throw new Error(`not an encoded query term: ${JSON.stringify(term)}`);
  const [, field, rest] = match as unknown as [string, string, string];
  const operator = OPERATORS.find((op) => rest.startsWith(op));
  if (!operator) throw new Error(`operator not known to the test double: ${JSON.stringify(term)}`);
  const operand = rest.slice(operator.length);
  const value = values[field] ?? '';
  switch (operator) {
    case 'ISNOTEMPTY':
      return value !== '';
    case 'ISEMPTY':
      return value === '';
    case 'NOT IN':
      return !operand.split(',').includes(value);
    case 'IN':
      return operand.split(',').includes(value);
    case 'STARTSWITH':
      return value.startsWith(operand);
    case 'LIKE':
      return value.toLowerCase().includes(operand.toLowerCase());
    case '!=':
      return value !== operand;
    case '=':
      return value === operand;
  }
};

/** A value now, or later. The receiver runs the same steps over both, so ServiceNow needs no Promise. */
export type MaybePromise<T> = T | PromiseLike<T>;

const isPromiseLike = <T>(value: MaybePromise<T>): value is PromiseLike<T> =>
  value !== null &&
  (typeof value === 'object' || typeof value === 'function') &&
  typeof (value as { then?: unknown }).then === 'function';

/** Runs `next` on the value, at once when it is there, after it resolves when it is a promise. */
export const chain = <T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> =>
  isPromiseLike(value) ? value.then(next) : next(value);

/** Runs `step`; a throw or a rejection goes to `onError`, a value to `onValue`. */
export const attempt = <T, R>(
  step: () => MaybePromise<T>,
  onValue: (value: T) => MaybePromise<R>,
  onError: (error: unknown) => MaybePromise<R>,
): MaybePromise<R> => {
  let value: MaybePromise<T>;
  try {
    value = step();
  } catch (error) {
    return onError(error);
  }
  return isPromiseLike(value) ? value.then(onValue, onError) : onValue(value);
};

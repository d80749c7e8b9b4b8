/** A bad input: its one-line message names the input, the value and what is allowed. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** An error the user can act on; the CLI prints its message and exits with its code (2: usage, config or input). */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}

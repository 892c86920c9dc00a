// A file the open gate refuses: one Swedish sentence that says why.
export class RefusedFile extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedFile';
  }
}

// A file the command cannot use, with what to do about it (Indonesian and English). In a module
// of its own so that the command's main thread can name it without loading the reader (exceljs)
// and the engine: only the checking worker needs those (issue 11 item 6).
export class InputError extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(id);
  }
}

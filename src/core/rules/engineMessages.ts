// The messages the engine itself writes, beside the rules' own (./messages): a rule that failed on
// a table (./runRules), a column that was probably misread and the note that names a mistake's
// consequences (./precision). Their ids are the engine's: no rule declares them.
import type { Pesan } from "../indicators";

export const ENGINE_MESSAGES = {
  ruleFailed: {
    id: "Aturan {{rule}} gagal memeriksa tabel ini ({{why}}); aturan lain tetap dijalankan. Laporkan ke pengembang Cermat IKU bersama buku kerjanya bila bisa.",
    en: "The rule {{rule}} failed on this table ({{why}}); the other rules still ran. Please report it to the Cermat IKU developers, with the workbook if you can.",
  },
  columnMisread: {
    id: 'Kolom {{letter}} ("{{header}}"): {{count}} dari {{valued}} baris tidak cocok dengan aturan ini, jadi kolom ini tampaknya bukan "{{role}}" seperti yang dibaca, atau seluruh kolom memakai cara hitung lain. Periksa peran kolom ini (di panel: Tabel dan kolom). Contoh baris {{row}}: {{example}}',
    en: 'Column {{letter}} ("{{header}}"): {{count}} of {{valued}} rows break this rule, so the column is probably not "{{role}}" as read, or the whole column follows another method. Check this column\'s role (in the pane: Tables and columns). Example, row {{row}}: {{example}}',
  },
  /** Appended to the finding of the cell that causes the others (its own message comes first). */
  consequences: {
    id: "{{message}} Kesalahan ini juga membuat {{where}} tidak cocok; sel itu benar lagi setelah sel ini diperbaiki.",
    en: "{{message}} This mistake also makes {{where}} disagree; they agree again once this cell is corrected.",
  },
  /**
   * Appended to an error on a typed cell whose column's formula gives the value the error expects:
   * hardcoded-value's warning on the same cell is then no second finding (./precision, `satuSel`).
   */
  satuSelKetik: {
    id: "{{message}} Sel lain di kolom ini memakai rumus; di sel ini rumusnya {{formula}}.",
    en: "{{message}} The column's other cells hold a formula; here it is {{formula}}.",
  },

  /** One consequence reached through a typed copy on the row, in the list of `consequences`. */
  throughCopy: {
    id: "{{cell}} (lewat {{copies}}: ubah juga)",
    en: "{{cell}} (through {{copies}}: correct it too)",
  },
} as const satisfies Record<string, Pesan>;

export type EngineMessageId = keyof typeof ENGINE_MESSAGES;

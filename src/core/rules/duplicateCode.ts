// duplicate-code: the same program / kegiatan / sub kegiatan code twice in one table. Codes
// identify budget lines: a repeated code double-counts its Rp in every sum by code and usually
// hides a typo (seed Kota Blitar Tabel 6.1: a sub kegiatan of 1.06.01.2.08 printed 1.06.01.2.02,
// the code of kegiatan Administrasi Keuangan). The later row is reported, naming the first one.
// Not counted: header rows repeated after a page break (the detector leaves them out of the
// body), rows without a code (second indicators of a coded row), a code repeated on the rows
// right below it for further indicators of the same item (name blank or the same), urusan /
// bidang section rows repeated after a page break, and codes written in two forms of one code
// (1.06.01.02.01 and 1.06.01.2.01 are the same and do count as a duplicate).
import { toA1 } from "../grid";
import { norm } from "../detect/text";
import type { Rule, RuleFinding } from "./types";
import { kodeBaris, kolomNamaKode, tingkatKode } from "./kodeKepmendagri";
import type { KodeBaris } from "./kodeKepmendagri";
import { textAt } from "./values";

const INDUK = { "sub-kegiatan": "kegiatan", kegiatan: "program" } as const;

/** Is this code's nearest parent above (its kegiatan, its program) one it does not extend? */
function diLuarInduk(kodes: readonly KodeBaris[], k: KodeBaris): boolean {
  const t = tingkatKode(k.kunci);
  if (t !== "sub-kegiatan" && t !== "kegiatan") return false;
  const i = kodes.indexOf(k);
  for (let j = i - 1; j >= 0; j--)
    if (tingkatKode(kodes[j].kunci) === INDUK[t]) return !k.kunci.startsWith(`${kodes[j].kunci}.`);
  return false;
}

export const duplicateCode: Rule = {
  id: "duplicate-code",
  severity: "error",
  description: {
    id: "Kode program/kegiatan/sub kegiatan yang sama muncul dua kali dalam satu tabel.",
    en: "The same programme/kegiatan/sub kegiatan code appears twice in one table.",
  },
  example: {
    id: "Kode 1.06.01.2.02 dipakai dua kali dalam satu tabel.",
    en: "Code 1.06.01.2.02 used twice in one table.",
  },
  howToFix: {
    id: "Perbaiki salah satu kode, atau hapus baris yang terulang.",
    en: "Correct one of the codes, or remove the repeated row.",
  },
  messages: {
    usedBefore: {
      id: "Kode {{code}} sudah dipakai di {{firstCell}}{{firstName}}{{written}}. Satu kode hanya untuk satu program/kegiatan/sub kegiatan: perbaiki salah satunya, atau hapus baris yang terulang.",
      en: "The code {{code}} is already used in {{firstCell}}{{firstName}}{{written}}. A code belongs to one programme/kegiatan/sub kegiatan only: correct one of them, or remove the repeated row.",
    },
  },
  check(table, ctx) {
    const g = ctx.grid;
    const kodes = kodeBaris(table, g);
    if (kodes.length === 0) return [];
    const kodeCol = table.columns.find((c) => c.role === "kode")?.col;
    const noCol = table.columns.find((c) => c.role === "no")?.col;
    const col = kodeCol ?? noCol ?? table.range.c1;
    // the name of the program / kegiatan: the first free-text column right of the code
    const nameCol =
      kodeCol !== undefined
        ? table.columns.find((c) => c.col > kodeCol && c.role === "lainnya")?.col
        : undefined;
    const namaCol = kolomNamaKode(table);
    const nama = (k: KodeBaris): string => norm(textAt(g, k.row.row, namaCol));
    // row -> index in table.rows, built when a code first comes again (most codes come once)
    let pos: Map<number, number> | undefined;
    const posisi = (): Map<number, number> => {
      if (!pos) {
        pos = new Map();
        table.rows.forEach((r, i) => pos!.set(r.row, i));
      }
      return pos;
    };

    const out: RuleFinding[] = [];
    // per code its first row, its latest, and the row whose name the rows it heads carry (read
    // only when a code comes again): one entry per code
    const kode = new Map<string, { first: KodeBaris; last: KodeBaris; rantai: KodeBaris }>();
    for (const k of kodes) {
      const ada = kode.get(k.kunci);
      if (!ada) {
        kode.set(k.kunci, { first: k, last: k, rantai: k });
        continue;
      }
      const prev = ada.last;
      ada.last = k;
      const orig = ada.first;
      // the next body row after the previous one with this code, with the same name, no name, or
      // no name column at all: a further indicator of the same item
      const next = (posisi().get(prev.row.row) ?? -2) + 1 === posisi().get(k.row.row);
      if (next && (nameCol === undefined || !nama(k) || nama(k) === nama(ada.rantai))) {
        if (nama(k)) ada.rantai = k;
        continue;
      }
      // an urusan / bidang row repeated after a page break
      if (tingkatKode(k.kunci) === "section" && nama(k) === nama(orig)) continue;
      // the first of the two sits under a parent whose code it does not extend (code-hierarchy
      // names it there, with the code it should have): the later row, in its right place, only
      // echoes that slip (forms-blind38's 8.01.05.1.01.0002 typed under kegiatan 8.01.04.1.01)
      if (diLuarInduk(kodes, orig) && !diLuarInduk(kodes, k)) continue;
      const where = toA1(orig.row.row, col);
      const namaAsli = textAt(g, orig.row.row, namaCol);
      const ket = namaAsli ? ` ("${namaAsli.length > 60 ? `${namaAsli.slice(0, 57)}...` : namaAsli}")` : "";
      const bentuk =
        k.teks !== orig.teks
          ? {
              id: ` (ditulis ${orig.teks} di sana; keduanya kode yang sama)`,
              en: ` (written ${orig.teks} there; both are the same code)`,
            }
          : { id: "", en: "" };
      out.push({
        row: k.row.row,
        col,
        actual: k.teks,
        messageId: "usedBefore",
        data: { code: k.teks, firstCell: where, firstName: ket, written: bentuk },
      });
    }
    return out;
  },
};

// code-hierarchy: codes of program, kegiatan and sub kegiatan that do not nest or do not follow
// the Kepmendagri pattern (050-5889/2021 as amended by 900.1.15.5-1317/2023): urusan 1, bidang
// 1.06, program 1.06.01, kegiatan 1.06.01.2.01, sub kegiatan 1.06.01.2.01.0001 (older tables
// 1.06.01.2.01.01), i.e. ^\d\.\d{2}(\.\d{2}(\.\d\.\d{2}(\.\d{2,4})?)?)?$. A wrong code sends
// the row's budget to another kegiatan in SIPD and breaks every sum by code; seed Kota Blitar
// Tabel 6.1 prints two sub kegiatan of kegiatan 1.06.01.2.08 as 1.06.01.2.02 and 1.06.01.2.04.
// Reported (error), one finding per code cell:
// - a code that does not follow the pattern ("1.06.02.03" for a kegiatan lacks the kegiatan digit);
// - a sub kegiatan whose code does not start with the code of the kegiatan above it, a kegiatan
//   not under the program above it, a program not under the bidang urusan above it; the message
//   suggests the code the row's own number would have there;
// - a code whose depth is not the row's level as its name says ("Sub Kegiatan ..." with a
//   five-part code).
// Accepted with an info, once per table: a zero-padded kegiatan digit (1.06.01.02.01), and
// 2-digit and 4-digit sub kegiatan numbers mixed in one table (either alone is fine). Tables
// whose codes include no program or deeper code that follows the pattern are not read (their
// "1.1", "1.2" are numbering).
import { colToLetters, textOf, toA1 } from "../grid";
import type { Grid } from "../grid";
import type { DetectedTable } from "../detect";
import type { Rule, RuleFinding } from "./types";
import { barisMenurutNomor } from "./values";
import { banyakBagian, kodeBaris, panjangAkhir, tingkatKode } from "./kodeKepmendagri";
import type { KodeBaris } from "./kodeKepmendagri";

type Tingkat = "program" | "kegiatan" | "sub-kegiatan";

const AKUN = /^\d+(\.\d+)+$/;

/**
 * Account codes (an LRA's or a PAD report's kode rekening) that the sheet's own sums put under an
 * account whose code they do not extend: "4.1.20.02" inside "4.1.02"'s SUM (two digits swapped,
 * forms-blind32). The row's place comes from the sums (detect/rows.ts), its code is the mistake.
 */
function akunDiLuarInduk(table: DetectedTable, g: Grid): RuleFinding[] {
  const col = table.columns.find((c) => c.role === "kode")?.col;
  if (col === undefined) return [];
  const out: RuleFinding[] = [];
  for (const r of table.rows) {
    // (the kind first: most rows are no account line, and need no parent looked up)
    if (r.parent === undefined || (r.kind !== "komponen" && r.kind !== "total")) continue;
    const p = barisMenurutNomor(table).get(r.parent);
    if (!p || p.kind !== "total") continue;
    const code = textOf(g.value(r.row, col)).trim();
    const parentCode = textOf(g.value(p.row, col)).trim();
    if (!AKUN.test(code) || !AKUN.test(parentCode) || code.startsWith(`${parentCode}.`)) continue;
    const suggestion = `${parentCode}.${code.split(".").pop()}`;
    out.push({
      row: r.row,
      col,
      messageId: "accountNotUnderParent",
      data: { code, parentCode, parentCell: toA1(p.row, col), suggestion },
    });
  }
  return out;
}

/**
 * Codes split over columns on one row (an SIPD export's Kode Urusan | Bidang | Program | Kegiatan |
 * Sub Kegiatan): each extends the one on its left ("1.02.02.2.03.0011" beside kegiatan
 * "1.02.02.2.02", forms-blind34). The more specific code is named; the suggestion keeps its own
 * last part.
 */
function kodeTerpisah(table: DetectedTable, g: Grid): RuleFinding[] {
  const cols = table.columns.filter((c) => c.role === "kode");
  if (cols.length < 2) return [];
  const out: RuleFinding[] = [];
  for (const r of table.rows) {
    let parent: { code: string; col: (typeof cols)[number] } | undefined;
    for (const c of cols) {
      const code = textOf(g.value(r.row, c.col)).trim();
      if (!AKUN.test(code) && !/^\d+$/.test(code)) continue;
      if (parent && !code.startsWith(`${parent.code}.`)) {
        out.push({
          row: r.row,
          col: c.col,
          messageId: "splitNotUnderParent",
          data: {
            code,
            parentCode: parent.code,
            parentColumn: colToLetters(parent.col.col),
            parentHeader: parent.col.header,
            suggestion: `${parent.code}.${code.split(".").slice(parent.code.split(".").length).join(".")}`,
          },
        });
        break;
      }
      parent = { code, col: c };
    }
  }
  return out;
}

/** English article and noun: "an activity", "a programme". */
function sebuah(noun: string, capital = false): string {
  const a = /^[aeiou]/i.test(noun) ? "an" : "a";
  return `${capital ? a[0].toUpperCase() + a.slice(1) : a} ${noun}`;
}

const NAMA: Record<Tingkat | "bidang", { id: string; en: string }> = {
  bidang: { id: "bidang urusan", en: "bidang urusan (sector)" },
  program: { id: "program", en: "programme" },
  kegiatan: { id: "kegiatan", en: "activity (kegiatan)" },
  "sub-kegiatan": { id: "sub kegiatan", en: "sub-activity (sub kegiatan)" },
};
const BAGIAN: Record<Tingkat, number> = { program: 3, kegiatan: 5, "sub-kegiatan": 6 };
const CONTOH: Record<Tingkat, string> = {
  program: "1.06.01",
  kegiatan: "1.06.01.2.01",
  "sub-kegiatan": "1.06.01.2.01.0001",
};

function tingkatBaris(k: KodeBaris): Tingkat | "section" | undefined {
  const kind = k.row.kind;
  if (kind === "program" || kind === "kegiatan" || kind === "sub-kegiatan") return kind;
  return tingkatKode(k.kunci);
}

/** The ancestor's code followed by the printed code's own last parts: a suggestion, never a fix. */
function saran(kode: KodeBaris, anc: KodeBaris, t: Tingkat): string | undefined {
  const need = BAGIAN[t] - anc.kunci.split(".").length;
  const parts = kode.kunci.split(".");
  if (need <= 0 || parts.length <= need) return undefined;
  return `${anc.kunci}.${parts.slice(parts.length - need).join(".")}`;
}

export const codeHierarchy: Rule = {
  id: "code-hierarchy",
  severity: "error",
  description: {
    id: "Kode program/kegiatan/sub kegiatan yang tidak bersarang di bawah induknya atau tidak mengikuti pola Kepmendagri 050-5889/2021.",
    en: "Programme/kegiatan/sub kegiatan codes that do not nest under their parent or do not follow the Kepmendagri 050-5889/2021 pattern.",
  },
  example: {
    id: "Sub kegiatan 1.06.01.2.02 di bawah kegiatan 1.06.01.2.08.",
    en: "Sub kegiatan 1.06.01.2.02 placed under kegiatan 1.06.01.2.08.",
  },
  howToFix: {
    id: "Perbaiki kode sesuai Kepmendagri 050-5889/2021 atau pindahkan baris ke bawah induk yang benar.",
    en: "Correct the code as Kepmendagri 050-5889/2021 lists it, or move the row under its right parent.",
  },
  otherSeverities: [
    {
      severity: "info",
      when: {
        id: "digit kegiatan dengan nol di depan, atau nomor sub kegiatan 2 dan 4 digit bercampur dalam satu tabel",
        en: "a zero-padded kegiatan digit, or 2- and 4-digit sub kegiatan numbers mixed in one table",
      },
    },
  ],
  messages: {
    offPattern: {
      id: "Kode {{code}} tidak mengikuti pola Kepmendagri 050-5889/2021 (urusan.bidang.program.digit kegiatan.kegiatan.sub kegiatan). Kode {{shapeOf}} berbentuk seperti {{example}}; perbaiki kodenya sesuai Kepmendagri.",
      en: "The code {{code}} does not follow the Kepmendagri 050-5889/2021 pattern (urusan.bidang.programme.kegiatan digit.kegiatan.sub kegiatan). {{shapeOf}} code looks like {{example}}; correct it as the decree lists it.",
    },
    notUnderParent: {
      id: "{{level}} dengan kode {{code}} berada di bawah {{parentLevel}} {{parentCode}} ({{parentCell}}), tetapi kodenya tidak diawali {{parentKey}}. Perbaiki kodenya{{suggestion}} atau pindahkan barisnya ke bawah induk yang benar.",
      en: "The {{level}} coded {{code}} sits under {{parentLevel}} {{parentCode}} ({{parentCell}}), but its code does not start with {{parentKey}}. Correct the code{{suggestion}} or move the row under its right parent.",
    },
    wrongLevel: {
      id: "Baris ini {{level}}, tetapi kode {{code}} berbentuk kode {{codeLevel}}. Kode {{shapeOf}} berbentuk seperti {{example}}; perbaiki kodenya.",
      en: "This row is {{level}}, but the code {{code}} has the shape of {{codeLevel}} code. {{shapeOf}} code looks like {{example}}; correct the code.",
    },
    zeroPadded: {
      id: "Kode {{code}} menulis digit kegiatan dengan nol di depan ({{count}} kode di tabel ini); Kepmendagri menulisnya {{standard}}. Kode tetap dibaca sama; samakan bila dokumen akan diunggah ke SIPD.",
      en: "The code {{code}} zero-pads the kegiatan digit ({{count}} codes in this table); the Kepmendagri form is {{standard}}. It is read as the same code; align it if the document goes into SIPD.",
    },
    splitNotUnderParent: {
      id: "Kode {{code}} tidak diawali kode {{parentCode}} di kolom {{parentColumn}} pada baris yang sama ({{parentHeader}}). Perbaiki kodenya (mungkin {{suggestion}}) atau kode induknya.",
      en: "The code {{code}} does not start with the code {{parentCode}} in column {{parentColumn}} of the same row ({{parentHeader}}). Correct the code (perhaps {{suggestion}}) or its parent's code.",
    },
    accountNotUnderParent: {
      id: "Akun {{code}} dijumlahkan ke akun {{parentCode}} ({{parentCell}}), tetapi kodenya tidak diawali {{parentCode}}. Perbaiki kodenya (mungkin {{suggestion}}) atau pindahkan barisnya ke bawah akun yang benar.",
      en: "Account {{code}} is added into account {{parentCode}} ({{parentCell}}), but its code does not start with {{parentCode}}. Correct the code (perhaps {{suggestion}}) or move the row under its right account.",
    },
    mixedSubDigits: {
      id: "Nomor sub kegiatan di tabel ini bercampur: {{summary}}. Sejak Kepmendagri 050-5889/2021 sub kegiatan bernomor 4 digit (…0001); tabel lama memakai 2 digit. {{code}} memakai {{digits}} digit; seragamkan.",
      en: "Sub kegiatan numbers in this table are mixed: {{summary}}. Since Kepmendagri 050-5889/2021 they have 4 digits (…0001); older tables use 2. {{code}} uses {{digits}}; make them uniform.",
    },
  },
  check(table, ctx) {
    const akun = [...akunDiLuarInduk(table, ctx.grid), ...kodeTerpisah(table, ctx.grid)];
    const kodes = kodeBaris(table, ctx.grid);
    if (kodes.length === 0) return akun;
    const kodeCol = table.columns.find((c) => c.role === "kode")?.col;
    const noCol = table.columns.find((c) => c.role === "no")?.col;
    const colOf = (): number => kodeCol ?? noCol ?? table.range.c1;
    const out: RuleFinding[] = [];
    let bidang: KodeBaris | undefined;
    let program: KodeBaris | undefined;
    let kegiatan: KodeBaris | undefined;
    const nol: KodeBaris[] = [];
    const digitSub = new Map<number, KodeBaris[]>();

    for (const k of kodes) {
      const t = tingkatBaris(k);
      const at = { row: k.row.row, col: colOf() };
      let said: Pick<RuleFinding & { messageId: string }, "messageId" | "data"> | undefined;
      const level = tingkatKode(k.kunci);

      if (!k.baku) {
        const contoh = t && t !== "section" ? CONTOH[t] : "1.06.01.2.01";
        const apa = t && t !== "section" ? NAMA[t] : { id: "kode", en: "code" };
        said = {
          messageId: "offPattern",
          data: { code: k.teks, shapeOf: { id: apa.id, en: sebuah(apa.en, true) }, example: contoh },
        };
      } else if (t && t !== "section") {
        // the nearest ancestor above: kegiatan (under the current program), program, bidang
        const anc =
          t === "sub-kegiatan"
            ? kegiatan && (!program || kegiatan.row.row > program.row.row)
              ? kegiatan
              : (program ?? bidang)
            : t === "kegiatan"
              ? (program ?? bidang)
              : bidang;
        const ancT: Tingkat | "bidang" | undefined = !anc
          ? undefined
          : anc === bidang
            ? "bidang"
            : anc === program
              ? "program"
              : "kegiatan";
        // a parent whose own code is off the pattern is reported itself; its children are not judged by it
        if (
          anc &&
          ancT &&
          anc.baku &&
          !k.kunci.startsWith(`${anc.kunci}.`) &&
          !k.teks.startsWith(`${anc.teks}.`)
        ) {
          const s = saran(k, anc, t);
          const where = toA1(anc.row.row, colOf());
          said = {
            messageId: "notUnderParent",
            data: {
              level: { id: `${NAMA[t].id[0].toUpperCase()}${NAMA[t].id.slice(1)}`, en: NAMA[t].en },
              code: k.teks,
              parentLevel: NAMA[ancT],
              parentCode: anc.teks,
              parentCell: where,
              parentKey: anc.kunci,
              suggestion: s ? { id: ` (mungkin ${s})`, en: ` (perhaps ${s})` } : "",
            },
          };
        } else if (level !== t && level !== undefined) {
          const lv = level === "section" ? { id: "urusan/bidang", en: "urusan/bidang" } : NAMA[level];
          said = {
            messageId: "wrongLevel",
            data: {
              level: { id: NAMA[t].id, en: sebuah(NAMA[t].en) },
              code: k.teks,
              codeLevel: { id: lv.id, en: sebuah(lv.en) },
              shapeOf: { id: NAMA[t].id, en: sebuah(NAMA[t].en, true) },
              example: CONTOH[t],
            },
          };
        } else {
          if (k.nolDepan) nol.push(k);
          if (t === "sub-kegiatan" && level === "sub-kegiatan") {
            const n = panjangAkhir(k.kunci);
            const list = digitSub.get(n) ?? [];
            list.push(k);
            digitSub.set(n, list);
          }
        }
      }
      if (said) out.push({ ...at, actual: k.teks, ...said });

      if (t === "section" && banyakBagian(k.kunci) === 2) {
        bidang = k;
        program = kegiatan = undefined;
      } else if (t === "program") {
        program = k;
        kegiatan = undefined;
      } else if (t === "kegiatan") {
        kegiatan = k;
      }
    }

    if (nol.length > 0) {
      const k = nol[0];
      const baku = k.kunci;
      out.push({
        row: k.row.row,
        col: colOf(),
        severity: "info",
        actual: k.teks,
        messageId: "zeroPadded",
        data: { code: k.teks, count: String(nol.length), standard: baku },
      });
    }
    if (digitSub.size > 1) {
      const groups = [...digitSub.entries()].sort((a, b) => a[1].length - b[1].length);
      const [digits, list] = groups[0];
      const ringkas = groups.map(([d, l]) => `${l.length} kode ${d} digit`).join(", ");
      const summary = groups.map(([d, l]) => `${l.length} with ${d} digits`).join(", ");
      out.push({
        row: list[0].row.row,
        col: colOf(),
        severity: "info",
        actual: list[0].teks,
        messageId: "mixedSubDigits",
        data: { summary: { id: ringkas, en: summary }, code: list[0].teks, digits: String(digits) },
      });
    }
    return out;
  },
};

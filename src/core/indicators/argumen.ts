// Reading the numeric arguments of a calculation with one shared policy, so every function
// answers bad input the same way. Precedence when several arguments are bad:
//   1. text that is not a number, booleans, Excel error text -> 'nilai' (#VALUE!), naming the argument;
//   2. a blank "measured" argument (e.g. realisasi) -> 'kosong': not reported yet;
//   3. a "no data" mark ("-", "NA") -> 'tidak-tersedia' (#N/A);
//   4. a blank "reference" argument (e.g. target, pagu) -> 'tidak-tersedia': fill it in first.
import { formatAngka, parseAngka } from "../numbers";
import type { Angka } from "../numbers";
import { gagal, KOSONG } from "./hasil";
import type { Gagal } from "./hasil";

/** The name of an argument as a user reads it, lower case: { id: "target", en: "target" }. */
export type NamaArgumen = { id: string; en: string };

export type Argumen = {
  nilai: unknown;
  nama: NamaArgumen;
  /** What a blank means for this argument; see the precedence above. */
  jikaKosong: "kosong" | "tidak-tersedia";
};

const EXCEL_ERROR =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function kapital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 'nilai' error for a value that is not a number, phrased for what it actually is. */
export function bukanAngka(input: unknown, text: string, nama: NamaArgumen): Gagal {
  const N = { id: kapital(nama.id), en: kapital(nama.en) };
  if (typeof input === "boolean") {
    return gagal(
      "nilai",
      `${N.id} berisi nilai logika ${text}, bukan angka. Isi ${nama.id} dengan angka, misalnya 84,35.`,
      `${N.en} is the logical value ${text}, not a number. Enter a number for the ${nama.en}, e.g. 84.35.`,
    );
  }
  if (EXCEL_ERROR.test(text.trim())) {
    return gagal(
      "nilai",
      `${N.id} berisi galat Excel ${text}. Perbaiki dulu sel atau rumus sumbernya.`,
      `${N.en} holds the Excel error ${text}. Fix the source cell or formula first.`,
    );
  }
  return gagal(
    "nilai",
    `${N.id} berisi "${text}", bukan angka. Isi ${nama.id} dengan angka (misalnya 84,35 atau 11.653) atau kosongkan selnya.`,
    `${N.en} is "${text}", not a number. Enter a number for the ${nama.en} (e.g. 84,35 or 11.653 in Indonesian format) or leave the cell blank.`,
  );
}

export function tanpaNilai(text: string, nama: NamaArgumen): Gagal {
  return gagal(
    "tidak-tersedia",
    `${kapital(nama.id)} bertanda "${text}" (tidak ada data), jadi hasilnya tidak dapat dihitung. Isi ${nama.id} bila datanya sudah ada.`,
    `${kapital(nama.en)} is marked "${text}" (no data), so the result cannot be computed. Enter the ${nama.en} once the data exists.`,
  );
}

export function kosongWajib(nama: NamaArgumen): Gagal {
  return gagal(
    "tidak-tersedia",
    `${kapital(nama.id)} kosong: isi ${nama.id} dulu.`,
    `${kapital(nama.en)} is blank: fill in the ${nama.en} first.`,
  );
}

/** 'nilai' error for a negative value where only zero or more makes sense. */
export function negatif(value: number, nama: NamaArgumen, alasan: NamaArgumen): Gagal {
  return gagal(
    "nilai",
    `${kapital(nama.id)} bernilai negatif (${formatAngka(value)}): ${alasan.id}. Periksa tanda dan isinya.`,
    `${kapital(nama.en)} is negative (${formatAngka(value)}): ${alasan.en}. Check its sign and content.`,
  );
}

/** Reads all arguments; returns their numbers in order, or the one failure the precedence picks. */
export function bacaArgumen(args: readonly Argumen[]): number[] | Gagal {
  const read: Angka[] = args.map((a) => parseAngka(a.nilai));
  for (let i = 0; i < args.length; i++) {
    const r = read[i] as Angka;
    if (r.kind === "bukan-angka") return bukanAngka(args[i]?.nilai, r.text, (args[i] as Argumen).nama);
  }
  if (args.some((a, i) => a.jikaKosong === "kosong" && read[i]?.kind === "kosong")) return KOSONG;
  for (let i = 0; i < args.length; i++) {
    const r = read[i] as Angka;
    if (r.kind === "tanpa-nilai") return tanpaNilai(r.text, (args[i] as Argumen).nama);
  }
  for (let i = 0; i < args.length; i++) {
    if (read[i]?.kind === "kosong") return kosongWajib((args[i] as Argumen).nama);
  }
  // Every reading is a number now: each other kind returned above.
  return read.map((r) => (r as Extract<Angka, { kind: "angka" }>).value);
}

export function isBacaanGagal(x: number[] | Gagal): x is Gagal {
  return !Array.isArray(x);
}

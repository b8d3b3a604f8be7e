/**
 * Scales that turn a capaian (%) into a predikat. Bounds are checked from the highest down; a value
 * gets the label of the first bound it passes, else `terendah`.
 * - Bounds are exclusive lower bounds ("lebih dari") unless `inklusif` is true ("paling sedikit").
 *
 * Named scales:
 * - 'permendagri86' (default): Permendagri 86/2017 evaluation scale, printed as Sangat Tinggi 91-100,
 *   Tinggi 76-90, Sedang 66-75, Rendah 51-65, Sangat Rendah <= 50. The printed integer bounds leave
 *   gaps (90,5), so they are read half-open: > 90, > 75, > 65, > 50 (docs/domain.md). 90,5 -> Sangat Tinggi,
 *   90 -> Tinggi, 75 -> Sedang; everything above 100 is Sangat Tinggi.
 * - 'lkjip': the same bands with the words many LKjIP use: Sangat Baik, Baik, Cukup, Kurang,
 *   Sangat Kurang.
 * - 'berhasil': four levels as printed by offices that use them: Sangat Berhasil >= 100,
 *   Berhasil >= 75, Cukup Berhasil >= 55, Tidak Berhasil < 55. This scale is printed with
 *   inclusive lower bounds ("100 % ke atas"), so 100 is Sangat Berhasil and 75 is Berhasil.
 *
 * A custom scale is a SkalaPredikat object, or a two-column table as Excel hands it over:
 * [[90, "A"], [75, "B"], [50, "C"], ["", "D"]]: bound and label per row, bounds exclusive, rows in
 * any order; the row with a blank (or "-") bound gives the label below every bound and is required.
 */
import { parseAngka, rapikan } from "../numbers";
import { berhasil, gagal } from "./hasil";
import type { Gagal, Hasil } from "./hasil";
import { tanpaDerau } from "./pembulatan";

export type BatasPredikat = { lebihDari: number; label: string };

export type SkalaPredikat = {
  nama: string;
  /** Highest bound first (parseSkala sorts them). */
  batas: BatasPredikat[];
  terendah: string;
  /** true: a value equal to a bound belongs to the band above it (>=). Default false (>). */
  inklusif?: boolean;
};

export type NamaSkala = "permendagri86" | "lkjip" | "berhasil";

const band = (
  labels: [string, string, string, string, string],
): Pick<SkalaPredikat, "batas" | "terendah"> => ({
  batas: [
    { lebihDari: 90, label: labels[0] },
    { lebihDari: 75, label: labels[1] },
    { lebihDari: 65, label: labels[2] },
    { lebihDari: 50, label: labels[3] },
  ],
  terendah: labels[4],
});

export const SKALA_PREDIKAT: Readonly<Record<NamaSkala, SkalaPredikat>> = {
  permendagri86: {
    nama: "permendagri86",
    ...band(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]),
  },
  lkjip: { nama: "lkjip", ...band(["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]) },
  berhasil: {
    nama: "berhasil",
    batas: [
      { lebihDari: 100, label: "Sangat Berhasil" },
      { lebihDari: 75, label: "Berhasil" },
      { lebihDari: 55, label: "Cukup Berhasil" },
    ],
    terendah: "Tidak Berhasil",
    inklusif: true,
  },
};

/**
 * The quality grade (mutu pelayanan) of a public satisfaction survey, PermenPANRB 14/2017: the
 * IKM / nilai interval konversi 25-100 graded A 88,31-100, B 76,61-88,30, C 65,00-76,60,
 * D 25,00-64,99. Not a capaian scale (it grades a survey score), so it is not among the named
 * scales of SKALA_PREDIKAT that a planner picks for capaian; predikat-mismatch uses it where a
 * table grades survey scores. Its words (Sangat Baik .. Tidak Baik) are `SKALA_IKM_KINERJA`.
 */
export const SKALA_IKM: SkalaPredikat = {
  nama: "IKM (PermenPANRB 14/2017)",
  batas: [
    { lebihDari: 88.3, label: "A" },
    { lebihDari: 76.6, label: "B" },
    { lebihDari: 64.99, label: "C" },
  ],
  terendah: "D",
};
export const SKALA_IKM_KINERJA: SkalaPredikat = {
  ...SKALA_IKM,
  batas: SKALA_IKM.batas.map((b, i) => ({ ...b, label: ["Sangat Baik", "Baik", "Kurang Baik"][i] })),
  terendah: "Tidak Baik",
};

/** Every label of a scale, highest band first. */
export function labelSkala(skala: SkalaPredikat): string[] {
  return [...skala.batas.map((b) => b.label), skala.terendah];
}

/** The label of a value on a scale (bounds compared without float noise). */
export function labelPredikat(nilai: number, skala: SkalaPredikat): string {
  const v = tanpaDerau(nilai);
  for (const b of skala.batas) {
    if (skala.inklusif ? v >= b.lebihDari : v > b.lebihDari) return b.label;
  }
  return skala.terendah;
}

/** A scale from a name, a SkalaPredikat or a two-column table; undefined for a blank (use the default). */
export function parseSkala(x: unknown): Hasil<SkalaPredikat> | undefined {
  if (x === null || x === undefined) return undefined;
  if (typeof x === "string") return rapikan(x) === "" ? undefined : skalaBernama(x);
  if (Array.isArray(x)) return skalaTabel(x);
  if (typeof x === "object") return skalaObjek(x as Record<string, unknown>);
  return salahSkala(`Skala "${String(x)}" tidak dikenal.`, `Unknown scale "${String(x)}".`);
}

function salahSkala(id: string, en: string): Gagal {
  const names = Object.keys(SKALA_PREDIKAT).join(", ");
  return gagal(
    "nilai",
    `${id} Pakai salah satu nama skala (${names}) atau tabel dua kolom: batas dan label, dengan satu baris berbatas kosong untuk label terendah.`,
    `${en} Use a scale name (${names}) or a two-column table of bound and label, with one row with a blank bound for the lowest label.`,
  );
}

function skalaBernama(x: string): Hasil<SkalaPredikat> {
  const key = rapikan(x)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  const s = (SKALA_PREDIKAT as Record<string, SkalaPredikat>)[key];
  return s ? berhasil(s) : salahSkala(`Skala "${x}" tidak dikenal.`, `Unknown scale "${x}".`);
}

function skalaTabel(rows: unknown[]): Hasil<SkalaPredikat> {
  const batas: BatasPredikat[] = [];
  let terendah: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row))
      return salahSkala("Tabel skala harus dua kolom.", "A scale table needs two columns.");
    if (row.every((c) => parseAngka(c).kind === "kosong")) continue; // blank rows of a selection
    if (row.length < 2 || row.slice(2).some((c) => parseAngka(c).kind !== "kosong")) {
      return salahSkala(
        `Baris ${i + 1} tabel skala tidak dua kolom.`,
        `Row ${i + 1} of the scale table is not two columns.`,
      );
    }
    const label = teksLabel(row[1]);
    if (label === undefined) {
      return salahSkala(
        `Baris ${i + 1} tabel skala tidak berlabel.`,
        `Row ${i + 1} of the scale table has no label.`,
      );
    }
    const bound = parseAngka(row[0]);
    if (bound.kind === "angka") {
      batas.push({ lebihDari: bound.value, label });
    } else if (bound.kind === "bukan-angka") {
      return salahSkala(
        `Batas baris ${i + 1} ("${bound.text}") bukan angka.`,
        `The bound of row ${i + 1} ("${bound.text}") is not a number.`,
      );
    } else if (terendah !== undefined) {
      return salahSkala(
        "Tabel skala punya lebih dari satu baris berbatas kosong.",
        "The scale table has more than one row with a blank bound.",
      );
    } else {
      terendah = label;
    }
  }
  if (terendah === undefined) {
    return salahSkala(
      "Tabel skala tidak punya baris berbatas kosong untuk label terendah.",
      "The scale table has no row with a blank bound for the lowest label.",
    );
  }
  return skalaValid({ nama: "kustom", batas, terendah });
}

function teksLabel(x: unknown): string | undefined {
  if (typeof x === "number" && Number.isFinite(x)) return String(x);
  if (typeof x !== "string") return undefined;
  const t = rapikan(x);
  return t === "" ? undefined : t;
}

function skalaObjek(o: Record<string, unknown>): Hasil<SkalaPredikat> {
  const { nama, batas, terendah, inklusif } = o;
  const ok =
    typeof nama === "string" &&
    nama.trim() !== "" &&
    typeof terendah === "string" &&
    terendah.trim() !== "" &&
    (inklusif === undefined || typeof inklusif === "boolean") &&
    Array.isArray(batas) &&
    batas.every(
      (b: unknown) =>
        typeof b === "object" &&
        b !== null &&
        typeof (b as BatasPredikat).lebihDari === "number" &&
        Number.isFinite((b as BatasPredikat).lebihDari) &&
        typeof (b as BatasPredikat).label === "string" &&
        (b as BatasPredikat).label.trim() !== "",
    );
  if (!ok) return salahSkala("Objek skala tidak lengkap.", "The scale object is incomplete.");
  const s: SkalaPredikat = { nama, batas: (batas as BatasPredikat[]).map((b) => ({ ...b })), terendah };
  if (inklusif !== undefined) s.inklusif = inklusif;
  return skalaValid(s);
}

function skalaValid(s: SkalaPredikat): Hasil<SkalaPredikat> {
  if (s.batas.length === 0) {
    return salahSkala("Skala tidak punya batas satu pun.", "The scale has no bounds.");
  }
  const sorted = [...s.batas].sort((a, b) => b.lebihDari - a.lebihDari);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as BatasPredikat).lebihDari === (sorted[i - 1] as BatasPredikat).lebihDari) {
      return salahSkala(
        `Batas ${(sorted[i] as BatasPredikat).lebihDari} muncul dua kali di skala.`,
        `The bound ${(sorted[i] as BatasPredikat).lebihDari} appears twice in the scale.`,
      );
    }
  }
  return berhasil({ ...s, batas: sorted });
}

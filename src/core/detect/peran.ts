// One table of the column roles of the report contract (docs/desain.md, "Column roles"): what each
// role's cells hold and how it is named to people. The `Role` type and every set of roles the
// detector, the rules and the pane use are derived from it, so a new role is added here once.

export type SifatPeran = {
  /**
   * What its cells hold: numbers (targets, amounts, ratios), words (names, units, notes), a grade
   * (predikat: a word that stands for a number), or nothing known.
   */
  isi: "angka" | "teks" | "predikat" | "lainnya";
  /** An amount of money (Rp). */
  uang?: true;
  /** Takes a year, quarter, semester or "s.d." from its header (docs/desain.md, "Periods"). */
  tahunan?: true;
  /** A value in the indicator's own unit: a percentage there is a share and stays within 0-100. */
  nilaiIndikator?: true;
  /** Labels the row (its number, code or name): a header that opens a table starts with one. */
  label?: true;
  /** The role as people read it in messages and the pane. */
  nama: { id: string; en: string };
};

export const PERAN = {
  no: { isi: "teks", label: true, nama: { id: "nomor", en: "number" } },
  kode: { isi: "teks", label: true, nama: { id: "kode", en: "code" } },
  tujuan: { isi: "teks", label: true, nama: { id: "tujuan", en: "goal" } },
  sasaran: { isi: "teks", label: true, nama: { id: "sasaran", en: "objective" } },
  indikator: { isi: "teks", label: true, nama: { id: "indikator", en: "indicator" } },
  definisi: { isi: "teks", nama: { id: "definisi", en: "definition" } },
  rumus: { isi: "teks", nama: { id: "rumus", en: "formula" } },
  satuan: { isi: "teks", nama: { id: "satuan", en: "unit" } },
  polaritas: { isi: "teks", nama: { id: "polaritas", en: "polarity" } },
  "kondisi-awal": { isi: "angka", nilaiIndikator: true, nama: { id: "kondisi awal", en: "baseline" } },
  target: { isi: "angka", tahunan: true, nilaiIndikator: true, nama: { id: "target", en: "target" } },
  realisasi: {
    isi: "angka",
    tahunan: true,
    nilaiIndikator: true,
    nama: { id: "realisasi", en: "realisation" },
  },
  capaian: { isi: "angka", tahunan: true, nama: { id: "capaian", en: "achievement" } },
  predikat: { isi: "predikat", nama: { id: "predikat", en: "rating" } },
  "kondisi-akhir": {
    isi: "angka",
    nilaiIndikator: true,
    nama: { id: "kondisi akhir", en: "final condition" },
  },
  anggaran: { isi: "angka", uang: true, tahunan: true, nama: { id: "anggaran", en: "budget" } },
  "realisasi-anggaran": {
    isi: "angka",
    uang: true,
    tahunan: true,
    nama: { id: "realisasi anggaran", en: "budget realisation" },
  },
  pertumbuhan: { isi: "angka", nama: { id: "pertumbuhan", en: "growth" } },
  "penanggung-jawab": { isi: "teks", nama: { id: "penanggung jawab", en: "responsible unit" } },
  "sumber-data": { isi: "teks", nama: { id: "sumber data", en: "data source" } },
  lokasi: { isi: "teks", nama: { id: "lokasi", en: "location" } },
  keterangan: { isi: "teks", nama: { id: "keterangan", en: "remarks" } },
  lainnya: { isi: "lainnya", nama: { id: "lainnya", en: "other" } },
} as const satisfies Record<string, SifatPeran>;

/** Column roles of the report contract. */
export type Role = keyof typeof PERAN;

/** Every role, in the order of the table (the pane's role menu). */
export const ROLES = Object.keys(PERAN) as Role[];

const sifat = (r: Role): SifatPeran => PERAN[r];
const peranYang = (p: (s: SifatPeran) => boolean): ReadonlySet<Role> =>
  new Set(ROLES.filter((r) => p(sifat(r))));

/** Roles whose cells are numbers. */
export const NUMERIC_ROLES = peranYang((s) => s.isi === "angka");
/** Roles that hold words, never amounts, even when the header carries a year (a grade included). */
export const TEXT_ROLES = peranYang((s) => s.isi === "teks" || s.isi === "predikat");
/** Roles of words that are no grade: a formula in them is not compared with its neighbours'. */
export const PROSE_ROLES = peranYang((s) => s.isi === "teks");
/** Money roles (Rp). */
export const MONEY_ROLES = peranYang((s) => !!s.uang);
/** Roles that take a year, quarter, semester or "s.d." from the header. */
export const YEAR_ROLES = peranYang((s) => !!s.tahunan);
/** Roles whose value is in the indicator's own unit (a percentage there stays within 0-100). */
export const INDICATOR_VALUE_ROLES = peranYang((s) => !!s.nilaiIndikator);
/** Roles that label a row: a header that opens a table starts with one. */
export const LABEL_ROLES = peranYang((s) => !!s.label);

/** A plan's roles, in K and in Rp: what a realisation is measured against. */
export const PLAN_ROLES: ReadonlySet<Role> = new Set<Role>(["target", "anggaran"]);

/** The role's name for messages and the pane. */
export function namaPeran(role: Role, lang: "id" | "en"): string {
  return sifat(role).nama[lang];
}

/**
 * T-C.27's "Kondisi kinerja pada akhir periode > Rp": the final condition in money, the sum of the
 * period's yearly Rp (kondisi-akhir-mismatch's identity), not an indicator's value.
 */
export const kondisiAkhirRupiah = (c: { role: Role; ukuran?: "K" | "Rp" }): boolean =>
  c.role === "kondisi-akhir" && c.ukuran === "Rp";

/** A money header that says it was paid out: "Penyaluran Dana BPDPKS (Rp)", "Dana Tersalur". */
export const UANG_TERSALUR = /\b(penyaluran|pencairan|disalurkan|tersalur|dicairkan|realisasi)\b/;

/**
 * kondisiAkhir: the "Kondisi Akhir (periode Renstra)" of a run of yearly values, by the kind of
 * quantity (docs/domain.md, "Konsolidasi"; Permendagri 86/2017 forms T-C.27 and the tujuan/sasaran tables):
 * - akhir (default): the last non-blank value, for rates, percentages, indices and stocks.
 *   Kota Blitar Renstra Tabel 4.2: Persentase PMKS targets 7,40 7,26 7,15 7,04 -> 7,04; Persentase
 *   fakir miskin yang berdaya 0,66 2,32 2,77 3,24 -> 3,24. Buleleng Tabel 2.2.1: Persentase
 *   penduduk miskin 5,15 4,9 4,8 4,6 -> 4,6. A text like "A (85,08)" gives its score, 85,08.
 * - jumlah: the sum, for flows, money (Rp is always the sum of the years) and yearly increments.
 * - rata-rata: the mean.
 * metode names the kind used. Blank cells are skipped (trailing blanks are years not planned yet);
 * all blank -> 'kosong'. "-" or "NA" -> 'tidak-tersedia' when it is the last value (akhir) or
 * anywhere (jumlah, rata-rata: a known missing year would silently shrink the total).
 * A 2-D block of several rows and columns -> 'nilai'.
 */
import { tanpaNilai } from "./argumen";
import { bacaDeret } from "./deret";
import { berhasil, gagal, KOSONG } from "./hasil";
import type { Gagal, Hasil } from "./hasil";
import { pilih } from "./pilihan";

export type JenisKondisiAkhir = "akhir" | "jumlah" | "rata-rata";

const JENIS: Record<string, JenisKondisiAkhir> = {
  akhir: "akhir",
  "nilai akhir": "akhir",
  terakhir: "akhir",
  last: "akhir",
  jumlah: "jumlah",
  total: "jumlah",
  sum: "jumlah",
  "rata-rata": "rata-rata",
  "rata rata": "rata-rata",
  ratarata: "rata-rata",
  rerata: "rata-rata",
  mean: "rata-rata",
  average: "rata-rata",
};

const ke = (i: number) => ({ id: `nilai ke-${i + 1}`, en: `value no. ${i + 1}` });

export function kondisiAkhir(nilai: unknown, jenis?: JenisKondisiAkhir): Hasil {
  const j = bacaJenis(jenis);
  if (typeof j !== "string") return j;
  // rules ask for every row: a run of plain numbers and blanks is read without building a run
  const cepat = Array.isArray(nilai) ? angkaSaja(nilai, j) : undefined;
  if (cepat) return cepat;
  const deret = bacaDeret(nilai, { id: "nilai", en: "value" });
  if (!Array.isArray(deret)) return deret;

  if (j === "akhir") {
    for (let i = deret.length - 1; i >= 0; i--) {
      const d = deret[i];
      if (d?.kind === "angka") return berhasil(d.value, "akhir");
      if (d?.kind === "tanpa-nilai") return tanpaNilai(d.text, ke(i));
    }
    return KOSONG;
  }

  let total = 0;
  let count = 0;
  for (let i = 0; i < deret.length; i++) {
    const d = deret[i];
    if (d?.kind === "tanpa-nilai") return tanpaNilai(d.text, ke(i));
    if (d?.kind === "angka") {
      total += d.value;
      count++;
    }
  }
  if (count === 0) return KOSONG;
  return berhasil(j === "jumlah" ? total : total / count, j);
}

/** The same result for a run of finite numbers and blanks only; undefined for anything else. */
function angkaSaja(nilai: readonly unknown[], j: JenisKondisiAkhir): Hasil | undefined {
  let last: number | undefined;
  let total = 0;
  let count = 0;
  for (let i = 0; i < nilai.length; i++) {
    const v = nilai[i];
    if (v === null || v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
    // (as parseAngka reads it: -0 is 0)
    last = v === 0 ? 0 : v;
    total += last;
    count++;
  }
  if (count === 0) return KOSONG;
  if (j === "akhir") return berhasil(last as number, "akhir");
  return berhasil(j === "jumlah" ? total : total / count, j);
}

function bacaJenis(x: unknown): JenisKondisiAkhir | Gagal {
  // the rules' own kinds, as pilih reads them (asked for every row: no tidying, no lookup)
  if (x === "akhir" || x === "jumlah" || x === "rata-rata") return x;
  const j = pilih(x, JENIS);
  if (j === undefined) return "akhir";
  if (j !== null) return j;
  return gagal(
    "nilai",
    `Jenis kondisi akhir "${String(x)}" tidak dikenal. Tulis akhir (nilai tahun terakhir: persentase, indeks, stok), jumlah (aliran, uang) atau rata-rata.`,
    `Unknown kind of final condition "${String(x)}". Use akhir (last year's value: rates, indices, stocks), jumlah (flows, money) or rata-rata (mean).`,
  );
}

// Shared reading for the two year-on-year changes (penurunan, pertumbuhan): the current value
// blank -> 'kosong'; the previous one blank -> 'tidak-tersedia'; negatives refused, because a
// negative base flips the sign of the percentage and counts or money are never negative.
import { bacaArgumen, isBacaanGagal, kapital, negatif } from "./argumen";
import type { NamaArgumen } from "./argumen";
import { gagal } from "./hasil";
import type { Gagal } from "./hasil";

export const SEBELUM: NamaArgumen = { id: "nilai tahun sebelumnya", en: "previous year's value" };
export const SESUDAH: NamaArgumen = { id: "nilai tahun berjalan", en: "current year's value" };

const HANYA_POSITIF = {
  id: "persentase perubahan hanya bermakna untuk jumlah atau nilai yang tidak negatif",
  en: "a percentage change only makes sense for counts or values that are not negative",
};

export function bacaPerubahan(sebelum: unknown, sesudah: unknown): [number, number] | Gagal {
  const args = bacaArgumen([
    { nilai: sebelum, nama: SEBELUM, jikaKosong: "tidak-tersedia" },
    { nilai: sesudah, nama: SESUDAH, jikaKosong: "kosong" },
  ]);
  if (isBacaanGagal(args)) return args;
  const [a, b] = args as [number, number];
  if (a < 0) return negatif(a, SEBELUM, HANYA_POSITIF);
  if (b < 0) return negatif(b, SESUDAH, HANYA_POSITIF);
  if (a === 0) return basisNol(SEBELUM);
  return [a, b];
}

export function basisNol(nama: NamaArgumen): Gagal {
  return gagal(
    "bagi-nol",
    `${kapital(nama.id)} bernilai 0, jadi persentase perubahannya tidak dapat dihitung (pembagian dengan nol). Laporkan selisihnya saja.`,
    `${kapital(nama.en)} is 0, so the percentage change cannot be computed (division by zero). Report the difference instead.`,
  );
}

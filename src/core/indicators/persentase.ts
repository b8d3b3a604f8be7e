/**
 * persentase: pembilang / penyebut x 100, the "rumus" of most IKU ("Jumlah ... / Jumlah ... x 100%",
 * Kota Blitar Tabel 4.1/4.2; Buleleng Tabel 2.2.1: PMKS yang tertangani / PMKS yang ada x 100%).
 * Kota Blitar Tabel 2.3.2, Persentase PMKS terlatih 2018: 1.092 / 6.212 -> 17,58.
 * Errors: pembilang blank -> 'kosong'; penyebut blank, "-" or "NA" -> 'tidak-tersedia'; negative
 * counts -> 'nilai'; penyebut 0 -> 'bagi-nol'. A share above 100 is returned as computed.
 */
import { bacaArgumen, isBacaanGagal, negatif } from "./argumen";
import { berhasil, gagal } from "./hasil";
import type { Hasil } from "./hasil";

const PEMBILANG = { id: "pembilang", en: "numerator" };
const PENYEBUT = { id: "penyebut", en: "denominator" };
const JUMLAH = { id: "jumlah tidak boleh negatif", en: "a count cannot be negative" };

export function persentase(pembilang: unknown, penyebut: unknown): Hasil {
  const args = bacaArgumen([
    { nilai: pembilang, nama: PEMBILANG, jikaKosong: "kosong" },
    { nilai: penyebut, nama: PENYEBUT, jikaKosong: "tidak-tersedia" },
  ]);
  if (isBacaanGagal(args)) return args;
  const [a, b] = args as [number, number];
  if (a < 0) return negatif(a, PEMBILANG, JUMLAH);
  if (b < 0) return negatif(b, PENYEBUT, JUMLAH);
  if (b === 0) {
    return gagal(
      "bagi-nol",
      "Penyebut 0: persentase tidak dapat dihitung. Periksa jumlah pada penyebut.",
      "The denominator is 0: the percentage cannot be computed. Check the denominator count.",
    );
  }
  return berhasil((a / b) * 100);
}

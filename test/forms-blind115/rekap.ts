// A sector recap of the Dinas Sosial of Kabupaten Wawolesea Raya (Sulawesi Tenggara): PKH coverage of the
// DTKS and the bantuan pangan daerah per kecamatan in 2024, with pagu, realisasi, sisa and serapan, a
// number row with its identities and a JUMLAH row of SUM formulas. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

type Kec = { id: string; nama: string; dtks: number; pkh: number; kk: number; pagu: number; real?: number };

/** Rp 150,000 a month for twelve months per KK */
export const PAKET = 1_800_000;

export function rekapBansosWawolesea(): BookW {
  const b = new BookW(
    "rekap-pkh-bantuan-pangan-per-kecamatan-wawolesea-raya-2024.xlsx",
    "rekap bansos per kecamatan (Dinas Sosial kabupaten)",
    "Rekap 2024 of the Dinas Sosial Kabupaten Wawolesea Raya: No | Kecamatan | KK Miskin DTKS | 'Program Keluarga Harapan' > KPM PKH | Cakupan PKH thd DTKS (%) | 'Bantuan Pangan Daerah' > KK Penerima | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | Serapan (%); number row 1 .. '5 = 4/3 x 100', '9 = 7 - 8', '10 = 8/7 x 100'; JUMLAH row of SUM formulas and ratios of the totals",
  );
  const S = "Rekap Bansos 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAWOLESEA RAYA",
    "DINAS SOSIAL",
    "Bidang Perlindungan dan Jaminan Sosial",
  ]);
  s.lines([
    "REKAPITULASI PENERIMA PKH DAN PENYALURAN BANTUAN PANGAN DAERAH PER KECAMATAN",
    "TAHUN ANGGARAN 2024 (posisi 31 Desember 2024)",
  ]);
  s.gap();
  const kec: Kec[] = [
    { id: "c1", nama: "Wawolesea", dtks: 2_184, pkh: 1_126, kk: 412, pagu: 756_000_000 },
    { id: "c2", nama: "Lasolo Pantai", dtks: 1_652, pkh: 903, kk: 318, pagu: 576_000_000 },
    { id: "c3", nama: "Molawe Utara", dtks: 1_208, pkh: 571, kk: 236, pagu: 432_000_000 },
    // planted: realisasi typed 621,000,000 (340 x 1,800,000 = 612,000,000) above the pagu
    { id: "c4", nama: "Tinobu Raya", dtks: 1_795, pkh: 964, kk: 340, pagu: 615_600_000, real: 621_000_000 },
    { id: "c5", nama: "Sambandete", dtks: 987, pkh: 448, kk: 175, pagu: 324_000_000 },
    { id: "c6", nama: "Routa Tengah", dtks: 1_341, pkh: 682, kk: 254, pagu: 468_000_000 },
  ];
  for (const k of kec) if (k.kk * PAKET > k.pagu) throw new Error(`rekap ${k.id}`);
  const totKk = sum(kec.map((k) => k.kk));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 18 },
    { key: "dtks", head: ["Jumlah KK Miskin dalam DTKS"], role: "lainnya", num: 3, fmt: INT, width: 12 },
    {
      key: "pkh",
      head: ["Program Keluarga Harapan", "KPM PKH (KK)"],
      role: "realisasi",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 12,
    },
    {
      key: "cak",
      head: ["Program Keluarga Harapan", "Cakupan thd DTKS (%)"],
      role: "capaian",
      year: 2024,
      num: "5 = 4/3 x 100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "kk",
      head: ["Bantuan Pangan Daerah", "KK Penerima"],
      role: "realisasi",
      year: 2024,
      num: 6,
      fmt: INT,
      width: 11,
    },
    {
      key: "pagu",
      head: ["Bantuan Pangan Daerah", "Pagu (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 16,
    },
    {
      key: "real",
      head: ["Bantuan Pangan Daerah", "Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
      width: 16,
    },
    {
      key: "sisa",
      head: ["Bantuan Pangan Daerah", "Sisa (Rp)"],
      role: "lainnya",
      num: "9 = 7 - 8",
      fmt: RP,
      width: 14,
    },
    {
      key: "ser",
      head: ["Bantuan Pangan Daerah", "Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "10 = 8/7 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const rows: Row[] = [
    ...kec.map((k, i): Row => ({
      id: k.id,
      cells: (c) => ({
        no: i + 1,
        kec: k.nama,
        dtks: k.dtks,
        pkh: k.pkh,
        cak: fx(`ROUND(${c.a("pkh")}/${c.a("dtks")}*100,2)`),
        kk: k.kk,
        pagu: k.pagu,
        real: k.real ?? k.kk * PAKET,
        sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
        ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
      }),
    })),
    {
      id: "tot",
      bold: true,
      span: ["no", "kec"],
      cells: (c) => {
        const col = (k: string) => `SUM(${c.a(k, "c1")}:${c.a(k, "c6")})`;
        return {
          no: "JUMLAH",
          dtks: fx(col("dtks")),
          pkh: fx(col("pkh")),
          cak: fx(`ROUND(${c.a("pkh")}/${c.a("dtks")}*100,2)`),
          // planted: typed total, 1,553 for 1,735
          kk: 1_553,
          pagu: fx(col("pagu")),
          real: fx(col("real")),
          sisa: fx(col("sisa")),
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        };
      },
    },
  ];
  if (totKk !== 1_735) throw new Error("rekap kk");
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: DTKS Kemensos (penetapan November 2024), SIKS-NG; realisasi menurut SP2D Bantuan Pangan Daerah.",
    "Bantuan pangan daerah: Rp 150.000 per KK per bulan selama 12 bulan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Wawolesea, 10 Januari 2025",
    jabatan: ["Kepala Bidang Perlindungan dan Jaminan Sosial,"],
    nama: "WA ODE NURHAYATI, S.ST.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19850317 201001 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "c4") },
        { sheet: S, cell: a("ser", "c4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Tinobu Raya: realisasi 621,000,000 above its pagu of 615,600,000 (serapan 100.88 %, sisa -5,400,000); 340 KK x Rp 1,800,000 is 612,000,000",
    truth: `${a("kk", "c4")}*${PAKET}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kk", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH KK penerima bantuan pangan is a typed 1,553 among SUM formulas; the six kecamatan add up to 1,735",
    truth: `SUM(${a("kk", "c1")}:${a("kk", "c6")})`,
  });
  for (const k of kec) {
    b.ok({
      sheet: S,
      cell: a("cak", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("pkh", k.id)}/${a("dtks", k.id)}*100,2)`,
    });
    if (k.id === "c4") continue;
    b.ok({
      sheet: S,
      cell: a("ser", k.id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a("real", k.id)}/${a("pagu", k.id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("sisa", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("pagu", k.id)}-${a("real", k.id)}`,
    });
  }
  for (const k of ["dtks", "pkh", "pagu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "c1")}:${a(k, "c6")})` });
  // the total coverage is the ratio of the totals, not the mean of the kecamatan percentages
  b.ok({
    sheet: S,
    cell: a("cak", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("pkh", "tot")}/${a("dtks", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("cak", "c1")}:${a("cak", "c6")}),2)`,
  });
  return b.finish();
}

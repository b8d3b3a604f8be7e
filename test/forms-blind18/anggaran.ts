// A budget absorption report by program with the four quarters of a Dinas Perhubungan in Kalimantan
// Utara (river ports and a pioneer airport): pagu after the amendment, realisation per triwulan,
// total, sisa, penyerapan and physical progress. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { rt } from "./common";

type PIn = { id: string; kode: string; nama: string; pagu: number; tw: number[]; fisik: number; ket: string };

/** Laporan realisasi fisik dan keuangan per program 2024, Dinas Perhubungan Kabupaten Sebuku Hilir. */
export function serapanSebuku(): BookW {
  const b = new BookW(
    "serapan-tw-dishub-sebukuhilir.xlsx",
    "Serapan report by program with quarters",
    "Laporan realisasi fisik dan keuangan per program TA 2024 (Dinas Perhubungan): No | Kode | Program | Pagu Anggaran Perubahan (Rp) | 'Realisasi Keuangan per Triwulan (Rp)' > TW I | TW II | TW III | TW IV | Total Realisasi (Rp) | Sisa Anggaran (Rp) | Penyerapan (%) | Progres Fisik (%) | Keterangan; number row 1 .. 13 with '9 = 5+6+7+8', '10 = 4-9', '11 = 9/4 x 100'; full rupiah; SUM, difference and ROUND formulas; JUMLAH row",
  );
  const S = "Serapan TA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEBUKU HILIR",
    "DINAS PERHUBUNGAN",
    "Jl. Pelabuhan Sungai No. 4, Sebuku Hilir - Kalimantan Utara",
  ]);
  s.lines([
    "LAPORAN REALISASI FISIK DAN KEUANGAN PER PROGRAM",
    "TAHUN ANGGARAN 2024 (s.d. 31 Desember 2024)",
  ]);
  s.gap();
  const progs: PIn[] = [
    {
      id: "p1",
      kode: "2.15.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      pagu: 8_426_750_000,
      tw: [1_684_200_500, 2_096_418_250, 2_047_380_000, 2_311_946_900],
      fisik: 100,
      ket: "-",
    },
    {
      id: "p2",
      kode: "2.15.02",
      nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      pagu: 3_215_400_000,
      tw: [312_450_000, 846_720_500, 1_085_300_000, 804_162_000],
      fisik: 97.5,
      ket: "Sisa kontrak pengadaan rambu",
    },
    {
      id: "p3",
      kode: "2.15.03",
      nama: "PROGRAM PENGELOLAAN PELAYARAN",
      pagu: 6_872_300_000,
      tw: [215_600_000, 1_402_875_000, 2_318_940_250, 2_514_307_000],
      fisik: 95.2,
      ket: "Dermaga sungai Desa Tanjung Lapang",
    },
    {
      id: "p4",
      kode: "2.15.04",
      nama: "PROGRAM PENGELOLAAN PENERBANGAN",
      pagu: 1_948_600_000,
      tw: [98_500_000, 412_306_000, 596_218_400, 702_881_600],
      fisik: 96,
      ket: "Bandar udara perintis Long Sebuku",
    },
  ];
  // planted 1: penyerapan of the LLAJ typed among formulas, two digits swapped (94.81 -> 98.41)
  const PLANT_TYPED = { id: "p2", v: 98.41 };
  const RK = "Realisasi Keuangan per Triwulan (Rp)";
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 9 },
    { key: "nama", head: ["Program"], num: 3, width: 40 },
    {
      key: "pagu",
      head: ["Pagu Anggaran Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 17,
    },
    ...TW.map((q, i): Col => ({
      key: `q${i}`,
      head: [RK, q],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5 + i,
      fmt: RP,
      width: 16,
    })),
    {
      key: "tot",
      head: ["Total Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 5+6+7+8",
      fmt: RP,
      width: 17,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], num: "10 = 4-9", fmt: RP, width: 16 },
    {
      key: "pct",
      head: ["Penyerapan (%)"],
      role: "capaian",
      year: 2024,
      num: "11 = 9/4 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "fis", head: ["Progres Fisik (%)"], num: 12, fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 13, width: 24 },
  ];
  const body: Row[] = progs.map((x, i): Row => ({
    id: x.id,
    cells: (c) => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        kode: x.kode,
        nama: x.nama,
        pagu: x.pagu,
        tot: fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
        sisa: fx(`${c.a("pagu")}-${c.a("tot")}`),
        pct: x.id === PLANT_TYPED.id ? PLANT_TYPED.v : fx(rt(c.a("tot"), c.a("pagu"))),
        fis: x.fisik,
        ket: x.ket,
      };
      x.tw.forEach((v, k) => (cells[`q${k}`] = v));
      return cells;
    },
  }));
  const first = progs[0].id;
  const last = progs[progs.length - 1].id;
  body.push({
    id: "jml",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const cells: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["pagu", "q0", "q1", "q2", "q3", "tot", "sisa"])
        cells[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, last)})`);
      // planted 2: the total's penyerapan averages the programs' percentages
      cells.pct = fx(`ROUND(AVERAGE(${c.a("pct", first)}:${c.a("pct", last)}),2)`);
      return cells;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Catatan: Penyerapan (%) = Total Realisasi / Pagu Anggaran Perubahan x 100; Progres Fisik berdasarkan laporan PPTK per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Sebuku Hilir, 10 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN SEBUKU HILIR,"],
    nama: "IMANUEL LADJA BALANG, S.E., M.M.",
    pangkat: "Pembina",
    nip: "19800917 200701 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_TYPED.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Penyerapan of Program LLAJ is a typed 98.41 among ROUND formulas; 3,048,632,500 / 3,215,400,000 gives 94.81 (two digits swapped)",
    truth: rt(a("tot", PLANT_TYPED.id), a("pagu", PLANT_TYPED.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "jml") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Penyerapan of the JUMLAH is =ROUND(AVERAGE(${a("pct", first)}:${a("pct", last)}),2), the programs' percentages averaged (95.44 with the typed 98.41); the total realisasi over the total pagu, 19,450,206,400 / 20,463,050,000, gives 95.05`,
    truth: rt(a("tot", "jml"), a("pagu", "jml")),
  });
  for (const x of progs) {
    b.ok({
      sheet: S,
      cell: a("tot", x.id),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3].map((k) => a(`q${k}`, x.id)).join("+"),
    });
    if (x.id !== PLANT_TYPED.id)
      b.ok({
        sheet: S,
        cell: a("pct", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: rt(a("tot", x.id), a("pagu", x.id)),
      });
  }
  for (const k of ["pagu", "q0", "q1", "q2", "q3", "tot"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: progs.map((x) => a(k, x.id)).join("+"),
    });
  return b.finish();
}

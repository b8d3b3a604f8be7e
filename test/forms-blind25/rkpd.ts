// The E.79 evaluation of the RKPD 2024 of Kabupaten Lubuk Pandan by urusan, as the kabupaten's
// Bappeda sent it to the province: K / Rp pairs for the target, each quarter, the year and the
// capaian; urusan rows whose Rp are SUM formulas over their own programs only; level indicators
// (stunting, air minum, jalan mantap) whose year K is the Triwulan IV value, counts whose year K is
// the sum of the quarters. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { REVIEW, capF, refl, rt } from "./common";

type P = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  tk: number;
  tr: number;
  qk: [number, number, number, number];
  qr: [number, number, number, number];
  level?: boolean;
  neg?: boolean;
  pd: string;
};
type U = { id: string; kode: string; nama: string; progs: P[] };

const Q = ["I", "II", "III", "IV"];

/** E.79 Evaluasi Hasil RKPD Kabupaten Lubuk Pandan Tahun 2024 (s.d. Triwulan IV). */
export function e79LubukPandan(): BookW {
  const b = new BookW(
    "e79-urusan-triwulan-lubukpandan.xlsx",
    "E.79 evaluasi hasil RKPD 2024 per urusan (Kabupaten)",
    "E.79 by urusan: No | Kode | Urusan / Program | Indikator Kinerja Program | Satuan | 'Target RKPD Tahun 2024' > K | Rp | 'Realisasi Kinerja dan Anggaran Triwulan' > I .. IV > K | Rp | 'Realisasi s.d. Triwulan IV Tahun 2024' > K | Rp | 'Tingkat Capaian Kinerja dan Realisasi Anggaran (%)' > K | Rp | Perangkat Daerah; three header rows, number row in pairs 1 .. 11; urusan rows with Rp `SUM` of their programs, JUMLAH over the urusan rows; level indicators' year K `=` the TW IV K, counts `SUM` of the quarters; capaian `ROUND`, the refleksi on stunting",
  );
  const S = "E.79";
  const s = b.sheet(S);
  letterhead(s, [REVIEW, "Lampiran Surat Bappeda Kabupaten Lubuk Pandan Nomor 050/112/Bappeda/2025"]);
  s.lines([
    "Tabel E.79",
    "Evaluasi terhadap Hasil RKPD Kabupaten Lubuk Pandan Tahun 2024",
    "Periode Pelaksanaan: Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const us: U[] = [
    {
      id: "u1",
      kode: "1.02",
      nama: "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
      progs: [
        {
          id: "p11",
          kode: "1.02.02",
          nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
          ind: "Prevalensi balita stunting",
          sat: "%",
          tk: 18.5,
          tr: 18450000000,
          qk: [21.2, 20.4, 19.6, 18.9],
          qr: [2105400000, 4380250000, 5214800000, 5962350000],
          level: true,
          neg: true,
          pd: "Dinas Kesehatan",
        },
        {
          id: "p12",
          kode: "1.02.03",
          nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
          ind: "Jumlah tenaga kesehatan tersertifikasi kompetensi",
          sat: "orang",
          tk: 240,
          tr: 1250000000,
          qk: [35, 60, 70, 85],
          qr: [120500000, 310750000, 355200000, 402600000],
          pd: "Dinas Kesehatan",
        },
      ],
    },
    {
      id: "u2",
      kode: "1.03",
      nama: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
      progs: [
        {
          id: "p21",
          kode: "1.03.03",
          nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
          ind: "Persentase rumah tangga dengan akses air minum layak",
          sat: "%",
          tk: 86,
          tr: 9860000000,
          qk: [84.1, 84.6, 85.3, 86.4],
          qr: [640000000, 2450300000, 3118900000, 3412650000],
          level: true,
          pd: "Dinas PUPR",
        },
        {
          id: "p22",
          kode: "1.03.10",
          nama: "Program Penyelenggaraan Jalan",
          ind: "Persentase jalan kabupaten dalam kondisi mantap",
          sat: "%",
          tk: 72.5,
          tr: 42750000000,
          qk: [68.2, 69.0, 70.4, 71.8],
          qr: [3215600000, 9870450000, 12654300000, 15108750000],
          level: true,
          pd: "Dinas PUPR",
        },
      ],
    },
    {
      id: "u3",
      kode: "3.27",
      nama: "URUSAN PEMERINTAHAN BIDANG PERTANIAN",
      progs: [
        {
          id: "p31",
          kode: "3.27.03",
          nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
          ind: "Luas jaringan irigasi tersier yang direhabilitasi",
          sat: "ha",
          tk: 850,
          tr: 6300000000,
          qk: [0, 210, 345, 320],
          qr: [85000000, 1620400000, 2505700000, 1912350000],
          pd: "Dinas Pertanian",
        },
        {
          id: "p32",
          kode: "3.27.02",
          nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
          ind: "Jumlah kelompok tani penerima bantuan alsintan",
          sat: "kelompok",
          tk: 120,
          tr: 4820000000,
          qk: [0, 45, 40, 30],
          qr: [0, 1450000000, 1980600000, 1208850000],
          pd: "Dinas Pertanian",
        },
      ],
    },
  ];
  const progs = us.flatMap((u) => u.progs);
  // planted 1: the jalan program's year Rp `=SUM(I,K,M)`, the s.d. TW III copy (TW IV left out)
  const PLANT_Y = "p22";
  // planted 2: the pertanian urusan's target Rp typed 11,210,000,000 (6,300,000,000 + 4,820,000,000 = 11,120,000,000)
  const PLANT_U = { id: "u3", v: 11210000000 };
  // planted 3: the stunting capaian K with R / T (102.16); the refleksi gives 97.84
  const PLANT_C = "p11";
  const KR = (
    key: string,
    head: string[],
    num: number,
    rk: Col["role"],
    rr: Col["role"],
    year?: number,
    pct = false,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], role: rk, year, num, fmt: pct ? DEC : undefined, width: 9 },
    { key: `${key}r`, head: [...head, "Rp"], role: rr, year, num, fmt: pct ? DEC : RP, width: pct ? 9 : 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 9 },
    { key: "nama", head: ["Urusan / Program"], num: 3, width: 36 },
    { key: "ind", head: ["Indikator Kinerja Program"], role: "indikator", num: 4, width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
    ...KR("t", ["Target RKPD Tahun 2024"], 6, "target", "anggaran", 2024),
    ...Q.flatMap((q, k) =>
      KR(
        `q${k + 1}`,
        ["Realisasi Kinerja dan Anggaran Triwulan", q],
        7 + k,
        "realisasi",
        "realisasi-anggaran",
      ),
    ),
    ...KR("y", ["Realisasi s.d. Triwulan IV Tahun 2024"], 11, "realisasi", "realisasi-anggaran", 2024),
    ...KR("c", ["Tingkat Capaian Kinerja dan Realisasi Anggaran (%)"], 12, "capaian", "capaian", 2024, true),
    { key: "pd", head: ["Perangkat Daerah"], role: "penanggung-jawab", num: 13, width: 18 },
  ];
  const rsum = (c: (k: string) => string) => `SUM(${c("q1r")},${c("q2r")},${c("q3r")},${c("q4r")})`;
  const rows: Row[] = [];
  let no = 0;
  for (const u of us) {
    rows.push({
      id: u.id,
      bold: true,
      cells: (c) => {
        const out: Record<string, Cell> = { kode: u.kode, nama: u.nama };
        const first = u.progs[0].id;
        const last = u.progs[u.progs.length - 1].id;
        for (const k of ["tr", "q1r", "q2r", "q3r", "q4r", "yr"])
          out[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, last)})`);
        if (u.id === PLANT_U.id) out.tr = PLANT_U.v;
        out.cr = fx(rt(c.a("yr"), c.a("tr")));
        return out;
      },
    });
    for (const p of u.progs) {
      no++;
      const n = no;
      rows.push({
        id: p.id,
        cells: (c) => {
          const f = p.level ? DEC : "#,##0";
          const out: Record<string, Cell> = {
            no: n,
            kode: p.kode,
            nama: p.nama,
            ind: p.ind,
            sat: p.sat,
            tk: fmt(p.tk, f),
            tr: p.tr,
            pd: p.pd,
          };
          p.qk.forEach((v, k) => (out[`q${k + 1}k`] = fmt(v, f)));
          p.qr.forEach((v, k) => (out[`q${k + 1}r`] = v));
          out.yk = p.level
            ? fx(c.a("q4k"), undefined)
            : fx(`SUM(${c.a("q1k")},${c.a("q2k")},${c.a("q3k")},${c.a("q4k")})`);
          out.yr = fx(p.id === PLANT_Y ? `SUM(${c.a("q1r")},${c.a("q2r")},${c.a("q3r")})` : rsum(c.a));
          out.ck = fx(p.id === PLANT_C ? rt(c.a("yk"), c.a("tk")) : capF(p.neg, c.a("yk"), c.a("tk")));
          out.cr = fx(rt(c.a("yr"), c.a("tr")));
          return out;
        },
      });
    }
  }
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "sat"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["tr", "q1r", "q2r", "q3r", "q4r", "yr"])
        out[k] = fx(us.map((u) => c.a(k, u.id)).join("+"));
      out.cr = fx(rt(c.a("yr"), c.a("tr")));
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Keterangan: K = kinerja, Rp = anggaran. Indikator persentase/prevalensi: realisasi tahun = capaian Triwulan IV;",
    "indikator jumlah/luas: realisasi tahun = jumlah Triwulan I s.d. IV. Stunting semakin kecil semakin baik: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Pandan Gadang, 20 Januari 2025",
    jabatan: ["KEPALA BAPPEDA KABUPATEN LUBUK PANDAN,"],
    nama: "ZULKIFLI ANWAR SUTAN PANGERAN, S.E., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19750305 200212 1 006",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("yr", PLANT_Y) },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Rp s.d. Triwulan IV of the Program Penyelenggaraan Jalan is `=SUM(I,K,M)`, the TW IV Rp left out: 25,740,350,000; the four quarters give 40,849,100,000 (95.55 % of the pagu, not 60.21 %)",
    truth: `SUM(${a("q1r", PLANT_Y)},${a("q2r", PLANT_Y)},${a("q3r", PLANT_Y)},${a("q4r", PLANT_Y)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("tr", PLANT_U.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "target Rp of Urusan Pertanian is a typed 11,210,000,000 among SUM formulas; its two programs 6,300,000,000 + 4,820,000,000 give 11,120,000,000 (two digits swapped)",
    truth: `SUM(${a("tr", "p31")}:${a("tr", "p32")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ck", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: "capaian K of the prevalensi balita stunting (lower is better by the note) is `=ROUND(P/F*100,2)` = 102.16 (18.9 / 18.5); (2 x 18.5 - 18.9) / 18.5 gives 97.84",
    truth: refl(a("yk", PLANT_C), a("tk", PLANT_C)),
  });
  for (const p of progs) {
    const qs = [1, 2, 3, 4].map((k) => a(`q${k}k`, p.id)).join(",");
    b.ok({
      sheet: S,
      cell: a("yk", p.id),
      rules: ["sum-mismatch"],
      truth: p.level ? a("q4k", p.id) : `SUM(${qs})`,
      // a level's year is its Triwulan IV value, not the sum of the four quarters
      trap: p.level ? `SUM(${qs})` : undefined,
    });
    if (p.id !== PLANT_C) {
      const c = p.neg ? refl(a("yk", p.id), a("tk", p.id)) : rt(a("yk", p.id), a("tk", p.id));
      b.ok({
        sheet: S,
        cell: a("ck", p.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: c,
      });
    }
    if (p.id !== PLANT_Y)
      b.ok({
        sheet: S,
        cell: a("yr", p.id),
        rules: ["sum-mismatch", "serapan-over-100"],
        truth: `SUM(${a("q1r", p.id)},${a("q2r", p.id)},${a("q3r", p.id)},${a("q4r", p.id)})`,
      });
  }
  // an urusan's Rp is the sum of its own programs, not of everything above it
  b.ok({
    sheet: S,
    cell: a("tr", "u2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("tr", "p21")}:${a("tr", "p22")})`,
    trap: `SUM(${a("tr", "u1")}:${a("tr", "p12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("q4r", "u1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q4r", "p11")}:${a("q4r", "p12")})`,
  });
  return b;
}

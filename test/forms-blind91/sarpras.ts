// Two recaps of the Dinas Pendidikan: the rehabilitasi ruang kelas per cabang dinas of Provinsi Nusa
// Tenggara Timur (unit and Rp in thousands, pagu and realisasi, % fisik and % keuangan), and the BOSP
// per sekolah of a cabang dinas in Sumatera Utara (tahap I / II, subtotals per jenjang, a TOTAL of the
// subtotals). Every cabang, school, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Cab = { id: string; nm: string; wil: string; pu: number; prp: number; ru: number; rrp: number };

export function rehabRuangKelasNtt(): BookW {
  const b = new BookW(
    "rehab-ruang-kelas-cabdin-ntt-2024.xlsx",
    "recap of rehabilitasi ruang kelas per cabang dinas (2024)",
    "(dalam ribuan rupiah); No | Cabang Dinas | Wilayah Kerja | 'Pagu Tahun 2024' > Ruang Kelas (unit) | Nilai (Rp) | 'Realisasi s.d. 31 Desember 2024' > Ruang Kelas (unit) | Nilai (Rp) | 'Capaian (%)' > Fisik | Keuangan | Keterangan; number row 1-10 with '8 = 6/4 x 100', '9 = 7/5 x 100'; JUMLAH row with SUM formulas and the ratios of the totals",
  );
  const S = "Rehab RK";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. El Tari II No. 40, Kupang",
  ]);
  s.lines([
    "REKAPITULASI PELAKSANAAN REHABILITASI RUANG KELAS SMA/SMK/SLB PER CABANG DINAS",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const cabs: Cab[] = [
    {
      id: "c1",
      nm: "Cabang Dinas Wilayah I",
      wil: "Kota Lasiana, Kab. Oenesu",
      pu: 18,
      prp: 3_420_000,
      ru: 18,
      rrp: 3_352_750,
    },
    {
      id: "c2",
      nm: "Cabang Dinas Wilayah II",
      wil: "Kab. Timor Tengah Utara Raya",
      pu: 12,
      prp: 2_280_000,
      ru: 11,
      rrp: 2_065_400,
    },
    {
      id: "c3",
      nm: "Cabang Dinas Wilayah III",
      wil: "Kab. Belu Selatan, Kab. Malaka Timur",
      pu: 15,
      prp: 2_850_000,
      ru: 15,
      rrp: 3_318_500,
    },
    {
      id: "c4",
      nm: "Cabang Dinas Wilayah IV",
      wil: "Kab. Flores Tengah, Kab. Ende Lio",
      pu: 10,
      prp: 1_900_000,
      ru: 9,
      rrp: 1_712_300,
    },
    {
      id: "c5",
      nm: "Cabang Dinas Wilayah V",
      wil: "Kab. Manggarai Hulu",
      pu: 14,
      prp: 2_660_000,
      ru: 12,
      rrp: 2_288_900,
    },
    {
      id: "c6",
      nm: "Cabang Dinas Wilayah VI",
      wil: "Kab. Sumba Tengah Raya, Kab. Waingapu Barat",
      pu: 16,
      prp: 3_040_000,
      ru: 16,
      rrp: 2_994_100,
    },
    {
      id: "c7",
      nm: "Cabang Dinas Wilayah VII",
      wil: "Kab. Alor Pantar, Kab. Lembata Timur",
      pu: 8,
      prp: 1_520_000,
      ru: 7,
      rrp: 1_339_600,
    },
  ];
  const G1 = "Pagu Tahun 2024";
  const G2 = "Realisasi s.d. 31 Desember 2024";
  const G3 = "Capaian (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "cab", head: ["Cabang Dinas"], role: "penanggung-jawab", num: "2", width: 24 },
    { key: "wil", head: ["Wilayah Kerja"], role: "lokasi", num: "3", width: 30 },
    {
      key: "pu",
      head: [G1, "Ruang Kelas (unit)"],
      role: "target",
      year: 2024,
      num: "4",
      fmt: INT,
      width: 11,
    },
    { key: "prp", head: [G1, "Nilai (Rp)"], role: "anggaran", year: 2024, num: "5", fmt: RP, width: 14 },
    {
      key: "ru",
      head: [G2, "Ruang Kelas (unit)"],
      role: "realisasi",
      year: 2024,
      num: "6",
      fmt: INT,
      width: 11,
    },
    {
      key: "rrp",
      head: [G2, "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "7",
      fmt: RP,
      width: 14,
    },
    {
      key: "pf",
      head: [G3, "Fisik"],
      role: "capaian",
      year: 2024,
      num: "8 = 6/4 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "pk",
      head: [G3, "Keuangan"],
      role: "capaian",
      year: 2024,
      num: "9 = 7/5 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "10", width: 26 },
  ];
  const ket: Record<string, string> = {
    c2: "1 RK gagal lelang, diluncurkan 2025",
    c4: "1 RK putus kontrak",
    c5: "2 RK terkendala akses jalan",
    c7: "1 RK lokasi belum siap",
  };
  const rows: Row[] = cabs.map((x, i) => ({
    id: x.id,
    cells: (c: Ctx) => ({
      no: i + 1,
      cab: x.nm,
      wil: x.wil,
      pu: x.pu,
      prp: x.prp,
      ru: x.ru,
      rrp: x.rrp,
      // planted: Wilayah IV's % fisik typed 100 over the formula (the room under a broken contract counted)
      pf: x.id === "c4" ? 100 : fx(`ROUND(${c.a("ru")}/${c.a("pu")}*100,2)`),
      pk: fx(`ROUND(${c.a("rrp")}/${c.a("prp")}*100,2)`),
      ket: ket[x.id] ?? "Selesai 100%",
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "wil"],
    cells: (c: Ctx) => ({
      no: "JUMLAH",
      pu: fx(`SUM(${c.a("pu", "c1")}:${c.a("pu", "c7")})`),
      prp: fx(`SUM(${c.a("prp", "c1")}:${c.a("prp", "c7")})`),
      ru: fx(`SUM(${c.a("ru", "c1")}:${c.a("ru", "c7")})`),
      rrp: fx(`SUM(${c.a("rrp", "c1")}:${c.a("rrp", "c7")})`),
      pf: fx(`ROUND(${c.a("ru")}/${c.a("pu")}*100,2)`),
      pk: fx(`ROUND(${c.a("rrp")}/${c.a("prp")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: standar biaya rehabilitasi sedang/berat ruang kelas Rp 190.000 ribu per unit (Pergub satuan harga 2024).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Kupang, 20 Januari 2025",
    jabatan: ["Kepala Bidang Sarana dan Prasarana,"],
    nama: "YOHANES NDAPA LEDE, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19780902 200502 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rrp", "c3") },
        { sheet: S, cell: a("pk", "c3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Cabang Dinas Wilayah III: realisasi Rp 3,318,500 (ribu) against a pagu of 2,850,000 for 15 rooms, keuangan 116.44 %; at most the pagu can be spent (15 x 190,000 = 2,850,000)",
    truth: a("prp", "c3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pf", "c4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% fisik of Cabang Dinas Wilayah IV is a typed 100.00 among ROUND formulas; 9 of 10 rooms give 90.00",
    truth: `ROUND(${a("ru", "c4")}/${a("pu", "c4")}*100,2)`,
  });
  // traps: the JUMLAH percentages are ratios of the totals, not sums or averages of the rows
  b.ok({
    sheet: S,
    cell: a("pf", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("ru", "tot")}/${a("pu", "tot")}*100,2)`,
    trap: `SUM(${a("pf", "c1")}:${a("pf", "c7")})`,
  });
  for (const k of ["pu", "prp", "ru"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: cabs.map((x) => a(k, x.id)).join("+"),
    });
  for (const id of ["c1", "c2", "c6"])
    b.ok({
      sheet: S,
      cell: a("pk", id),
      rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("rrp", id)}/${a("prp", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pf", "c5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ru", "c5")}/${a("pu", "c5")}*100,2)`,
  });
  return b.finish();
}

type Sek = { id: string; npsn: string; nm: string; n: number };

export function bospCabdinSumut(): BookW {
  const b = new BookW(
    "penyaluran-bosp-per-sekolah-cabdin-sibolga-raya-2024.xlsx",
    "BOSP per sekolah, tahap I / II, with subtotals per jenjang (2024)",
    "No | NPSN | Nama Satuan Pendidikan | Jumlah Peserta Didik | Satuan Biaya (Rp/PD/tahun) | Pagu BOSP (Rp) = (4) x (5) | 'Penyaluran BOSP Reguler (Rp)' > Tahap I | Tahap II | Jumlah | Persentase Penyaluran (%); no number row; section rows SMA / SMK / SLB with 'Jumlah SMA' ... subtotals; TOTAL = the three subtotals",
  );
  const S = "BOSP 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA UTARA",
    "DINAS PENDIDIKAN - CABANG DINAS PENDIDIKAN WILAYAH SIBOLGA RAYA",
  ]);
  s.lines(["DAFTAR PENYALURAN BOSP REGULER SMA, SMK DAN SLB NEGERI TAHUN ANGGARAN 2024"]);
  s.gap();
  const SB: Record<string, number> = { sma: 1_650_000, smk: 1_850_000, slb: 3_500_000 };
  const groups: Array<{ g: string; title: string; sub: string; sek: Sek[] }> = [
    {
      g: "sma",
      title: "A. SEKOLAH MENENGAH ATAS",
      sub: "Jumlah SMA",
      sek: [
        { id: "a1", npsn: "10213457", nm: "SMA Negeri 1 Pandan Baru", n: 1_084 },
        { id: "a2", npsn: "10213462", nm: "SMA Negeri 2 Pandan Baru", n: 896 },
        { id: "a3", npsn: "10213518", nm: "SMA Negeri 1 Sorkam Hulu", n: 642 },
        { id: "a4", npsn: "10261903", nm: "SMA Negeri 1 Barus Raya", n: 718 },
      ],
    },
    {
      g: "smk",
      title: "B. SEKOLAH MENENGAH KEJURUAN",
      sub: "Jumlah SMK",
      sek: [
        { id: "b1", npsn: "10213601", nm: "SMK Negeri 1 Pandan Baru", n: 1_236 },
        { id: "b2", npsn: "10213614", nm: "SMK Negeri 2 Pandan Baru", n: 958 },
        { id: "b3", npsn: "10262088", nm: "SMK Negeri 1 Kolang Jaya", n: 514 },
      ],
    },
    {
      g: "slb",
      title: "C. SEKOLAH LUAR BIASA",
      sub: "Jumlah SLB",
      sek: [
        { id: "d1", npsn: "10261777", nm: "SLB Negeri Pandan Baru", n: 118 },
        { id: "d2", npsn: "69874512", nm: "SLB Negeri Sorkam Hulu", n: 64 },
      ],
    },
  ];
  const G = "Penyaluran BOSP Reguler (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "npsn", head: ["NPSN"], role: "kode", width: 11 },
    { key: "nm", head: ["Nama Satuan Pendidikan"], role: "lainnya", width: 30 },
    { key: "n", head: ["Jumlah Peserta Didik (orang)"], role: "lainnya", fmt: INT, width: 12 },
    { key: "sb", head: ["Satuan Biaya (Rp/PD/tahun)"], role: "lainnya", fmt: RP, width: 14 },
    { key: "pagu", head: ["Pagu BOSP Reguler (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "t1", head: [G, "Tahap I"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "t2", head: [G, "Tahap II"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "jml", head: [G, "Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "pct", head: ["Persentase Penyaluran (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
  ];
  const rows: Row[] = [];
  let no = 0;
  const typed = "b2";
  for (const grp of groups) {
    rows.push({ id: `h${grp.g}`, bold: true, cells: { no: grp.title }, span: ["no", "nm"] });
    for (const x of grp.sek) {
      no++;
      const pagu = x.n * SB[grp.g];
      const half = pagu / 2;
      const num = no;
      rows.push({
        id: x.id,
        cells: (c: Ctx) => ({
          no: num,
          npsn: x.npsn,
          nm: x.nm,
          n: x.n,
          sb: SB[grp.g],
          pagu: fx(`${c.a("n")}*${c.a("sb")}`),
          t1: half,
          t2: half,
          // planted: SMK Negeri 2's Jumlah typed (digits swapped) among formulas
          jml: x.id === typed ? 1_827_300_000 : fx(`${c.a("t1")}+${c.a("t2")}`),
          pct: fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`),
        }),
      });
    }
    const first = grp.sek[0].id;
    const last = grp.sek[grp.sek.length - 1].id;
    rows.push({
      id: `s${grp.g}`,
      bold: true,
      span: ["no", "nm"],
      cells: (c: Ctx) => {
        const out: Record<string, ReturnType<typeof fx> | string> = { no: grp.sub };
        out.pct = fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`);
        for (const k of ["pagu", "t1", "t2", "jml"]) {
          // planted: the SMK subtotal of Tahap I stops one school short
          const end = grp.g === "smk" && k === "t1" ? grp.sek[grp.sek.length - 2].id : last;
          out[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, end)})`);
        }
        return out;
      },
    });
  }
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nm"],
    cells: (c: Ctx) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { no: "TOTAL (A + B + C)" };
      for (const k of ["pagu", "t1", "t2", "jml"])
        out[k] = fx(`${c.a(k, "ssma")}+${c.a(k, "ssmk")}+${c.a(k, "sslb")}`);
      out.pct = fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Tahap I disalurkan Januari 2024 (50%), Tahap II Juli 2024 (50%) sesuai Permendikbudristek tentang Juknis BOSP.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Pandan Baru, 8 Januari 2025",
    jabatan: ["Kepala Cabang Dinas Pendidikan", "Wilayah Sibolga Raya,"],
    nama: "ROSMIDA BR. PASARIBU, S.Pd., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19760611 200012 2 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", typed) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of SMK Negeri 2 Pandan Baru is a typed 1,827,300,000 among (Tahap I + Tahap II) formulas; 886,150,000 + 886,150,000 give 1,772,300,000",
    truth: `${a("t1", typed)}+${a("t2", typed)}`,
  });
  b.plant({
    at: { sheet: S, cell: a("t1", "ssmk") },
    rules: ["sum-mismatch"],
    note: "Jumlah SMK of Tahap I is =SUM over the first two SMK only; SMK Negeri 1 Kolang Jaya's 475,450,000 is left out",
    truth: `SUM(${a("t1", "b1")}:${a("t1", "b3")})`,
  });
  // traps: the TOTAL adds the three subtotals, not every row above it
  for (const k of ["pagu", "t2"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: groups.flatMap((g) => g.sek.map((x) => a(k, x.id))).join("+"),
      trap: `SUM(${a(k, "a1")}:${a(k, "sslb")})`,
    });
  for (const g of ["sma", "slb"])
    for (const k of ["pagu", "t1", "jml"]) {
      const grp = groups.find((x) => x.g === g)!;
      b.ok({
        sheet: S,
        cell: a(k, `s${g}`),
        rules: ["sum-mismatch"],
        truth: grp.sek.map((x) => a(k, x.id)).join("+"),
      });
    }
  b.ok({
    sheet: S,
    cell: a("pct", "ssma"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("jml", "ssma")}/${a("pagu", "ssma")}*100,2)`,
    trap: `SUM(${a("pct", "a1")}:${a("pct", "a4")})`,
  });
  for (const id of ["a1", "b1", "d2"]) {
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch", "hardcoded-value", "serapan-over-100"],
      truth: `${a("t1", id)}+${a("t2", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pagu", id),
      rules: ["ratio-components-mismatch"],
      truth: `${a("n", id)}*${a("sb", id)}`,
    });
  }
  return b.finish();
}

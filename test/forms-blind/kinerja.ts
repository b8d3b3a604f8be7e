// Performance forms of the third unseen set: a Perjanjian Kinerja of a Dinas Perhubungan with a
// program table under "Pagu Anggaran (Rp)" and a TOTAL row, and an LKjIP column table with two years
// side by side and mixed polarity. Every name and number is invented.
import { BookW, DEC, RP, fx, signature, sum, type Col } from "../forms/kit";

/** Perjanjian Kinerja 2025, Dinas Perhubungan Kabupaten Watugede. */
export function pk(): BookW {
  const b = new BookW(
    "pk-dishub-watugede.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 of a Dinas Perhubungan: target table, program table with Pagu Anggaran (Rp) and a TOTAL row",
  );
  const S = "PK 2025";
  const s = b.sheet(S);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KABUPATEN WATUGEDE"], 1, { bold: true });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const PLANT_PCT = "i2";
  const ind = [
    {
      id: "i1",
      sas: "Meningkatnya keselamatan lalu lintas jalan",
      ind: "Angka kecelakaan lalu lintas per 10.000 kendaraan",
      sat: "kejadian",
      t: 4.8,
    },
    {
      id: "i2",
      sas: "Meningkatnya keselamatan lalu lintas jalan",
      ind: "Persentase fasilitas perlengkapan jalan dalam kondisi baik",
      sat: "%",
      t: 985,
    },
    {
      id: "i3",
      sas: "Meningkatnya kualitas layanan angkutan umum",
      ind: "Jumlah penumpang angkutan umum perkotaan",
      sat: "orang",
      t: 1_250_000,
    },
    {
      id: "i4",
      sas: "Meningkatnya kualitas layanan angkutan umum",
      ind: "Indeks kepuasan pengguna layanan pengujian kendaraan bermotor",
      sat: "indeks",
      t: 82.5,
    },
  ];
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: "#,##0.##" },
      ],
      headerRows: 1,
      vmerge: ["sas"],
      rows: ind.map((x, i) => ({
        id: x.id,
        cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t },
      })),
    },
    1,
  );
  s.gap(2);
  const progs = [
    { id: "p1", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_842_315_400 },
    { id: "p2", nama: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", rp: 9_415_760_000 },
    { id: "p3", nama: "Program Pengelolaan Pelayaran", rp: 1_126_480_000 },
    { id: "p4", nama: "Program Pengelolaan Perkeretaapian", rp: 385_200_000 },
  ];
  const total = sum(progs.map((p) => p.rp));
  const typedTotal = total + 900_000_000;
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nama", head: ["Program"], width: 34 },
        { key: "rp", head: ["Pagu Anggaran (Rp)"], role: "anggaran", fmt: RP, width: 40 },
        { key: "ket", head: ["Keterangan"], role: "keterangan" },
      ],
      headerRows: 1,
      rows: [
        ...progs.map((p, i) => ({ id: p.id, cells: { no: i + 1, nama: p.nama, rp: p.rp, ket: "APBD" } })),
        { id: "tot", bold: true, cells: { nama: "TOTAL", rp: typedTotal } },
      ],
    },
    1,
  );
  s.gap();
  const r0 = s.r;
  signature(s, 2, { tempat: "", jabatan: ["BUPATI WATUGEDE,"], nama: "Ir. BAMBANG SUKMO ADITYA", nip: "-" });
  s.r = r0;
  signature(s, 4, {
    tempat: "Watugede, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN WATUGEDE,"],
    nama: "AGUS TRIYONO, S.T., M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19760921 200212 1 003",
  });
  b.plant({
    at: { sheet: S, cell: t1.a("t", PLANT_PCT) },
    rules: ["percent-out-of-range", "number-scale"],
    note: "a percentage target typed 985 for 98,5",
    truth: "98.5",
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL is a typed ${typedTotal}; the four programs add up to ${total}`,
    truth: progs.map((p) => t2.a("rp", p.id)).join("+"),
    tol: 0.5,
  });
  for (const p of progs)
    b.ok({ sheet: S, cell: t2.a("rp", p.id), rules: ["hardcoded-value"], truth: t2.a("rp", p.id) });
  for (const x of ind.filter((i) => i.id !== PLANT_PCT))
    b.ok({
      sheet: S,
      cell: t1.a("t", x.id),
      rules: ["percent-out-of-range", "number-scale"],
      truth: t1.a("t", x.id),
    });
  return b.finish();
}

/** LKjIP 2024, Disdukcapil Kabupaten Gunungraya: Target / Realisasi / Capaian 2023 and 2024 side by side. */
export function lkjip(): BookW {
  const b = new BookW(
    "lkjip-2tahun-disdukcapil-gunungraya.xlsx",
    "LKjIP 2 tahun",
    "LKjIP column table with Target/Realisasi/Capaian 2023 and 2024 side by side, mixed polarity, capaian formulas",
  );
  const S = "Capaian Kinerja";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1 Perbandingan Capaian Kinerja Tahun 2023 dan Tahun 2024",
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Gunungraya",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kepemilikan dokumen kependudukan";
  const SAS2 = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const rows = [
    {
      sas: SAS1,
      ind: "Persentase penduduk wajib KTP yang memiliki KTP-el",
      sat: "%",
      y: [
        [97.5, 98.12],
        [98, 98.46],
      ],
    },
    {
      sas: SAS1,
      ind: "Persentase anak usia 0-17 tahun yang memiliki Kartu Identitas Anak",
      sat: "%",
      y: [
        [45, 41.3],
        [55, 57.85],
      ],
    },
    {
      sas: SAS1,
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      y: [
        [94, 95.2],
        [95, 95.87],
      ],
    },
    {
      sas: SAS2,
      ind: "Rata-rata waktu penerbitan dokumen kependudukan",
      sat: "hari",
      neg: true,
      y: [
        [3, 2.6],
        [2, 2.4],
      ],
    },
    {
      sas: SAS2,
      ind: "Persentase pengaduan layanan adminduk yang tidak terselesaikan",
      sat: "%",
      neg: true,
      y: [
        [8, 6.5],
        [6, 6.9],
      ],
    },
    {
      sas: SAS2,
      ind: "Persentase desa/kelurahan yang terhubung dengan SIAK terpusat",
      sat: "%",
      y: [
        [70, 72],
        [80, 76],
      ],
    },
  ];
  const PLANT_F = 4; // negative, 2024, R/T
  const PLANT_T = 1; // 2023, typed
  const YS = [2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    ...YS.flatMap((y): Col[] => [
      { key: `t${y}`, head: [`Target ${y}`], role: "target", year: y },
      { key: `r${y}`, head: [`Realisasi ${y}`], role: "realisasi", year: y },
      { key: `c${y}`, head: [`Capaian ${y} (%)`], role: "capaian", year: y, fmt: DEC },
    ]),
  ];
  const capF = (neg: boolean | undefined, tc: string, rc: string) =>
    neg ? `ROUND((2*${tc}-${rc})/${tc}*100,2)` : `ROUND(${rc}/${tc}*100,2)`;
  const t = s.table(
    {
      cols,
      headerRows: 1,
      vmerge: ["sas"],
      rows: rows.map((x, i) => ({
        id: `i${i}`,
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | number | string> = {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
          };
          YS.forEach((y, j) => {
            out[`t${y}`] = x.y[j][0];
            out[`r${y}`] = x.y[j][1];
            const tc = c.a(`t${y}`);
            const rc = c.a(`r${y}`);
            if (i === PLANT_F && y === 2024) out[`c${y}`] = fx(capF(false, tc, rc));
            else if (i === PLANT_T && y === 2023) out[`c${y}`] = 97.18;
            else out[`c${y}`] = fx(capF(x.neg, tc, rc));
          });
          return out;
        },
      })),
    },
    1,
  );
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang semakin kecil semakin baik (waktu penerbitan, pengaduan tidak terselesaikan)",
    "dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("c2024", PLANT_F) },
    rules: ["capaian-mismatch"],
    note: "pengaduan tidak terselesaikan (lower is better) 2024 is =R/T*100 = 115; (2T-R)/T gives 85",
    truth: capF(true, a("t2024", PLANT_F), a("r2024", PLANT_F)),
  });
  b.plant({
    at: { sheet: S, cell: a("c2023", PLANT_T) },
    rules: ["capaian-mismatch"],
    note: "capaian KIA 2023 is a typed 97.18; 41.3 / 45 gives 91.78",
    truth: capF(false, a("t2023", PLANT_T), a("r2023", PLANT_T)),
  });
  rows.forEach((x, i) => {
    for (const y of YS) {
      if ((i === PLANT_F && y === 2024) || (i === PLANT_T && y === 2023)) continue;
      b.ok({
        sheet: S,
        cell: a(`c${y}`, i),
        rules: ["capaian-mismatch"],
        truth: capF(x.neg, a(`t${y}`, i), a(`r${y}`, i)),
        trap: x.neg ? `${a(`r${y}`, i)}/${a(`t${y}`, i)}*100` : undefined,
      });
    }
  });
  return b.finish();
}

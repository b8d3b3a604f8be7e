// Performance tables: the LKjIP 2024 measurement of a Badan Pengelola Perbatasan in Papua Pegunungan
// (pelintas batas ilegal lower is better) and the PK 2025 of a Dinas Transmigrasi in Kalimantan Barat
// beside its Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = { id: string; sas: string; ind: string; sat: string; t: number; r: number; neg?: boolean };

export function lkjipPerbatasan(): BookW {
  const b = new BookW(
    "lkjip-bpp-perbatasan-pegunungan-bintang-raya.xlsx",
    "LKjIP pengukuran kinerja (Badan Pengelola Perbatasan)",
    "LKjIP 2024 Tabel 3.1 of a Badan Pengelola Perbatasan in Papua Pegunungan: No | Sasaran (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi on the lower-is-better pelintas batas ilegal; footer Rata-rata and Predikat",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENGELOLA PERBATASAN DAERAH", "KABUPATEN PEGUNUNGAN BINTANG RAYA"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kemandirian desa di kawasan perbatasan";
  const S2 = "Meningkatnya keamanan dan ketertiban lintas batas negara";
  const rows: Ind[] = [
    { id: "i1", sas: S1, ind: "Persentase desa perbatasan berstatus mandiri", sat: "%", t: 15, r: 13.75 },
    {
      id: "i2",
      sas: S1,
      ind: "Indeks Pembangunan Kawasan Perbatasan (IPKP)",
      sat: "indeks",
      t: 52.5,
      r: 49.8,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase pos lintas batas tradisional yang beroperasi sesuai standar",
      sat: "%",
      t: 80,
      r: 75,
    },
    { id: "i4", sas: S2, ind: "Jumlah kasus pelintas batas ilegal", sat: "kasus", t: 40, r: 46, neg: true },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase rekomendasi forum koordinasi lintas batas yang ditindaklanjuti",
      sat: "%",
      t: 75,
      r: 48,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 64 || predikat(64) !== "Rendah") throw new Error("lkjip i5");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.sat === "kasus" ? "0" : DEC),
          r: fmt(x.r, x.sat === "kasus" ? "0" : DEC),
          // planted: the pos lintas batas capaian typed 97.50 (75 / 80 = 93.75)
          c: x.id === "i3" ? fmt(97.5, DEC) : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sedang" for 64.00 (the band > 50 - 65 is Rendah)
          p: x.id === "i5" ? "Sedang" : predikat(x.id === "i3" ? 97.5 : capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Oksibil Raya, 27 Februari 2025",
    jabatan: ["Kepala Badan,"],
    nama: "BENNY URUWAYA, S.IP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19781120 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of the pos lintas batas is a typed 97.50 among ROUND formulas; 75 / 80 gives 93.75",
    truth: rt(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Sedang' for 64.00 (48 against 75); the band > 50 - 65 of the note is Rendah",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the pelintas batas ilegal is lower is better: the refleksi 85.00, not R / T 115.00
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================ Dinas Transmigrasi Kabupaten Sekadau Hilir: PK 2025 and Renstra targets

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkTransmigrasi(): BookW {
  const b = new BookW(
    "pk-kadis-transmigrasi-renstra-sekadau-hilir.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Transmigrasi)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) with Kepmendagri codes 3.32.02 and a JUMLAH; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEKADAU HILIR", "DINAS TRANSMIGRASI"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama: ELISABETH SUMIATI, S.P., M.Si. - Kepala Dinas Transmigrasi",
    "Pihak kedua: Drs. ABANG HERMANSYAH - Bupati Sekadau Hilir",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase UPT yang mencapai tahap kemandirian",
      sat: "%",
      awal: 35,
      tg: [40, 45, 50, 55, 60],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase lahan usaha transmigran yang bersertifikat",
      sat: "%",
      awal: 58.4,
      tg: [62, 66, 70, 75, 80],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Indeks Perkembangan Kawasan Transmigrasi (IPKT)",
      sat: "indeks",
      awal: 41.2,
      tg: [43, 44.5, 46, 47.5, 49],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Rata-rata pendapatan KK transmigran per bulan",
      sat: "juta Rp",
      awal: 2.85,
      tg: [3, 3.2, 3.4, 3.6, 3.8],
      f: DEC,
    },
  ];
  // planted: the PK target of the lahan bersertifikat is 66.00, the Renstra 2026 target (2025: 62.00)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kemandirian dan kesejahteraan kawasan transmigrasi",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const B = [
    { id: "prog", kode: "3.32.02", nm: "PROGRAM PEMBANGUNAN KAWASAN TRANSMIGRASI" },
    {
      id: "g1",
      kode: "3.32.02.2.01",
      nm: "Penataan Persebaran Penduduk yang Berasal dari 1 (satu) Daerah Kabupaten",
    },
    {
      id: "g1a",
      kode: "3.32.02.2.01.0001",
      nm: "Penyediaan Lahan dan Sertifikasi Lahan Usaha",
      v: 1_275_400_000,
    },
    { id: "g1b", kode: "3.32.02.2.01.0002", nm: "Pemindahan dan Penempatan Transmigran", v: 2_846_750_000 },
    { id: "g2", kode: "3.32.02.2.02", nm: "Pengembangan Satuan Permukiman pada Tahap Kemandirian" },
    { id: "g2a", kode: "3.32.02.2.02.0001", nm: "Pembinaan Usaha Ekonomi Transmigran", v: 934_600_000 },
    // planted: coded under kegiatan 3.32.02.2.01 although it stands under 3.32.02.2.02
    {
      id: "g2b",
      kode: "3.32.02.2.01.0003",
      nm: "Peningkatan Kapasitas Kelembagaan Desa Eks-UPT",
      v: 512_300_000,
    },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 44 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    ],
    headerRows: 1,
    rows: [
      ...B.map((x, i): Row => ({
        id: x.id,
        bold: x.v === undefined,
        cells: (c) => ({
          no: i + 1,
          kode: x.kode,
          nm: x.nm,
          ang:
            x.v !== undefined
              ? x.v
              : fx(
                  x.id === "prog"
                    ? `${c.a("ang", "g1")}+${c.a("ang", "g2")}`
                    : x.id === "g1"
                      ? `${c.a("ang", "g1a")}+${c.a("ang", "g1b")}`
                      : `${c.a("ang", "g2a")}+${c.a("ang", "g2b")}`,
                ),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", ang: fx(c.a("ang", "prog")) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Sekadau Hilir, 3 Januari 2025",
    jabatan: ["Pihak Kedua,", "BUPATI SEKADAU HILIR"],
    nama: "Drs. ABANG HERMANSYAH",
    nip: "-",
  });

  const r = b.sheet(R);
  letterhead(r, ["RENSTRA DINAS TRANSMIGRASI KABUPATEN SEKADAU HILIR 2025-2029", "Tabel Target Kinerja"]);
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...YEARS.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 8,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, ReturnType<typeof fx> | ReturnType<typeof fmt> | number | string> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          ka: fx(c.a("t2029")),
        };
        YEARS.forEach((y, j) => (o[`t${y}`] = fmt(x.tg[j], x.f)));
        return o;
      },
    })),
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const a3 = (k: string, id: string) => t3.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a1("tg", "r2") },
        { sheet: R, cell: a3("t2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the lahan usaha bersertifikat is 66.00, the Renstra 2026 target; the Renstra 2025 target is 62.00",
    truth: `'${R}'!${a3("t2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a2("kode", "g2b") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Peningkatan Kapasitas Kelembagaan Desa Eks-UPT is coded 3.32.02.2.01.0003 under kegiatan 3.32.02.2.02",
    truth: a2("kode", "g2"),
    actual: `PARENT(${a2("kode", "g2b")})`,
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: S,
      cell: a1("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${a3("t2025", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a2("ang", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a2("ang", "g1a")}+${a2("ang", "g1b")}+${a2("ang", "g2a")}+${a2("ang", "g2b")}`,
    trap: `SUM(${a2("ang", "prog")}:${a2("ang", "g2b")})`,
  });
  b.ok({
    sheet: S,
    cell: a2("ang", "g1"),
    rules: ["sum-mismatch"],
    truth: `${a2("ang", "g1a")}+${a2("ang", "g1b")}`,
  });
  b.ok({
    sheet: S,
    cell: a2("ang", "g1b"),
    rules: ["code-hierarchy"],
    truth: a2("kode", "g1"),
    actual: `PARENT(${a2("kode", "g1b")})`,
  });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: a3("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a3("t2029", x.id),
      trap: YEARS.map((y) => a3(`t${y}`, x.id)).join("+"),
    });
  return b.finish();
}

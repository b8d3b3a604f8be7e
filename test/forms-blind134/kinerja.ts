// Performance tables of two BPBD: the LKjIP 2024 measurement of an NTB kabupaten (refleksi for the
// lower-is-better rows, the Permendagri predikat words) and the PK 2025 of the Kepala Pelaksana of a
// Sumatera Barat kabupaten beside its Renstra 2025-2029 ("Tahun ke-1 .. ke-5"). All invented.
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
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type K = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipBpbd(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-bpbd-sumbawa-timur-raya-b134.xlsx",
    "LKjIP pengukuran kinerja (BPBD)",
    "LKjIP 2024 Tabel 3.1 of a BPBD in NTB: No | Sasaran (merged) | Indikator Kinerja | Satuan | Polaritas | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra 2026; refleksi for the negative rows; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENANGGULANGAN BENCANA DAERAH", "KABUPATEN SUMBAWA TIMUR RAYA"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis BPBD Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kesiapsiagaan masyarakat terhadap bencana";
  const S2 = "Meningkatnya kualitas penanganan darurat dan rehabilitasi";
  const rows: K[] = [
    {
      id: "l1",
      sas: S1,
      ind: "Persentase desa tangguh bencana terhadap desa rawan bencana",
      sat: "%",
      t: 35,
      r: 33.6,
      r23: 29.4,
      t26: 45,
    },
    {
      id: "l2",
      sas: S2,
      ind: "Rata-rata waktu respon kejadian bencana",
      sat: "jam",
      t: 6,
      r: 4.5,
      r23: 6.8,
      t26: 4,
      neg: true,
    },
    {
      id: "l3",
      sas: S2,
      ind: "Jumlah korban jiwa akibat bencana",
      sat: "orang",
      t: 10,
      r: 12,
      r23: 14,
      t26: 6,
      neg: true,
    },
    {
      id: "l4",
      sas: S2,
      ind: "Persentase rumah rusak pascabencana yang direhabilitasi",
      sat: "%",
      t: 60,
      r: 45.5,
      r23: 38.2,
      t26: 80,
    },
    {
      id: "l5",
      sas: S2,
      ind: "Persentase ketersediaan logistik kebutuhan dasar pengungsi",
      sat: "%",
      t: 90,
      r: 92.4,
      r23: 86.1,
      t26: 95,
    },
  ];
  const cap = (x: K) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          pol: x.neg ? "negatif" : "positif",
          t: x.t,
          r: x.r,
          // planted: the korban jiwa row (negative) has the R / T formula of the positive rows
          c: fx(
            x.neg && x.id !== "l3"
              ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
              : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
          ),
          // planted: "Sedang" for 75.83 (> 75 is Tinggi)
          p: x.id === "l4" ? "Sedang" : predikat(cap(x)),
          r23: x.r23,
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "l1")}:${c.a("c", "l5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator berpolaritas negatif dihitung (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "l3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the korban jiwa (polaritas negatif) is =ROUND(R/T*100,2) = 120.00; refleksi (2 x 10 - 12) / 10 gives 80.00, as the waktu respon row computes",
    truth: `ROUND((2*${a("t", "l3")}-${a("r", "l3")})/${a("t", "l3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "l4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sedang' for 75.83 (45.5 of 60); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "l4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "l2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "l2")}-${a("r", "l2")})/${a("t", "l2")}*100,2)`,
    trap: `ROUND(${a("r", "l2")}/${a("t", "l2")}*100,2)`,
  });
  for (const id of ["l1", "l4", "l5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["l1", "l2", "l5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  for (const id of ["l2", "l3"])
    b.ok({ sheet: S, cell: a("t26", id), rules: ["target-trend"], truth: a("t26", id) });
  return b.finish();
}

export function pkBpbd(): BookW {
  const b = new BookW(
    "pk-2025-kalak-bpbd-renstra-agam-hulu-b134.xlsx",
    "PK 2025 with the Renstra BPBD 2025-2029",
    "PK 2025 of the Kepala Pelaksana BPBD of a Sumatera Barat kabupaten: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan | Anggaran (Rp) | Ket. with a JUMLAH; sheet Renstra: No | Indikator | Satuan | Kondisi Awal | Target Tahun ke-1 .. ke-5 | Kondisi Akhir (years from the title)",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN AGAM HULU", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Kepala Pelaksana BPBD berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const inds = [
    {
      id: "p1",
      sas: "Meningkatnya ketangguhan masyarakat terhadap bencana",
      ind: "Persentase nagari rawan bencana yang berstatus Nagari Tangguh Bencana",
      sat: "%",
      awal: 22.5,
      k: [27.5, 32.5, 37.5, 42.5, 47.5],
      flow: false,
    },
    {
      id: "p2",
      sas: "Meningkatnya ketangguhan masyarakat terhadap bencana",
      ind: "Indeks Risiko Bencana Kabupaten",
      sat: "indeks",
      awal: 151.3,
      k: [148.6, 145.9, 143.2, 140.5, 137.8],
      flow: false,
    },
    {
      id: "p3",
      sas: "Meningkatnya kualitas penanganan darurat bencana",
      ind: "Persentase kejadian bencana yang ditangani sesuai SOP tanggap darurat",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 96, 98],
      flow: false,
    },
    {
      id: "p4",
      sas: "Meningkatnya kualitas rehabilitasi dan rekonstruksi",
      ind: "Jumlah fasilitas umum pascabencana yang direhabilitasi",
      sat: "unit",
      awal: 12,
      k: [15, 15, 18, 18, 20],
      flow: true,
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: p1's PK target is the Renstra 2026 target (32.5)
    rows: inds.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "p1" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const keg = [
    {
      id: "g1",
      kode: "1.05.03.2.01",
      nm: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
      rp: 684_250_000,
    },
    {
      id: "g2",
      kode: "1.05.03.2.02",
      nm: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      rp: 1_275_600_000,
    },
    {
      id: "g3",
      kode: "1.05.03.2.03",
      nm: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      rp: 2_148_900_000,
    },
    { id: "g4", kode: "1.05.03.2.04", nm: "Penataan Sistem Dasar Penanggulangan Bencana", rp: 936_400_000 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p01",
        cells: {
          no: 1,
          kode: "1.05.01",
          nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          rp: 5_862_340_000,
          ket: "APBD",
        },
      },
      {
        id: "p03",
        cells: (c) => ({
          no: 2,
          kode: "1.05.03",
          nm: "Program Penanggulangan Bencana",
          rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`),
          ket: "APBD",
        }),
      },
      ...keg.map((g): Row => ({ id: g.id, cells: { kode: g.kode, nm: g.nm, rp: g.rp } })),
      // planted: JUMLAH adds every row, so the kegiatan are counted twice
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "p01")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Lubuk Basung Hulu, 3 Januari 2025",
    jabatan: ["Kepala Pelaksana BPBD,"],
    nama: "AFRIZAL DATUAK RANGKAYO, S.Sos., M.M.",
    nip: "19750822 199903 1 003",
  });

  const r = b.sheet(R);
  letterhead(r, ["RENCANA STRATEGIS BPBD KABUPATEN AGAM HULU 2025-2029", "Tabel 5.1 Target Kinerja Sasaran"]);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...[1, 2, 3, 4, 5].map((i): Col => ({
      key: `k${i}`,
      head: ["Target Kinerja", `Tahun ke-${i}`],
      role: "target",
      year: 2024 + i,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Kinerja Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
  ];
  const t3 = r.table({
    cols,
    headerRows: 2,
    rows: inds.map((x, i): Row => {
      const out: Record<string, Cell> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ka: x.flow ? x.k.reduce((n, v) => n + v, 0) : x.k[4],
      };
      x.k.forEach((v, j) => (out[`k${j + 1}`] = fmt(v, x.sat === "unit" ? "0" : DEC)));
      return { id: x.id, cells: out };
    }),
  });
  const jml = t2.a("rp", "jml");
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("t", "p1") },
        { sheet: R, cell: t3.a("k1", "p1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Nagari Tangguh Bencana is 32.50, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 27.50",
    truth: `'${R}'!${t3.a("k1", "p1")}`,
  });
  b.plant({
    at: { sheet: P, cell: jml },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is =SUM over the programs and their kegiatan (15,952,640,000): the kegiatan of 1.05.03 are counted twice; the two programs give 10,907,490,000",
    truth: `${t2.a("rp", "p01")}+${t2.a("rp", "p03")}`,
  });
  for (const id of ["p2", "p3", "p4"])
    b.ok({
      sheet: P,
      cell: t1.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${t3.a("k1", id)}`,
    });
  b.ok({
    sheet: P,
    cell: t2.a("rp", "p03"),
    rules: ["sum-mismatch"],
    truth: keg.map((g) => t2.a("rp", g.id)).join("+"),
  });
  for (const id of ["p1", "p2", "p3"])
    b.ok({
      sheet: R,
      cell: t3.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("k5", id),
      trap: [1, 2, 3, 4, 5].map((i) => t3.a(`k${i}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: t3.a("ka", "p4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [1, 2, 3, 4, 5].map((i) => t3.a(`k${i}`, "p4")).join("+"),
    trap: t3.a("k5", "p4"),
  });
  return b.finish();
}

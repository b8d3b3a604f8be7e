// The Renstra side of two Dinas Lingkungan Hidup: a T-C.27 (program and kegiatan with K | Rp pairs per
// ordinal year, rupiah in thousands) of a kabupaten in Sulawesi Tengah, and a Perjanjian Kinerja 2025
// with the Renstra 2025-2029 targets it takes from, of a kabupaten in Sumatera Selatan. Every name and
// number is invented; the codes are Kepmendagri-shaped (2.11 > 2.11.03 > 2.11.03.2.01).
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Prog = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  parent?: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];
const ORD = ["I", "II", "III", "IV", "V"];

export function tc27DlhTojo(): BookW {
  const b = new BookW(
    "tc27-renstra-pendanaan-dlh-tojo-lembah.xlsx",
    "T-C.27 Renstra: program, kegiatan, indikator, target dan pagu indikatif",
    "T-C.27 of a DLH in Sulawesi Tengah, Renstra 2025-2029: Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 'Tahun ke-I (2025)' .. 'Tahun ke-V (2029)' > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | Unit Kerja Penanggung Jawab; Rp in thousands, number row merged over the pairs with '11 = 6+7+8+9+10' for the akhir Rp; programs add their kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Lingkungan Hidup Kabupaten Tojo Lembah",
    "Tahun 2025 - 2029",
  ]);
  s.lines(["(dalam ribuan rupiah)"], 15);
  const P: Prog[] = [
    {
      id: "p1",
      kode: "2.11.03",
      nama: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      awal: 51.2,
      k: [52, 52.8, 53.6, 54.4, 55.2],
    },
    {
      id: "k11",
      parent: "p1",
      kode: "2.11.03.2.01",
      nama: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Persentase titik pantau air sungai yang diuji sesuai jadwal",
      sat: "%",
      awal: 80,
      k: [85, 88, 91, 94, 97],
      rp: [412_500, 436_000, 458_750, 481_200, 505_300],
    },
    {
      id: "k12",
      parent: "p1",
      kode: "2.11.03.2.02",
      nama: "Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Persentase kasus pencemaran yang ditanggulangi",
      sat: "%",
      awal: 70,
      k: [75, 80, 85, 90, 95],
      rp: [186_400, 195_700, 205_500, 215_800, 226_600],
    },
    {
      id: "p2",
      kode: "2.11.05",
      nama: "PROGRAM PENGENDALIAN BAHAN BERBAHAYA DAN BERACUN (B3) DAN LIMBAH B3",
      ind: "Persentase fasyankes yang mengelola limbah B3 sesuai ketentuan",
      sat: "%",
      awal: 64,
      k: [68, 72, 76, 80, 84],
    },
    {
      id: "k21",
      parent: "p2",
      kode: "2.11.05.2.01",
      nama: "Penyimpanan Sementara Limbah B3",
      ind: "Persentase fasyankes yang memiliki TPS limbah B3 berizin",
      sat: "%",
      awal: 58,
      k: [64, 70, 76, 82, 88],
      rp: [142_300, 149_400, 156_900, 164_700, 172_900],
    },
    {
      id: "p3",
      kode: "2.11.06",
      nama: "PROGRAM PEMBINAAN DAN PENGAWASAN TERHADAP IZIN LINGKUNGAN DAN IZIN PERLINDUNGAN DAN PENGELOLAAN LINGKUNGAN HIDUP (PPLH)",
      ind: "Persentase usaha/kegiatan yang taat terhadap persetujuan lingkungan",
      sat: "%",
      awal: 61.5,
      k: [65, 68.5, 72, 75.5, 79],
    },
    {
      id: "k31",
      parent: "p3",
      kode: "2.11.06.2.01",
      nama: "Pengawasan Usaha dan/atau Kegiatan yang Izin Lingkungan dan Izin PPLH Diterbitkan oleh Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase usaha/kegiatan wajib yang diawasi",
      sat: "%",
      awal: 45,
      k: [52, 59, 66, 73, 80],
      rp: [298_600, 313_500, 329_200, 345_700, 363_000],
    },
    {
      id: "p4",
      kode: "2.11.12",
      nama: "PROGRAM PENANGANAN PENGADUAN LINGKUNGAN HIDUP",
      ind: "Persentase pengaduan lingkungan hidup yang ditindaklanjuti tuntas",
      sat: "%",
      awal: 84,
      k: [87, 90, 93, 96, 100],
    },
    // planted: the kegiatan of program 2.11.12 is coded 2.11.11.2.01
    {
      id: "k41",
      parent: "p4",
      kode: "2.11.11.2.01",
      nama: "Penanganan Pengaduan Lingkungan Hidup",
      ind: "Persentase pengaduan yang diverifikasi paling lambat 14 hari kerja",
      sat: "%",
      awal: 78,
      k: [82, 86, 90, 94, 98],
      rp: [96_800, 101_600, 106_700, 112_000, 117_600],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 13 },
    { key: "nama", head: ["Program dan Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
  ];
  YEARS.forEach((y, i) => {
    const h = `Tahun ke-${ORD[i]} (${y})`;
    cols.push(
      { key: `k${i}`, head: [TK, h, "K"], role: "target", year: y, num: 6 + i, fmt: DEC, width: 8 },
      { key: `rp${i}`, head: [TK, h, "Rp"], role: "anggaran", year: y, num: 6 + i, fmt: RP, width: 12 },
    );
  });
  cols.push(
    { key: "akK", head: [AK, "K"], role: "kondisi-akhir", num: "11 = 6+7+8+9+10", fmt: DEC, width: 8 },
    { key: "akRp", head: [AK, "Rp"], num: "11 = 6+7+8+9+10", fmt: RP, width: 13 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 16 },
  );
  const pj: Record<string, string> = {
    p1: "Bidang PPKLH",
    p2: "Bidang PPKLH",
    p3: "Bidang Penaatan",
    p4: "Bidang Penaatan",
  };
  const rpSum = (x: Ctx) => YEARS.map((_, i) => x.a(`rp${i}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: P.map((p): Row => ({
      id: p.id,
      bold: !p.parent,
      cells: (x: Ctx) => {
        const kids = P.filter((q) => q.parent === p.id);
        const out: Record<string, ReturnType<typeof fx> | string | number> = {
          kode: p.kode,
          nama: p.nama,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.k[4],
          // planted: the akhir Rp of kegiatan 2.11.06.2.01 leaves out Tahun ke-V
          akRp: fx(
            p.id === "k31"
              ? YEARS.slice(0, 4)
                  .map((_, i) => x.a(`rp${i}`))
                  .join("+")
              : rpSum(x),
          ),
          pj: pj[p.parent ?? p.id],
        };
        YEARS.forEach((_, i) => {
          out[`k${i}`] = p.k[i];
          out[`rp${i}`] = p.rp ? p.rp[i] : fx(kids.map((q) => x.a(`rp${i}`, q.id)).join("+"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: K = target kinerja; Rp = pagu indikatif dalam ribuan rupiah; kondisi akhir K indikator persentase/indeks = target tahun ke-V.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Ampana Lembah, 3 Maret 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN TOJO LEMBAH,"],
    nama: "Drs. ABDUL HARIS LAMASITUDJU, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720306 199703 1 008",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rpAll = (id: string) => YEARS.map((_, i) => a(`rp${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akRp", "k31") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 2.11.06.2.01 adds Tahun ke-I .. ke-IV only (1,287,000); with the 363,000 of Tahun ke-V it is 1,650,000 (ribuan rupiah)",
    truth: rpAll("k31"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k41") },
    rules: ["code-hierarchy"],
    note: "kegiatan Penanganan Pengaduan Lingkungan Hidup is coded 2.11.11.2.01 under program 2.11.12; it should be 2.11.12.2.01",
    truth: a("kode", "p4"),
    actual: `PARENT(${a("kode", "k41")})`,
  });
  for (const p of P) {
    if (p.parent && p.id !== "k41")
      b.ok({
        sheet: S,
        cell: a("kode", p.id),
        rules: ["code-hierarchy"],
        truth: a("kode", p.parent),
        actual: `PARENT(${a("kode", p.id)})`,
      });
    // the akhir K of a rate or an index is the Tahun ke-V target, not the sum of the five years
    b.ok({
      sheet: S,
      cell: a("akK", p.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", p.id),
      trap: YEARS.map((_, i) => a(`k${i}`, p.id)).join("+"),
    });
    // with K | Rp side by side, a range SUM over the pairs would add the K too
    if (p.id !== "k31")
      b.ok({
        sheet: S,
        cell: a("akRp", p.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: rpAll(p.id),
        trap: `SUM(${a("rp0", p.id)}:${a("rp4", p.id)})`,
      });
  }
  for (const i of [0, 4])
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${i}`, "k11")}+${a(`rp${i}`, "k12")}`,
    });
  b.ok({ sheet: S, cell: a("k4", "p4"), rules: ["percent-out-of-range", "target-outlier"], truth: "100" });
  return b.finish();
}

type Ind = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; pj: string };

export function pkRenstraDlhOkt(): BookW {
  const b = new BookW(
    "pk-kadis-lh-renstra-dlh-ogan-komering-tengah.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra 2025-2029",
    "PK 2025 of the Kepala DLH of a kabupaten in Sumatera Selatan (No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah) and the Renstra DLH 2025-2029 sheet: No | Sasaran (merged) | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir 2029 | Penanggung Jawab",
  );
  const SR = "Renstra DLH 2025-2029";
  const SP = "PK DLH 2025";
  const Q1 = "Meningkatnya kualitas lingkungan hidup daerah";
  const Q2 = "Meningkatnya ketaatan pelaku usaha dan penanganan pengaduan lingkungan";
  const Q3 = "Terkelolanya limbah B3 fasilitas pelayanan kesehatan";
  const I: Ind[] = [
    {
      id: "i1",
      sas: Q1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      awal: 62.45,
      k: [62.8, 63.1, 6340, 63.7, 64],
      pj: "Sekretariat / semua bidang",
    },
    {
      id: "i2",
      sas: Q1,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      awal: 53.1,
      k: [53.5, 54, 54.5, 55, 55.5],
      pj: "Bidang P2KLH",
    },
    {
      id: "i3",
      sas: Q1,
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      awal: 85.9,
      k: [86.2, 86.6, 87, 87.4, 87.8],
      pj: "Bidang P2KLH",
    },
    {
      id: "i4",
      sas: Q1,
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      awal: 44.3,
      k: [44.6, 44.9, 45.2, 45.5, 45.8],
      pj: "Bidang KSDA dan PKLH",
    },
    {
      id: "i5",
      sas: Q2,
      ind: "Persentase usaha/kegiatan yang taat terhadap persetujuan lingkungan",
      sat: "%",
      awal: 63,
      k: [66, 69, 72, 75, 78],
      pj: "Bidang Penaatan",
    },
    {
      id: "i6",
      sas: Q2,
      ind: "Persentase pengaduan lingkungan yang ditindaklanjuti tuntas",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 96, 98],
      pj: "Bidang Penaatan",
    },
    {
      id: "i7",
      sas: Q2,
      ind: "Rata-rata waktu penyelesaian pengaduan lingkungan",
      sat: "hari",
      awal: 16,
      k: [15, 14, 13, 12, 11],
      pj: "Bidang Penaatan",
    },
    {
      id: "i8",
      sas: Q3,
      ind: "Persentase limbah B3 fasyankes yang terkelola sesuai ketentuan",
      sat: "%",
      awal: 78,
      k: [81, 84, 87, 90, 93],
      pj: "Bidang P2KLH",
    },
  ];
  // ---------------------------------------------------------------- PK sheet first (it is read first)
  const p = b.sheet(SP);
  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KABUPATEN OGAN KOMERING TENGAH"]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Ir. MARZUKI HASAN, M.T., Kepala Dinas Lingkungan Hidup, selanjutnya PIHAK PERTAMA,",
    "dan H. AHMAD ROSADI, S.H., M.H., Bupati Ogan Komering Tengah, selanjutnya PIHAK KEDUA, sepakat atas target berikut.",
  ]);
  p.gap();
  const pk = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tgt", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        // planted: the pengaduan target is the Renstra's 2026 value 92
        tgt: x.id === "i6" ? 92 : x.k[0],
      },
    })),
  });
  p.gap();
  const PR: Array<[string, string, number]> = [
    ["g1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_315_000],
    ["g2", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", 1_286_450_000],
    ["g3", "Program Pengendalian Bahan Berbahaya dan Beracun (B3) dan Limbah B3", 412_800_000],
    ["g4", "Program Pembinaan dan Pengawasan terhadap Izin Lingkungan dan Izin PPLH", 538_275_000],
    ["g5", "Program Penanganan Pengaduan Lingkungan Hidup", 187_600_000],
  ];
  const ag = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map(([id, nama, rp], i): Row => ({ id, cells: { no: i + 1, prog: nama, rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        cells: (x: Ctx) => ({ prog: "JUMLAH", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g5")})`) }),
      },
    ],
  });
  p.gap();
  p.put(p.r, 2, "PIHAK KEDUA,");
  p.put(p.r, 4, "Kayuagung Tengah, 3 Februari 2025");
  p.r++;
  p.put(p.r, 2, "BUPATI OGAN KOMERING TENGAH");
  p.put(p.r, 4, "PIHAK PERTAMA, KEPALA DINAS LINGKUNGAN HIDUP");
  p.gap(4);
  p.put(p.r, 2, "H. AHMAD ROSADI, S.H., M.H.");
  p.put(p.r, 4, "Ir. MARZUKI HASAN, M.T. / NIP. 19700514 199503 1 004");
  // ---------------------------------------------------------------- Renstra sheet
  const s = b.sheet(SR);
  s.lines(
    [
      "Tabel 6.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
      "Dinas Lingkungan Hidup Kabupaten Ogan Komering Tengah 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const TT = "Target Kinerja Tahun";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama / Kunci"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...YEARS.map((y, i): Col => ({
      key: `y${i}`,
      head: [TT, String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "akh", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j}`, v])),
        akh: x.k[4],
        pj: x.pj,
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator rata-rata waktu penyelesaian pengaduan semakin kecil semakin baik."]);

  const a = (k: string, id: string) => t.a(k, id);
  const R = (k: string, id: string) => `'${SR}'!${a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: SP, cell: pk.a("tgt", "i6") },
        { sheet: SR, cell: a("y0", "i6") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the pengaduan ditindaklanjuti tuntas is 92 (the Renstra's 2026 target); the Renstra 2025 target is 90",
    truth: R("y0", "i6"),
  });
  b.plant({
    at: { sheet: SR, cell: a("y2", "i1") },
    rules: ["target-outlier"],
    note: "IKLH target 2027 typed 6340 (the decimal comma of 63,40 lost); between 63.10 and 63.70 it is 63.40",
    truth: `ROUND((${a("y1", "i1")}+${a("y3", "i1")})/2,2)`,
  });
  for (const x of I) {
    if (x.id !== "i6")
      b.ok({ sheet: SP, cell: pk.a("tgt", x.id), rules: ["cross-table-mismatch"], truth: R("y0", x.id) });
    b.ok({
      sheet: SR,
      cell: a("akh", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y4", x.id),
      trap: YEARS.map((_, j) => a(`y${j}`, x.id)).join("+"),
    });
  }
  // falling targets of a lower-is-better indicator are no break of trend
  for (const j of [1, 4])
    b.ok({ sheet: SR, cell: a(`y${j}`, "i7"), rules: ["target-trend"], truth: `${a(`y${j - 1}`, "i7")}-1` });
  b.ok({
    sheet: SR,
    cell: a("y3", "i1"),
    rules: ["target-outlier", "target-trend"],
    truth: `${a("y1", "i1")}+0.6`,
  });
  b.ok({
    sheet: SP,
    cell: ag.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: PR.map(([id]) => ag.a("rp", id)).join("+"),
  });
  return b.finish();
}

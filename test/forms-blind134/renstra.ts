// Renstra tables of two BPBD: a T-C.27 "(dalam ribuan rupiah)" of a Sumatera Barat kabupaten with
// "Tahun ke-1 .. ke-5" resolved from the title, and the IKU matrix of a provincial BPBD with its
// kondisi awal, targets 2025-2029 and kondisi akhir. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type P = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
  rp?: number[];
  bold?: boolean;
};

export function tc27Bpbd(): BookW {
  const b = new BookW(
    "tc27-pendanaan-bpbd-pesisir-selatan-raya-b134.xlsx",
    "T-C.27 Renstra BPBD 2025-2029",
    "T-C.27 of a BPBD in Sumatera Barat, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; SUM formulas for kegiatan and program Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PESISIR SELATAN RAYA", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BPBD Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "prog",
      bold: true,
      kode: "1.05.03",
      nm: "Program Penanggulangan Bencana",
      ind: "Indeks Risiko Bencana (IRB) Kabupaten",
      sat: "indeks",
      awal: 145.2,
      k: [142.5, 139.8, 137.2, 134.6, 132],
      flow: false,
    },
    {
      id: "keg1",
      kode: "1.05.03.2.01",
      nm: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
      ind: "Persentase kecamatan yang tercakup informasi rawan bencana",
      sat: "%",
      awal: 60,
      k: [66.67, 73.33, 80, 86.67, 93.33],
      flow: false,
    },
    {
      id: "a1",
      kode: "1.05.03.2.01.0001",
      nm: "Penyediaan Informasi Rawan Bencana Bagi Masyarakat",
      ind: "Jumlah dokumen informasi rawan bencana yang disebarluaskan",
      sat: "dokumen",
      awal: 3,
      k: [4, 4, 4, 4, 4],
      flow: true,
      rp: [185_000, 192_500, 201_000, 210_400, 218_750],
    },
    {
      id: "a2",
      kode: "1.05.03.2.01.0002",
      nm: "Penyusunan Kajian Risiko Bencana",
      ind: "Jumlah dokumen kajian risiko bencana",
      sat: "dokumen",
      awal: 1,
      k: [1, 0, 0, 0, 1],
      flow: true,
      rp: [325_000, 0, 0, 0, 360_000],
    },
    {
      id: "keg2",
      kode: "1.05.03.2.04",
      nm: "Penataan Sistem Dasar Penanggulangan Bencana",
      ind: "Persentase sarana prasarana kesiapsiagaan dalam kondisi baik",
      sat: "%",
      awal: 68,
      k: [72, 76, 80, 84, 88],
      flow: false,
    },
    {
      id: "b1",
      kode: "1.05.03.2.04.0001",
      nm: "Penyediaan Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana",
      ind: "Persentase ketersediaan peralatan kesiapsiagaan sesuai standar",
      sat: "%",
      awal: 65,
      k: [70, 75, 80, 85, 90],
      flow: false,
      rp: [412_000, 436_500, 458_000, 481_250, 505_000],
    },
    {
      id: "b2",
      kode: "1.05.03.2.03.0002",
      nm: "Penyediaan Logistik Penanganan Darurat Bencana",
      ind: "Jumlah paket logistik kebutuhan dasar yang tersedia di gudang",
      sat: "paket",
      awal: 800,
      k: [900, 950, 1000, 1050, 1100],
      flow: true,
      rp: [640_000, 672_000, 705_600, 740_900, 777_900],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const yk = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "5",
      width: 11,
    },
    ...yk.flatMap((i): Col[] => [
      {
        key: `k${i}`,
        head: [G, `Tahun ke-${i}`, "Target"],
        role: "target",
        year: 2024 + i,
        num: String(5 + 2 * i - 1),
        width: 9,
      },
      {
        key: `rp${i}`,
        head: [G, `Tahun ke-${i}`, "Rp"],
        role: "anggaran",
        year: 2024 + i,
        num: String(5 + 2 * i),
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "16",
      width: 10,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 13,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  const kids: Record<string, string[]> = { keg1: ["a1", "a2"], keg2: ["b1", "b2"], prog: ["keg1", "keg2"] };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.bold,
      cells: (c) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          pj:
            x.id === "b2" || x.id === "keg2"
              ? "Bidang Kedaruratan dan Logistik"
              : "Bidang Pencegahan dan Kesiapsiagaan",
          lok: "Kabupaten",
        };
        yk.forEach((i) => {
          out[`k${i}`] = x.k[i - 1];
          out[`rp${i}`] = x.rp ? x.rp[i - 1] : fx(kids[x.id].map((id) => c.a(`rp${i}`, id)).join("+"));
        });
        out.ka = x.flow ? sum(x.k) : x.k[4];
        // planted: a1's kondisi akhir Rp is typed with two digits swapped (1,007,650)
        out.rpa =
          x.id === "a1"
            ? 1_006_750
            : fx(`SUM(${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")},${c.a("rp5")})`);
        if (x.id === "prog") out.pj = "BPBD";
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: IRB semakin kecil semakin baik; kondisi akhir indikator persentase dan indeks = target tahun ke-5.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const rpYears = (id: string) => yk.map((i) => a(`rp${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rpa", "a1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.05.03.2.01.0001 is a typed 1,006,750; the five years add up to 1,007,650",
    truth: rpYears("a1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Penyediaan Logistik Penanganan Darurat Bencana is coded 1.05.03.2.03.0002 under kegiatan 1.05.03.2.04 (summed into it by position)",
    truth: `PARENT(${a("kode", "b2")})`,
    actual: a("kode", "keg2"),
  });
  for (const id of ["prog", "keg1", "keg2", "b1"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yk.map((i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["a1", "a2", "b2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yk.map((i) => a(`k${i}`, id)).join("+"),
      trap: a("k5", id),
    });
  for (const id of ["prog", "keg1", "keg2", "a2", "b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("rpa", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpYears(id),
    });
  for (const [p, ks] of Object.entries(kids))
    for (const i of yk)
      b.ok({
        sheet: S,
        cell: a(`rp${i}`, p),
        rules: ["sum-mismatch"],
        truth: ks.map((id) => a(`rp${i}`, id)).join("+"),
      });
  b.ok({ sheet: S, cell: a("k5", "prog"), rules: ["target-trend"], truth: a("k5", "prog") });
  for (const [id, p] of [
    ["a1", "keg1"],
    ["a2", "keg1"],
    ["b1", "keg2"],
    ["keg1", "prog"],
    ["keg2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", p),
    });
  return b.finish();
}

type I = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  k: number[];
  akhir: number | string;
  neg?: boolean;
};

export function ikuBpbd(): BookW {
  const b = new BookW(
    "iku-matriks-bpbd-provinsi-sumbar-2025-2029-b134.xlsx",
    "IKU matrix of a provincial BPBD (2025-2029)",
    "IKU of a provincial BPBD in Sumatera Barat: No | Sasaran (merged) | Indikator Kinerja Utama | Formulasi / Cara Perhitungan | Satuan | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir (2029) | Penanggung Jawab; a falling response-time target",
  );
  const S = "IKU BPBD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SUMATERA BARAT", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines(["Lampiran Keputusan Kepala Pelaksana BPBD tentang Indikator Kinerja Utama Tahun 2025-2029"]);
  s.gap();
  const S1 = "Meningkatnya ketangguhan daerah dalam menghadapi bencana";
  const S2 = "Meningkatnya kualitas penanganan darurat dan pemulihan pascabencana";
  const rows: I[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Ketahanan Daerah (IKD)",
      def: "Hasil penilaian 71 indikator ketahanan daerah (Perka BNPB)",
      sat: "indeks",
      awal: 0.48,
      k: [0.52, 0.55, 0.58, 0.61, 0.64],
      akhir: 0.64,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase kabupaten/kota yang memiliki rencana kontinjensi terkini",
      def: "Kab/kota dengan renkon dimutakhirkan / 19 kab/kota x 100%",
      sat: "%",
      awal: 42.11,
      k: [47.37, 52.63, 578.9, 63.16, 68.42],
      akhir: 68.42,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Rata-rata waktu tanggap darurat sejak kejadian bencana",
      def: "Jumlah jam respon seluruh kejadian / jumlah kejadian",
      sat: "jam",
      awal: 8,
      k: [7.5, 7, 6.5, 6, 5.5],
      akhir: 5.5,
      neg: true,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase korban bencana yang terpenuhi kebutuhan dasarnya",
      def: "Korban terlayani kebutuhan dasar / seluruh korban terdampak x 100%",
      sat: "%",
      awal: 85,
      k: [88, 90, 92, 94, 95],
      akhir: 459,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah rumah rusak berat pascabencana yang direhabilitasi",
      def: "Jumlah unit rumah rusak berat yang selesai direhabilitasi per tahun",
      sat: "unit",
      awal: 0,
      k: [150, 175, 200, 225, 250],
      akhir: 1000,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "def", head: ["Formulasi / Cara Perhitungan"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...years.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: () => {
        const f = x.sat === "%" ? DEC : x.sat === "indeks" ? "0.00" : "0.0";
        const out: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          def: x.def,
          sat: x.sat,
          awal: fmt(x.awal, f),
          pj:
            x.id === "i1" || x.id === "i2"
              ? "Bidang Pencegahan dan Kesiapsiagaan"
              : "Bidang Kedaruratan dan Logistik",
        };
        years.forEach((y, j) => (out[`y${y}`] = fmt(x.k[j], x.sat === "unit" ? "0" : f)));
        out.akhir = fmt(x.akhir, x.sat === "unit" ? "0" : f);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["*) Indikator waktu tanggap darurat: semakin kecil semakin baik."]);
  s.gap();
  signature(s, 9, {
    tempat: "Padang, 6 Januari 2025",
    jabatan: ["Kepala Pelaksana BPBD", "Provinsi Sumatera Barat,"],
    nama: "Ir. RUDY HENDRA PUTRA, M.T.",
    nip: "19720915 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i2") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "2027 target of the renkon kab/kota is 578.9 % (decimal slip); 11 of 19 kab/kota is 57.89, between 52.63 and 63.16",
    truth: "ROUND(11/19*100,2)",
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", "i4") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the persentase korban terpenuhi kebutuhan dasar is 459, the five targets added; for a rate it is the 2029 target 95",
    truth: a("y2029", "i4"),
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: years.map((y) => a(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("akhir", "i5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => a(`y${y}`, "i5")).join("+"),
    trap: a("y2029", "i5"),
  });
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({ sheet: S, cell: a(`y${y}`, "i3"), rules: ["target-trend"], truth: a(`y${y}`, "i3") });
  return b.finish();
}

// The Renstra 2025-2029 of a Dinas Sosial in Sulawesi Tengah (Kabupaten Tojo Lembah, invented): the T-C.27
// program table with "Tahun ke-1 .. ke-5" over Target | Rp in thousands (years only in the title), and
// the IKU matrix with definisi / formulasi and targets 2025-2029. Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27DinsosTojo(): BookW {
  const b = new BookW(
    "tc27-renstra-dinsos-dtsen-tojo-lembah.xlsx",
    "T-C.27 Renstra Dinas Sosial 2025-2029",
    "T-C.27 of a Dinas Sosial in Sulawesi Tengah, Renstra 2025-2029 in thousands of rupiah: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode > Target | Rp (G+I+K+M+O) | Unit Kerja | Lokasi; number row merged over the pairs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOJO LEMBAH", "DINAS SOSIAL"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Sosial Kabupaten Tojo Lembah",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "1.06.05.2.02.0001",
      nm: "Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah rumah tangga DTSEN yang diverifikasi dan divalidasi",
      sat: "ruta",
      flow: true,
      awal: 11_400,
      k: [12_000, 12_500, 13_000, 13_500, 14_000],
      rp: [1_150_000, 1_210_000, 1_265_000, 1_320_000, 1_380_000],
    },
    {
      id: "s2",
      kode: "1.06.05.2.02.0002",
      nm: "Verifikasi dan Validasi Data Penerima Bantuan Sosial",
      ind: "Persentase KPM PKH dan sembako hasil verval yang tepat sasaran",
      sat: "%",
      flow: false,
      awal: 86.5,
      k: [88, 90, 92, 94, 95],
      rp: [640_000, 675_000, 710_000, 745_000, 780_000],
    },
    {
      id: "s3",
      kode: "1.06.05.2.02.0003",
      nm: "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat",
      ind: "Jumlah keluarga fakir miskin penerima bantuan usaha ekonomi produktif",
      sat: "KK",
      flow: true,
      awal: 140,
      k: [150, 160, 170, 180, 190],
      rp: [1_425_000, 1_520_000, 1_615_000, 1_710_000, 1_805_000],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "5",
    },
  ];
  for (let y = 1; y <= 5; y++)
    cols.push(
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(5 + y),
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + y),
        fmt: RP,
        width: 13,
      },
    );
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "11" },
    { key: "akRp", head: [AK, "Rp"], num: "11", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "13", width: 14 },
  );
  const ks = [1, 2, 3, 4, 5];
  const akRp = (c: Ctx) => fx(ks.map((y) => c.a(`rp${y}`)).join("+"));
  // planted: the kegiatan's Rp of Tahun ke-3 typed 3,950,000; its sub kegiatan give 3,590,000
  const KEG3 = 3_950_000;
  const rows: Row[] = [
    {
      id: "prog",
      bold: true,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          kode: "1.06.05",
          nm: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
          ind: "Persentase penduduk miskin penerima bantuan sosial yang tepat sasaran",
          sat: "%",
          awal: 82.5,
          akK: fx(c.a("k5")),
          akRp: akRp(c),
          pj: "Dinas Sosial",
          lok: "13 kecamatan",
        };
        [85, 87, 89, 91, 93].forEach((v, i) => (o[`k${i + 1}`] = v));
        ks.forEach((y) => (o[`rp${y}`] = fx(c.a(`rp${y}`, "keg"))));
        return o;
      },
    },
    {
      id: "keg",
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          kode: "1.06.05.2.02",
          nm: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
          ind: "Persentase data fakir miskin dalam DTSEN yang dimutakhirkan",
          sat: "%",
          awal: 64,
          akK: 90,
          akRp: akRp(c),
          pj: "Bidang Perlindungan dan Jaminan Sosial",
          lok: "13 kecamatan",
        };
        [70, 75, 80, 85, 90].forEach((v, i) => (o[`k${i + 1}`] = v));
        ks.forEach(
          (y) => (o[`rp${y}`] = y === 3 ? KEG3 : fx(`SUM(${c.a(`rp${y}`, "s1")}:${c.a(`rp${y}`, "s3")})`)),
        );
        return o;
      },
    },
    ...subs.map((x): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          akRp: akRp(c),
          pj: "Bidang Perlindungan dan Jaminan Sosial",
          lok: "Kab. Tojo Lembah",
        };
        ks.forEach((y) => {
          o[`k${y}`] = x.k[y - 1];
          o[`rp${y}`] = x.rp![y - 1];
        });
        // planted on s2 (a rate): the kondisi akhir adds the five targets
        o.akK = x.flow || x.id === "s2" ? fx(ks.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k5"));
        return o;
      },
    })),
  ];
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target untuk indikator persentase = target tahun ke-5; untuk indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Ampana Lembah, 3 Maret 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN TOJO LEMBAH,"],
    nama: "Drs. MOH. RIZAL LAMAKAMPALI, M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720415 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const k5s = (id: string) => ks.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir target of the verval tepat sasaran rate (%) adds the five targets (459); a rate ends at the Tahun ke-5 target, 95",
    truth: a("k5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp3", "keg") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp of kegiatan 1.06.05.2.02 in Tahun ke-3 (2027) is a typed 3,950,000 among SUM formulas; its three sub kegiatan give 1,265,000 + 710,000 + 1,615,000 = 3,590,000",
    truth: `${a("rp3", "s1")}+${a("rp3", "s2")}+${a("rp3", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: k5s("prog"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "keg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "keg"),
    trap: k5s("keg"),
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: k5s(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: ks.map((y) => a(`rp${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      actual: `PARENT(${a("kode", id)})`,
      truth: a("kode", "keg"),
    });
  b.ok({
    sheet: S,
    cell: a("k3", "s2"),
    rules: ["target-trend"],
    truth: `(${a("k2", "s2")}+${a("k4", "s2")})/2`,
  });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  t: number[];
  sumber: string;
};

export function ikuDinsosTojo(): BookW {
  const b = new BookW(
    "matriks-iku-dinsos-fakir-miskin-tojo-lembah.xlsx",
    "IKU matrix of a Dinas Sosial (2025-2029)",
    "IKU matrix of a Dinas Sosial in Sulawesi Tengah: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Kondisi Awal 2024 | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data; two lower-is-better indicators",
  );
  const S = "IKU Dinsos";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOJO LEMBAH", "DINAS SOSIAL"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Sosial Nomor 400.9/112/DINSOS/2025",
    "INDIKATOR KINERJA UTAMA DINAS SOSIAL TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya perlindungan dan jaminan sosial bagi fakir miskin";
  const S2 = "Meningkatnya ketepatan sasaran bantuan sosial";
  const I: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penduduk miskin",
      def: "Jumlah penduduk miskin / jumlah penduduk x 100% (negatif)",
      sat: "%",
      awal: 14.82,
      t: [14.3, 13.75, 13.2, 12.6, 12],
      sumber: "BPS Kab. Tojo Lembah",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase PPKS yang tertangani",
      def: "PPKS yang mendapat pelayanan / PPKS dalam DTSEN x 100%",
      sat: "%",
      awal: 62,
      t: [65, 68, 71, 74, 77],
      sumber: "Laporan Bidang Rehsos",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase KPM bansos tepat sasaran hasil verval DTSEN",
      def: "KPM layak hasil verval / KPM diverval x 100%",
      sat: "%",
      awal: 86.2,
      t: [88, 90, 9.2, 94, 96],
      sumber: "SIKS-NG / aplikasi DTSEN",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah aduan salah sasaran penyaluran bansos",
      def: "Aduan tertulis dan daring yang terverifikasi dalam satu tahun (negatif)",
      sat: "kasus",
      awal: 148,
      t: [135, 122, 146, 98, 85],
      sumber: "Unit Pengaduan Dinsos",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 30 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", fmt: DEC },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", fmt: DEC },
    { key: "sum", head: ["Sumber Data"], role: "sumber-data", width: 20 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          def: x.def,
          sat: x.sat,
          awal: x.awal,
          sum: x.sumber,
        };
        Y.forEach((y, j) => (o[`y${y}`] = x.t[j]));
        o.ak = fx(c.a("y2029"));
        return o;
      },
    })),
  });
  s.gap();
  s.lines(["Ket.: indikator nomor 1 dan 4 bersifat negatif (semakin kecil semakin baik)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i3") },
    rules: ["target-outlier"],
    note: "target 2027 of the KPM tepat sasaran rate typed 9.2 among 88, 90, .., 94, 96 (a dropped digit); between 90 and 94 it is 92",
    truth: `(${a("y2026", "i3")}+${a("y2028", "i3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "i4") },
    rules: ["target-trend"],
    note: "aduan salah sasaran (lower is better) target 2027 is 146 in the falling path 135, 122, .., 98, 85: it rises above the start; between 122 and 98 it is 110",
    truth: `(${a("y2026", "i4")}+${a("y2028", "i4")})/2`,
  });
  const sumY = (id: string) => Y.map((y) => a(`y${y}`, id)).join("+");
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: sumY(id),
    });
  b.ok({
    sheet: S,
    cell: a("y2027", "i1"),
    rules: ["target-trend"],
    truth: `(${a("y2026", "i1")}+${a("y2028", "i1")})/2`,
    tol: 0.03,
  });
  b.ok({
    sheet: S,
    cell: a("y2027", "i2"),
    rules: ["target-trend", "target-outlier"],
    truth: `(${a("y2026", "i2")}+${a("y2028", "i2")})/2`,
  });
  return b.finish();
}

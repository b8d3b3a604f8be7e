// The Renja 2025 (T-C.30-like) of the Dinas Pemuda dan Olahraga Provinsi Gorontalo, codes 2.19 with
// provincial kegiatan (x.xx.xx.1.xx), pagu indikatif per sub kegiatan. Invented numbers.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type R = {
  id: string;
  kode: string;
  ur: string;
  lvl: "bid" | "p" | "k" | "s";
  ind?: string;
  t25?: string;
  p25?: number;
  t26?: string;
  p26?: number;
};

export function renjaDisporaGorontalo(): BookW {
  const b = new BookW(
    "renja-2025-pagu-sub-kegiatan-dispora-gorontalo.xlsx",
    "Renja 2025 (T-C.30-like, Dispora Provinsi, codes 2.19)",
    "Kode | Urusan/Bidang Urusan dan Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025' > Lokasi | Target Capaian Kinerja | Pagu Indikatif (Rp) | Sumber Dana | 'Prakiraan Maju Tahun 2026' > Target Capaian Kinerja | Pagu Indikatif (Rp); number row 1 .. 9; targets as text with units; bidang and program rows add their children, kegiatan SUM; TOTAL",
  );
  const S = "T-C.30";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA KERJA DINAS PEMUDA DAN OLAHRAGA PROVINSI GORONTALO TAHUN 2025",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
  ]);
  const xs: R[] = [
    { id: "bid", kode: "2.19", ur: "URUSAN PEMERINTAHAN BIDANG KEPEMUDAAN DAN OLAHRAGA", lvl: "bid" },
    {
      id: "p1",
      kode: "2.19.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
      lvl: "p",
      ind: "Nilai SAKIP",
      t25: "BB",
      t26: "BB",
    },
    {
      id: "k11",
      kode: "2.19.01.1.02",
      ur: "Administrasi Keuangan Perangkat Daerah",
      lvl: "k",
      ind: "Bulan layanan administrasi keuangan",
      t25: "12 bulan",
      t26: "12 bulan",
    },
    {
      id: "s111",
      kode: "2.19.01.1.02.0001",
      ur: "Penyediaan Gaji dan Tunjangan ASN",
      lvl: "s",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      t25: "86 orang",
      p25: 6148920000,
      t26: "88 orang",
      p26: 6392700000,
    },
    {
      id: "s112",
      kode: "2.19.01.1.02.0002",
      ur: "Penyediaan Administrasi Pelaksanaan Tugas ASN",
      lvl: "s",
      ind: "Jumlah dokumen hasil penyediaan administrasi pelaksanaan tugas ASN",
      t25: "12 dokumen",
      p25: 412350000,
      t26: "12 dokumen",
      p26: 430000000,
    },
    {
      id: "p2",
      kode: "2.19.02",
      ur: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
      lvl: "p",
      ind: "Indeks Pembangunan Pemuda",
      t25: "57,10",
      t26: "57,80",
    },
    {
      id: "k21",
      kode: "2.19.02.1.01",
      ur: "Penyadaran, Pemberdayaan, dan Pengembangan Pemuda dan Kepemudaan Kewenangan Provinsi",
      lvl: "k",
      ind: "Jumlah pemuda yang diberdayakan",
      t25: "1.250 orang",
      t26: "1.400 orang",
    },
    {
      id: "s211",
      kode: "2.19.02.1.01.0001",
      ur: "Penyelenggaraan Kepemimpinan dan Kepeloporan Pemuda",
      lvl: "s",
      ind: "Jumlah pemuda yang mengikuti pelatihan kepemimpinan",
      t25: "450 orang",
      p25: 687500000,
      t26: "500 orang",
      p26: 725000000,
    },
    {
      id: "s212",
      kode: "2.19.02.1.01.0004",
      ur: "Pengembangan Kewirausahaan Pemuda",
      lvl: "s",
      ind: "Jumlah wirausaha muda yang dibina",
      t25: "300 orang",
      p25: 924800000,
      t26: "350 orang",
      p26: 1012500000,
    },
    {
      id: "p3",
      kode: "2.19.03",
      ur: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN",
      lvl: "p",
      ind: "Jumlah medali emas tingkat nasional",
      t25: "12 medali",
      t26: "14 medali",
    },
    {
      id: "k31",
      kode: "2.19.03.1.01",
      ur: "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Provinsi",
      lvl: "k",
      ind: "Jumlah atlet yang dibina",
      t25: "320 orang",
      t26: "340 orang",
    },
    {
      id: "s311",
      kode: "2.19.03.1.01.0002",
      ur: "Pembibitan dan Pembinaan Atlet Pelajar (PPLP)",
      lvl: "s",
      ind: "Jumlah atlet PPLP yang dibina",
      t25: "64 orang",
      p25: 2846300000,
      t26: "64 orang",
      p26: 2975000000,
    },
    {
      id: "s312",
      kode: "2.19.03.1.01.0003",
      ur: "Penyediaan Sarana dan Prasarana Olahraga Prestasi",
      lvl: "s",
      ind: "Jumlah paket sarana olahraga prestasi",
      t25: "6 paket",
      p25: 1537900000,
      t26: "6 paket",
      p26: 1600000000,
    },
    {
      id: "s313",
      kode: "2.19.03.1.01.0005",
      ur: "Pengiriman Atlet pada Kejuaraan Tingkat Nasional",
      lvl: "s",
      ind: "Jumlah atlet yang dikirim ke kejurnas",
      t25: "180 orang",
      p25: 3215600000,
      t26: "200 orang",
      p26: 3450000000,
    },
    {
      id: "k32",
      kode: "2.19.03.1.02",
      ur: "Penyelenggaraan Kejuaraan Olahraga Tingkat Daerah Provinsi",
      lvl: "k",
      ind: "Jumlah kejuaraan yang diselenggarakan",
      t25: "4 event",
      t26: "4 event",
    },
    {
      id: "s321",
      kode: "2.19.03.1.02.0001",
      ur: "Penyelenggaraan Pekan Olahraga Provinsi (PORPROV)",
      lvl: "s",
      ind: "Jumlah penyelenggaraan PORPROV",
      t25: "1 event",
      p25: 5482000000,
      t26: "-",
      p26: 0,
    },
    // planted 1: coded under kegiatan 2.19.03.1.01 although it stands under 2.19.03.1.02
    {
      id: "s322",
      kode: "2.19.03.1.01.0004",
      ur: "Penyelenggaraan Kejuaraan Daerah Cabang Olahraga",
      lvl: "s",
      ind: "Jumlah kejurda yang difasilitasi",
      t25: "3 event",
      p25: 746250000,
      t26: "4 event",
      p26: 980000000,
    },
  ];
  const subs: Record<string, string[]> = {
    k11: ["s111", "s112"],
    k21: ["s211", "s212"],
    k31: ["s311", "s313"],
    k32: ["s321", "s322"],
    p1: ["k11"],
    p2: ["k21"],
    p3: ["k31", "k32"],
    bid: ["p1", "p2", "p3"],
  };
  const A = "Rencana Tahun 2025";
  const B = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan dan Program/Kegiatan/Sub Kegiatan"],
      role: "lainnya",
      num: 2,
      width: 44,
    },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "lok", head: [A, "Lokasi"], role: "lokasi", num: 4, width: 14 },
    { key: "t25", head: [A, "Target Capaian Kinerja"], role: "target", year: 2025, num: 5, width: 12 },
    {
      key: "p25",
      head: [A, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 6,
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: [A, "Sumber Dana"], role: "keterangan", num: 7, width: 9 },
    { key: "t26", head: [B, "Target Capaian Kinerja"], role: "target", year: 2026, num: 8, width: 12 },
    {
      key: "p26",
      head: [B, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 9,
      fmt: RP,
      width: 17,
    },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c) => {
      const out: Record<string, Cell> = { kode: x.kode, ur: x.ur, ind: x.ind, t25: x.t25, t26: x.t26 };
      if (x.lvl === "s") {
        out.lok = x.id.startsWith("s1") ? "Kantor Dinas" : "Provinsi Gorontalo";
        out.sd = "PAD";
        out.p25 = x.p25;
        out.p26 = x.p26;
      } else if (x.lvl === "k") {
        const [f, l] = subs[x.id];
        // planted 2: kegiatan 2.19.03.1.02 sums only PORPROV (its range was not widened for the kejurda)
        const l25 = x.id === "k32" ? "s321" : l;
        out.p25 = fx(`SUM(${c.a("p25", f)}:${c.a("p25", l25)})`);
        out.p26 = fx(`SUM(${c.a("p26", f)}:${c.a("p26", l)})`);
      } else {
        out.p25 = fx(subs[x.id].map((k) => c.a("p25", k)).join("+"));
        out.p26 = fx(subs[x.id].map((k) => c.a("p26", k)).join("+"));
      }
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "t25"],
    cells: (c) => ({ kode: "TOTAL", p25: fx(c.a("p25", "bid")), p26: fx(c.a("p26", "bid")) }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 6, {
    tempat: "Gorontalo, 8 Juli 2024",
    jabatan: ["Kepala Dinas Pemuda dan Olahraga", "Provinsi Gorontalo,"],
    nama: "Dr. ROSNA YUSUF DUNGGIO, M.Pd",
    nip: "19720309 199802 2 003",
  });
  const a = t.a.bind(t);
  const pr = (k: string, i1: string, i2: string) => `${a(k, i1)}:${a(k, i2)}`;
  b.plant({
    at: { sheet: S, cell: a("kode", "s322") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 'Penyelenggaraan Kejuaraan Daerah Cabang Olahraga' stands under kegiatan 2.19.03.1.02 but is coded 2.19.03.1.01.0004 (the prefix of the kegiatan above)",
    truth: a("kode", "k32"),
    actual: `PARENT(${a("kode", "s322")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p25", "k32") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "pagu 2025 of kegiatan 2.19.03.1.02 =SUM(F..F) covers PORPROV alone (5,482,000,000) and leaves out the kejurda's 746,250,000; its sub kegiatan give 6,228,250,000",
    truth: `SUM(${pr("p25", "s321", "s322")})`,
  });
  // trap: the program adds its two kegiatan only, not the sub kegiatan rows between them
  b.ok({
    sheet: S,
    cell: a("p26", "p3"),
    rules: ["sum-mismatch"],
    truth: `${a("p26", "k31")}+${a("p26", "k32")}`,
    trap: `SUM(${pr("p26", "k31", "s322")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p26", "bid"),
    rules: ["sum-mismatch"],
    truth: `${a("p26", "p1")}+${a("p26", "p2")}+${a("p26", "p3")}`,
    trap: `SUM(${pr("p26", "p1", "s322")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p25", "k31"),
    rules: ["sum-mismatch"],
    truth: `SUM(${pr("p25", "s311", "s313")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p26", "k32"),
    rules: ["sum-mismatch"],
    truth: `SUM(${pr("p26", "s321", "s322")})`,
  });
  for (const [id, up] of [
    ["s321", "k32"],
    ["s313", "k31"],
    ["k21", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", up),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

// Plans of a Bagian Kesra in Sumatera Barat: the T-C.27 of the Renstra Setda 2025-2029 (hibah rumah
// ibadah, MTQ / STQ, manasik haji; Rp in thousands, Tahun ke-1..5) and the IKU matrix of the Bagian
// with a SAKIP grade row. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ============================================ T-C.27, Setda Kabupaten Tanah Marapi (Sumatera Barat)

type P = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  akhir: number;
};

export function tc27KesraSumbar(): BookW {
  const b = new BookW(
    "tc27-renstra-setda-kesra-tanah-marapi-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (Bagian Kesra)",
    "T-C.27 Renstra Setda 2025-2029 (Bagian Kesra) of a kabupaten in Sumatera Barat, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit | Lokasi; kegiatan Rp = sub kegiatan, program = kegiatan (formulas); a second indicator without code; kondisi akhir Rp = Rp1+..+Rp5",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH MARAPI", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Bagian Kesejahteraan Rakyat",
    "Renstra Sekretariat Daerah Kabupaten Tanah Marapi Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "4.01.02",
      ur: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
      ind: "Persentase lembaga keagamaan yang difasilitasi",
      sat: "%",
      awal: 72,
      k: [76, 80, 84, 88, 92],
      akhir: 92,
    },
    {
      id: "k",
      kode: "4.01.02.2.02",
      ur: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
      ind: "Jumlah dokumen pelaksanaan kebijakan kesra",
      sat: "dokumen",
      awal: 5,
      k: [5, 5, 5, 5, 5],
      akhir: 25,
    },
    {
      id: "s1",
      kode: "4.01.02.2.02.0001",
      ur: "Fasilitasi Hibah Pembangunan dan Rehabilitasi Rumah Ibadah",
      ind: "Jumlah rumah ibadah penerima hibah",
      sat: "unit",
      awal: 38,
      k: [40, 45, 45, 50, 50],
      rp: [2_400_000, 2_700_000, 2_700_000, 3_000_000, 3_000_000],
      akhir: 50,
    },
    {
      id: "s2",
      kode: "4.01.02.2.02.0002",
      ur: "Penyelenggaraan MTQ dan STQ Tingkat Kabupaten",
      ind: "Jumlah peserta MTQ / STQ yang dibina",
      sat: "orang",
      awal: 176,
      k: [180, 120, 185, 125, 190],
      rp: [1_850_000, 950_000, 1_920_000, 980_000, 2_010_000],
      akhir: 800,
    },
    {
      id: "s3",
      kode: "4.01.02.2.02.0003",
      ur: "Fasilitasi Pelayanan Jemaah Haji Daerah",
      ind: "Persentase jemaah haji yang mengikuti manasik tingkat kabupaten",
      sat: "%",
      awal: 88,
      k: [90, 92, 940, 96, 98],
      rp: [650_000, 680_000, 710_000, 740_000, 770_000],
      akhir: 98,
    },
    {
      id: "s3b",
      ind: "Jumlah petugas haji daerah (TPHD) yang dibekali",
      sat: "orang",
      awal: 8,
      k: [8, 8, 8, 8, 8],
      akhir: 40,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
  ];
  for (let y = 1; y <= 5; y++) {
    cols.push({
      key: `t${y}`,
      head: [G, `Tahun ke-${y}`, "Target"],
      role: "target",
      year: 2024 + y,
      num: 5 + y,
      width: 9,
    });
    cols.push({
      key: `r${y}`,
      head: [G, `Tahun ke-${y}`, "Rp"],
      role: "anggaran",
      year: 2024 + y,
      num: 5 + y,
      fmt: RP,
      width: 13,
    });
  }
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  cols.push({ key: "ak", head: [KA, "Target"], role: "kondisi-akhir", year: 2029, num: 11, width: 9 });
  cols.push({ key: "ar", head: [KA, "Rp"], role: "kondisi-akhir", year: 2029, num: 11, fmt: RP, width: 14 });
  cols.push({
    key: "unit",
    head: ["Unit Kerja PD Penanggung Jawab"],
    role: "penanggung-jawab",
    num: 12,
    width: 14,
  });
  cols.push({ key: "lok", head: ["Lokasi"], role: "lokasi", num: 13, width: 14 });
  const subs = ["s1", "s2", "s3"];
  const Y = [1, 2, 3, 4, 5];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: rows.map((p): Row => ({
      id: p.id,
      cells: (x: Ctx) => {
        const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          ak: p.akhir,
        };
        Y.forEach((y) => (out[`t${y}`] = p.k[y - 1]));
        if (p.id !== "s3b") {
          Y.forEach((y) => {
            if (p.rp) out[`r${y}`] = p.rp[y - 1];
            else if (p.id === "k") out[`r${y}`] = fx(subs.map((id) => x.a(`r${y}`, id)).join("+"));
            else out[`r${y}`] = fx(x.a(`r${y}`, "k"));
          });
          out.ar = fx(Y.map((y) => x.a(`r${y}`)).join("+"));
          out.unit = "Bagian Kesra";
          out.lok = "Kab. Tanah Marapi";
        }
        return out as Record<string, ReturnType<typeof fx> | number | string>;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: Tahun ke-1 s.d. ke-5 = Tahun 2025 s.d. 2029; MTQ pada tahun ganjil, STQ pada tahun genap.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Batu Sangkar Baru, 3 Maret 2025",
    jabatan: ["SEKRETARIS DAERAH", "KABUPATEN TANAH MARAPI,"],
    nama: "Dr. H. ANDRI YULIANSYAH DT. RAJO MUDO, M.Si.",
    nip: "19710915 199703 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the rumah ibadah penerima hibah (a yearly count) is 50, the Tahun ke-5 target; the five years add up to 230",
    truth: Y.map((y) => a(`t${y}`, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "s3") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2027) target of the manasik haji is 940 % between 92 and 96 (a digit slip for 94)",
    truth: `(${a("t2", "s3")}+${a("t4", "s3")})/2`,
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: Y.map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const id of ["k", "s2", "s3b"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`t${y}`, id)).join("+"),
      trap: a("t5", id),
    });
  for (const id of ["p", "k", ...subs])
    b.ok({
      sheet: S,
      cell: a("ar", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k"),
      rules: ["sum-mismatch"],
      truth: subs.map((id) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2, 4, 5])
    b.ok({ sheet: S, cell: a(`t${y}`, "s3"), rules: ["target-outlier"], truth: String(rows[4].k[y - 1]) });
  // the STQ years (120, 125) alternate with MTQ years: a pattern, not an outlier
  b.ok({ sheet: S, cell: a("t2", "s2"), rules: ["target-outlier"], truth: "120" });
  return b.finish();
}

// ============================================= IKU Bagian Kesra, Setda Kota Bukit Sianok (Sumatera Barat)

type I = {
  id: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: string | number;
  tg: Array<string | number>;
  pj: string;
};

export function ikuKesraSumbar(): BookW {
  const b = new BookW(
    "iku-bagian-kesra-kota-bukit-sianok-2025-2029.xlsx",
    "IKU matrix (Bagian Kesra)",
    "Matriks IKU Bagian Kesra 2025-2029 of a kota in Sumatera Barat: No | Indikator Kinerja Utama | Formulasi / Cara Perhitungan | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Penanggung Jawab | Sumber Data; a SAKIP row with 'BB (72,15)' texts; two lower-is-better rows",
  );
  const S = "IKU Kesra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIT SIANOK", "SEKRETARIAT DAERAH KOTA"]);
  s.lines([
    "Lampiran Keputusan Wali Kota Bukit Sianok Nomor 188.45/112/Kesra/2025",
    "INDIKATOR KINERJA UTAMA BAGIAN KESEJAHTERAAN RAKYAT TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: I[] = [
    {
      id: "i1",
      ind: "Nilai evaluasi AKIP Bagian Kesejahteraan Rakyat",
      rumus: "Nilai hasil evaluasi AKIP oleh Inspektorat",
      sat: "nilai / predikat",
      awal: "BB (72,15)",
      tg: ["BB (74,00)", "BB (76,50)", "A (79,60)", "BB (80,00)", "A (82,50)"],
      pj: "Kabag Kesra",
    },
    {
      id: "i2",
      ind: "Persentase rumah ibadah yang difasilitasi hibah",
      rumus: "Rumah ibadah penerima hibah / rumah ibadah terdata x 100%",
      sat: "%",
      awal: 62.5,
      tg: [65, 67.5, 70, 72.5, 75],
      pj: "Subbag Bina Mental Spiritual",
    },
    {
      id: "i3",
      ind: "Rata-rata waktu penyelesaian verifikasi proposal hibah keagamaan",
      rumus: "Jumlah hari verifikasi seluruh proposal / jumlah proposal",
      sat: "hari",
      awal: 21,
      tg: [18, 16, 14, 12, 10],
      pj: "Subbag Bina Mental Spiritual",
    },
    {
      id: "i4",
      ind: "Persentase jemaah haji yang diberangkatkan sesuai kuota",
      rumus: "Jemaah berangkat / kuota kota x 100%",
      sat: "%",
      awal: 97.5,
      tg: [98, 98.5, 99, 99.5, 100],
      pj: "Subbag Kesra dan Haji",
    },
    {
      id: "i5",
      ind: "Jumlah pengaduan masyarakat atas penyaluran insentif guru ngaji dan marbot",
      rumus: "Jumlah pengaduan tercatat pada kanal SP4N-LAPOR! dan Bagian Kesra dalam 1 tahun",
      sat: "kasus",
      awal: 34,
      tg: [30, 26, 22, 25, 14],
      pj: "Subbag Kesra dan Haji",
    },
  ];
  const YS = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "rumus", head: ["Formulasi / Cara Perhitungan"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 12 },
    ...YS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 11,
    })),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((r, i): Row => ({
      id: r.id,
      cells: {
        no: i + 1,
        ind: r.ind,
        rumus: r.rumus,
        sat: r.sat,
        awal: r.awal,
        ...Object.fromEntries(YS.map((y, k) => [`t${y}`, r.tg[k]])),
        pj: r.pj,
        sd: "Laporan Bagian Kesra",
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator nomor 3 dan 5 semakin kecil semakin baik."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "i1") },
    rules: ["sakip-grade-mismatch"],
    note: "2027 target of the nilai AKIP is 'A (79,60)'; a score of 79,60 is BB (> 70 - 80)",
    truth: `SAKIP(SCORE(${a("t2027", "i1")}))`,
    actual: `GRADE(${a("t2027", "i1")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2028", "i5") },
    rules: ["target-trend"],
    note: "2028 target of the pengaduan (lower is better) rises to 25 between 22 and 14; the steady 4-a-year decline gives 18",
    truth: `(${a("t2027", "i5")}+${a("t2029", "i5")})/2`,
  });
  for (const c of [a("awal", "i1"), ...[2025, 2026, 2029].map((y) => a(`t${y}`, "i1"))])
    b.ok({
      sheet: S,
      cell: c,
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${c}))`,
      actual: `GRADE(${c})`,
    });
  // 80,00 is BB: the lower bounds are exclusive
  b.ok({
    sheet: S,
    cell: a("t2028", "i1"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("t2028", "i1")}))`,
    actual: `GRADE(${a("t2028", "i1")})`,
    trap: '"A"',
  });
  for (const y of YS)
    b.ok({ sheet: S, cell: a(`t${y}`, "i3"), rules: ["target-trend"], truth: a(`t${y}`, "i3") });
  for (const y of [2026, 2029])
    b.ok({
      sheet: S,
      cell: a(`t${y}`, "i4"),
      rules: ["target-trend", "percent-out-of-range"],
      truth: a(`t${y}`, "i4"),
    });
  return b.finish();
}

// The Inspektorat of two kabupaten on the follow-up of audit findings (tindak lanjut LHP): a recap of the
// status of the recommendations per perangkat daerah (Sulawesi Barat), an LKjIP measurement table and a
// T-C.27 of the Renstra 2025-2029 (Jawa Timur). Every region, name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

/** Rekap status tindak lanjut rekomendasi LHP per perangkat daerah, Inspektorat Kabupaten Mamuju Hilir. */
export function rekapTlMamujuHilir(): BookW {
  const b = new BookW(
    "rekap-status-tindak-lanjut-lhp-inspektorat-mamuju-hilir.xlsx",
    "Rekap status tindak lanjut hasil pemeriksaan (Inspektorat)",
    "Rekap status tindak lanjut rekomendasi LHP s.d. 31 Desember 2024 per perangkat daerah: No | Perangkat Daerah | Jumlah Temuan | Jumlah Rekomendasi | 'Status Tindak Lanjut Rekomendasi' > Sesuai (S) | Belum Sesuai (BS) | Belum Ditindaklanjuti (BD) | Jumlah | % Penyelesaian; number row 1 .. '8 = 5 + 6 + 7', '9 = 5 / 4 x 100'; JUMLAH row",
  );
  const S = "Rekap TL 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MAMUJU HILIR",
    "INSPEKTORAT DAERAH",
    "Jl. Poros Tampa Padang No. 12, Mamuju Hilir - Sulawesi Barat",
  ]);
  s.lines([
    "REKAPITULASI STATUS TINDAK LANJUT REKOMENDASI HASIL PEMERIKSAAN",
    "KEADAAN S.D. 31 DESEMBER 2024",
  ]);
  s.gap();
  const O = [
    { id: "o1", nama: "Sekretariat Daerah", tem: 18, st: 31, bs: 6, bd: 2 },
    { id: "o2", nama: "Dinas Pendidikan dan Kebudayaan", tem: 27, st: 41, bs: 9, bd: 5 },
    { id: "o3", nama: "Dinas Kesehatan", tem: 33, st: 52, bs: 8, bd: 4 },
    { id: "o4", nama: "Dinas Pekerjaan Umum dan Penataan Ruang", tem: 24, st: 29, bs: 11, bd: 7 },
    { id: "o5", nama: "Badan Pengelolaan Keuangan dan Aset Daerah", tem: 21, st: 28, bs: 4, bd: 2 },
    { id: "o6", nama: "Dinas Sosial", tem: 9, st: 14, bs: 2, bd: 0 },
    { id: "o7", nama: "RSUD Tampa Padang", tem: 15, st: 19, bs: 5, bd: 3 },
  ];
  const G = "Status Tindak Lanjut Rekomendasi";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: 2, width: 34 },
    { key: "tem", head: ["Jumlah Temuan"], num: 3, fmt: INT, width: 9 },
    { key: "rek", head: ["Jumlah Rekomendasi"], role: "target", year: 2024, num: 4, fmt: INT, width: 11 },
    { key: "st", head: [G, "Sesuai (S)"], role: "realisasi", year: 2024, num: 5, fmt: INT },
    { key: "bs", head: [G, "Belum Sesuai (BS)"], num: 6, fmt: INT },
    { key: "bd", head: [G, "Belum Ditindak-lanjuti (BD)"], num: 7, fmt: INT },
    { key: "jml", head: [G, "Jumlah"], num: "8 = 5 + 6 + 7", fmt: INT },
    { key: "pct", head: ["% Penyelesaian"], role: "capaian", year: 2024, num: "9 = 5 / 4 x 100", fmt: DEC },
  ];
  const tot = (k: string, x: Ctx) => fx(`SUM(${x.a(k, "o1")}:${x.a(k, "o7")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          opd: o.nama,
          tem: o.tem,
          rek: o.st + o.bs + o.bd,
          st: o.st,
          bs: o.bs,
          bd: o.bd,
          // planted: Dinas Kesehatan's Jumlah typed 46 (52 + 8 + 4 = 64)
          jml: o.id === "o3" ? 46 : fx(`SUM(${x.a("st")}:${x.a("bd")})`),
          // planted: BPKAD's % typed 87.50 (28 / 34 = 82.35)
          pct: o.id === "o5" ? 87.5 : fx(`ROUND(${x.a("st")}/${x.a("rek")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "opd"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          tem: tot("tem", x),
          rek: tot("rek", x),
          st: tot("st", x),
          bs: tot("bs", x),
          bd: tot("bd", x),
          jml: tot("jml", x),
          pct: fx(`ROUND(${x.a("st")}/${x.a("rek")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "S = sesuai rekomendasi; BS = belum sesuai / dalam proses; BD = belum ditindaklanjuti.",
    "Persentase penyelesaian baris JUMLAH dihitung dari jumlah S dibagi jumlah rekomendasi.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Mamuju Hilir, 15 Januari 2025",
    jabatan: ["INSPEKTUR KABUPATEN MAMUJU HILIR,"],
    nama: "Drs. H. MUHAMMAD ARIFUDDIN LATIEF, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690812 199403 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "o3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of the Dinas Kesehatan is a typed 46 among SUM formulas; 52 S + 8 BS + 4 BD give 64 (digits swapped)",
    truth: `${a("st", "o3")}+${a("bs", "o3")}+${a("bd", "o3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "o5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Penyelesaian of the BPKAD is a typed 87.50 among ROUND formulas; 28 / 34 gives 82.35",
    truth: `ROUND(${a("st", "o5")}/${a("rek", "o5")}*100,2)`,
  });
  for (const o of O) {
    if (o.id !== "o3")
      b.ok({
        sheet: S,
        cell: a("jml", o.id),
        rules: ["sum-mismatch"],
        truth: `${a("st", o.id)}+${a("bs", o.id)}+${a("bd", o.id)}`,
      });
    if (o.id !== "o5")
      b.ok({
        sheet: S,
        cell: a("pct", o.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("st", o.id)}/${a("rek", o.id)}*100,2)`,
      });
  }
  for (const k of ["tem", "rek", "st", "bs", "bd"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o7")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("st", "o1")}:${a("st", "o7")})/SUM(${a("rek", "o1")}:${a("rek", "o7")})*100,2)`,
    trap: `SUM(${a("pct", "o1")}:${a("pct", "o7")})`,
  });
  return b.finish();
}

/** LKjIP 2024 Inspektorat Kabupaten Kali Brantas, Tabel 3.1 pengukuran kinerja. */
export function lkjipInspektoratKaliBrantas(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-inspektorat-kali-brantas.xlsx",
    "LKjIP tabel pengukuran kinerja (Inspektorat)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; the temuan berulang (lower is better) with (2 x T - R) / T; Rata-rata row with predikat",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024", "INSPEKTORAT KABUPATEN KALI BRANTAS"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Inspektorat Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas tata kelola dan akuntabilitas kinerja perangkat daerah";
  const S2 = "Meningkatnya penyelesaian tindak lanjut hasil pengawasan";
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    t: number;
    r: number;
    low?: boolean;
    p: string;
  };
  const I: I[] = [
    { id: "i1", sas: S1, ind: "Nilai maturitas SPIP", sat: "level", t: 3.5, r: 3.28, p: "Sangat Baik" },
    { id: "i2", sas: S1, ind: "Level kapabilitas APIP", sat: "level", t: 3, r: 3, p: "Sangat Baik" },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      sat: "%",
      t: 85,
      r: 88.42,
      p: "Sangat Baik",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase temuan berulang (semakin kecil semakin baik)",
      sat: "%",
      t: 10,
      r: 7.5,
      low: true,
      p: "Sangat Baik",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase penyelesaian tindak lanjut LHP BPK",
      sat: "%",
      t: 80,
      r: 61.2,
      p: "Sangat Baik",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((i, n): Row => ({
        id: i.id,
        cells: (x: Ctx) => {
          const f = i.low
            ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`
            : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
          return {
            no: n + 1,
            sas: i.sas,
            ind: i.ind,
            sat: i.sat,
            t: i.t,
            r: i.r,
            // planted: SPIP capaian with a stale cached 97.13 (from a realisasi of 3.40 before the QA)
            c: i.id === "i1" ? fx(f, 97.13) : fx(f),
            p: i.p,
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator temuan berulang bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the SPIP maturity is =ROUND(R/T*100,2) with a stale cached 97.13; 3.28 / 3.50 gives 93.71",
    truth: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for 76.50 (61.20 against 80); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i2", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** T-C.27 of the Renstra 2025-2029 of the Inspektorat Kabupaten Kali Brantas (in thousands of rupiah). */
export function tc27InspektoratKaliBrantas(): BookW {
  const b = new BookW(
    "tc27-renstra-inspektorat-kali-brantas-2025-2029.xlsx",
    "T-C.27 Renstra (Inspektorat)",
    "T-C.27 2025-2029 in thousands of rupiah: Kode | Program / Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp; number row with merged pairs; program Rp = its two kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Inspektorat Kabupaten Kali Brantas Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const ord = ["ke-1", "ke-2", "ke-3", "ke-4", "ke-5"];
  const TG = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "ur", head: ["Program / Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "aw",
      head: ["Data Capaian pada Tahun Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [TG, `Tahun ${ord[i]} (${y})`, "Target"],
        role: "target",
        year: y,
        num: 6 + i,
        fmt: DEC,
      },
      {
        key: `rp${y}`,
        head: [TG, `Tahun ${ord[i]} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: 11, fmt: DEC },
    { key: "akRp", head: [AK, "Rp"], role: "kondisi-akhir", year: 2029, num: 11, fmt: RP },
  ];
  type R = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    sat: string;
    aw: number;
    k: number[];
    rp?: number[];
  };
  const R: R[] = [
    {
      id: "prog",
      kode: "6.01.02",
      ur: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      sat: "%",
      aw: 78,
      k: [82, 84, 86, 88, 90],
    },
    {
      id: "keg1",
      kode: "6.01.02.2.01",
      ur: "Penyelenggaraan Pengawasan Internal",
      ind: "Jumlah laporan hasil pengawasan internal yang diterbitkan per tahun",
      sat: "laporan",
      aw: 40,
      k: [42, 44, 45, 46, 48],
      rp: [1_845_600, 1_912_300, 1_987_450, 2_046_800, 2_118_250],
    },
    {
      id: "keg2",
      kode: "6.01.02.2.02",
      ur: "Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
      ind: "Persentase pengaduan masyarakat yang ditangani",
      sat: "%",
      aw: 86,
      // planted: 2027 typed 9.2 (92)
      k: [88, 90, 9.2, 94, 95],
      rp: [612_400, 638_750, 664_200, 689_900, 715_350],
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: R.map((r): Row => ({
      id: r.id,
      bold: r.id === "prog",
      cells: (x: Ctx) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: r.kode,
          ur: r.ur,
          ind: r.ind,
          sat: r.sat,
          aw: r.aw,
        };
        Y.forEach((y, i) => {
          c[`k${y}`] = r.k[i];
          c[`rp${y}`] = r.rp ? r.rp[i] : fx(`${x.a(`rp${y}`, "keg1")}+${x.a(`rp${y}`, "keg2")}`);
        });
        c.akK =
          r.sat === "%"
            ? fx(x.a("k2029"))
            : fx(`SUM(${x.a("k2025")},${x.a("k2026")},${x.a("k2027")},${x.a("k2028")},${x.a("k2029")})`);
        // planted: keg1's kondisi akhir Rp typed as the sum of 2025-2028 only
        c.akRp =
          r.id === "keg1"
            ? 7_792_150
            : fx(`${x.a("rp2025")}+${x.a("rp2026")}+${x.a("rp2027")}+${x.a("rp2028")}+${x.a("rp2029")}`);
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target indikator persentase = target tahun ke-5; indikator jumlah per tahun = jumlah lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const sumRp = (id: string) => Y.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akRp", "keg1") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of kegiatan 6.01.02.2.01 is a typed 7,792,150, the sum of 2025-2028 only; the five years give 9,910,400",
    truth: sumRp("keg1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "keg2") },
    rules: ["target-outlier", "target-trend"],
    note: "2027 target of the pengaduan ditangani is 9.20 between 90 and 94 (decimal point slipped); 92 is meant",
    truth: `(${a("k2026", "keg2")}+${a("k2028", "keg2")})/2`,
  });
  for (const id of ["prog", "keg2"])
    b.ok({ sheet: S, cell: a("akRp", id), rules: ["kondisi-akhir-mismatch"], truth: sumRp(id) });
  b.ok({
    sheet: S,
    cell: a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "prog"),
    trap: Y.map((y) => a(`k${y}`, "prog")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "keg1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "keg1")).join("+"),
    trap: a("k2029", "keg1"),
  });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "keg1")}+${a(`rp${y}`, "keg2")}`,
    });
  return b.finish();
}

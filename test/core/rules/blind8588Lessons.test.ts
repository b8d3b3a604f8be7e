// What forms-blind85 .. 88 and 89 .. 92 (investment and permit offices; spatial planning and land;
// libraries and archives; industry and statistics; revenue; environment; secondary education;
// personnel): a form's
// number row that computes its capaian as the refleksi says every row is lower-is-better; a share
// column of a recap cannot pass 100 %; a cell computed as a ratio is no sum; the volume a pagu buys
// is its K; a capaian column of predikat words is the predikat; a number row may start at "(0)"; a
// kondisi akhir copying a target out of range is that one mistake.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (spec: SheetSpec): string[] =>
  detectTables(sheet(spec))[0].columns.map((c) => `${c.role}${c.year ? ` ${c.year}` : ""}`);

describe("a permit recap whose number row computes the service time's capaian as the refleksi", () => {
  const spec = (rasioDi?: number): SheetSpec => {
    const data: Array<[string, number, number]> = [
      ["Perdagangan", 5, 4.2],
      ["Pertanian dan Perkebunan", 7, 8],
      ["Pekerjaan Umum dan Penataan Ruang", 14, 12],
      ["Kesehatan", 5, 3.5],
      ["Perhubungan", 7, 6],
    ];
    const formulas: Record<string, string> = {};
    const rows: Array<Array<string | number | null>> = [
      ["REKAPITULASI WAKTU PENYELESAIAN PERIZINAN BERUSAHA PER SEKTOR TAHUN 2024"],
      ["No", "Sektor Usaha", "Waktu Penyelesaian (hari kerja)", null, null],
      ["No", "Sektor Usaha", "Standar (SLA)", "Realisasi Rata-rata", "Capaian (%)"],
      ["1", "2", "3", "4", "5 = (2x3 - 4) / 3 x 100"],
    ];
    data.forEach(([nama, t, r], i) => {
      const x = rows.length + 1;
      const rasio = i === rasioDi;
      const v = Math.round(((rasio ? r : 2 * t - r) / t) * 10000) / 100;
      rows.push([i + 1, nama, t, r, v]);
      formulas[`E${x}`] = rasio ? `ROUND(D${x}/C${x}*100,2)` : `ROUND((2*C${x}-D${x})/C${x}*100,2)`;
    });
    return { name: "Izin per Sektor", rows, formulas, merges: ["A2:A3", "B2:B3", "C2:E2"] };
  };

  it("reads the standard as the target it is held to", () => {
    // (the sectors name the rows, as 85, 144 and 309 read "Sektor Usaha"; forms-blind58 leaves it
    // without a role, and lists that gap since 309 made a permit recap a table by it)
    expect(roles(spec())).toEqual(["no", "indikator", "target 2024", "realisasi 2024", "capaian 2024"]);
  });

  it("names a row computed as R / T at its cell, and no row computed as the form says", () => {
    expect(foundOn(spec())).toEqual([]);
    expect(foundOn(spec(3))).toEqual([["capaian-mismatch", "E8"]]);
  });
});

describe("a share column of a recap: what is done cannot pass the whole", () => {
  const spec = (tertata: number): SheetSpec => {
    const data: Array<[string, number, number]> = [
      ["Dinas Pendidikan", 1240, 1115],
      ["Dinas Kesehatan", 860, 702],
      ["Dinas Pekerjaan Umum", 1410, 1268],
      ["Badan Keuangan Daerah", 2030, tertata],
    ];
    const formulas: Record<string, string> = {};
    const rows: Array<Array<string | number | null>> = [
      ["REKAPITULASI PENATAAN ARSIP INAKTIF PERANGKAT DAERAH TAHUN 2024"],
      ["No", "Perangkat Daerah", "Arsip Inaktif (berkas)", null, null, "Persentase Tertata (%)"],
      ["No", "Perangkat Daerah", "Jumlah", "Tertata", "Belum Tertata", "Persentase Tertata (%)"],
    ];
    data.forEach(([nama, jml, t], i) => {
      const x = rows.length + 1;
      rows.push([i + 1, nama, jml, t, jml - t, Math.round((t / jml) * 10000) / 100]);
      formulas[`E${x}`] = `C${x}-D${x}`;
      formulas[`F${x}`] = `ROUND(D${x}/C${x}*100,2)`;
    });
    return { name: "Arsip", rows, formulas, merges: ["A2:A3", "B2:B3", "C2:E2", "F2:F3"] };
  };

  it("flags an office that arranged more files than it holds, at the share", () => {
    expect(foundOn(spec(1876))).toEqual([]);
    expect(foundOn(spec(2176))).toEqual([["percent-out-of-range", "F7"]]);
  });

  it("leaves an achievement against a plan, a change and money to what reads them", () => {
    const over = (h: string): Array<[string, string]> => {
      const s = spec(1876);
      const rows = s.rows.map((r) => [...r]);
      rows[1][5] = rows[2][5] = h;
      rows[6][5] = 108.37;
      // (all typed: no formula to hold the typed share to)
      return foundOn({ ...s, rows, formulas: {} });
    };
    expect(over("Persentase Tertata (%)")).toEqual([["percent-out-of-range", "F7"]]);
    for (const h of ["% Tercapai", "% Terealisasi", "Persentase Bertambah (%)", "% Terhadap Target"])
      expect([h, over(h).filter(([r]) => r === "percent-out-of-range")]).toEqual([h, []]);
  });
});

it("reads what was issued in a year's group as its realisation, the standard as the target", () => {
  expect(classifyHeader(["Sertifikasi Tahun 2024", "Target (bidang)"]).role).toBe("target");
  expect(classifyHeader(["Sertifikasi Tahun 2024", "Terbit (bidang)"])).toMatchObject({
    role: "realisasi",
    year: 2024,
  });
  // (without a year it names nothing by itself)
  expect(classifyHeader(["Terbit (bidang)"]).role).not.toBe("realisasi");
  for (const h of ["Standar (SLA)", "SLA", "Standar Waktu Pelayanan"])
    expect([h, classifyHeader(["Waktu Penyelesaian (hari kerja)", h]).role]).toEqual([h, "target"]);
  expect(classifyHeader(["Cabang Dinas"]).role).toBe("penanggung-jawab");
  expect(classifyHeader(["Wilayah Kerja"]).role).toBe("lokasi");
});

describe("a BOSP list: the subtotal's percentage is the ratio of its amounts, never their sum", () => {
  const spec = (): SheetSpec => {
    const rows: Array<Array<string | number | null>> = [
      ["DAFTAR PENYALURAN BOSP REGULER TAHUN 2024"],
      [
        "No",
        "Nama Satuan Pendidikan",
        "Pagu BOSP (Rp)",
        "Penyaluran BOSP (Rp)",
        null,
        null,
        "Persentase Penyaluran (%)",
      ],
      [
        "No",
        "Nama Satuan Pendidikan",
        "Pagu BOSP (Rp)",
        "Tahap I",
        "Tahap II",
        "Jumlah",
        "Persentase Penyaluran (%)",
      ],
      ["A. SMA"],
    ];
    const formulas: Record<string, string> = {};
    const sekolah: Array<[string, number]> = [
      ["SMA Negeri 1 Pandan Baru", 1_788_600_000],
      ["SMA Negeri 2 Pandan Baru", 1_478_400_000],
      ["SMA Negeri 1 Sorkam Hulu", 1_059_300_000],
    ];
    for (const [nama, pagu] of sekolah) {
      const x = rows.length + 1;
      rows.push([rows.length - 3, nama, pagu, pagu / 2, pagu / 2, pagu, 100]);
      formulas[`F${x}`] = `D${x}+E${x}`;
      formulas[`G${x}`] = `ROUND(F${x}/C${x}*100,2)`;
    }
    const total = sekolah.reduce((a, [, p]) => a + p, 0);
    rows.push(["Jumlah SMA", null, total, total / 2, total / 2, total, 100]);
    for (const c of ["C", "D", "E", "F"]) formulas[`${c}8`] = `SUM(${c}5:${c}7)`;
    formulas.G8 = "ROUND(F8/C8*100,2)";
    return { name: "BOSP 2024", rows, formulas, merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"] };
  };

  it("reads the percentage as the ratio and adds nothing up in it", () => {
    expect(roles(spec())[6]).toBe("capaian 2024");
    expect(foundOn(spec())).toEqual([]);
  });

  it("adds up no cell computed as a ratio, even in a column read as money", () => {
    const s = spec();
    const rows = s.rows.map((r) => [...r]);
    rows[1] = ["No", "Nama Satuan Pendidikan", "Pagu BOSP (Rp)", "Penyaluran BOSP (Rp)", null, null, null];
    rows[2] = [
      "No",
      "Nama Satuan Pendidikan",
      "Pagu BOSP (Rp)",
      "Tahap I",
      "Tahap II",
      "Jumlah",
      "Realisasi (%)",
    ];
    const odd: SheetSpec = { ...s, rows, merges: ["A2:A3", "B2:B3", "C2:C3", "D2:G2"] };
    expect(roles(odd)[6]).toBe("realisasi-anggaran 2024");
    expect(foundOn(odd)).toEqual([]);
  });
});

it("reads the rooms a pagu buys as its K, so the money's ceiling is one column", () => {
  const spec: SheetSpec = {
    name: "Rehab RK",
    rows: [
      ["REKAPITULASI REHABILITASI RUANG KELAS PER CABANG DINAS TAHUN ANGGARAN 2024"],
      [
        "No",
        "Cabang Dinas",
        "Pagu Tahun 2024",
        null,
        "Realisasi s.d. 31 Desember 2024",
        null,
        "Capaian (%)",
        null,
      ],
      [
        "No",
        "Cabang Dinas",
        "Ruang Kelas (unit)",
        "Nilai (Rp)",
        "Ruang Kelas (unit)",
        "Nilai (Rp)",
        "Fisik",
        "Keuangan",
      ],
      [1, "Cabang Dinas Wilayah I", 18, 3_420_000_000, 18, 3_352_750_000, 100, 98.03],
      [2, "Cabang Dinas Wilayah II", 12, 2_280_000_000, 11, 2_065_400_000, 91.67, 90.59],
      [3, "Cabang Dinas Wilayah III", 15, 2_850_000_000, 15, 3_318_500_000, 100, 116.44],
      [4, "Cabang Dinas Wilayah IV", 10, 1_900_000_000, 9, 1_712_300_000, 90, 90.12],
    ],
    merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2"],
  };
  expect(roles(spec).slice(2, 4)).toEqual(["target 2024", "anggaran 2024"]);
  expect(foundOn(spec)).toEqual([["serapan-over-100", "F6"]]);
});

it("reads a capaian column of predikat words as the predikat, and checks it", () => {
  const spec = (kata: string): SheetSpec => ({
    name: "Tabel 3.1",
    rows: [
      ["PENGUKURAN CAPAIAN KINERJA TAHUN 2025"],
      ["No", "Indikator Kinerja Utama", "Satuan", "Kinerja Tahun 2025", null, null, null],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)", "Tingkat Capaian"],
      [1, "Indeks Profesionalitas ASN", "indeks", 78, 74.6, 95.64, "Sangat Tinggi"],
      [2, "Persentase ASN yang memenuhi 20 JP", "%", 80, 62, 77.5, "Tinggi"],
      [3, "Persentase kenaikan pangkat tepat waktu", "%", 95, 58.9, 62, kata],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:G2"],
  });
  expect(roles(spec("Rendah"))[6]).toBe("predikat 2025");
  expect(foundOn(spec("Rendah"))).toEqual([]);
  expect(foundOn(spec("Sedang"))).toEqual([["predikat-mismatch", "G6"]]);
});

it("reads a number row that starts at (0), and names a kondisi akhir copying a target once", () => {
  const spec: SheetSpec = {
    name: "IKU",
    rows: [
      ["MATRIKS INDIKATOR KINERJA UTAMA 2025-2029"],
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Kondisi Akhir 2027",
      ],
      ["(0)", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      [1, "Persentase kendaraan yang lulus uji emisi", "%", 70, 72, 74, 74],
      [2, "Persentase dokumen lingkungan yang diterbitkan tepat waktu", "%", 86, 91, 102.5, 102.5],
      [3, "Persentase pengaduan lingkungan yang ditindaklanjuti", "%", 90, 92, 94, 94],
    ],
  };
  const [t] = detectTables(sheet(spec));
  expect(t.numberRow).toBe(3);
  expect(t.rows[0].row).toBe(4);
  expect(foundOn(spec)).toEqual([["percent-out-of-range", "F5"]]);
});

// forms-blind93 .. 96 (labour, tourism, public order and disaster, economy offices), first sight at
// ff73517: a table of places whose one capaian column sits under a heading that names a
// lower-is-better measure takes that polarity for its rows.
it("reads a response time's polarity from the heading over a table of places' one capaian column", () => {
  const spec = (rasioDi?: number): SheetSpec => {
    const data: Array<[string, number, number]> = [
      ["Kabupaten Lore Raya", 6, 5.5],
      ["Kabupaten Tojo Pesisir", 6, 6.5],
      ["Kabupaten Teluk Lalos", 8, 7],
      ["Kabupaten Sausu Hulu", 8, 9.5],
      ["Kabupaten Pegunungan Kulawi", 10, 8],
    ];
    const formulas: Record<string, string> = {};
    const rows: Array<Array<string | number | null>> = [
      ["DATA WAKTU TANGGAP DARURAT MENURUT KABUPATEN/KOTA TAHUN 2024"],
      ["No", "Kabupaten/Kota", "Waktu Tanggap Darurat (jam)", null, null],
      ["No", "Kabupaten/Kota", "Target", "Realisasi", "Capaian (%)"],
    ];
    data.forEach(([nama, t, r], i) => {
      const x = rows.length + 1;
      const rasio = i === rasioDi;
      rows.push([i + 1, nama, t, r, Math.round(((rasio ? r : 2 * t - r) / t) * 10000) / 100]);
      formulas[`E${x}`] = rasio ? `ROUND(D${x}/C${x}*100,2)` : `ROUND((2*C${x}-D${x})/C${x}*100,2)`;
    });
    return { name: "Kejadian Bencana", rows, formulas, merges: ["A2:A3", "B2:B3", "C2:E2"] };
  };
  expect(foundOn(spec())).toEqual([]);
  expect(foundOn(spec(3))).toContainEqual(["capaian-mismatch", "E7"]);
});

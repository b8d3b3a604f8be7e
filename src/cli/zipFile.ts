// The marked copy's zip, read and written with Node's own zlib (issue 11 item 6). jszip inflates
// and deflates in JavaScript and encodes the text to UTF-8 in JavaScript too: for a workbook of a
// million cells that was most of `--out`'s time. Here a part we did not change is copied as the
// compressed bytes it was stored with, a part we changed is deflated natively, and a part we only
// read is inflated natively. jszip stays the package's index of names (ooxml.ts, Package) and the
// way for anything this file does not read itself: zip64, encrypted entries, methods other than
// stored and deflate, a damaged directory (then `readZipDirectory` gives undefined and the
// package is read and written by jszip, as before).
import * as zlib from "zlib";

/** An entry of the input's central directory, with where its compressed bytes are. */
export type ZipEntry = {
  /** the name as written in the zip, UTF-8 decoded (the key jszip uses) */
  name: string;
  nameBytes: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** offset of the compressed bytes in the input */
  dataStart: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip by name, or undefined for anything this reader leaves to jszip. */
export function readZipDirectory(buf: Buffer): Map<string, ZipEntry> | undefined {
  try {
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
      if (buf.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    if (eocd < 0) return undefined;
    const disk = buf.readUInt16LE(eocd + 4);
    const cdDisk = buf.readUInt16LE(eocd + 6);
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (disk !== 0 || cdDisk !== 0 || count === 0xffff || cdOffset === 0xffffffff) return undefined;
    if (cdOffset + cdSize > eocd) return undefined;
    const out = new Map<string, ZipEntry>();
    let p = cdOffset;
    for (let n = 0; n < count; n++) {
      if (buf.readUInt32LE(p) !== CENTRAL) return undefined;
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const local = buf.readUInt32LE(p + 42);
      const nameBytes = Buffer.from(buf.subarray(p + 46, p + 46 + nameLen));
      // encrypted, zip64, or a method other than stored / deflate: jszip's business
      if (flags & 1 || (method !== 0 && method !== 8)) return undefined;
      if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return undefined;
      if (buf.readUInt32LE(local) !== LOCAL) return undefined;
      const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (dataStart + compressedSize > buf.length) return undefined;
      const name = nameBytes.toString("utf8");
      if (out.has(name)) return undefined;
      out.set(name, {
        name,
        nameBytes,
        flags,
        method,
        time: buf.readUInt16LE(p + 12),
        date: buf.readUInt16LE(p + 14),
        crc: buf.readUInt32LE(p + 16),
        compressedSize,
        size,
        dataStart,
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
  } catch {
    return undefined;
  }
}

/** An entry's bytes, inflated natively. */
export function entryBytes(buf: Buffer, e: ZipEntry): Buffer {
  const raw = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
  return e.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw);
}

/** What goes into the written zip, in order. */
export type OutEntry =
  { name: string; copy: ZipEntry } | { name: string; data: Buffer; date: Date; dir?: boolean };

function dosTime(d: Date): { time: number; date: number } {
  // as jszip writes them: UTC fields
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: (Math.max(0, d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * Parts above this size are deflated at level 4 instead of 6: a sheet of a million cells (30 MB
 * of XML) in 0,36 s instead of 1,25 s, 10 % larger (level 1: 0,2 s, 21 % larger).
 */
const BIG_PART = 1 << 20;

/**
 * A zip of `entries`: copied ones keep their compressed bytes, the others are deflated at level 6
 * (jszip's setting before; 4 for a large part). Undefined when it would need zip64 (the caller
 * falls back to jszip).
 */
export function writeZip(input: Buffer, entries: OutEntry[]): Buffer | undefined {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    let nameBytes: Buffer;
    let flags: number;
    let method: number;
    let time: number;
    let date: number;
    let crc: number;
    let size: number;
    let body: Buffer;
    if ("copy" in e) {
      const c = e.copy;
      nameBytes = c.nameBytes;
      // sizes and crc go in the local header: no data descriptor
      flags = c.flags & ~0x0008;
      method = c.method;
      ({ time, date, crc, size } = c);
      body = input.subarray(c.dataStart, c.dataStart + c.compressedSize);
    } else {
      nameBytes = Buffer.from(e.name, "utf8");
      flags = /^[\x20-\x7e]*$/.test(e.name) ? 0 : 0x0800;
      ({ time, date } = dosTime(e.date));
      crc = zlib.crc32(e.data) >>> 0;
      size = e.data.length;
      if (e.dir || size === 0) {
        method = 0;
        body = e.data;
      } else {
        method = 8;
        body = zlib.deflateRawSync(e.data, { level: size > BIG_PART ? 4 : 6 });
      }
    }
    if (offset > 0xfffffffe || size > 0xfffffffe || body.length > 0xfffffffe) return undefined;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    const isDir = "copy" in e ? nameBytes[nameBytes.length - 1] === 0x2f : !!e.dir;
    dir.writeUInt32LE(isDir ? 0x10 : 0, 38);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, body);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  if (entries.length > 0xfffe || offset > 0xfffffffe) return undefined;
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

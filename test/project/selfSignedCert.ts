// A self-signed certificate for https://localhost made with Node's crypto alone (no openssl, no
// office-addin-dev-certs): a P-256 key, a minimal X.509 v3 certificate written in DER by hand
// (subject and issuer CN=localhost, subjectAltName DNS:localhost and IP:127.0.0.1) signed with
// ECDSA-SHA256. A client that passes it as `ca` verifies the server as it would a real one.
import * as crypto from "crypto";

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let x = n; x > 0; x >>= 8) bytes.unshift(x & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const seq = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);
const set = (...parts: Buffer[]): Buffer => tlv(0x31, ...parts);
const explicit = (n: number, ...parts: Buffer[]): Buffer => tlv(0xa0 | n, ...parts);
const implicit = (n: number, body: Buffer): Buffer => tlv(0x80 | n, body);
const integer = (b: Buffer): Buffer => tlv(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
const octets = (b: Buffer): Buffer => tlv(0x04, b);
const bits = (b: Buffer): Buffer => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const bool = (v: boolean): Buffer => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, "utf8"));
const utcTime = (d: Date): Buffer =>
  tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z", "ascii"));
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const out = [40 * a + b];
  for (const v of rest) {
    const enc = [v & 0x7f];
    for (let x = v >> 7; x > 0; x >>= 7) enc.unshift((x & 0x7f) | 0x80);
    out.push(...enc);
  }
  return tlv(0x06, Buffer.from(out));
}

const ECDSA_SHA256 = "1.2.840.10045.4.3.2";
const COMMON_NAME = "2.5.4.3";
const SUBJECT_ALT_NAME = "2.5.29.17";
const BASIC_CONSTRAINTS = "2.5.29.19";

const pem = (label: string, der: Buffer): string =>
  `-----BEGIN ${label}-----\n${der
    .toString("base64")
    .match(/.{1,64}/g)!
    .join("\n")}\n-----END ${label}-----\n`;

/** A key and a certificate for localhost / 127.0.0.1, valid from an hour ago for `days` days. */
export function selfSignedLocalhost(days = 2): { key: string; cert: string } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const serial = crypto.randomBytes(8);
  serial[0] &= 0x7f;
  const name = seq(set(seq(oid(COMMON_NAME), utf8("localhost"))));
  const now = Date.now();
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(serial),
    seq(oid(ECDSA_SHA256)),
    name,
    seq(utcTime(new Date(now - 3600_000)), utcTime(new Date(now + days * 86400_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    explicit(
      3,
      seq(
        seq(
          oid(SUBJECT_ALT_NAME),
          octets(
            seq(implicit(2, Buffer.from("localhost", "ascii")), implicit(7, Buffer.from([127, 0, 0, 1]))),
          ),
        ),
        seq(oid(BASIC_CONSTRAINTS), bool(true), octets(seq(bool(true)))),
      ),
    ),
  );
  const signature = crypto.sign("sha256", tbs, privateKey);
  const cert = seq(tbs, seq(oid(ECDSA_SHA256)), bits(signature));
  return {
    key: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    cert: pem("CERTIFICATE", cert),
  };
}

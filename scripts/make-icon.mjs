#!/usr/bin/env node
// Draws images/icon.png (128×128): a target (the Change layer: outcomes to
// hit) on a dark rounded tile, with an upward progress bar beneath it.
// Plain Node (zlib), so it needs no image tools: `node scripts/make-icon.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const px = Buffer.alloc(N * N * 4);
const BG = [0x1f, 0x2a, 0x44], RING = [0xf4, 0xf6, 0xfb], RED = [0xe4, 0x57, 0x4c], BAR = [0x4c, 0xc3, 0x8a], TRACK = [0x3a, 0x47, 0x66];

function inRoundedTile(x, y) {
  const r = 22, m = 2;
  const cx = Math.min(Math.max(x, m + r), N - 1 - m - r), cy = Math.min(Math.max(y, m + r), N - 1 - m - r);
  return x >= m && y >= m && x <= N - 1 - m && y <= N - 1 - m && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

for (let y = 0; y < N; y++) {
  for (let x = 0; x < N; x++) {
    let c = null;
    if (inRoundedTile(x, y)) {
      c = BG;
      const d = Math.hypot(x - 64, y - 54);
      if (d <= 38) c = d > 30 ? RED : d > 22 ? RING : d > 14 ? RED : d > 7 ? RING : RED;
      if (y >= 100 && y <= 109 && x >= 24 && x <= 103) c = x <= 80 ? BAR : TRACK;
    }
    const i = (y * N + x) * 4;
    if (c) { px[i] = c[0]; px[i + 1] = c[1]; px[i + 2] = c[2]; px[i + 3] = 255; }
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) px.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);

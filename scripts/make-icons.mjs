// Draws public/icon-192.png and icon-512.png from the favicon's shapes (no image tools needed):
// "Add to home screen" wants PNG icons. Run once after changing the favicon: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const red = [0xa6, 0x1b, 0x1b];
const white = [0xff, 0xff, 0xff];
// The favicon's strokes in its 64-unit box: [x1, y1, x2, y2, half width].
const strokes = [
  [18, 46, 32, 14, 3],
  [32, 14, 46, 46, 3],
  [23, 36, 41, 36, 2.5],
];

const distance = (px, py, [x1, y1, x2, y2]) => {
  const dx = x2 - x1,
    dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
};

function icon(size) {
  const rows = [];
  const samples = 4;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      let cover = 0;
      for (let sy = 0; sy < samples; sy += 1)
        for (let sx = 0; sx < samples; sx += 1) {
          const u = ((x + (sx + 0.5) / samples) / size) * 64,
            v = ((y + (sy + 0.5) / samples) / size) * 64;
          if (strokes.some((s) => distance(u, v, s) <= s[4])) cover += 1;
        }
      const a = cover / (samples * samples);
      for (let c = 0; c < 3; c += 1) row[1 + x * 3 + c] = Math.round(red[c] * (1 - a) + white[c] * a);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  // Full-bleed square: launchers apply their own rounded mask.
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) writeFileSync(new URL(`../public/icon-${size}.png`, import.meta.url), icon(size));

#!/usr/bin/env python3
"""Writes color.png (192x192, full colour) and outline.png (32x32, white on transparent) with the stdlib only."""
import struct, zlib, os

def png(path, size, pixel):
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def glyph(x, y, size):
    """A person (head + shoulders) with a check mark: 'candidate followed up'."""
    u, v = x / size, y / size
    head = (u - 0.42) ** 2 + (v - 0.33) ** 2 < 0.12 ** 2
    body = (u - 0.42) ** 2 / 0.24 ** 2 + (v - 0.80) ** 2 / 0.24 ** 2 < 1 and v < 0.78
    check = (abs((v - 0.62) - (u - 0.66)) < 0.045 and 0.60 < u < 0.72) or (abs((v - 0.74) + (u - 0.72) * 1.6) < 0.06 and 0.70 < u < 0.90)
    return head or body or check

here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, "color.png"), 192, lambda x, y, s: (255, 255, 255, 255) if glyph(x, y, s) else (70, 71, 117, 255))
png(os.path.join(here, "outline.png"), 32, lambda x, y, s: (255, 255, 255, 255) if glyph(x, y, s) else (0, 0, 0, 0))

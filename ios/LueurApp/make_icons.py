"""Draws the two app icons (1024 px, opaque RGB PNG) with the standard library only:
Lueur's own (a warm glimmer on deep blue) and the calculator disguise (a plain keypad).
Run from ios/LueurApp: python3 make_icons.py (writes Resources/Assets.xcassets)"""
import struct
import zlib

SIZE = 1024


def png(path, pixel):
    rows = bytearray()
    for y in range(SIZE):
        rows.append(0)
        for x in range(SIZE):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                  + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def lueur(x, y):
    dx, dy = x - SIZE / 2, y - SIZE / 2
    d = (dx * dx + dy * dy) ** 0.5
    if d < 180:
        return (255, 214, 120)
    glow = max(0.0, 1 - (d - 180) / 320)
    return tuple(int(b + (g - b) * glow * 0.6) for b, g in zip((24, 40, 84), (255, 190, 90)))


def calculator(x, y):
    margin, gap = 150, 30
    cell = (SIZE - 2 * margin - 3 * gap) / 4
    if margin <= x < SIZE - margin and 110 <= y < 300:
        return (200, 210, 200)
    col = (x - margin) / (cell + gap)
    row = (y - 340) / (cell * 0.75 + gap)
    if 0 <= col < 4 and 0 <= row < 4 and (col % 1) < cell / (cell + gap) and (row % 1) < (cell * 0.75) / (cell * 0.75 + gap):
        return (255, 149, 0) if int(col) == 3 else (90, 90, 96)
    return (38, 38, 42)


png("Resources/Assets.xcassets/AppIcon.appiconset/icon.png", lueur)
png("Resources/Assets.xcassets/Calculator.appiconset/icon.png", calculator)

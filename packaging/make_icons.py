#!/usr/bin/env python3
"""Draw Minsheng's icon: three rising bars with 民 above them, on a rounded
tile. Writes packaging/icons/hicolor/SIZExSIZE/apps/minsheng.png for every
size the .deb installs.

    pip install pillow
    python3 packaging/make_icons.py

Each size is drawn at 4× and scaled down, so small icons stay smooth. The
glyph comes from the bundled Noto Sans SC (fonts/NotoSansSC-Regular.ttf).
"""
import os

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FONT = os.path.join(ROOT, "fonts", "NotoSansSC-Regular.ttf")
SIZES = [32, 48, 64, 128, 256, 512]

TILE = (178, 34, 34, 255)        # a deep red
BARS = (255, 244, 214, 255)      # warm white
GLYPH = (255, 255, 255, 255)


def draw(size):
    s = size * 4
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    margin = s * 0.04
    d.rounded_rectangle([margin, margin, s - margin, s - margin], radius=s * 0.18, fill=TILE)
    # Three bars, rising left to right, along the bottom.
    base = s * 0.84
    width = s * 0.16
    gap = s * 0.06
    left = (s - 3 * width - 2 * gap) / 2
    for i, height in enumerate([0.18, 0.28, 0.40]):
        x = left + i * (width + gap)
        d.rounded_rectangle([x, base - s * height, x + width, base], radius=s * 0.02, fill=BARS)
    # 民 above the bars, on the left, where the short bars leave room.
    font = ImageFont.truetype(FONT, int(s * 0.42))
    box = d.textbbox((0, 0), "民", font=font)
    x = s * 0.14 - box[0]
    y = s * 0.12 - box[1]
    d.text((x, y), "民", font=font, fill=GLYPH)
    return img.resize((size, size), Image.LANCZOS)


def main():
    for size in SIZES:
        out = os.path.join(HERE, "icons", "hicolor", f"{size}x{size}", "apps", "minsheng.png")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        draw(size).save(out, optimize=True)
        print(out)


if __name__ == "__main__":
    main()

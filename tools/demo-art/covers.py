#!/usr/bin/env python3
"""Draws the demo projects' images (small SVGs under wwwroot-assets/img/projects).

Run from the repository root: python3 tools/demo-art/covers.py
One cover per language family (a glyph of the language on a patterned gradient) and a few "board"
pictures (a kanban board, a terminal, a chart) for project galleries.
"""
import pathlib
import random

OUT = pathlib.Path("wwwroot-assets/img/projects")
COVERS = {
    "rust": ("Rust", "#7C2D12", "#F97316"), "go": ("Go", "#155E75", "#22D3EE"), "csharp": ("C#", "#4C1D95", "#A78BFA"),
    "python": ("Py", "#1E3A8A", "#FACC15"), "typescript": ("TS", "#1E40AF", "#60A5FA"), "javascript": ("JS", "#713F12", "#FDE047"),
    "java": ("Java", "#7F1D1D", "#F87171"), "kotlin": ("Kt", "#581C87", "#F472B6"), "swift": ("Swift", "#9A3412", "#FB923C"),
    "ruby": ("Rb", "#881337", "#FB7185"), "php": ("PHP", "#312E81", "#818CF8"), "elixir": ("Ex", "#3B0764", "#C084FC"),
    "cpp": ("C++", "#0C4A6E", "#38BDF8"), "dart": ("Dart", "#134E4A", "#2DD4BF"), "haskell": ("λ", "#3F3F46", "#A1A1AA"),
    "zig": ("Zig", "#78350F", "#FBBF24"), "scala": ("Scala", "#7F1D1D", "#EF4444"), "r": ("R", "#1E3A8A", "#93C5FD"),
    "fsharp": ("F#", "#164E63", "#67E8F9"), "c": ("C", "#1F2937", "#9CA3AF"),
}


def cover(key, glyph, dark, light):
    rnd = random.Random(key)
    shapes = []
    for _ in range(9):
        x, y, r = rnd.randint(0, 640), rnd.randint(0, 360), rnd.randint(14, 70)
        shapes.append(f'<circle cx="{x}" cy="{y}" r="{r}" fill="#fff" opacity="{rnd.choice([0.05, 0.08, 0.12])}"/>')
    lines = "".join(
        f'<rect x="{40 + i * 22}" y="{250 + (i % 3) * 14}" width="{rnd.randint(40, 140)}" height="6" rx="3" fill="#fff" opacity=".22"/>'
        for i in range(6))
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="{dark}"/><stop offset="1" stop-color="{light}"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#g)"/>{''.join(shapes)}{lines}
<text x="600" y="120" text-anchor="end" font-family="ui-monospace,Menlo,Consolas,monospace" font-size="96" font-weight="700" fill="#fff" opacity=".92">{glyph}</text>
<path d="M60 80 l-24 24 24 24 M110 80 l24 24 -24 24" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" stroke-linejoin="round" opacity=".85"/>
</svg>
"""


def board(n):
    rnd = random.Random(n)
    cols = []
    for c in range(3):
        cards = "".join(
            f'<rect x="{30 + c * 200}" y="{80 + i * 62}" width="180" height="50" rx="8" fill="#fff" stroke="#E5E7EB"/>'
            f'<rect x="{42 + c * 200}" y="{94 + i * 62}" width="{rnd.randint(60, 150)}" height="8" rx="4" fill="#C7D2FE"/>'
            f'<rect x="{42 + c * 200}" y="{110 + i * 62}" width="{rnd.randint(40, 100)}" height="8" rx="4" fill="#E5E7EB"/>'
            for i in range(rnd.randint(2, 4)))
        cols.append(f'<rect x="{20 + c * 200}" y="30" width="200" height="310" rx="12" fill="#F3F4F6"/>'
                    f'<rect x="{36 + c * 200}" y="46" width="80" height="12" rx="6" fill="#6366F1" opacity="{0.9 - c * 0.25}"/>{cards}')
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360">
<rect width="640" height="360" fill="#FFFFFF"/>{''.join(cols)}
</svg>
"""


def terminal(n):
    rnd = random.Random(100 + n)
    rows = "".join(
        f'<rect x="{40 + (i % 2) * 20}" y="{70 + i * 26}" width="{rnd.randint(120, 480)}" height="10" rx="5" fill="{rnd.choice(["#34D399", "#93C5FD", "#E5E7EB", "#FCD34D"])}" opacity=".85"/>'
        for i in range(10))
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360">
<rect width="640" height="360" rx="14" fill="#111827"/>
<circle cx="30" cy="28" r="7" fill="#F87171"/><circle cx="52" cy="28" r="7" fill="#FBBF24"/><circle cx="74" cy="28" r="7" fill="#34D399"/>{rows}
</svg>
"""


OUT.mkdir(parents=True, exist_ok=True)
for key, (glyph, dark, light) in COVERS.items():
    (OUT / f"cover-{key}.svg").write_text(cover(key, glyph, dark, light), encoding="utf-8")
for n in range(1, 4):
    (OUT / f"board-{n}.svg").write_text(board(n), encoding="utf-8")
    (OUT / f"terminal-{n}.svg").write_text(terminal(n), encoding="utf-8")
print(f"wrote {len(COVERS) + 6} images to {OUT}")

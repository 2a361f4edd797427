#!/usr/bin/env python3
"""Draws the demo community's avatars (small SVGs, committed under wwwroot-assets/img/avatars).

Run from the repository root: python3 tools/demo-art/avatars.py
Each avatar is a soft gradient disc with initials and a geometric accent, chosen from the handle so it
is stable between runs.
"""
import hashlib
import pathlib
import re

SEEDS = pathlib.Path("DevConnect.Domain/Seeding/DemoPeople.cs").read_text(encoding="utf-8")
PEOPLE = re.findall(r'new\("([^"]+)", "([^"]+)"', SEEDS)
OUT = pathlib.Path("wwwroot-assets/img/avatars")
PALETTES = [
    ("#4338CA", "#818CF8"), ("#0F766E", "#2DD4BF"), ("#B45309", "#FBBF24"), ("#BE185D", "#F472B6"),
    ("#1D4ED8", "#60A5FA"), ("#7C3AED", "#C4B5FD"), ("#15803D", "#4ADE80"), ("#C2410C", "#FB923C"),
]


def avatar(name: str, handle: str) -> str:
    digest = hashlib.sha256(handle.encode()).digest()
    dark, light = PALETTES[digest[0] % len(PALETTES)]
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    angle = digest[1] % 360
    cx, cy, r = 20 + digest[2] % 60, 15 + digest[3] % 30, 18 + digest[4] % 14
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96" role="img" aria-label="{name}">
  <defs><linearGradient id="g" gradientTransform="rotate({angle} .5 .5)"><stop offset="0" stop-color="{dark}"/><stop offset="1" stop-color="{light}"/></linearGradient></defs>
  <rect width="96" height="96" rx="48" fill="url(#g)"/>
  <circle cx="{cx}" cy="{cy}" r="{r}" fill="#fff" opacity=".14"/>
  <text x="48" y="58" text-anchor="middle" font-family="system-ui,Segoe UI,Arial,sans-serif" font-size="32" font-weight="700" fill="#fff">{initials}</text>
</svg>
"""


OUT.mkdir(parents=True, exist_ok=True)
for display_name, handle in PEOPLE:
    (OUT / f"{handle}.svg").write_text(avatar(display_name, handle), encoding="utf-8")
print(f"wrote {len(PEOPLE)} avatars to {OUT}")

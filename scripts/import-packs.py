#!/usr/bin/env python3
"""Copies the essentials packs the translators staged in /work/packs-staging/<tag>/ into
content/ (locales/<tag>/*.ftl, articles/<slug>/<tag>.md) when the staging checker
passes, and rewrites content/packs.toml for the locales present. card.ftl (the review
notice and the helper card) is not staged: it comes from card_texts.py. Then run `cargo run -p lueur-content -- check`, the real gate.

    python3 scripts/import-packs.py [STAGING]"""
import pathlib, shutil, subprocess, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import card_texts  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent / "content"
STAGING = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/packs-staging")
TAGS = ["ro", "bg", "pl", "hu", "ar", "prs", "ps", "ur", "pt-BR", "es", "ru", "uk",
        "vi", "zh-Hans", "th", "tl", "sq", "ti", "tr", "hi"]
ALIASES = {
    "prs": ["fa", "fa-*"],
    "pt-BR": ["pt", "pt-*"],
    "zh-Hans": ["zh", "zh-CN", "zh-SG", "zh-MY", "zh-Hans-*"],
    "tl": ["fil", "fil-*"],
}
FILES = ["app.ftl", "contacts.ftl", "discreet.ftl", "report.ftl", "checklist.ftl"]
ARTICLES = ["what-is-trafficking", "getting-help", "your-rights"]

def main():
    for tag in TAGS:
        src = STAGING / tag
        if not src.is_dir():
            continue
        ok = subprocess.run([sys.executable, str(STAGING / "check.py"), tag],
                            capture_output=True, text=True)
        if ok.returncode != 0:
            print(f"{tag}: not imported: {ok.stdout.strip().splitlines()[:3]}")
            continue
        dest = ROOT / "locales" / tag
        dest.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            shutil.copyfile(src / "locales" / name, dest / name)
        for slug in ARTICLES:
            shutil.copyfile(src / "articles" / f"{slug}.md", ROOT / "articles" / slug / f"{tag}.md")
        (dest / "card.ftl").write_text(card_texts.card_ftl(tag), encoding="utf-8")
        print(f"{tag}: imported")
    write_registry()

def write_registry():
    present = {p.name for p in (ROOT / "locales").iterdir() if p.is_dir()}
    head = (ROOT / "packs.toml").read_text(encoding="utf-8").split("[[pack]]")[0]
    out = [head.rstrip() + "\n"]
    for tag in ["fr", "nl", "de", "en"]:
        out.append(f'[[pack]]\ntag = "{tag}"\ncompleteness = "full"\nreview = "original"\n')
    for tag in TAGS:
        if tag not in present:
            continue
        entry = f'[[pack]]\ntag = "{tag}"\ncompleteness = "essentials"\nreview = "pending"\n'
        if tag in ALIASES:
            entry += "aliases = [" + ", ".join(f'"{a}"' for a in ALIASES[tag]) + "]\n"
        entry += ('translated = 2026-12-02\n'
                  'note = "translated from English by an AI translation assistant; not yet read by a native speaker"\n')
        out.append(entry)
    (ROOT / "packs.toml").write_text("\n".join(out), encoding="utf-8")

main()

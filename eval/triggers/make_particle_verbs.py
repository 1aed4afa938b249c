"""Write kroniek/data/particle_verbs.tsv: the particle verbs on "gaan" and "komen" of the OpenTaal
Dutch word list (Debian package wdutch, /usr/share/dict/dutch; BSD or CC BY 3.0).

Frog does not always attach the particle of "ging onderuit" or "kwam thuis" to the verb (it reads
"onderuit" as an adverb), so the verb looks like the light verb "gaan". kroniek.extract.events joins
such a loose word to "gaan"/"komen" only when the result is a verb of this list. Infinitives only
(no participles "-gegaan"/"-gekomen"); the plain verbs and their prefixed forms ("begaan",
"ontkomen", "vergaan") are not particle verbs and are left out.

    python3 eval/triggers/make_particle_verbs.py [/usr/share/dict/dutch]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "kroniek" / "data" / "particle_verbs.tsv"
PREFIXES = ("", "be", "ge", "ont", "ver", "her", "er", "mis", "onder", "over")
HEADER = """# Particle verbs on "gaan" and "komen" (infinitives) from the OpenTaal Dutch word list (Debian
# wdutch, /usr/share/dict/dutch; licence BSD or CC BY 3.0, (c) OpenTaal), written by
# eval/triggers/make_particle_verbs.py. kroniek.extract.events joins a loose particle Frog did not
# attach ("ging hard onderuit") to "gaan"/"komen" only when the result is listed here.
"""


def main() -> None:
    words = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/dutch").read_text(encoding="utf-8").split()
    keep = sorted({w for w in words if re.fullmatch(r"[a-z]{2,}(gaan|komen)", w)
                   and not w.endswith(("gegaan", "gekomen", "orgaan", "inkomen"))
                   and w.removesuffix("gaan").removesuffix("komen") not in PREFIXES})
    OUT.write_text(HEADER + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(keep)} verbs")


if __name__ == "__main__":
    main()

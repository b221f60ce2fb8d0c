"""Generate a realistic journal of a given size, deterministically, through the core.

    python bench/make_journal.py large OUT.ljournal     (5 years: about 2 GB of evidence)
    python bench/make_journal.py small OUT.ljournal     (one term)

Large: every criterion of every stage with notes and a state, 5,000 evidence items totalling
about 2 GB (three of them 300 MB lesson videos), 500 targets, a 5,000-word reflection per stage,
every checklist item ticked with a note, 1,000 learning conversations with five people.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from journal_app.core.frameworks import FrameworkRegistry  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402

WORDS = ("mentor trainee lesson feedback target evidence observation reflection standards planning pupils "
         "assessment progress coaching dialogue partnership school tutor review learning practice behaviour "
         "questioning listening modelling sharper support challenge professional development meeting week "
         "term department curriculum inclusion differentiation evaluation impact colleague research").split()


@dataclass(frozen=True)
class Size:
    evidence_items: int
    evidence_bytes: int  # in all, videos included
    videos: int
    video_bytes: int
    targets: int
    reflection_words: int
    conversations: int


SIZES = {
    "small": Size(evidence_items=40, evidence_bytes=12 * 1024**2, videos=1, video_bytes=4 * 1024**2, targets=20,
                  reflection_words=600, conversations=10),
    "large": Size(evidence_items=5000, evidence_bytes=2 * 1024**3, videos=3, video_bytes=300 * 1024**2, targets=500,
                  reflection_words=5000, conversations=1000),
}


class RandomStream(io.RawIOBase):
    """``size`` deterministic bytes, made as they are read (never held whole)."""

    def __init__(self, seed: int, size: int) -> None:
        self.rng = random.Random(seed)
        self.left = size

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        return self.rng.randbytes(n)


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def make(size_name: str, out: Path, seed: int = 20261123) -> Path:
    size = SIZES[size_name]
    rng = random.Random(seed)
    fw = FrameworkRegistry.load().get("ljmu-mentor")
    j = Journal.create(out, fw, "Bench Owner", "Bench School", "Professional mentor")
    try:
        start = dt.date(2021, 9, 1)
        for stage in fw.stages:
            for c in stage.criteria:
                state = rng.choice(("begun", "partly_evidenced", "achieved", "achieved"))
                j.set_criterion_state(stage.id, c.id, state, start + dt.timedelta(days=rng.randrange(1800)))
                j.set_criterion_notes(stage.id, c.id, words(rng, rng.randrange(40, 160)))
            for cl in stage.checklists:
                for item in cl.items:
                    j.set_tick(stage.id, cl.id, item.id, True, words(rng, 8))
            j.set_reflection(stage.id, "\n\n".join(words(rng, 250) for _ in range(size.reflection_words // 250)))
            for v in stage.reflection.verifiers:
                j.set_verification(stage.id, v.id, name="A. Verifier", comment=words(rng, 30), state="verified")
        stage_ids = [s.id for s in fw.stages]
        for n in range(size.targets):
            j.add_target(rng.choice(stage_ids), f"Target {n}: {words(rng, 12)}", words(rng, 15),
                         start + dt.timedelta(days=rng.randrange(1800)),
                         private=n % 25 == 0)
        links = [(s.id, c.id) for s in fw.stages for c in s.criteria]
        people = ["Pat Mentor", "Sam Lee", "Dr Ruth Khan", "Jo Evans", "Alex Owen"]
        for person in people:
            j.set_agreement(person, ground_rules=words(rng, 20), confidentiality=words(rng, 12), boundaries=words(rng, 12))
        for n in range(size.conversations):
            cid = j.add_conversation(start + dt.timedelta(days=rng.randrange(1800)), rng.choice(people),
                                     rng.choice(("mentoring", "specialist-coaching", "co-coaching")),
                                     focus=words(rng, 6), notes=words(rng, rng.randrange(60, 240)),
                                     agreed_actions="\n".join(words(rng, 8) for _ in range(rng.randrange(1, 4))),
                                     private=n % 40 == 0)
            j.link_conversation(cid, *rng.choice(links))
        small_items = size.evidence_items - size.videos
        small_bytes = (size.evidence_bytes - size.videos * size.video_bytes) // small_items
        for n in range(size.evidence_items):
            is_video = n % (size.evidence_items // size.videos) == 0 and n // (size.evidence_items // size.videos) < size.videos
            nbytes = size.video_bytes if is_video else max(1024, int(small_bytes * rng.uniform(0.5, 1.5)))
            name = f"lesson-video-{n}.mp4" if is_video else f"evidence-{n:05d}.{rng.choice(('pdf', 'docx', 'jpg'))}"
            j.add_evidence_stream(RandomStream(seed + n, nbytes), name=name, size_hint=nbytes,
                                  links=[rng.choice(links)], private=n % 50 == 0)
    finally:
        j.close()
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("size", choices=sorted(SIZES))
    p.add_argument("out", type=Path)
    args = p.parse_args()
    if args.out.exists():
        print(f"{args.out} exists; not overwritten", file=sys.stderr)
        return 1
    make(args.size, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024**2:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

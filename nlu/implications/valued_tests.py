"""A test named with its own value is done: "We haven't done much yet, FLC ratio 3.1 came back",
"not sent anything else, VEGF 2,380 pg/mL". A not-done word before it (whose scope runs over the
comma, as for a list of tests not done) does not make it not done, for the value read at the
test's own words is its result."""

from __future__ import annotations

from typing import Dict, Iterable, Optional


def valued_tests(targets, statuses: Dict[object, Optional[str]], labs: Iterable[dict]) -> None:
    """Each mention read not done whose words are the name of a lab value read from the note
    (the value's span, from its analyte's name, holds the mention) is done (``present``: its
    result is the value). In place."""
    spans = [(lab["start"], lab["end"]) for lab in labs
             if lab.get("start") is not None and lab.get("end") is not None]
    if not spans:
        return
    for ent in targets:
        if statuses.get(ent) == "not_done" and any(
                start <= ent.start_char and ent.end_char <= end for start, end in spans):
            statuses[ent] = "present"

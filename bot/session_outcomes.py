"""What reading one answer of a triage conversation reports (bot/session.py): the criteria it
changed, the details it set on values given before, and what kind of answer it was."""

from __future__ import annotations

from typing import Dict, List, Optional

from pydantic import BaseModel, Field


class Change(BaseModel):
    """A criterion (or the verdict, key ``verdict``) whose state changed."""

    key: str
    old: str
    new: str


class Detail(BaseModel):
    """A sample type or a reference range given later for a value the session holds."""

    analyte: str
    value: float
    unit: Optional[str] = None
    field: str  # sample | reference | unit | value
    new: str


class AnswerOutcome(BaseModel):
    # result | not_done | stop | other | detail | unrecognised | missing | why | thanks | bare_yes_no
    # | insensitive (a study that cannot settle the item, "bone scan normal": said why, asked again)
    kind: str
    item: str
    changes: List[Change] = Field(default_factory=list)
    # other tests the answer says are not done or pending ("IFE not done yet" answering the VEGF
    # question: the asked item stays open; "IFE negative, FLC not done" answering the IFE
    # question: answered), recorded for those tests and acknowledged
    others_not_done: List[str] = Field(default_factory=list)
    # kind "detail": the sample types / reference ranges set on earlier values ("plasma" sent
    # after the VEGF value); the asked item, if any, stays open
    details: List[Detail] = Field(default_factory=list)
    # why a number in the answer was not taken as the asked test's value (en / zh) when the rest
    # of the answer was kept ("TSH 8.2, FT4 low" answering the light-chain question)
    number_refused: Dict[str, str] = Field(default_factory=dict)

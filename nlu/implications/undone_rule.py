"""implications.yml ``undone_list``, read by nlu/implications/undone_list.py (kept apart from it:
the rules loader imports this, and undone_list.py imports the status pass that loads the rules)."""

from __future__ import annotations

import re


class UndoneList:
    """A member's own result or value written right after it (``own_result``), up to the next
    list separator (``member_end``: "已送检VEGF、FLC 20 mg/L", "未查IFE、VEGF阴性"): it keeps its own
    reading and ends a list of tests answered not done before its first one."""

    def __init__(self, data: dict):
        self.own_result = re.compile(data["own_result"])
        self.member_end = re.compile(data["member_end"])

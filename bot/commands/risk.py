"""``poems-triage risk``: the PUMCH risk score (表3) from options or JSON."""

from __future__ import annotations

import argparse
from typing import Optional

from pydantic import ValidationError

from bot.commands.io import print_json, read_json, validation_message
from bot.errors import EvidenceError


def _yes_no(value: str) -> bool:
    key = value.strip().lower()
    if key in {"yes", "y", "true", "1", "present", "是", "有"}:
        return True
    if key in {"no", "n", "false", "0", "absent", "否", "无"}:
        return False
    raise argparse.ArgumentTypeError(f"expected yes or no, got {value!r}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--age", type=float, help="age in years")
    parser.add_argument("--pleural-effusion", type=_yes_no, metavar="yes|no")
    parser.add_argument("--pulmonary-hypertension", type=_yes_no, metavar="yes|no")
    parser.add_argument("--egfr", type=float, help="eGFR in mL/min/1.73 m^2")
    parser.add_argument("--input", metavar="FILE.json", help="inputs as JSON (keys as the options, egfr in mL/min/1.73m^2)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=["en", "zh"], default="en")


def run(args: argparse.Namespace) -> int:
    from bot.risk import RiskInputs, score
    from bot.texts import msg

    data = {}
    if args.input:
        data = read_json(args.input, "risk input")
        if not isinstance(data, dict):
            raise EvidenceError("risk input JSON must be an object")
    for key in ("age", "pleural_effusion", "pulmonary_hypertension", "egfr"):
        value: Optional[object] = getattr(args, key)
        if value is not None:
            data[key] = value
    try:
        inputs = RiskInputs.parse_obj(data)
    except ValidationError as exc:
        raise EvidenceError(validation_message(exc, "risk input")) from None
    result = score(inputs)
    if args.json:
        print_json(result.contract(args.lang))
        return 0
    shown = str(result.score) if result.score is not None else f"{result.score_min}-{result.score_max}"
    group = result.group or " / ".join(result.possible_groups)
    os10 = f", 10-year OS {result.os10}" if result.os10 and args.lang == "en" else (f",10年OS {result.os10}" if result.os10 else "")
    print(("PUMCH 风险评分" if args.lang == "zh" else "PUMCH risk score") + f" ({result.citation}): {shown} ({group}{os10})")
    for reason in result.reasons:
        print(f"  - {reason.get(args.lang)}")
    print(msg("disclaimer").get(args.lang))
    return 0

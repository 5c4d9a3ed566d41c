"""``poems-triage response``: response assessment (表5) from options or JSON."""

from __future__ import annotations

import argparse

from pydantic import ValidationError

from bot.commands.io import print_json, read_json, validation_message
from bot.errors import EvidenceError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", metavar="FILE.json",
                        help="JSON with any of haematological, vegf, radiological, neurological (see bot.response)")
    parser.add_argument("--m-baseline", type=float, help="M-protein at baseline, g/L")
    parser.add_argument("--m-current", type=float, help="M-protein now, g/L")
    parser.add_argument("--m-nadir", type=float, help="M-protein nadir, g/L")
    parser.add_argument("--ife-negative", action="store_true", help="serum and urine immunofixation negative")
    parser.add_argument("--marrow-normal", action="store_true", help="marrow normal (or not involved at baseline)")
    parser.add_argument("--vegf-baseline", type=float, help="serum VEGF at baseline, pg/mL")
    parser.add_argument("--vegf", type=float, nargs="+", help="serum VEGF after treatment, oldest first, pg/mL")
    parser.add_argument("--vegf-uln", type=float, help="laboratory ULN for serum VEGF, pg/mL")
    parser.add_argument("--suv-baseline", type=float)
    parser.add_argument("--suv-current", type=float)
    parser.add_argument("--new-lesion", action="store_true")
    parser.add_argument("--onls-baseline", type=float)
    parser.add_argument("--onls-current", type=float)
    parser.add_argument("--functional-worsening", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=["en", "zh"], default="en")


def _from_options(args: argparse.Namespace) -> dict:
    data: dict = {}
    if args.m_baseline is not None or args.m_current is not None or args.ife_negative:
        data["haematological"] = {
            "baseline_g_l": args.m_baseline, "current_g_l": args.m_current, "nadir_g_l": args.m_nadir,
            "serum_ife_negative": args.ife_negative or None, "urine_ife_negative": args.ife_negative or None,
            "marrow_normal": args.marrow_normal or None,
        }
    if args.vegf:
        if args.vegf_baseline is None:
            raise EvidenceError("--vegf needs --vegf-baseline")
        data["vegf"] = {"baseline_pg_ml": args.vegf_baseline, "measurements_pg_ml": args.vegf, "uln_pg_ml": args.vegf_uln}
    if args.suv_baseline is not None or args.suv_current is not None:
        if args.suv_baseline is None or args.suv_current is None:
            raise EvidenceError("give both --suv-baseline and --suv-current")
        data["radiological"] = {"baseline_suv": args.suv_baseline, "current_suv": args.suv_current, "new_lesion": args.new_lesion}
    if args.onls_baseline is not None or args.onls_current is not None:
        if args.onls_baseline is None or args.onls_current is None:
            raise EvidenceError("give both --onls-baseline and --onls-current")
        data["neurological"] = {"baseline_onls": args.onls_baseline, "current_onls": args.onls_current,
                                "functional_worsening": True if args.functional_worsening else None}
    return data


def run(args: argparse.Namespace) -> int:
    from bot.response import ResponseInputs, assess_response, timing_caveat
    from bot.texts import msg

    data = read_json(args.input, "response input") if args.input else {}
    if not isinstance(data, dict):
        raise EvidenceError("response input JSON must be an object")
    data.update(_from_options(args))
    if not data:
        raise EvidenceError("no response inputs: give --input FILE.json or options (see --help)")
    try:
        inputs = ResponseInputs.parse_obj(data)
    except ValidationError as exc:
        raise EvidenceError(validation_message(exc, "response input")) from None
    results = assess_response(inputs)
    if args.json:
        print_json({"results": [r.contract(args.lang) for r in results],
                    "timing": timing_caveat().get(args.lang), "citation": "六; 表5"})
        return 0
    for r in results:
        print(f"{r.domain}: {r.category} ({r.citation})")
        for reason in r.reasons:
            print(f"  - {reason.get(args.lang)}")
        for caveat in r.caveats:
            print(f"  * {caveat.get(args.lang)}")
    print(timing_caveat().get(args.lang))
    print(msg("disclaimer").get(args.lang))
    return 0

"""Generated referral notes for benchmarks and tests (seeded, reproducible, nothing committed).

Realistic ~1 000-character referral letters and clinic notes in English and Chinese: a CIDP or
"neuropathy of unknown cause" history, nerve conduction results, treatment response, examination
findings stated as present or negated, blood counts and M-protein work-up with units, tests not
done or pending, and padding of ordinary clinical prose. Four case mixes are drawn: full POEMS,
partial POEMS (incomplete work-up), typical CIDP and other neuropathies.

    python -m benchmarks.notes 10000 --out notes.jsonl [--seed 7] [--zh 0.5]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Dict, Iterator, List, Optional

PROFILES = (("poems", 0.15), ("partial", 0.25), ("cidp", 0.35), ("other", 0.25))

# --------------------------------------------------------------------------- English

EN_OPEN = [
    "Dear Dr {doctor},\nThank you for seeing {title} {initial}., a {age}-year-old {man_woman} referred from our neuromuscular clinic.",
    "Re: {initial}. {surname}, {age}{sex_letter}, hospital no. {mrn}\nDear colleague, I would be grateful for your opinion on this {man_woman}.",
    "Neurology clinic letter, {age}{sex_letter}, MRN {mrn}.\nDear haematology team,",
    "Referral: {age}-year-old {man_woman}, MRN {mrn}. Dear Dr {doctor},",
]
EN_HISTORY = [
    "{He_She} describes {months} months of numbness starting in both feet and rising to the knees, with progressive distal weakness; {he_she} now needs a stick outdoors.",
    "Over the past {months} months {he_she} has developed symmetric tingling of the feet and hands and difficulty climbing stairs.",
    "{He_She} presented {months} months ago with burning feet, then distal weakness and frequent falls.",
]
EN_NCS = {
    "demyelinating": ["Nerve conduction studies show a demyelinating sensorimotor polyneuropathy with uniform slowing of conduction velocities and no conduction block.",
                      "NCS: demyelinating polyneuropathy, uniform slowing, prolonged distal latencies, no conduction block."],
    "mixed": ["EMG/NCS: mixed demyelinating and axonal sensorimotor polyneuropathy, worse in the legs."],
    "block": ["NCS: multifocal conduction block in the median and ulnar nerves with temporal dispersion."],
    "axonal": ["NCS: length-dependent axonal sensorimotor polyneuropathy."],
}
EN_CSF = "CSF protein was {csf} g/L with a normal cell count."
EN_TREAT_FAIL = [
    "A diagnosis of CIDP was made and {he_she} received IVIG 2 g/kg and then prednisolone 60 mg daily without improvement.",
    "{He_She} was treated for CIDP with two courses of IVIG and plasma exchange, with no response.",
]
EN_TREAT_OK = [
    "{He_She} was started on IVIG 2 g/kg with clear improvement after the second course.",
    "Treated as CIDP with IVIG with a good response; grip strength has recovered.",
]
EN_PRESENT = {
    "hepatomegaly": ["the liver is palpable 3 cm below the costal margin", "hepatomegaly on ultrasound"],
    "splenomegaly": ["the spleen tip is palpable", "splenomegaly on CT"],
    "lymphadenopathy": ["there are enlarged inguinal lymph nodes", "CT shows axillary lymphadenopathy"],
    "oedema": ["there is pitting oedema to the mid-shin", "bilateral ankle oedema"],
    "ascites": ["a small volume of ascites on ultrasound"],
    "effusion": ["a small left pleural effusion on chest X-ray"],
    "skin": ["hyperpigmentation of the trunk", "hypertrichosis over the forearms", "multiple cherry haemangiomas", "white nails", "plethora"],
    "endocrine": ["gynaecomastia", "erectile dysfunction for a year", "secondary amenorrhoea", "hypothyroidism on levothyroxine"],
    "papilloedema": ["bilateral papilloedema on fundoscopy"],
}
EN_ABSENT = {
    "hepatomegaly": ["liver not palpable", "no hepatomegaly"],
    "splenomegaly": ["spleen not palpable", "no splenomegaly"],
    "lymphadenopathy": ["no lymphadenopathy", "no palpable lymph nodes"],
    "oedema": ["no peripheral oedema", "no ankle swelling"],
    "ascites": ["no ascites"],
    "effusion": ["no pleural effusion"],
    "skin": ["skin unremarkable", "no skin changes"],
    "endocrine": ["thyroid function normal", "no gynaecomastia"],
    "papilloedema": ["fundi normal", "no papilloedema"],
}
EN_PAD = [
    "Past medical history includes hypertension and a cholecystectomy in {year}.",
    "{He_She} is a retired {job}, lives with {his_her} partner, does not smoke and drinks little alcohol.",
    "Medication: amlodipine 5 mg daily, omeprazole 20 mg daily and paracetamol as required.",
    "There is no family history of neuropathy; {his_her} parents lived into their eighties.",
    "{He_She} has lost about {kg} kg in weight over the last year and reports night sweats on occasion.",
    "Vitamin B12, folate, HbA1c and renal function were within normal limits.",
    "Power is MRC 4/5 at ankle dorsiflexion bilaterally, reflexes are absent at the ankles and reduced at the knees, and vibration sense is lost to the knees.",
    "{He_She} is keen to understand the cause and to know whether further treatment is possible.",
    "An MRI of the lumbar spine showed mild degenerative change only, with no nerve root compression.",
]
EN_CLOSE = [
    "I would be grateful for your opinion on whether this could be POEMS syndrome.",
    "Could this be POEMS rather than CIDP? Many thanks for your help.",
    "Please advise on further work-up. Kind regards, Dr {doctor}, Neurology.",
]

# --------------------------------------------------------------------------- Chinese

ZH_OPEN = [
    "患者{sex_zh}，{age}岁，住院号{mrn}。主诉：双足麻木{months}月，双下肢无力{months2}月。",
    "转诊记录：{sex_zh}性，{age}岁。因“四肢麻木无力{months}月”就诊神经内科。",
    "血液科会诊申请：患者{sex_zh}，{age}岁，神经内科门诊随诊。",
]
ZH_HISTORY = [
    "患者{months}月前无明显诱因出现双足麻木，逐渐向上发展至膝关节，伴双下肢无力，上楼困难。",
    "{months}月前出现双手及双足袜套样麻木，继而行走不稳，反复跌倒。",
]
ZH_NCS = {
    "demyelinating": ["肌电图：四肢周围神经源性损害，运动、感觉纤维均受累，以脱髓鞘为主，传导速度均一性减慢，未见传导阻滞。"],
    "mixed": ["外院肌电图：脱髓鞘伴轴索损害，下肢为重。"],
    "block": ["肌电图：正中神经、尺神经多灶性传导阻滞，伴波形离散。"],
    "axonal": ["肌电图：双下肢感觉运动性轴索性周围神经病，长度依赖性。"],
}
ZH_CSF = "脑脊液蛋白{csf} g/L，细胞数正常。"
ZH_TREAT_FAIL = [
    "外院诊断“CIDP”，先后予甲泼尼龙冲击及丙球（0.4 g/kg×5天）两个疗程，症状仍进行性加重。",
    "按CIDP予丙球及激素治疗，疗效不佳。",
]
ZH_TREAT_OK = [
    "予丙球治疗后症状明显好转，肌力恢复。",
    "激素治疗有效，行走较前改善。",
]
ZH_PRESENT = {
    "hepatomegaly": ["肝肋下3 cm", "超声示肝大"],
    "splenomegaly": ["脾肋下2指", "CT示脾大"],
    "lymphadenopathy": ["双侧腹股沟可触及数枚肿大淋巴结"],
    "oedema": ["双下肢可凹性水肿"],
    "ascites": ["少量腹水"],
    "effusion": ["左侧少量胸腔积液"],
    "skin": ["面部及躯干皮肤色素沉着", "双前臂多毛", "躯干多发血管瘤", "双手白甲"],
    "endocrine": ["男性乳腺发育", "闭经1年", "甲状腺功能减退，口服优甲乐"],
    "papilloedema": ["眼底：双侧视乳头水肿"],
}
ZH_ABSENT = {
    "hepatomegaly": ["肝肋下未及"],
    "splenomegaly": ["脾肋下未及"],
    "lymphadenopathy": ["浅表淋巴结未触及肿大"],
    "oedema": ["双下肢无水肿"],
    "ascites": ["无腹水"],
    "effusion": ["无胸腔积液"],
    "skin": ["皮肤未见色素沉着"],
    "endocrine": ["甲功正常"],
    "papilloedema": ["眼底未见异常"],
}
ZH_PAD = [
    "既往高血压病史{years}年，规律服用氨氯地平，血压控制可。",
    "否认糖尿病、肝炎、结核病史，否认毒物接触史，无烟酒嗜好。",
    "近1年体重下降约{kg} kg，偶有夜间盗汗。",
    "神经系统查体：神志清，双下肢远端肌力4级，双侧跟腱反射消失，膝反射减弱，双膝以下针刺觉及振动觉减退。",
    "维生素B12、叶酸、糖化血红蛋白及肾功能均正常。",
    "腰椎MRI示轻度退行性变，未见神经根受压。",
    "家族中无类似疾病患者。患者及家属希望明确病因并了解进一步治疗方案。",
    "患者起病以来精神、睡眠尚可，食欲稍差，大小便正常。",
    "个人史：生于本地，久居本地，从事{job_zh}工作，无疫区接触史。",
    "婚育史：适龄结婚，育有1子1女，配偶及子女体健。",
    "头颅MRI未见明显异常，颈椎MRI示颈4-5椎间盘轻度突出，脊髓未见受压。",
    "心电图：窦性心律，大致正常心电图。心脏超声未见明显异常，射血分数62%。",
    "肝功能、肾功能、电解质、凝血功能未见明显异常，抗核抗体谱阴性，抗神经节苷脂抗体阴性。",
    "入院后予营养神经、康复锻炼等对症支持治疗，症状无明显改善，仍需扶行。",
    "入院时生命体征平稳，体温36.5℃，心率78次/分，血压132/84 mmHg。",
]
ZH_CLOSE = ["请血液科会诊，协助排除POEMS综合征。", "能否考虑POEMS综合征？请协助诊治。"]

SURNAMES = ["Smith", "Chen", "Wang", "Jones", "Li", "Patel", "Brown", "Zhang", "Taylor", "Liu"]
JOBS = ["teacher", "engineer", "farmer", "nurse", "bus driver", "accountant"]
JOBS_ZH = ["教师", "工程师", "务农", "护士", "司机", "会计"]


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _profile(rng: random.Random) -> str:
    x, acc = rng.random(), 0.0
    for name, share in PROFILES:
        acc += share
        if x < acc:
            return name
    return PROFILES[-1][0]


def _features(rng: random.Random, profile: str) -> Dict[str, Optional[bool]]:
    """Each examination feature: True (present), False (negated) or None (not mentioned)."""
    keys = list(EN_PRESENT)
    p_present = {"poems": 0.6, "partial": 0.35, "cidp": 0.03, "other": 0.05}[profile]
    out: Dict[str, Optional[bool]] = {}
    for key in keys:
        x = rng.random()
        out[key] = True if x < p_present else (False if x < p_present + 0.4 else None)
    return out


def _labs(rng: random.Random, profile: str, zh: bool) -> List[str]:
    out: List[str] = []
    high = profile in ("poems", "partial") and rng.random() < 0.6
    plt = rng.randint(460, 720) if high else rng.randint(160, 420)
    hb = rng.randint(118, 175)
    if rng.random() < 0.85:
        out.append(f"血常规：PLT {plt}×10^9/L，Hb {hb} g/L" if zh else f"FBC: Hb {hb} g/L, platelets {plt} x10^9/L")
    ife = rng.random()
    if profile == "poems" or (profile == "partial" and ife < 0.3):
        chain = _pick(rng, ["IgA-λ", "IgG-λ"]) if zh else _pick(rng, ["IgA lambda", "IgG lambda"])
        out.append(f"血清免疫固定电泳：{chain}阳性" if zh else f"Serum immunofixation: {chain} paraprotein")
    elif profile in ("cidp", "other") and ife < 0.6:
        out.append("血清免疫固定电泳阴性" if zh else "Serum immunofixation negative")
    elif ife < 0.8:
        out.append("免疫固定电泳未做" if zh else "Serum immunofixation has not been done")
    if profile == "poems" and rng.random() < 0.7:
        v = rng.randint(1200, 6000)
        out.append(f"血清VEGF {v} pg/ml" if zh else f"serum VEGF {v:,} pg/mL")
    elif rng.random() < 0.3:
        out.append("VEGF未查" if zh else "VEGF is pending")
    if rng.random() < 0.4:
        k = round(rng.uniform(8, 30), 1)
        lam = round(rng.uniform(8, 30) * (3 if profile == "poems" else 1), 1)
        out.append(f"sFLC κ {k} mg/L，λ {lam} mg/L" if zh else f"free light chains kappa {k} mg/L, lambda {lam} mg/L")
    if profile == "poems" and rng.random() < 0.5:
        out.append("PET-CT示多发骨硬化性病灶" if zh else "CT shows sclerotic bone lesions in the pelvis")
    elif rng.random() < 0.2:
        out.append("骨CT未做" if zh else "no bone imaging yet")
    return out


def _fill(template: str, ctx: Dict[str, object]) -> str:
    return template.format(**ctx)


def note(rng: random.Random, index: int, language: str, target: int = 1000) -> Dict[str, str]:
    """One note: {"id", "language", "profile", "text"}."""
    profile = _profile(rng)
    male = rng.random() < 0.6
    ctx: Dict[str, object] = {
        "doctor": _pick(rng, SURNAMES), "surname": _pick(rng, SURNAMES), "initial": chr(65 + rng.randrange(26)),
        "age": rng.randint(28, 79), "months": rng.randint(3, 36), "months2": rng.randint(2, 12),
        "mrn": rng.randint(100000, 999999), "year": rng.randint(1990, 2020), "years": rng.randint(2, 20),
        "kg": rng.randint(3, 12), "job": _pick(rng, JOBS), "job_zh": _pick(rng, JOBS_ZH), "csf": round(rng.uniform(0.6, 2.4), 2),
        "title": "Mr" if male else "Mrs", "man_woman": "man" if male else "woman",
        "sex_letter": "M" if male else "F", "sex_zh": "男" if male else "女",
        "He_She": "He" if male else "She", "he_she": "he" if male else "she", "his_her": "his" if male else "her",
    }
    zh = language == "zh"
    features = _features(rng, profile)
    if not male:  # no gynaecomastia or erectile dysfunction in women
        features["endocrine"] = features["endocrine"] and rng.random() < 0.5
    ncs = {"poems": "demyelinating", "partial": _pick(rng, ["demyelinating", "mixed"]),
           "cidp": _pick(rng, ["demyelinating", "block"]), "other": "axonal"}[profile]
    parts: List[str] = [_fill(_pick(rng, ZH_OPEN if zh else EN_OPEN), ctx),
                        _fill(_pick(rng, ZH_HISTORY if zh else EN_HISTORY), ctx)]
    if rng.random() < 0.85:
        parts.append(_pick(rng, (ZH_NCS if zh else EN_NCS)[ncs]))
    else:
        parts.append("肌电图未做。" if zh else "Nerve conduction studies have not been done.")
    if rng.random() < 0.5:
        parts.append(_fill(ZH_CSF if zh else EN_CSF, ctx))
    if profile in ("poems", "partial") or (profile == "cidp" and rng.random() < 0.3):
        parts.append(_fill(_pick(rng, ZH_TREAT_FAIL if zh else EN_TREAT_FAIL), ctx))
    elif profile == "cidp":
        parts.append(_fill(_pick(rng, ZH_TREAT_OK if zh else EN_TREAT_OK), ctx))
    exam = []
    for key, state in features.items():
        if state is None:
            continue
        table = (ZH_PRESENT if state else ZH_ABSENT) if zh else (EN_PRESENT if state else EN_ABSENT)
        phrase = _pick(rng, table[key])
        if key == "endocrine" and not male and state:
            phrase = "闭经1年" if zh else "secondary amenorrhoea"
        exam.append(phrase)
    rng.shuffle(exam)
    if exam:
        parts.append(("查体：" + "，".join(exam) + "。") if zh else ("On examination: " + "; ".join(exam) + "."))
    labs = _labs(rng, profile, zh)
    if labs:
        parts.append(("辅助检查：" + "；".join(labs) + "。") if zh else ("Investigations: " + "; ".join(labs) + "."))
    closing = _fill(_pick(rng, ZH_CLOSE if zh else EN_CLOSE), ctx)
    pads = list(ZH_PAD if zh else EN_PAD)
    rng.shuffle(pads)
    # Chinese says more per character: aim a little lower in characters.
    goal = int(target * (1.0 if zh else 1.0) * rng.uniform(0.85, 1.15))
    sep = "" if zh else " "
    while pads and len(sep.join(parts)) + len(closing) < goal:
        parts.insert(rng.randint(2, len(parts)), _fill(pads.pop(), ctx))
    parts.append(closing)
    text = sep.join(parts) if zh else "\n".join([parts[0], " ".join(parts[1:])])
    return {"id": f"{language}-{index:06d}", "language": language, "profile": profile, "text": text}


def generate(n: int, seed: int = 7, zh_share: float = 0.5, target: int = 1000) -> Iterator[Dict[str, str]]:
    """``n`` notes, reproducible for a seed; about ``zh_share`` of them in Chinese."""
    rng = random.Random(seed)
    for i in range(n):
        language = "zh" if rng.random() < zh_share else "en"
        yield note(rng, i, language, target)


def write_jsonl(path: str, n: int, seed: int = 7, zh_share: float = 0.5, extra: bool = False) -> int:
    """Writes ``{"id", "text"}`` lines (plus language/profile with ``extra``); returns bytes written."""
    size = 0
    with open(path, "w", encoding="utf-8") as handle:
        for row in generate(n, seed, zh_share):
            if not extra:
                row = {"id": row["id"], "text": row["text"]}
            line = json.dumps(row, ensure_ascii=False) + "\n"
            handle.write(line)
            size += len(line.encode("utf-8"))
    return size


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.notes", description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of notes")
    parser.add_argument("--out", help="JSON Lines file (default: standard output)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--zh", type=float, default=0.5, help="share of Chinese notes (default 0.5)")
    args = parser.parse_args(argv)
    if args.out:
        write_jsonl(args.out, args.n, args.seed, args.zh)
    else:
        for row in generate(args.n, args.seed, args.zh):
            sys.stdout.write(json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

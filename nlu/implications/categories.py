"""The ConText modifier categories the implication passes read (nlu/rules/context_*.yml)."""

NEGATED = "NEGATED_EXISTENCE"
POSSIBLE = "POSSIBLE_EXISTENCE"
HISTORICAL = "HISTORICAL"
NOT_DONE = "NOT_DONE"
PENDING = "PENDING"
FAMILY = "FAMILY"
OTHER = "OTHER"  # "no other ...", "余…未见…": only other sites are excluded
RESOLVED = "RESOLVED"  # "既往水肿，利尿后已消退", "oedema, since resolved": not present now
LOCALISED = "LOCALISED"  # a localised lesion's sign, not the systemic one: "正中神经腕部远端潜伏期延长", "轴索性损害，呈多发性单神经病改变" (one nerve's, not a polyneuropathy's), "hyperpigmented macules c/w diabetic dermopathy"

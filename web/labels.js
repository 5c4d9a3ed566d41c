// UI labels and the assessment card, in English and Chinese. No network code here.

export const LABELS = {
  en: {
    title: "POEMS syndrome triage assistant",
    disclaimer: "Decision support only: it does not diagnose or prescribe.",
    connecting: "connecting…", connected: "connected", disconnected: "disconnected",
    refused: "connection refused (token?)",
    placeholder: "Paste a referral note, or ask a question…",
    send: "Send",
    card_title: "POEMS criteria check (2025 Chinese expert consensus, Table 2)",
    verdict: "Verdict", criterion: "Criterion", state: "Status",
    missing: "Missing evidence (most useful first)", none: "none",
    verdicts: {
      meets_criteria: "Meets the diagnostic criteria",
      suspected: "Suspected: part of the criteria present, work-up incomplete",
      possible: "Possible: too little is known yet",
      unlikely: "Unlikely: a required group of criteria is excluded",
    },
    states: { present: "met", absent: "not met", unknown: "unknown" },
    criteria: {
      polyneuropathy: "Polyneuropathy",
      monoclonal_plasma_cell_disorder: "Monoclonal plasma-cell disorder",
      castleman: "Castleman disease",
      sclerotic_bone_lesions: "Sclerotic bone lesions",
      vegf_elevated: "Elevated VEGF",
      organomegaly: "Organomegaly",
      extravascular_volume_overload: "Extravascular volume overload",
      endocrinopathy: "Endocrinopathy",
      skin_changes: "Skin changes",
      papilledema: "Papilloedema",
      thrombocytosis_polycythemia: "Thrombocytosis / polycythaemia",
    },
    tests: {
      blood_count: "Blood count", fundoscopy: "Fundoscopy",
      serum_free_light_chains: "Serum free light chains", serum_immunofixation: "Serum immunofixation",
      urine_immunofixation: "Urine immunofixation", endocrine_panel: "Endocrine panel",
      abdominal_imaging: "Abdominal imaging", serum_vegf: "Serum VEGF",
      nerve_conduction_study: "Nerve conduction study", bone_imaging: "Bone imaging (CT)",
      bone_marrow: "Bone marrow biopsy", lymph_node_biopsy: "Lymph node biopsy",
    },
  },
  zh: {
    title: "POEMS综合征分诊助手",
    disclaimer: "仅供临床决策参考：不做诊断，不开处方。",
    connecting: "连接中…", connected: "已连接", disconnected: "已断开",
    refused: "连接被拒绝（令牌？）",
    placeholder: "粘贴转诊病历，或提出问题…",
    send: "发送",
    card_title: "POEMS诊断标准核对（2025年中国专家共识，表2）",
    verdict: "结论", criterion: "标准", state: "状态",
    missing: "缺少的证据（按重要性排序）", none: "无",
    verdicts: {
      meets_criteria: "符合诊断标准",
      suspected: "疑似：部分标准已满足，检查尚不完整",
      possible: "可能：目前信息过少",
      unlikely: "可能性小：某一必需标准组已被排除",
    },
    states: { present: "满足", absent: "不满足", unknown: "未知" },
    criteria: {
      polyneuropathy: "多发神经病变",
      monoclonal_plasma_cell_disorder: "浆细胞克隆增殖",
      castleman: "Castleman病",
      sclerotic_bone_lesions: "硬化性骨病",
      vegf_elevated: "血清VEGF水平升高",
      organomegaly: "脏器肿大",
      extravascular_volume_overload: "水负荷增多",
      endocrinopathy: "内分泌病变",
      skin_changes: "皮肤改变",
      papilledema: "视乳头水肿",
      thrombocytosis_polycythemia: "血小板增多症/红细胞增多症",
    },
    tests: {
      blood_count: "血常规", fundoscopy: "眼底检查",
      serum_free_light_chains: "血清游离轻链", serum_immunofixation: "血清免疫固定电泳",
      urine_immunofixation: "尿免疫固定电泳", endocrine_panel: "内分泌检查",
      abdominal_imaging: "腹部影像", serum_vegf: "血清VEGF",
      nerve_conduction_study: "神经传导检查", bone_imaging: "骨骼影像（CT）",
      bone_marrow: "骨髓活检", lymph_node_biopsy: "淋巴结活检",
    },
  },
};

export const CRITERIA_ORDER = Object.keys(LABELS.en.criteria);

/** "zh" for any Chinese language tag (zh, zh-CN, zh-Hans…), else "en". */
export function langOf(tag) {
  return String(tag || "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function hasHan(text) {
  return /[\u4e00-\u9fff]/.test(String(text || ""));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

/** The readable card for a poems_assessment payload (text only: never innerHTML). */
export function assessmentCard(payload) {
  const lang = langOf(payload.language);
  const L = LABELS[lang];
  const verdict = String(payload.verdict || "");
  const card = el("article", { class: "card", "data-testid": "assessment", "data-verdict": verdict, lang });
  card.append(el("h2", {}, L.card_title));
  card.append(el("p", {}, `${L.verdict}: `,
    el("span", { class: "verdict", "data-testid": "verdict" }, L.verdicts[verdict] || verdict)));

  const table = el("table", { "data-testid": "criteria" });
  table.append(el("tr", {}, el("th", {}, L.criterion), el("th", {}, L.state)));
  const criteria = payload.criteria || {};
  const ids = [...CRITERIA_ORDER.filter((id) => id in criteria),
    ...Object.keys(criteria).filter((id) => !CRITERIA_ORDER.includes(id))];
  for (const id of ids) {
    const state = String(criteria[id]);
    table.append(el("tr", { "data-criterion": id, "data-state": state },
      el("td", {}, L.criteria[id] || id),
      el("td", { class: `state-${state}` }, L.states[state] || state)));
  }
  card.append(table);

  card.append(el("h3", {}, L.missing));
  const missing = Array.isArray(payload.missing_evidence) ? payload.missing_evidence : [];
  if (missing.length === 0) {
    card.append(el("p", {}, L.none));
  } else {
    const list = el("ol", { "data-testid": "missing" });
    for (const item of missing) {
      const test = String(item.test || "");
      const name = L.tests[test] || test;
      list.append(el("li", { "data-test": test }, item.why ? `${name}: ${item.why}` : name));
    }
    card.append(list);
  }
  return card;
}

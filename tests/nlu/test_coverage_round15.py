"""Round-15 coverage (sentences written for the tests, not taken from the corpus): POEMS skin changes in
the syntax of referral letters, ward notes, case reports and patients' own words rather than in new
words — a body part named first and then grown darker (`skin of the trunk darkened`, `face looked darker
than before`, `面部及双手皮肤逐渐变黑`), comparisons with before (`比以前深`, `较以前明显变深`, `darker than
previously`, which are not past findings), body hair on a limb grown thicker or darker (`hair on his legs
became thick and dark`, `腿毛比以前黑了、粗了`), red papules with their number, size and shape, a red face,
episodic flushing, blue or purple fingers and toes, white nails, thickened skin, cold-induced colour
changes and facial fat loss; skin lists negated, one sign denied, and look-alikes that are not POEMS skin
(hair loss, vitiligo and loss of pigment, petechiae, purpura, spider naevi, pallor, central cyanosis, a tan
or a red face with its everyday cause, a bruise, mole or nail that darkened, darker urine or stools)."""
import pytest

from conftest import criterion, status_of


# English: the skin or a body part named, then grown darker, a darkening of a body part, a tan by comparison
@pytest.mark.parametrize("text,concept", [
    ("Her face looked darker than before.", "hyperpigmentation"),
    ("His face looks darker than it used to.", "hyperpigmentation"),
    ("The skin of the trunk darkened over six months.", "hyperpigmentation"),
    ("Skin of the face and hands darkened.", "hyperpigmentation"),
    ("His skin turned darker over the last year.", "hyperpigmentation"),
    ("Her skin grew darker in the months before admission.", "hyperpigmentation"),
    ("His skin got darker and darker.", "hyperpigmentation"),
    ("The skin on his hands and face has gone a dusky brown colour.", "hyperpigmentation"),
    ("His wife noticed that his face had become noticeably darker.", "hyperpigmentation"),
    ("Her complexion has darkened considerably.", "hyperpigmentation"),
    ("The skin over the back and abdomen became darker.", "hyperpigmentation"),
    ("Skin on both legs darker than before.", "hyperpigmentation"),
    ("He looks tanned although he works indoors.", "hyperpigmentation"),
    ("She looked as if she had a suntan, though she had not been on holiday.", "hyperpigmentation"),
    ("Darker skin than a year ago, most marked on the face.", "hyperpigmentation"),
    ("Progressive darkening of the face, neck and hands.", "hyperpigmentation"),
    ("The face, neck and dorsa of the hands were diffusely pigmented.", "hyperpigmentation"),
    ("Diffuse brown pigmentation over the trunk and limbs.", "hyperpigmentation"),
    ("Hyperpigmentation involving the face, trunk and extremities.", "hyperpigmentation"),
    ("Skin colour: darker than previously, generalised.", "hyperpigmentation"),
    ("Generalized darkening of skin noted by the family.", "hyperpigmentation"),
    ("His hands are darker than they used to be.", "hyperpigmentation"),
    ("Her skin became progressively dark over 8 months.", "hyperpigmentation"),
    ("The patient's skin had darkened to a greyish-brown.", "hyperpigmentation"),
    ("His face became dark and dull.", "hyperpigmentation"),
    ("Darkening of the skin of the face and extremities.", "hyperpigmentation"),
    ("Marked darkening of the facial skin.", "hyperpigmentation"),
    ("His legs and arms have become much darker.", "hyperpigmentation"),
    ("Skin: diffusely darker, esp. extensor surfaces.", "hyperpigmentation"),
    ("The patient noticed his skin was turning darker.", "hyperpigmentation"),
    ("She says she has gone brown all over.", "hyperpigmentation"),
    ("Her skin tone has darkened.", "hyperpigmentation"),
    ("Skin darker than in her photographs from two years ago.", "hyperpigmentation"),
    ("Both hands showed a brownish discolouration.", "hyperpigmentation"),
    ("Increased skin pigmentation on the face and trunk.", "hyperpigmentation"),
    ("Brownish-black pigmentation of the face.", "hyperpigmentation"),
    ("Everyone says I look tanned.", "hyperpigmentation"),
    ("Pigmentation of the skin was observed over the whole body.", "hyperpigmentation"),
    ("He had noted that his skin had become darker and that his legs had become hairy.", "hyperpigmentation"),
    ("Her family commented on how dark her skin had become.", "hyperpigmentation"),
    ("He reports his skin has been getting darker.", "hyperpigmentation"),
    ("Complexion darker.", "hyperpigmentation"),
    ("The face and neck have taken on a bronze colour.", "hyperpigmentation"),
    ("Darkened skin over the knuckles and elbows.", "hyperpigmentation"),
    ("The backs of his hands have gone dark.", "hyperpigmentation"),
    ("Skin of the lower legs appears darker.", "hyperpigmentation"),
    ("Her face has become darker and her cheeks thinner.", "hyperpigmentation"),
    ("Skin: hyperpigm, hypertrich, angiomas x5 trunk.", "hyperpigmentation"),
    ("Derm: diffuse darkening; coarse hair both legs.", "hyperpigmentation"),
    ("Cutaneous: bronze hue, acrocyanosis, leukonychia.", "hyperpigmentation"),
    ("The patient presented with darkening of the skin and increased hair growth on the extremities.", "hyperpigmentation"),
    ("Physical examination revealed generalized skin hyperpigmentation, hypertrichosis, and multiple hemangiomas on the trunk.", "hyperpigmentation"),
])
def test_a_skin_or_body_part_grown_darker_is_hyperpigmentation(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# English: red face, flushing, blue digits, white nails, thick skin, cold-induced colour change, fat loss
@pytest.mark.parametrize("text,concept", [
    ("His skin colour has changed and it is much darker now.", "skin_changes"),
    ("His face was red and full.", "plethora"),
    ("Plethoric face with ruddy cheeks.", "plethora"),
    ("Ruddy, plethoric facies.", "plethora"),
    ("Facial redness noted.", "plethora"),
    ("His face had a reddish-purple hue.", "plethora"),
    ("Red complexion.", "plethora"),
    ("Episodes of facial flushing.", "flushing"),
    ("She flushes easily.", "flushing"),
    ("Her face flushes red in the evenings.", "flushing"),
    ("Flushing of the face and neck.", "flushing"),
    ("Intermittent flushing of the face.", "flushing"),
    ("Fingers and toes bluish in colour.", "acrocyanosis"),
    ("Her fingertips look blue.", "acrocyanosis"),
    ("Toes purplish and cold.", "acrocyanosis"),
    ("Bluish discolouration of the toes.", "acrocyanosis"),
    ("Cold, dusky blue feet.", "acrocyanosis"),
    ("Acrocyanosis of both feet.", "acrocyanosis"),
    ("Blue-purple discolouration of the distal fingers.", "acrocyanosis"),
    ("His fingers and toes have turned purple.", "acrocyanosis"),
    ("His fingernails have turned white.", "white_nails"),
    ("Nails: white.", "white_nails"),
    ("Whitish discolouration of the fingernails.", "white_nails"),
    ("Both thumbnails white proximally with a pink distal band.", "white_nails"),
    ("Nail beds white bilaterally.", "white_nails"),
    ("The nails became white over the past months.", "white_nails"),
    ("The skin on her hands became thick and tight.", "skin_thickening"),
    ("Skin over the legs felt thickened and hard.", "skin_thickening"),
    ("Thickening of the skin of both forearms.", "skin_thickening"),
    ("The skin of the dorsal hands had become thick.", "skin_thickening"),
    ("Skin indurated over the shins.", "skin_thickening"),
    ("Woody induration of the lower legs.", "skin_thickening"),
    ("Hard, thickened skin on the feet.", "skin_thickening"),
    ("The skin has become tight and shiny.", "skin_thickening"),
    ("His fingers go white in cold weather.", "raynaud"),
    ("Cold-induced colour changes in the fingers.", "raynaud"),
    ("Raynaud-like episodes in winter.", "raynaud"),
    ("Colour changes of the fingers on cold exposure.", "raynaud"),
    ("Facial lipoatrophy.", "skin_changes"),
    ("Loss of subcutaneous fat in the cheeks.", "skin_changes"),
])
def test_other_skin_signs_in_sentence_form(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# English: body hair on the limbs or trunk grown thicker, darker or more
@pytest.mark.parametrize("text,concept", [
    ("Hair on his legs became thick and dark.", "hypertrichosis"),
    ("The hair on his legs has become thicker and darker.", "hypertrichosis"),
    ("Hair on the shins thicker and darker.", "hypertrichosis"),
    ("Body hair on the arms grew coarser.", "hypertrichosis"),
    ("The hair on her forearms grew longer and darker.", "hypertrichosis"),
    ("His leg hair has got much thicker.", "hypertrichosis"),
    ("Increased growth of dark hair over the chest and limbs.", "hypertrichosis"),
    ("Her arms have become hairy.", "hypertrichosis"),
    ("New growth of coarse black hair on the lower limbs.", "hypertrichosis"),
    ("Hairs on the legs thickened and darkened.", "hypertrichosis"),
    ("More hair on her legs than before.", "hypertrichosis"),
    ("Excess hair on the back and shoulders.", "hypertrichosis"),
    ("Dense dark hair on the lower legs.", "hypertrichosis"),
    ("His body hair has increased markedly.", "hypertrichosis"),
    ("Her scalp hair thinned, but she noticed more hair on her legs.", "hypertrichosis"),
    ("The hair on his chest and legs has grown darker.", "hypertrichosis"),
    ("Thick dark hairs had appeared on her forearms.", "hypertrichosis"),
])
def test_body_hair_grown_thicker_or_darker_is_hypertrichosis(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# English: red papules and angiomas with their number, size and sites
@pytest.mark.parametrize("text,concept", [
    ("Small red dome-shaped papules on the chest.", "hemangioma"),
    ("Several bright red papules, 2-4 mm, on the trunk.", "hemangioma"),
    ("About 20 cherry-red papules scattered over the chest and abdomen.", "hemangioma"),
    ("Numerous small red papules on the chest and back.", "hemangioma"),
    ("Over 30 cherry angiomas over the torso.", "hemangioma"),
    ("A few small red raised spots on the abdomen.", "hemangioma"),
    ("Red-purple papules on the trunk and upper arms.", "hemangioma"),
    ("Skin biopsy of a papule on the back showed a glomeruloid haemangioma.", "glomeruloid_hemangioma"),
    ("Histology: glomeruloid hemangioma.", "glomeruloid_hemangioma"),
    ("A 3 mm violaceous papule on the flank.", "hemangioma"),
    ("Multiple dome-shaped red papules over the abdomen.", "hemangioma"),
    ("Eruptive cherry angiomas on the trunk.", "hemangioma"),
    ("Several ruby-coloured papules on the chest.", "hemangioma"),
    ("Crops of small red papules appeared on his chest and arms.", "hemangioma"),
    ("Haemangiomas: multiple, trunk.", "hemangioma"),
    ("Five red papules on the trunk, 1-3 mm, compatible with angiomas.", "hemangioma"),
    ("She has developed lots of little red bumps on her chest.", "hemangioma"),
    ("Multiple small vascular papules over the upper trunk.", "hemangioma"),
    ("On examination there were numerous small cherry angiomas on his trunk.", "hemangioma"),
])
def test_red_papules_on_the_trunk_are_angiomas(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# Chinese: 皮肤 / 面部 / 双手 grown darker, compared with before, in lay words
@pytest.mark.parametrize("text,concept", [
    ("皮肤颜色比以前深。", "hyperpigmentation"),
    ("皮肤颜色较前加深。", "hyperpigmentation"),
    ("面部皮肤较前明显发黑。", "hyperpigmentation"),
    ("面部、双手及双下肢皮肤色素沉着。", "hyperpigmentation"),
    ("躯干及四肢皮肤颜色变深。", "hyperpigmentation"),
    ("双手背皮肤变黑。", "hyperpigmentation"),
    ("面部及双手皮肤逐渐变黑。", "hyperpigmentation"),
    ("全身皮肤逐渐发黑，以面部为著。", "hyperpigmentation"),
    ("皮肤比过去黑了很多。", "hyperpigmentation"),
    ("脸比以前黑多了。", "hyperpigmentation"),
    ("家属诉患者近半年脸色越来越黑。", "hyperpigmentation"),
    ("自觉皮肤颜色变深半年。", "hyperpigmentation"),
    ("近1年出现全身皮肤变黑。", "hyperpigmentation"),
    ("颜面部、颈部皮肤色素沉着明显。", "hyperpigmentation"),
    ("四肢伸侧皮肤色素沉着。", "hyperpigmentation"),
    ("皮肤弥漫性色素沉着，以暴露部位为著。", "hyperpigmentation"),
    ("双下肢皮肤发黑、粗糙。", "hyperpigmentation"),
    ("面色晦暗发黑。", "hyperpigmentation"),
    ("他脸像晒黑了一样，但很少出门。", "hyperpigmentation"),
    ("皮肤黑了不少。", "hyperpigmentation"),
    ("皮肤慢慢变黑了。", "hyperpigmentation"),
    ("脸和手背的颜色都深了。", "hyperpigmentation"),
    ("皮肤颜色加深，呈古铜色。", "hyperpigmentation"),
    ("躯干皮肤可见弥漫性色素沉着。", "hyperpigmentation"),
    ("双手掌纹及关节伸侧色素加深。", "hyperpigmentation"),
    ("皮肤色素较前加深。", "hyperpigmentation"),
    ("肤色较以前明显变深。", "hyperpigmentation"),
    ("全身皮肤颜色发暗。", "hyperpigmentation"),
    ("面部皮肤颜色晦暗、加深。", "hyperpigmentation"),
    ("面部及四肢皮肤颜色较前明显加深。", "hyperpigmentation"),
    ("双手及面部皮肤较前变黑。", "hyperpigmentation"),
    ("患者诉近半年皮肤颜色比过去黑。", "hyperpigmentation"),
    ("胸背部皮肤颜色逐渐加深。", "hyperpigmentation"),
    ("家人说他越来越黑。", "hyperpigmentation"),
    ("颈部及腋下皮肤发黑，面部皮肤亦变黑。", "hyperpigmentation"),
    ("双下肢皮肤颜色较前变深、变暗。", "hyperpigmentation"),
    ("皮肤颜色较前黑。", "hyperpigmentation"),
    ("全身皮肤较前黑，以面部、手背为著。", "hyperpigmentation"),
    ("面部皮肤呈灰黑色。", "hyperpigmentation"),
    ("双手背、前臂皮肤色深。", "hyperpigmentation"),
    ("他比以前黑瘦了不少。", "hyperpigmentation"),
])
def test_chinese_skin_grown_darker_is_hyperpigmentation(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# Chinese: body hair grown thicker, darker or more
@pytest.mark.parametrize("text,concept", [
    ("双下肢汗毛变粗变黑。", "hypertrichosis"),
    ("双下肢汗毛较前增多、变粗。", "hypertrichosis"),
    ("四肢毛发增多、变黑。", "hypertrichosis"),
    ("腿上的毛变多变粗了。", "hypertrichosis"),
    ("胸前及四肢体毛浓密。", "hypertrichosis"),
    ("双前臂毛发较前明显增多。", "hypertrichosis"),
    ("腿上汗毛长得又粗又黑。", "hypertrichosis"),
    ("手臂上的汗毛比以前多了。", "hypertrichosis"),
    ("四肢可见较多粗黑毛发。", "hypertrichosis"),
    ("背部毛发增多。", "hypertrichosis"),
    ("双小腿毛发浓密粗黑。", "hypertrichosis"),
    ("双下肢毛发较前变粗、变长。", "hypertrichosis"),
    ("四肢汗毛明显增粗、颜色加深。", "hypertrichosis"),
    ("腿毛比以前黑了、粗了。", "hypertrichosis"),
    ("女儿发现他腿毛变多。", "hypertrichosis"),
])
def test_chinese_body_hair_grown_thicker_is_hypertrichosis(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# Chinese: red papules with their number, size and shape
@pytest.mark.parametrize("text,concept", [
    ("胸腹部多发米粒大小红色丘疹。", "hemangioma"),
    ("躯干散在数个针尖至米粒大小鲜红色丘疹，压之不褪色。", "hemangioma"),
    ("前胸及后背可见多发樱桃红色丘疹。", "hemangioma"),
    ("胸背部散在10余个红色小丘疹，直径1-3mm。", "hemangioma"),
    ("躯干多发血管瘤样皮疹。", "hemangioma"),
    ("胸前可见数枚红色痣样丘疹。", "hemangioma"),
    ("身上长了很多小红点，高出皮肤。", "hemangioma"),
    ("皮肤活检：肾小球样血管瘤。", "glomeruloid_hemangioma"),
    ("腹部皮肤可见多发暗红色半球形丘疹。", "hemangioma"),
    ("前胸、腹部散在红色血管瘤。", "hemangioma"),
    ("胸部多个紫红色丘疹。", "hemangioma"),
    ("胸腹部皮肤散在樱桃样红色丘疹。", "hemangioma"),
    ("胸前及上臂可见多个粟粒至绿豆大小红色丘疹。", "hemangioma"),
    ("躯干可见散在鲜红色圆顶状小丘疹。", "hemangioma"),
    ("前胸部见5个针头大小红色血管痣。", "hemangioma"),
])
def test_chinese_red_papules_are_angiomas(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# Chinese: red face, flushing, purple digits, white nails, thick skin, Raynaud, fat loss
@pytest.mark.parametrize("text,concept", [
    ("面色红润发紫。", "plethora"),
    ("颜面部呈暗红色。", "plethora"),
    ("面部发红。", "plethora"),
    ("脸一直很红。", "plethora"),
    ("面颊部暗红。", "plethora"),
    ("阵发性面部潮红。", "flushing"),
    ("颜面及颈部阵发性潮红。", "flushing"),
    ("脸经常发红发烫。", "flushing"),
    ("双手指端及足趾呈青紫色。", "acrocyanosis"),
    ("双足趾发绀，皮温低。", "acrocyanosis"),
    ("手指和脚趾颜色发紫。", "acrocyanosis"),
    ("四肢末端皮肤青紫。", "acrocyanosis"),
    ("双足末端暗紫色。", "acrocyanosis"),
    ("双手指甲变白。", "white_nails"),
    ("指甲颜色变白。", "white_nails"),
    ("十指甲床发白。", "white_nails"),
    ("双手指甲呈乳白色。", "white_nails"),
    ("指甲近端发白，远端粉红。", "white_nails"),
    ("双手皮肤变厚变硬。", "skin_thickening"),
    ("双下肢皮肤增厚发硬。", "skin_thickening"),
    ("前臂皮肤粗厚、紧绷。", "skin_thickening"),
    ("手背皮肤较前增厚。", "skin_thickening"),
    ("小腿皮肤发硬，不易捏起。", "skin_thickening"),
    ("双胫前皮肤硬化。", "skin_thickening"),
    ("遇冷后手指发白、发紫。", "raynaud"),
    ("双手遇冷变白。", "raynaud"),
    ("冬季手指遇冷后苍白、青紫、潮红交替出现。", "raynaud"),
    ("面部皮下脂肪减少。", "skin_changes"),
    ("双颊凹陷，面部脂肪萎缩。", "skin_changes"),
])
def test_other_chinese_skin_signs(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


# mixed notes: an English site with a Chinese change, or the reverse
@pytest.mark.parametrize("text,concept", [
    ("面部 hyperpigmentation 明显。", "hyperpigmentation"),
    ("皮肤 darker than before。", "hyperpigmentation"),
    ("双下肢 hypertrichosis。", "hypertrichosis"),
    ("胸前多发 cherry angioma。", "hemangioma"),
    ("skin 变黑半年。", "hyperpigmentation"),
    ("指甲 white，甲床苍白。", "white_nails"),
    ("双手 acrocyanosis。", "acrocyanosis"),
    ("皮肤 thickening，双前臂为主。", "skin_thickening"),
    ("Skin: 色素沉着(+)，多毛(+)。", "hyperpigmentation"),
    ("面部 plethora。", "plethora"),
    ("Skin darker，较前明显。", "hyperpigmentation"),
    ("hair on legs 变粗变黑。", "hypertrichosis"),
])
def test_skin_signs_in_mixed_notes(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "present"
    assert criterion(extraction, "skin_changes") == "present"


@pytest.mark.parametrize("text", [
    "No skin changes were noted.",
    "The skin looked normal.",
    "Skin exam: no hyperpigmentation, no hypertrichosis, no angiomas.",
    "No pigmentation, hypertrichosis, haemangiomas, or nail changes.",
    "Skin: no abnormality detected.",
    "No skin darkening, no increased hair, no red spots.",
    "Skin examination was normal without hyperpigmentation or angiomas.",
    "Nil skin changes.",
    "Skin and nails: unremarkable.",
    "No cutaneous features of POEMS.",
    "皮肤未见色素沉着、多毛及血管瘤。",
    "皮肤无色素沉着，无多毛，无血管瘤。",
    "全身皮肤颜色正常，未见皮疹及血管瘤。",
    "皮肤颜色无明显变化，毛发分布正常。",
    "皮肤无异常改变。",
    "皮肤没什么变化。",
    "查体：皮肤无殊，指甲正常。",
    "全身皮肤无色素沉着及血管瘤。",
    "查体：skin 未见色素沉着及血管瘤。",
    "无 hyperpigmentation，无 hypertrichosis。",
])
def test_the_skin_stated_normal_or_its_signs_negated_as_a_list(ex, text):
    assert criterion(ex(text), "skin_changes") == "absent"


@pytest.mark.parametrize("text,concept", [
    ("No hyperpigmentation.", "hyperpigmentation"),
    ("No hypertrichosis.", "hypertrichosis"),
    ("No cherry angiomas.", "hemangioma"),
    ("Her skin has not darkened.", "hyperpigmentation"),
    ("No increase in body hair.", "hypertrichosis"),
    ("No Raynaud's phenomenon.", "raynaud"),
    ("His skin is no darker than before.", "hyperpigmentation"),
    ("Her face has not become darker.", "hyperpigmentation"),
    ("皮肤未见色素沉着。", "hyperpigmentation"),
    ("无多毛。", "hypertrichosis"),
    ("未见血管瘤。", "hemangioma"),
    ("皮肤没有变黑。", "hyperpigmentation"),
    ("皮肤颜色没有比以前深。", "hyperpigmentation"),
    ("汗毛没有变多。", "hypertrichosis"),
    ("皮肤颜色未见加深。", "hyperpigmentation"),
    ("No colour change in the fingers on cold exposure.", "raynaud"),
    ("His legs have not become darker.", "hyperpigmentation"),
])
def test_one_sign_denied_is_absent_and_leaves_the_criterion_open(ex, text, concept):
    extraction = ex(text)
    assert status_of(extraction, concept) == "absent"
    assert criterion(extraction, "skin_changes") == "unknown"


@pytest.mark.parametrize("text", [
    "Nails normal.",
    "Hair loss over the scalp.",
    "Thinning of the scalp hair.",
    "His hair has turned grey.",
    "Vitiligo on the face.",
    "Depigmented patches on the hands.",
    "Loss of pigmentation on both hands.",
    "Petechiae over the legs.",
    "Purpura on both shins.",
    "Spider naevi on the chest.",
    "Cyanosis of the lips.",
    "Pallor of the face and conjunctivae.",
    "Pale skin.",
    "Sunburn on the arms after a holiday.",
    "Suntanned from working outdoors.",
    "Tanned after a holiday in Spain.",
    "Bruising on the arms.",
    "A red rash on the trunk after amoxicillin.",
    "Her urine became darker.",
    "Stools turned dark.",
    "The bruise on his leg turned darker.",
    "The mole on her back has become darker.",
    "Thickened yellow toenails from onychomycosis.",
    "Brittle nails.",
    "Acanthosis nigricans of the neck.",
    "The wound on the shin has darkened.",
    "His scalp hair became thin and sparse.",
    "头发脱落明显。",
    "头发变白。",
    "面部皮肤色素脱失斑。",
    "双下肢散在出血点。",
    "皮肤瘀点瘀斑。",
    "胸前蜘蛛痣。",
    "面色苍白。",
    "皮肤苍白，睑结膜苍白。",
    "暑假在海边晒黑了。",
    "巩膜及皮肤黄染。",
    "灰指甲。",
    "大便发黑。",
    "尿色较前加深。",
    "面部痤疮。",
    "皮肤干燥、脱屑。",
    "皮肤瘀斑颜色较前变深。",
    "头发较前稀疏。",
    "皮肤瘙痒，抓后发红。",
    "hair loss 明显。",
    "皮肤 pale。",
    "Her face is brown from the sun.",
    "His arms are tanned from gardening.",
    "Her face was red from crying.",
    "The hair on his head has become thinner.",
    "The nails on both hands became darker.",
    "Stool darker than usual.",
    "Urine darker than before.",
    "Skin on the shins is dry and flaky.",
    "A few flat red spots on the chest that blanch on pressure.",
    "Hairs on the legs are sparse.",
    "His scalp hair grew back thicker after chemotherapy.",
    "The hair on his legs has thinned and fallen out.",
    "She has hot flushes at night.",
    "皮肤比以前白了。",
    "脸色比以前红润。",
    "面色较前苍白。",
    "皮肤较前光滑。",
    "他比以前瘦了。",
    "皮肤颜色比以前浅。",
    "大便颜色较前变深。",
    "指端皮肤紫癜。",
    "面部呈蝶形红斑。",
    "腿毛脱落。",
    "汗毛比以前少了。",
    "头发比以前黑了。",
    "脸上的痣比以前黑了。",
    "他皮肤比我黑，是天生的。",
    "指甲颜色变深。",
])
def test_look_alikes_are_not_poems_skin(ex, text):
    assert criterion(ex(text), "skin_changes") == "unknown"

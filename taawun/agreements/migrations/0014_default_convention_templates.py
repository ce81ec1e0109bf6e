"""A first convention per kind of agreement in Arabic and in French, and the legal references each
kind cites: a starting point the commune corrects in the workspace (Convention templates).

The references name the texts a Moroccan commune's conventions rest on: the organic law on the
communes (113-14: the council deliberates on the conventions, art. 92; its president concludes
and carries them out, art. 94; the governor's visa on those of art. 118), the Prime Minister's
circular 7/2003 on partnership with associations and the Interior's circular D2185 of 2018 on the
communes' support to associations (grants), the 1958 dahir on associations, the law on
public-private partnership contracts (86-12, as amended). The commune's legal service checks and
completes them: they are data, edited beside the template of each kind.
"""

from django.db import migrations

DAHIR_113_14_AR = (
    "بناء على الظهير الشريف رقم 1.15.85 الصادر في 20 من رمضان 1436 (7 يوليو 2015) بتنفيذ "
    "القانون التنظيمي رقم 113.14 المتعلق بالجماعات، ولا سيما المادتان 92 و94 منه؛"
)
DAHIR_113_14_VISA_AR = (
    "بناء على الظهير الشريف رقم 1.15.85 الصادر في 20 من رمضان 1436 (7 يوليو 2015) بتنفيذ "
    "القانون التنظيمي رقم 113.14 المتعلق بالجماعات، ولا سيما المواد 92 و94 و118 منه؛"
)
DAHIR_113_14_FR = (
    "Vu le dahir n° 1-15-85 du 20 ramadan 1436 (7 juillet 2015) portant promulgation de la loi "
    "organique n° 113-14 relative aux communes, notamment ses articles 92 et 94 ;"
)
DAHIR_113_14_VISA_FR = (
    "Vu le dahir n° 1-15-85 du 20 ramadan 1436 (7 juillet 2015) portant promulgation de la loi "
    "organique n° 113-14 relative aux communes, notamment ses articles 92, 94 et 118 ;"
)
ASSOCIATIONS_AR = [
    "وبناء على الظهير الشريف رقم 1.58.376 الصادر في 3 جمادى الأولى 1378 (15 نوفمبر 1958) "
    "بتنظيم حق تأسيس الجمعيات، كما وقع تغييره وتتميمه؛",
    "وبناء على منشور السيد الوزير الأول رقم 2003/7 الصادر بتاريخ 27 يونيو 2003 في شأن الشراكة "
    "بين الدولة والجمعيات؛",
    "وبناء على دورية السيد وزير الداخلية رقم D2185 لسنة 2018 في شأن دعم الجماعات الترابية "
    "للجمعيات؛",
]
ASSOCIATIONS_FR = [
    "Vu le dahir n° 1-58-376 du 3 joumada I 1378 (15 novembre 1958) réglementant le droit "
    "d'association, tel que modifié et complété ;",
    "Vu la circulaire du Premier ministre n° 7/2003 du 27 juin 2003 relative au partenariat "
    "entre l'État et les associations ;",
    "Vu la circulaire du ministre de l'Intérieur n° D2185 de 2018 relative au soutien des "
    "collectivités territoriales aux associations ;",
]
PPP_AR = [
    "وبناء على الظهير الشريف رقم 1.14.192 الصادر في فاتح ربيع الأول 1436 (24 ديسمبر 2014) "
    "بتنفيذ القانون رقم 86.12 المتعلق بعقود الشراكة بين القطاعين العام والخاص، كما وقع تغييره "
    "وتتميمه؛",
]
PPP_FR = [
    "Vu le dahir n° 1-14-192 du 1er rabii I 1436 (24 décembre 2014) portant promulgation de la "
    "loi n° 86-12 relative aux contrats de partenariat public-privé, telle que modifiée et "
    "complétée ;",
]

# code -> (references in Arabic, in French)
REFERENCES = {
    "framework": ([DAHIR_113_14_AR], [DAHIR_113_14_FR]),
    "partnership": ([DAHIR_113_14_AR], [DAHIR_113_14_FR]),
    "cooperation": ([DAHIR_113_14_VISA_AR], [DAHIR_113_14_VISA_FR]),
    "twinning": ([DAHIR_113_14_VISA_AR], [DAHIR_113_14_VISA_FR]),
    "grant": ([DAHIR_113_14_AR, *ASSOCIATIONS_AR], [DAHIR_113_14_FR, *ASSOCIATIONS_FR]),
    "ppp": ([DAHIR_113_14_AR, *PPP_AR], [DAHIR_113_14_FR, *PPP_FR]),
    "intercommunal": ([DAHIR_113_14_AR], [DAHIR_113_14_FR]),
    "other": ([DAHIR_113_14_AR], [DAHIR_113_14_FR]),
}

TITLE = {
    "ar": "{{ kind }}\n{{ title }}\nرقم {{ reference }}",
    "fr": "{{ kind }}\n{{ title }}\nN° {{ reference }}",
}

PREAMBLE = {
    "ar": """{{ legal_references }}
وبناء على مقرر مجلس جماعة {{ commune }} رقم {{ council_decision_number }} بتاريخ {{ council_date }} ({{ council_session }})؛

تم الاتفاق بين:
{{ parties }}

ويشار إليهم مجتمعين بـ«الأطراف»، على ما يلي:""",
    "fr": """{{ legal_references }}
Vu la délibération n° {{ council_decision_number }} du conseil de la Commune {{ commune }} du {{ council_date }} ({{ council_session }}) ;

Il est convenu entre :
{{ parties }}

ci-après désignés ensemble « les parties », ce qui suit :""",
}

OBJECT = {
    "ar": (
        "موضوع الاتفاقية",
        "تهدف هذه الاتفاقية إلى تحديد إطار الشراكة بين الأطراف والتزامات كل منها من أجل ما يلي:\n"
        "{{ object }}",
    ),
    "fr": (
        "Objet",
        "La présente convention a pour objet de définir le cadre du partenariat entre les parties "
        "et les engagements de chacune en vue de :\n{{ object }}",
    ),
}
OBJECT_GRANT = {
    "ar": (
        "موضوع الاتفاقية",
        "تحدد هذه الاتفاقية شروط وكيفيات الدعم الذي تقدمه جماعة {{ commune }} لإنجاز المشروع "
        "التالي:\n{{ object }}",
    ),
    "fr": (
        "Objet",
        "La présente convention fixe les conditions et les modalités du soutien de la Commune "
        "{{ commune }} à la réalisation du projet suivant :\n{{ object }}",
    ),
}
OBJECT_TWINNING = {
    "ar": (
        "موضوع الاتفاقية",
        "تهدف هذه الاتفاقية إلى إرساء تعاون لامركزي بين الأطراف، في حدود اختصاصاتها وفي احترام "
        "للالتزامات الدولية للمملكة المغربية، من أجل ما يلي:\n{{ object }}",
    ),
    "fr": (
        "Objet",
        "La présente convention a pour objet d'établir une coopération décentralisée entre les "
        "parties, dans la limite de leurs compétences et dans le respect des engagements "
        "internationaux du Royaume du Maroc, en vue de :\n{{ object }}",
    ),
}

OBLIGATIONS = {
    "ar": (
        "التزامات الأطراف",
        "يلتزم كل طرف، في حدود اختصاصاته والاعتمادات المرصودة في ميزانيته، بالمساهمات التالية "
        "حسب الأشطر والسنوات:\n{{ obligations }}\n"
        "تحول المساهمات المالية إلى صاحب المشروع حسب الأشطر المحددة أعلاه، وتوضع المساهمات العينية "
        "رهن إشارته في الآجال المتفق عليها.",
    ),
    "fr": (
        "Engagements des parties",
        "Chaque partie s'engage, dans la limite de ses compétences et des crédits inscrits à son "
        "budget, aux contributions suivantes, par tranche et par année :\n{{ obligations }}\n"
        "Les contributions financières sont versées au maître d'ouvrage selon les tranches "
        "ci-dessus ; les contributions en nature sont mises à sa disposition dans les délais "
        "convenus.",
    ),
}
SPECIFIC = {
    "ar": (
        "الاتفاقيات الخاصة",
        "تحدد اتفاقيات خاصة تبرم في إطار هذه الاتفاقية المشاريع المعنية وكلفتها وكيفيات تمويلها "
        "وإنجازها، وتعرض على مداولات المجالس المعنية.",
    ),
    "fr": (
        "Conventions spécifiques",
        "Des conventions spécifiques conclues dans le cadre de la présente convention précisent "
        "les projets concernés, leur coût et les modalités de leur financement et de leur "
        "réalisation ; elles sont soumises aux délibérations des conseils concernés.",
    ),
}
ASSOCIATION_DUTIES = {
    "ar": (
        "التزامات الجمعية",
        "تلتزم الجمعية بما يلي:\n"
        "- استعمال الدعم حصريا لإنجاز المشروع موضوع هذه الاتفاقية؛\n"
        "- مسك محاسبة منتظمة للمشروع وفق القوانين الجاري بها العمل؛\n"
        "- تقديم تقرير أدبي وتقرير مالي عن استعمال الدعم عند نهاية كل سنة وعند انتهاء المشروع، "
        "مرفقين بالوثائق المثبتة للنفقات؛\n"
        "- تسهيل مهام التتبع والمراقبة التي تقوم بها الجماعة وهيئات الرقابة المختصة؛\n"
        "- الإشارة إلى مساهمة الجماعة في جميع وسائل التواصل المتعلقة بالمشروع؛\n"
        "- إرجاع المبالغ غير المستعملة أو المستعملة في غير الغرض الذي منحت من أجله.",
    ),
    "fr": (
        "Engagements de l'association",
        "L'association s'engage à :\n"
        "- utiliser le soutien exclusivement pour la réalisation du projet objet de la présente "
        "convention ;\n"
        "- tenir une comptabilité régulière du projet, conformément à la réglementation en "
        "vigueur ;\n"
        "- présenter un rapport moral et un rapport financier sur l'emploi du soutien à la fin de "
        "chaque année et à l'achèvement du projet, accompagnés des pièces justificatives des "
        "dépenses ;\n"
        "- faciliter les missions de suivi et de contrôle de la commune et des organes de contrôle "
        "compétents ;\n"
        "- mentionner la contribution de la commune dans toute communication relative au projet ;\n"
        "- restituer les sommes non utilisées ou utilisées à d'autres fins que celles pour "
        "lesquelles elles ont été accordées.",
    ),
}
PPP_RULES = {
    "ar": (
        "الإطار القانوني للشراكة",
        "يخضع إبرام عقود الشراكة بين القطاعين العام والخاص المترتبة عن هذه الاتفاقية وتنفيذها "
        "لأحكام القانون رقم 86.12 المشار إليه أعلاه ونصوصه التطبيقية.",
    ),
    "fr": (
        "Cadre juridique du partenariat",
        "La conclusion et l'exécution des contrats de partenariat public-privé découlant de la "
        "présente convention sont régies par la loi n° 86-12 susvisée et ses textes "
        "d'application.",
    ),
}
COMMITTEE = {
    "ar": (
        "لجنة التتبع",
        "{% if committee %}\nيتولى تتبع تنفيذ هذه الاتفاقية:\n{{ committee }}\n{% else %}\n"
        "تحدث لجنة لتتبع تنفيذ هذه الاتفاقية تضم ممثلي الأطراف، يرأسها رئيس مجلس جماعة "
        "{{ commune }} أو من ينوب عنه.\n{% endif %}\n"
        "تجتمع اللجنة مرتين في السنة على الأقل وكلما دعت الضرورة إلى ذلك، وتعد تقريرا عن سير تنفيذ "
        "الاتفاقية يرفع إلى الأطراف.",
    ),
    "fr": (
        "Comité de suivi",
        "{% if committee %}\nLe suivi de l'exécution de la présente convention est assuré par :\n"
        "{{ committee }}\n{% else %}\nIl est institué un comité de suivi composé des représentants "
        "des parties, présidé par le président du conseil de la Commune {{ commune }} ou son "
        "représentant.\n{% endif %}\n"
        "Le comité se réunit au moins deux fois par an et chaque fois que nécessaire ; il établit "
        "un rapport sur l'état d'exécution de la convention, adressé aux parties.",
    ),
}
DURATION = {
    "ar": (
        "مدة الاتفاقية",
        "تبرم هذه الاتفاقية لمدة {{ duration_months }} شهرا، تبتدئ من {{ start_date }} وتنتهي في "
        "{{ end_date }}.\nالتجديد: {{ renewal }}.",
    ),
    "fr": (
        "Durée",
        "La présente convention est conclue pour une durée de {{ duration_months }} mois, du "
        "{{ start_date }} au {{ end_date }}.\nRenouvellement : {{ renewal }}.",
    ),
}
AMENDMENT = {
    "ar": (
        "تعديل الاتفاقية",
        "لا يمكن تعديل هذه الاتفاقية إلا بملحق يوقعه الأطراف، بعد المصادقة عليه وفق نفس الشكليات "
        "المتبعة في المصادقة على الاتفاقية.\n{% if amendments %}\n"
        "وقد عدلت هذه الاتفاقية بالملاحق التالية:\n{{ amendments }}\n{% endif %}",
    ),
    "fr": (
        "Avenants",
        "La présente convention ne peut être modifiée que par avenant signé des parties, approuvé "
        "selon les mêmes formes que la convention.\n{% if amendments %}\n"
        "Elle a été modifiée par les avenants suivants :\n{{ amendments }}\n{% endif %}",
    ),
}
TERMINATION = {
    "ar": (
        "فسخ الاتفاقية",
        "في حالة إخلال أحد الأطراف بالتزاماته، يمكن لباقي الأطراف فسخ هذه الاتفاقية بعد توجيه "
        "إنذار كتابي يظل دون جدوى داخل أجل ثلاثين يوما من تاريخ التوصل به.",
    ),
    "fr": (
        "Résiliation",
        "En cas de manquement d'une partie à ses engagements, les autres parties peuvent résilier "
        "la présente convention après une mise en demeure écrite restée sans effet pendant trente "
        "jours à compter de sa réception.",
    ),
}
TERMINATION_GRANT = {
    "ar": (
        "فسخ الاتفاقية",
        "في حالة عدم احترام الجمعية لالتزاماتها، يمكن للجماعة إيقاف صرف ما تبقى من الدعم وفسخ "
        "هذه الاتفاقية والمطالبة بإرجاع المبالغ المصروفة، بعد إنذار كتابي يظل دون جدوى داخل أجل "
        "ثلاثين يوما من تاريخ التوصل به.",
    ),
    "fr": (
        "Résiliation",
        "En cas de non-respect de ses engagements par l'association, la commune peut suspendre le "
        "versement du solde du soutien, résilier la présente convention et demander la "
        "restitution des sommes versées, après une mise en demeure écrite restée sans effet "
        "pendant trente jours à compter de sa réception.",
    ),
}
DISPUTES = {
    "ar": (
        "تسوية النزاعات",
        "تسوى النزاعات التي قد تنشأ عن تفسير أو تنفيذ هذه الاتفاقية بالطرق الودية، وفي حالة تعذر "
        "ذلك تعرض على المحكمة الإدارية المختصة.",
    ),
    "fr": (
        "Règlement des litiges",
        "Les litiges nés de l'interprétation ou de l'exécution de la présente convention sont "
        "réglés à l'amiable ; à défaut, ils sont portés devant le tribunal administratif "
        "compétent.",
    ),
}
DISPUTES_TWINNING = {
    "ar": (
        "تسوية النزاعات",
        "تسوى النزاعات التي قد تنشأ عن تفسير أو تنفيذ هذه الاتفاقية بالطرق الودية وعن طريق "
        "التشاور بين الأطراف.\nحررت هذه الاتفاقية باللغتين العربية والفرنسية، ولكل منهما نفس "
        "الحجية.",
    ),
    "fr": (
        "Règlement des litiges",
        "Les litiges nés de l'interprétation ou de l'exécution de la présente convention sont "
        "réglés à l'amiable, par la concertation entre les parties.\nLa présente convention est "
        "établie en arabe et en français, les deux textes faisant également foi.",
    ),
}
IN_FORCE = {
    "ar": (
        "دخول الاتفاقية حيز التنفيذ",
        "{% if needs_visa %}\nتدخل هذه الاتفاقية حيز التنفيذ بعد التأشير عليها من طرف السلطة "
        "المختصة، طبقا للمادة 118 من القانون التنظيمي رقم 113.14 المتعلق بالجماعات.\n{% else %}\n"
        "تدخل هذه الاتفاقية حيز التنفيذ ابتداء من تاريخ توقيعها من طرف جميع الأطراف.\n{% endif %}",
    ),
    "fr": (
        "Entrée en vigueur",
        "{% if needs_visa %}\nLa présente convention entre en vigueur après son visa par "
        "l'autorité compétente, conformément à l'article 118 de la loi organique n° 113-14 "
        "relative aux communes.\n{% else %}\nLa présente convention entre en vigueur à la date de "
        "sa signature par toutes les parties.\n{% endif %}",
    ),
}
CLOSING = {
    "ar": "حررت بجماعة {{ commune }} في ...................، في نظائر أصلية بعدد الأطراف.\n"
    "{{ signatures }}",
    "fr": "Fait à {{ commune }}, le ..................., en autant d'exemplaires originaux que "
    "de parties.\n{{ signatures }}",
}
ARTICLE = {"ar": "# المادة {number}: {heading}", "fr": "# Article {number} : {heading}"}


def articles(code):
    """The articles of a kind, in order."""
    first = {"grant": OBJECT_GRANT, "twinning": OBJECT_TWINNING, "cooperation": OBJECT_TWINNING}
    extra = {
        "framework": [SPECIFIC],
        "grant": [ASSOCIATION_DUTIES],
        "ppp": [PPP_RULES],
    }
    termination = TERMINATION_GRANT if code == "grant" else TERMINATION
    disputes = DISPUTES_TWINNING if code in ("twinning", "cooperation") else DISPUTES
    return [
        first.get(code, OBJECT),
        OBLIGATIONS,
        *extra.get(code, []),
        COMMITTEE,
        DURATION,
        AMENDMENT,
        termination,
        disputes,
        IN_FORCE,
    ]


def body(code, language):
    parts = [PREAMBLE[language]]
    for number, article in enumerate(articles(code), start=1):
        heading, text = article[language]
        parts.append(ARTICLE[language].format(number=number, heading=heading) + "\n" + text)
    parts.append(CLOSING[language])
    return "\n\n".join(parts) + "\n"


def create_templates(apps, schema_editor):
    AgreementKind = apps.get_model("agreements", "AgreementKind")
    ConventionTemplate = apps.get_model("agreements", "ConventionTemplate")
    for kind in AgreementKind.objects.all():
        references = REFERENCES.get(kind.code, REFERENCES["other"])
        if not kind.legal_references_ar and not kind.legal_references_fr:
            kind.legal_references_ar = "\n".join(references[0])
            kind.legal_references_fr = "\n".join(references[1])
            kind.save(update_fields=["legal_references_ar", "legal_references_fr"])
        for language in ("ar", "fr"):
            ConventionTemplate.objects.get_or_create(
                kind=kind,
                language=language,
                defaults={"title": TITLE[language], "body": body(kind.code, language)},
            )


class Migration(migrations.Migration):
    dependencies = [("agreements", "0013_convention_templates")]
    operations = [migrations.RunPython(create_templates, migrations.RunPython.noop)]

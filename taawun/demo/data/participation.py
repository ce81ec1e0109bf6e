"""Residents' priorities in Aourir (issue 13): what residents and an association asked for their
douars and neighbourhoods, the supports gathered online and at the workshops the commune held,
and the commune's answers, traced to the demo's projects that answer them.

Content is data, not interface text: no gettext here. A priority is written in one language
(most in Arabic, some in French), as residents write them; the commune's answers are in Arabic
and French. Supports on paper come from the participatory-diagnosis workshops of the action
programme (PAC) held in the douars in 2025 — illustrative counts.

- RESIDENTS: the demo's resident accounts (username, display name, locality); `resident` signs
  in with the demo password, the others are authors and supporters only (no password); two
  were verified in person (a made-up national ID number, of which only the hash is kept);
- PRIORITIES: title, description, language, domain code, PAC axis number, locality slug, author
  (a resident's username, or "association" for assoc-tamraght's association), published
  (date, or None: awaiting moderation), supporters (usernames), paper supports, answer
  (state, reason, Arabic, French, published on) or None, projects [(code, link kind)].
"""

from datetime import date

RESIDENTS = [
    {"username": "resident", "display_name": "خديجة أيت وعزيز", "locality": "tamraght"},
    # verified in person at the commune office (made-up card numbers: only their hash is kept)
    {
        "username": "resident-assersif",
        "display_name": "إبراهيم أوبلا",
        "locality": "assersif",
        "national_id": "JA900101",
    },
    {"username": "resident-tamzait", "display_name": "Mohamed Id Ali", "locality": "tamzait"},
    {
        "username": "resident-oubaha",
        "display_name": "فاطمة بوحموش",
        "locality": "oubaha",
        "national_id": "JA900102",
    },
    {"username": "resident-imi-miki", "display_name": "يوسف أمزيل", "locality": "imi-miki"},
    {"username": "resident-centre", "display_name": "Hind Ouchen", "locality": "aourir-centre"},
]

PRIORITIES = [
    {
        "title": "إنارة الأزقة المؤدية إلى مدرسة دوار أسرسيف",
        "description": (
            "الأزقة بين الطريق الرئيسية ومدرسة الدوار مظلمة بعد المغرب، ويعود التلاميذ مشيًا "
            "في الشتاء بعد حلول الظلام. نقترح أعمدة إنارة بالطاقة الشمسية على طول المسلك "
            "(حوالي 800 متر)."
        ),
        "language": "ar",
        "domain": "public-lighting",
        "axis": 1,
        "locality": "assersif",
        "author": "resident-assersif",
        "published": date(2025, 3, 10),
        "supporters": ["resident-oubaha", "resident-imi-miki", "resident-centre"],
        "paper": 61,
        "answer": (
            "in_progress",
            "",
            "قبلت الجماعة هذا المقترح وأدرجته في برنامج إنارة الدواوير: رُكّبت الأعمدة الأولى "
            "بأسرسيف، وتُستكمل الأشغال بالمسلك المؤدي إلى المدرسة.",
            "La commune a retenu cette proposition dans le programme d'éclairage des douars : "
            "les premiers candélabres sont posés à Assersif, les travaux se poursuivent sur le "
            "chemin de l'école.",
            date(2025, 4, 22),
        ),
        "projects": [("PRJ-2025-04", "answers")],
    },
    {
        "title": "Une route praticable toute l'année jusqu'à l'école de Tamzait",
        "description": (
            "En hiver la piste entre Tamzait et la route d'Azioun est coupée après chaque pluie ; "
            "les enfants manquent l'école et les ambulances ne passent pas. Nous demandons "
            "l'aménagement de la piste, avec des ouvrages sur les ravins."
        ),
        "language": "fr",
        "domain": "roads",
        "axis": 1,
        "locality": "tamzait",
        "author": "resident-tamzait",
        "published": date(2025, 2, 3),
        "supporters": ["resident-assersif", "resident-oubaha"],
        "paper": 88,
        "answer": (
            "planned",
            "",
            "الطريق أورير – تمزايت – أزيون مبرمجة في إطار شراكة مع الجهة والمجلس الإقليمي؛ "
            "الدراسات التقنية جارية قبل إطلاق طلب العروض.",
            "La route Aourir – Tamzait – Azioun est programmée en partenariat avec la Région et "
            "le Conseil préfectoral ; les études techniques sont en cours avant l'appel d'offres.",
            date(2025, 5, 6),
        ),
        "projects": [("PRJ-2026-06", "answers")],
    },
    {
        "title": "Plages de Tamraght propres toute l'année, pas seulement l'été",
        "description": (
            "Les campagnes d'été donnent de bons résultats, mais d'octobre à mai les déchets "
            "s'accumulent à l'embouchure de l'oued et sur la plage. L'association propose des "
            "journées mensuelles de nettoyage avec les écoles et des poubelles fixes à l'accès "
            "de la plage."
        ),
        "language": "fr",
        "domain": "coast-environment",
        "axis": 3,
        "locality": "tamraght",
        "author": "association",
        "published": date(2025, 11, 3),
        "supporters": ["resident", "resident-centre", "resident-imi-miki"],
        "paper": 24,
        "answer": (
            "partly",
            "",
            "تواصل الجماعة حملات الصيف مع الشركاء وتضيف حاويات ثابتة بمداخل الشاطئ؛ أما أيام "
            "النظافة الشهرية فستُنظَّم مع الجمعية في إطار اتفاقية الدعم.",
            "La commune poursuit les campagnes d'été avec ses partenaires et ajoute des "
            "conteneurs fixes aux accès de la plage ; les journées mensuelles seront organisées "
            "avec l'association dans le cadre de sa convention de soutien.",
            date(2026, 1, 15),
        ),
        "projects": [("PRJ-2026-03", "answers"), ("PRJ-2026-10", "partly")],
    },
    {
        "title": "ملعب قرب للشباب بحي إيمي ميقي",
        "description": (
            "لا يتوفر الحي على أي فضاء رياضي، ويلعب الشباب في الشارع. نقترح ملعبًا صغيرًا "
            "بالعشب الاصطناعي على الأرض الفارغة قرب المسجد."
        ),
        "language": "ar",
        "domain": "sport",
        "axis": 2,
        "locality": "imi-miki",
        "author": "resident-imi-miki",
        "published": date(2026, 9, 21),
        "supporters": ["resident", "resident-centre", "resident-tamzait"],
        # the signatures the neighbourhood's youth gathered at the October workshop: strongly
        # supported, and no project answers it yet (the alignment matrix flags it)
        "paper": 58,
        "answer": (
            "under_study",
            "",
            "تدرس المصالح التقنية وضعية العقار المقترح، وإمكانية إدراج الملعب في برنامج "
            "ملاعب القرب مع الشركاء.",
            "Les services techniques étudient la situation foncière du terrain proposé et la "
            "possibilité d'inscrire le terrain dans le programme des terrains de proximité.",
            date(2026, 10, 30),
        ),
        "projects": [],
    },
    {
        "title": "فضاء لتثمين منتوجات التعاونيات النسائية بمركز أورير",
        "description": (
            "تشتغل النساء في تعاونيات الأركان والكسكس في بيوتهن، دون مكان للتجفيف والتخزين "
            "والبيع للزوار. نقترح فضاءً مشتركًا قرب السوق الأسبوعي."
        ),
        "language": "ar",
        "domain": "women-cooperatives",
        "axis": 4,
        "locality": "aourir-centre",
        "author": "resident-centre",
        "published": date(2025, 6, 2),
        "supporters": ["resident", "resident-oubaha"],
        "paper": 47,
        "answer": (
            "done",
            "",
            "أُنجزت وحدة تثمين الأركان لتعاونية تانميرت بشراكة مع الشركاء، وتستقبل تعاونيات "
            "أخرى للتجفيف والتلفيف.",
            "L'unité de valorisation de l'argan de la coopérative Tanmirt est réalisée avec les "
            "partenaires ; elle accueille d'autres coopératives pour le séchage et le "
            "conditionnement.",
            date(2025, 9, 12),
        ),
        "projects": [("PRJ-2026-09", "answers"), ("PRJ-2024-05", "partly")],
    },
    {
        "title": "مأوى لانتظار الحافلة المدرسية بدوار أوبها",
        "description": (
            "ينتظر التلاميذ الحافلة المدرسية على جانب الطريق تحت الشمس والمطر. نطلب مأوى "
            "بسيطًا بمقاعد عند نقطة التوقف."
        ),
        "language": "ar",
        "domain": "school-transport",
        "axis": 2,
        "locality": "oubaha",
        "author": "resident-oubaha",
        "published": date(2026, 2, 16),
        "supporters": ["resident-assersif", "resident-tamzait", "resident-centre"],
        "paper": 19,
        "answer": (
            "planned",
            "",
            "برمجت الجماعة والمبادرة الوطنية للتنمية البشرية حافلتين إضافيتين ومآوي للانتظار "
            "بتيساودين وأوبها.",
            "La commune et l'INDH ont programmé deux autobus supplémentaires et des abris "
            "d'arrêt à Tissaoudine et Oubaha.",
            date(2026, 3, 20),
        ),
        "projects": [("PRJ-2026-01", "answers")],
    },
    {
        "title": "Créer un lycée à Alma",
        "description": (
            "Les lycéens d'Alma font chaque jour le trajet jusqu'à Aourir centre. Un lycée au "
            "douar leur éviterait ce déplacement."
        ),
        "language": "fr",
        "domain": "education",
        "axis": 2,
        "locality": "alma",
        "author": "resident-tamzait",
        "published": date(2025, 10, 6),
        "supporters": [],
        "paper": 12,
        "answer": (
            "rejected",
            "outside_competences",
            "إحداث الثانويات من اختصاص وزارة التربية الوطنية؛ أحالت الجماعة الطلب على المديرية "
            "الإقليمية، وتواكب تلاميذ ألما عبر النقل المدرسي.",
            "La création des lycées relève du ministère de l'Éducation nationale ; la commune a "
            "transmis la demande à la direction provinciale et accompagne les élèves d'Alma par "
            "le transport scolaire.",
            date(2025, 11, 20),
        ),
        "projects": [("PRJ-2023-01", "partly")],
    },
    {
        "title": "حاويات للنفايات ومرور منتظم لشاحنة الجمع بدوار تقمو",
        "description": (
            "تمر شاحنة جمع النفايات مرة واحدة في الأسبوع، وتتراكم الأكياس عند مدخل الدوار. "
            "نطلب حاويات ومرورًا مرتين في الأسبوع."
        ),
        "language": "ar",
        "domain": "waste",
        "axis": 3,
        "locality": "taqemmou",
        "author": "resident",
        "published": None,  # awaiting moderation
        "supporters": [],
        "paper": 0,
        "answer": None,
        "projects": [],
    },
]

# Requests for information (Law 31-13) received in 2026, one in every state: requester (name,
# contact — private), what is asked, received on, urgent, extension reason, answer (state,
# text, ground, answered on), and the public summary (ar, fr) the commune wrote.
REQUESTS = [
    {
        "requester": ("Youssef Amzil", "y.amzil@example.ma"),
        "subject": (
            "أطلب نسخة من اتفاقية النقل المدرسي مع المبادرة الوطنية للتنمية البشرية وميزانيتها "
            "برسم سنة 2026."
        ),
        "received_on": date(2026, 2, 9),
        "urgent": False,
        "extension": "",
        "answer": (
            "answered",
            "الاتفاقية منشورة في سجل الاتفاقيات، ونرفق نسخة منها وجدول تمويلها.",
            "",
            date(2026, 2, 24),
        ),
        "summary": (
            "اتفاقية النقل المدرسي مع المبادرة الوطنية للتنمية البشرية وميزانيتها 2026",
            "Convention de transport scolaire avec l'INDH et son budget 2026",
        ),
    },
    {
        "requester": (
            "Association Tamraght pour le développement local",
            "contact@tamraght.example.ma",
        ),
        "subject": (
            "Les comptes rendus des réunions du comité de suivi des plages et les résultats des "
            "analyses de la qualité de l'eau de baignade à Tamraght, 2024 et 2025."
        ),
        "received_on": date(2026, 3, 2),
        "urgent": False,
        "extension": "Les analyses sont détenues par la délégation de l'Environnement : demandées.",
        "answer": (
            "partly",
            "Les comptes rendus sont joints. Les analyses de 2024 sont jointes ; celles de 2025 "
            "ne sont pas détenues par la commune.",
            "not_held",
            date(2026, 4, 20),
        ),
        "summary": (
            "محاضر لجنة تتبع الشواطئ وتحاليل جودة مياه الاستحمام بتامراغت",
            "Comptes rendus du comité des plages et qualité des eaux de baignade à Tamraght",
        ),
    },
    {
        "requester": ("Brahim Oudaden", "b.oudaden@example.ma"),
        "subject": "أطلب أسماء وأرقام هواتف المستفيدين من دعم التعاونيات النسائية.",
        "received_on": date(2026, 5, 11),
        "urgent": False,
        "extension": "",
        "answer": (
            "refused",
            "هذه معطيات شخصية لأغيار يحميها القانون 09-08؛ لائحة التعاونيات المدعمة منشورة.",
            "private_life",
            date(2026, 5, 19),
        ),
        "summary": (
            "لائحة المستفيدين من دعم التعاونيات النسائية ومعطيات الاتصال بهم",
            "Liste et coordonnées des bénéficiaires du soutien aux coopératives féminines",
        ),
    },
    {
        "requester": ("Hind Ouchen", "hind.ouchen@example.ma"),
        "subject": (
            "Le calendrier des travaux de la route Aourir – Tamzait – Azioun et l'entreprise "
            "attributaire du marché."
        ),
        "received_on": date(2026, 10, 19),
        "urgent": False,
        "extension": "Les pièces du marché sont à rassembler auprès du Conseil préfectoral.",
        "answer": None,
        "summary": (
            "الجدولة الزمنية لأشغال طريق أورير – تمزايت – أزيون",
            "Calendrier des travaux de la route Aourir – Tamzait – Azioun",
        ),
    },
    {
        "requester": ("Mohamed Id Ali", "m.idali@example.ma"),
        "subject": "Le budget de l'éclairage public solaire posé à Assersif en 2025.",
        "received_on": date(2026, 10, 5),
        "urgent": False,
        "extension": "",
        "answer": None,  # still waiting past its delay: overdue
        "summary": ("", ""),
    },
    {
        # filed online by the demo's signed-in resident: it is on her own page
        "requester": ("خديجة أيت وعزيز", "resident@example.ma"),
        "account": "resident",
        "subject": ("موعد وبرنامج القافلة الطبية المقبلة بتامراغت، لمريض يحتاج إلى فحص عاجل."),
        "received_on": date(2026, 12, 2),
        "urgent": True,
        "extension": "",
        "answer": None,
        "summary": (
            "موعد القافلة الطبية المقبلة بتامراغت",
            "Date de la prochaine caravane médicale à Tamraght",
        ),
    },
]

# Petitions to the council (Organic Law 113-14, arts. 121–125): the Tamraght association's, found
# admissible and put on the next ordinary session; a citizens' one refused with its reasons; a
# citizens' one deposited this autumn, its signatures being entered.
PETITIONS = [
    {
        "kind": "association",
        "title": "إدراج نقطة حول تهيئة مسلك للراجلين ومرافق صحية بشاطئ تامراغت",
        "object": (
            "تطلب الجمعية إدراج نقطة في جدول أعمال المجلس حول تهيئة مسلك للراجلين على طول "
            "شاطئ تامراغت ومرافق صحية عمومية، لفائدة السكان والزوار والصيادين التقليديين، "
            "في إطار برنامج عمل الجماعة (المحور 3)."
        ),
        "language": "ar",
        "proxy": ("Lahcen Ait Baha", "president@tamraght.example.ma"),
        "deposited_on": date(2026, 9, 14),
        "signatures": 0,
        "decision": ("admit", date(2026, 10, 22)),
        # on the next ordinary session, referred to this permanent committee (its French name)
        "place": "Commission du développement économique, social, culturel et environnemental",
    },
    {
        "kind": "citizens",
        "title": "Interdire la circulation des camions dans le centre d'Aourir le jour du souk",
        "object": (
            "Les habitants du centre demandent au conseil de délibérer sur l'interdiction de la "
            "circulation des poids lourds le mercredi, jour du souk hebdomadaire."
        ),
        "language": "fr",
        "proxy": ("Hind Ouchen", "hind.ouchen@example.ma"),
        "deposited_on": date(2026, 3, 9),
        "signatures": 146,
        "decision": (
            "refuse",
            date(2026, 5, 28),
            "146 signatures valides, sous le seuil de 200 de l'article 123 pour une commune de "
            "plus de 35 000 habitants ; la police de la circulation relève en outre d'un arrêté "
            "du président, non d'une délibération du conseil.",
        ),
        "place": False,
    },
    {
        "kind": "citizens",
        "title": "توسيع الإنارة العمومية إلى دوار تكاديرت أوفلا",
        "object": "يطلب سكان دوار تكاديرت أوفلا إدراج نقطة حول توسيع شبكة الإنارة العمومية إلى الدوار.",
        "language": "ar",
        "proxy": ("Brahim Oudaden", "b.oudaden@example.ma"),
        "deposited_on": date(2026, 11, 16),
        "signatures": 131,
        "decision": None,
        "place": False,
    },
]
